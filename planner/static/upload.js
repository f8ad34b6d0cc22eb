// Drag and drop onto the upload form; checks the size limit before sending (the server checks again).
(function () {
  "use strict";
  var zone = document.getElementById("dropzone");
  var input = document.getElementById("filer");
  var shown = document.getElementById("valda");
  if (!zone || !input) { return; }
  var maxBytes = parseInt(input.getAttribute("data-max-mb"), 10) * 1024 * 1024;

  function megabytes(bytes) {
    return (bytes / 1024 / 1024).toFixed(1).replace(".", ",") + " MB";
  }

  // Returns whether the chosen files may be sent: over the limit the server refuses the whole upload
  // (413) without naming a file, after sending all of it, so the files are named here and nothing is sent.
  function describe() {
    var names = [];
    var sizes = [];
    var total = 0;
    for (var i = 0; i < input.files.length; i++) {
      names.push(input.files[i].name);
      sizes.push(input.files[i].name + " (" + megabytes(input.files[i].size) + ")");
      total += input.files[i].size;
    }
    if (total > maxBytes) {
      shown.textContent = (names.length === 1 ? "Filen " + sizes[0] + " är för stor"
        : "Filerna " + sizes.join(", ") + " är tillsammans för stora") + ": högst " +
        input.getAttribute("data-max-mb") + " MB per uppladdning. Välj färre eller mindre filer.";
      shown.className = "flash error";
      input.setAttribute("aria-invalid", "true");  // the field names the message (aria-describedby="valda")
      return false;
    }
    input.removeAttribute("aria-invalid");
    shown.className = "muted";
    shown.textContent = names.length ? "Valda filer: " + names.join(", ") : "";
    return true;
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
  if (input.form) {
    input.form.addEventListener("submit", function (ev) {
      if (!describe()) { ev.preventDefault(); input.focus(); }
    });
  }
}());
