// A refused form comes back with the field the message is about marked aria-invalid: the focus goes there, so
// that a keyboard or screen reader user is at that field. The page opens at the line or form acted on (its
// anchor), where the message is: the browser then takes the focus off any field (and ignores autofocus), so
// the focus is given once the page has loaded, and without scrolling away from the message.
(function () {
  "use strict";
  var field = document.querySelector("[aria-invalid=true]");
  if (!field) { return; }
  window.addEventListener("load", function () {
    // Two frames on: after the browser has dealt with the anchor.
    window.requestAnimationFrame(function () {
      window.requestAnimationFrame(function () { field.focus({preventScroll: true}); });
    });
  });
})();
