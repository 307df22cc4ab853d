// app.js — page glue for wams.js (Emscripten): where the canvas is, status text, and readiness for tests.
// Loaded before wams.js (both deferred, in order); no inline script exists (the CSP allows scripts from this origin only).
'use strict';
var Module = {
  canvas: document.getElementById('canvas'),
  locateFile: function (path) { return path; },  // wams.wasm sits next to index.html
  print: function (text) { console.log(text); },
  printErr: function (text) { console.warn(text); },
  onRuntimeInitialized: function () {
    // main() runs next and asks for its first frame in an animation frame; this one comes first in that same frame,
    // so the page's text header (index.html #start) gives way exactly when the app draws it.
    requestAnimationFrame(function () { document.getElementById('start').classList.add('hidden'); });
    window.wamsReady = true;
  },
  onAbort: function (what) {
    var status = document.getElementById('status');
    document.getElementById('start').classList.remove('hidden');
    status.classList.remove('hidden');
    status.textContent = 'Wams Wegwijzer kon niet starten / could not start: ' + what;
  },
};
// ImGui has its own context menus; the browser's would cover them.
Module.canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
Module.canvas.addEventListener('webglcontextlost', function (e) { e.preventDefault(); });
// The canvas is the whole page and never scrolls as a document: an element focused off screen (a mirror element, the
// keyboard's input) would otherwise shift the canvas sideways on a phone (docs/responsive.md).
window.addEventListener('scroll', function () { if (window.scrollX || window.scrollY) window.scrollTo(0, 0); });
