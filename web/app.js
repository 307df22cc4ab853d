// app.js — page glue for wams.js (Emscripten): where the canvas is, status text, and readiness for tests.
// Loads wams.js itself, after the page's first paint; no inline script exists (the CSP allows scripts from this origin only).
'use strict';
var Module = {
  canvas: document.getElementById('canvas'),
  locateFile: function (path) { return path; },  // wams.wasm sits next to index.html
  print: function (text) { console.log(text); },
  printErr: function (text) { console.warn(text); },
  onRuntimeInitialized: function () {
    // The page's text header (index.html #start) lies under the canvas (style.css), so the app's first frame covers it
    // with the same words; it stays displayed (removing Lighthouse's largest-contentful-paint element makes it report
    // none at all) but leaves the accessibility tree, where the app's own layer (js/mirror.js) takes over.
    requestAnimationFrame(function () {
      document.getElementById('start').setAttribute('aria-hidden', 'true');
      document.getElementById('status').classList.add('hidden');
    });
    window.wamsReady = true;
  },
  onAbort: function (what) {
    var status = document.getElementById('status');
    document.getElementById('start').removeAttribute('aria-hidden');
    document.getElementById('start').classList.add('failed');  // above the canvas again, with the reason
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
// The device pixel ratio changing without a resize (a window moved to a screen of another density; some zoom paths):
// told to SDL as a resize, whose handler reads the new ratio, so the canvas and the glyphs follow (docs/responsive.md
// "Sharp text"; the pattern of MDN's Window.devicePixelRatio page).
(function watchRatio() {
  if (!window.matchMedia) return;
  window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)').addEventListener('change', function () {
    window.dispatchEvent(new Event('resize'));
    watchRatio();
  }, { once: true });
})();
// The wasm's download and compilation start at once: streaming compilation runs off the main thread, so the start
// screen's text still paints first. Only its instantiation and start (main thread) wait for wams.js, below.
var wasmCompiled = typeof WebAssembly === 'object' && typeof WebAssembly.compileStreaming === 'function'
  ? WebAssembly.compileStreaming(fetch('wams.wasm', { credentials: 'same-origin' })) : null;
if (wasmCompiled) {
  wasmCompiled.catch(function () {});  // reported when wams.js asks for it (instantiateWasm)
  Module.instantiateWasm = function (imports, receiveInstance) {
    wasmCompiled.then(function (module) {
      return WebAssembly.instantiate(module, imports).then(function (instance) { receiveInstance(instance, module); });
    }).catch(function (e) { Module.onAbort('wams.wasm: ' + e); });
    return {};  // the exports arrive through receiveInstance
  };
}
// wams.js — and with it the wasm's instantiation and start — after the page's first paint (the animation frame's
// callback runs before that paint, the timeout after it): the start screen's text (index.html #start) is on screen
// first, not behind the wasm's main-thread work (issue 18 §3; Lighthouse counted the wasm into the text's LCP).
requestAnimationFrame(function () {
  setTimeout(function () {
    var script = document.createElement('script');
    script.src = 'wams.js';
    document.body.appendChild(script);
  }, 0);
});
