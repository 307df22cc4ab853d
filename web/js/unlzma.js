// unlzma.js — the app's wasm arrives as LZMA2 (wams.wasm.lzma2, cmake/wasm_pack.py: 512 KB where gzip gives 609 KB;
// issue 18 §3, docs/perf.md "The wasm sent as LZMA"). wamsUnpackWasm() downloads it and the decoder unlzma.wasm
// (7-Zip's Lzma2Dec, web/unlzma/unlzma.c), unpacks the bytes as they arrive in slices of a few milliseconds, each its
// own task (so the page never blocks for long; a worker was tried first: its start cost more than the unpacking), and
// resolves to the compiled WebAssembly.Module. Errors reject with the file's name and what went wrong.
// wamsUnpack(fetchFile) is the unpacking alone, resolving to the bytes (web/tests/unlzma.test.mjs feeds it chunks).
'use strict';
function wamsUnpack(fetchFile) {
  var HEADER = 9;  // the LZMA2 dictionary property byte + the unpacked size, 8 bytes little-endian (wasm_pack.py)
  var SLICE = 8192;  // input bytes per decoder call; a task runs calls until ~8 ms have passed
  function fetchOk(name) {
    return fetchFile(name).then(function (r) {
      if (!r.ok) throw new Error(name + ': HTTP ' + r.status);
      return r;
    });
  }
  var channel = new MessageChannel(), queue = [];  // a new task soon, without setTimeout's 4 ms clamp
  channel.port1.onmessage = function () { queue.shift()(); };
  function yieldTask() { return new Promise(function (go) { queue.push(go); channel.port2.postMessage(0); }); }
  var decoder = fetchOk('unlzma.wasm')
    .then(function (r) { return r.arrayBuffer(); })
    .then(function (bytes) { return WebAssembly.instantiate(bytes, {}); });
  var unpacked = Promise.all([decoder, fetchOk('wams.wasm.lzma2')]).then(function (both) {
    var lz = both[0].instance.exports;
    var reader = both[1].body.getReader();
    var head = new Uint8Array(HEADER), headLen = 0, out = 0, size = 0, inPtr = 0, done = false;
    function begin() {
      var view = new DataView(head.buffer);
      size = view.getUint32(1, true);
      if (view.getUint32(5, true) !== 0 || size === 0) throw new Error('wams.wasm.lzma2: bad size');
      out = lz.take(size);
      inPtr = lz.take(SLICE);
      if (!out || !inPtr) throw new Error('wams.wasm.lzma2: no memory');
      if (lz.begin(head[0], out, size) !== 0) throw new Error('wams.wasm.lzma2: bad properties');
    }
    function feed(chunk, at) {  // unpacks chunk[at..] slice by slice; resolves when all of it is in
      var t0 = performance.now();
      while (at < chunk.length && !done) {
        var n = Math.min(SLICE, chunk.length - at);
        new Uint8Array(lz.memory.buffer, inPtr, n).set(chunk.subarray(at, at + n));
        var rc = lz.feed(inPtr, n);
        if (rc < 0) throw new Error('wams.wasm.lzma2: broken stream (' + rc + ')');
        done = rc === 1;
        at += n;
        if (performance.now() - t0 > 8 && at < chunk.length) {
          return yieldTask().then(function () { return feed(chunk, at); });
        }
      }
      return Promise.resolve();
    }
    function step(r) {
      if (r.done) {
        if (!done) throw new Error('wams.wasm.lzma2: incomplete');
        return new Uint8Array(lz.memory.buffer, out, size);
      }
      var chunk = r.value;
      if (headLen < HEADER) {  // the header may come split over chunks
        var n = Math.min(HEADER - headLen, chunk.length);
        head.set(chunk.subarray(0, n), headLen);
        headLen += n;
        chunk = chunk.subarray(n);
        if (headLen === HEADER) begin();
      }
      return (done ? Promise.resolve() : feed(chunk, 0)).then(function () { return reader.read(); }).then(step);
    }
    return reader.read().then(step);
  });
  function close() { channel.port1.close(); }
  return unpacked.then(function (bytes) { close(); return bytes; }, function (e) { close(); throw e; });
}

function wamsUnpackWasm() {
  return wamsUnpack(function (name) { return fetch(name, { credentials: 'same-origin' }); }).then(function (bytes) {
    performance.mark('wams:unpacked');  // User Timing, as the app's steps (web/bench/start-steps.mjs)
    return WebAssembly.compile(bytes).catch(function (e) {  // unpacked, but not a module: say which file
      throw new Error('wams.wasm.lzma2: ' + e);
    });
  }).then(function (module) {
    performance.mark('wams:compiled');
    return module;
  });
}
