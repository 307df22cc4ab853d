// app.js — bare page glue: canvas + readiness flag (as web/app.js).
'use strict';
var Module = {
  canvas: document.getElementById('canvas'),
  onRuntimeInitialized: function () { window.wamsReady = true; },
};
