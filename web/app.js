// app.js — page glue for wams.js (Emscripten): where the canvas is, status text, and readiness for tests.
// Loads wams.js itself, after the page's first paint; no inline script exists (the CSP allows scripts from this origin only).
'use strict';
// wams.js reads only the Module properties listed in shell/app/CMakeLists.txt (-sINCOMING_MODULE_JS_API): a property
// added here must be added there too, or wams.js never looks at it.
var Module = {
  canvas: document.getElementById('canvas'),
  locateFile: function (path) { return path; },  // the page's files sit next to index.html
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
// ImGui's OpenGL backend reads GL state back at the start of every frame to restore it afterwards
// (imgui_impl_opengl3.cpp, ImGui_ImplOpenGL3_RenderDrawData). Chromium keeps most of that state in the page, but not
// the scissor box and the six blend factors and equations: each of those reads is a synchronous round trip to the GPU
// process, 120–350 µs here (≈ 1.2 ms a frame; docs/perf.md "GL state read from the page", session 33). The app's
// renderer is the context's only user, so those seven are answered from the values last set through the context,
// read once from the context when it is created (and again after a lost context is restored).
function shadowGlState(gl) {
  var proto = WebGL2RenderingContext.prototype, kept = new Map();
  var BLEND = [gl.BLEND_SRC_RGB, gl.BLEND_DST_RGB, gl.BLEND_SRC_ALPHA, gl.BLEND_DST_ALPHA, gl.BLEND_EQUATION_RGB,
    gl.BLEND_EQUATION_ALPHA];
  function readAll() {
    kept.clear();
    kept.set(gl.SCISSOR_BOX, Array.from(proto.getParameter.call(gl, gl.SCISSOR_BOX)));
    keep(BLEND, BLEND.map(function (p) { return proto.getParameter.call(gl, p); }));
  }
  function keep(params, values) { params.forEach(function (p, i) { kept.set(p, values[i]); }); }
  readAll();
  gl.canvas.addEventListener('webglcontextrestored', readAll);
  gl.getParameter = function (p) {
    var v = kept.get(p);
    if (v === undefined) return proto.getParameter.call(gl, p);
    return p === gl.SCISSOR_BOX ? new Int32Array(v) : v;
  };
  var FUNCS = BLEND.slice(0, 4), EQUATIONS = BLEND.slice(4);
  gl.scissor = function (x, y, w, h) { proto.scissor.call(gl, x, y, w, h); kept.set(gl.SCISSOR_BOX, [x, y, w, h]); };
  gl.blendFunc = function (s, d) { proto.blendFunc.call(gl, s, d); keep(FUNCS, [s, d, s, d]); };
  gl.blendFuncSeparate = function (sc, dc, sa, da) {
    proto.blendFuncSeparate.call(gl, sc, dc, sa, da);
    keep(FUNCS, [sc, dc, sa, da]);
  };
  gl.blendEquation = function (m) { proto.blendEquation.call(gl, m); keep(EQUATIONS, [m, m]); };
  gl.blendEquationSeparate = function (c, a) { proto.blendEquationSeparate.call(gl, c, a); keep(EQUATIONS, [c, a]); };
  return gl;
}
(function () {
  var canvas = Module.canvas, getContext = canvas.getContext;
  canvas.getContext = function (type, attributes) {
    var gl = getContext.call(canvas, type, attributes);
    return gl && type === 'webgl2' && !gl.wamsShadow ? (gl.wamsShadow = true, shadowGlState(gl)) : gl;
  };
})();
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
// The wasm's download and compilation, then wams.js (with the wasm's instantiation and start), once the start screen's
// text is on screen: the browser's first contentful paint has been presented (a 'paint' performance entry). On a
// 2-core machine the streaming compiler's threads started before it competed with drawing that paint, which then came
// up to a second late (Lighthouse then counted the whole wasm into the largest contentful paint: 5 s in 2 of 4 runs,
// docs/perf.md "The wasm after the first paint"). A page that does not paint (a hidden tab) starts after 1.5 s, and a
// browser without paint entries after its first animation frame.
function afterFirstPaint(go) {
  var started = false;
  function once() { if (!started) { started = true; go(); } }
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (types && types.indexOf('paint') >= 0) {
    new PerformanceObserver(function (list, observer) {
      if (list.getEntriesByName('first-contentful-paint').length) { observer.disconnect(); once(); }
    }).observe({ type: 'paint', buffered: true });
    setTimeout(once, 1500);
  } else {
    requestAnimationFrame(function () { setTimeout(once, 0); });
  }
}
afterFirstPaint(function () {
  // The wasm arrives as LZMA2 and is unpacked in short tasks (js/unlzma.js, loaded before this script) while wams.js
  // arrives; only the instantiation and start wait for it.
  var wasmCompiled = typeof wamsUnpackWasm === 'function' ? wamsUnpackWasm()
    : Promise.reject(new Error('js/unlzma.js: not loaded'));
  wasmCompiled.catch(function () {});  // reported when wams.js asks for it (instantiateWasm)
  Module.instantiateWasm = function (imports, receiveInstance) {
    wasmCompiled.then(function (module) {
      return WebAssembly.instantiate(module, imports).then(function (instance) {
        receiveInstance(instance, module);
      });
    }).catch(function (e) { Module.onAbort(String(e)); });
    return {};  // the exports arrive through receiveInstance
  };
  var script = document.createElement('script');
  script.src = 'wams.js';
  document.body.appendChild(script);
});
