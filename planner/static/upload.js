// Drag and drop onto the upload form; checks the size limit before sending (the server checks again).
(function () {
  "use strict";
  var zone = document.getElementById("dropzone");
  var input = document.getElementById("filer");
  var shown = document.getElementById("valda");
  if (!zone || !input) { return; }
  var maxBytes = parseInt(input.getAttribute("data-max-mb"), 10) * 1024 * 1024;

  function describe() {
    var names = [];
    var total = 0;
    for (var i = 0; i < input.files.length; i++) {
      names.push(input.files[i].name);
      total += input.files[i].size;
    }
    if (total > maxBytes) {
      shown.textContent = "Filerna är för stora: högst " + input.getAttribute("data-max-mb") + " MB per uppladdning.";
      shown.className = "flash error";
      return;
    }
    shown.className = "muted";
    shown.textContent = names.length ? "Valda filer: " + names.join(", ") : "";
  }

  ["dragenter", "dragover"].forEach(function (name) {
    zone.addEventListener(name, function (ev) { ev.preventDefault(); zone.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (name) {
    zone.addEventListener(name, function (ev) { ev.preventDefault(); zone.classList.remove("over"); });
  });
  zone.addEventListener("drop", function (ev) {
    if (ev.dataTransfer && ev.dataTransfer.files.length) {
      input.files = ev.dataTransfer.files;
      describe();
    }
  });
  input.addEventListener("change", describe);
}());
