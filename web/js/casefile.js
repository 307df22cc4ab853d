// casefile.js — Emscripten --js-library for shell/app/file_bridge.cpp: the anonymous case file in and out of the
// browser WITHOUT the network. Save = a Blob URL download; open = <input type=file>, drag-and-drop on the page, or
// the clipboard. A file's bytes go to the C++ export wams_app_receive_bytes(source, bytes, length) (file_receive.cpp),
// pasted text to wams_app_receive_text(source, text) (file_bridge.cpp). A "beforeunload" guard
// warns before leaving with unsaved work. No fetch, no XHR, no storage.
mergeInto(LibraryManager.library, {
  wams_js_install__deps: ['malloc', 'free'],
  wams_js_install: function () {
    if (Module.wamsFiles) return;
    var files = { unsaved: false };
    Module.wamsFiles = files;
    // Hands text to C++ (copied into wasm memory; freed after the call) and asks for a redraw.
    files.deliver = function (source, text) {
      var enc = function (s) { var n = lengthBytesUTF8(s) + 1; var p = _malloc(n); stringToUTF8(s, p, n); return p; };
      var ps = enc(source), pt = enc(text);
      try { Module['_wams_app_receive_text'](ps, pt); } finally { _free(ps); _free(pt); }
      if (Module['_wams_request_redraw']) Module['_wams_request_redraw']();
    };
    // Hands a file's raw bytes to C++ WITH their length: a file starting with a NUL byte, or holding invalid UTF-8,
    // must reach the loader whole (it names the problem and its place), not as an empty or repaired string.
    files.deliverBytes = function (source, bytes) {
      var n = lengthBytesUTF8(source) + 1;
      var ps = _malloc(n);
      stringToUTF8(source, ps, n);
      var pb = _malloc(Math.max(bytes.length, 1));
      HEAPU8.set(bytes, pb);
      try { Module['_wams_app_receive_bytes'](ps, pb, bytes.length); } finally { _free(ps); _free(pb); }
      if (Module['_wams_request_redraw']) Module['_wams_request_redraw']();
    };
    files.readFile = function (source, file) {
      if (!file) return;
      var reader = new FileReader();
      reader.onload = function () { files.deliverBytes(source + ':' + file.name, new Uint8Array(reader.result)); };
      reader.readAsArrayBuffer(file);
    };
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.style.display = 'none';
    input.addEventListener('change', function () {
      files.readFile('picker', input.files && input.files[0]);
      input.value = '';
    });
    document.body.appendChild(input);
    files.input = input;
    // SDL prevents the default of mousedown on the canvas, so a click never gives it keyboard focus: typing into a
    // text field after clicking it would go nowhere. Focus the canvas ourselves (keyboard users reach it with Tab).
    var canvas = Module.canvas || document.getElementById('canvas');
    if (canvas) {
      canvas.addEventListener('mousedown', function () { if (document.activeElement !== canvas) canvas.focus(); }, true);
      canvas.focus();
    }
    window.addEventListener('dragover', function (e) { e.preventDefault(); });
    window.addEventListener('drop', function (e) {
      e.preventDefault();
      if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) files.readFile('drop', e.dataTransfer.files[0]);
    });
    document.addEventListener('paste', function (e) {
      var text = e.clipboardData ? e.clipboardData.getData('text/plain') : '';
      if (text && text.trim().charAt(0) === '{') { e.preventDefault(); files.deliver('paste', text); }
    });
    window.addEventListener('beforeunload', function (e) {
      if (!files.unsaved) return undefined;
      e.preventDefault();
      e.returnValue = 'Er is niet-opgeslagen werk / there is unsaved work';
      return e.returnValue;
    });
  },
  wams_js_set_unsaved: function (flag) {
    if (Module.wamsFiles) Module.wamsFiles.unsaved = !!flag;
  },
  wams_js_download: function (namePtr, mimePtr, textPtr) {
    var name = UTF8ToString(namePtr), mime = UTF8ToString(mimePtr), text = UTF8ToString(textPtr);
    var url = URL.createObjectURL(new Blob([text], { type: mime }));
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    Module.wamsLastDownload = { name: name, mime: mime, text: text };  // read by the browser tests
  },
  wams_js_open_picker: function () {
    if (Module.wamsFiles) Module.wamsFiles.input.click();
  },
  wams_js_copy: function (textPtr) {
    var text = UTF8ToString(textPtr);
    Module.wamsLastCopy = text;
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(function () {});
  },
  wams_js_paste: function () {
    if (!navigator.clipboard || !navigator.clipboard.readText || !Module.wamsFiles) return;
    navigator.clipboard.readText().then(function (text) { Module.wamsFiles.deliver('clipboard', text); },
                                         function () { Module.wamsFiles.deliver('clipboard-denied', ''); });
  },
});
