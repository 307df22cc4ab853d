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

// A returning visit skips the unpacking (docs/perf.md "A returning visit"): once the service worker controls the page,
// the unpacked bytes are kept in Cache Storage under that worker's version (sha-256 over the app's files, sw.js), in a
// cache the worker deletes with every older version's ("wams-" caches); the next start whose worker has the same
// version compiles them directly. Only the app's own code is kept there, never anything typed or opened. A kept copy
// that cannot be read or compiled is dropped, and the page unpacks as on a first visit.
var WAMS_KEPT = 'wams-unpacked';

// The controlling service worker's version, or null (no worker, no Cache Storage, or no answer within 0.3 s: the
// worker has just served this page's files, so it answers within milliseconds; a slow answer must not hold the start).
function wamsWorkerVersion() {
  var sw = navigator.serviceWorker;
  if (!sw || !sw.controller || !window.caches) return Promise.resolve(null);
  return new Promise(function (resolve) {
    function on(e) {
      if (!e.data || !e.data.wamsVersion) return;
      clearTimeout(timer);
      sw.removeEventListener('message', on);
      resolve(e.data.wamsVersion);
    }
    var timer = setTimeout(function () { sw.removeEventListener('message', on); resolve(null); }, 300);
    sw.addEventListener('message', on);
    sw.startMessages();
    sw.controller.postMessage('wams-version');
  });
}

function wamsKeptKey(version) { return 'wams.wasm?version=' + encodeURIComponent(version); }

function wamsKeptModule(version) {
  if (!version) return Promise.resolve(null);
  return caches.open(WAMS_KEPT).then(function (cache) {
    return cache.match(wamsKeptKey(version)).then(function (hit) {
      if (!hit) return null;
      return hit.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); }).catch(function () {
        return cache.delete(wamsKeptKey(version)).then(function () { return null; });
      });
    });
  }).catch(function () { return null; });
}

// Keeps the unpacked bytes once a service worker controls the page (on a first visit that is after it installed, some
// seconds after the first frame), as the only entry of WAMS_KEPT. Resolves to whether it kept them (never rejects).
function wamsKeep(bytes) {
  var sw = navigator.serviceWorker;
  if (!sw || !window.caches) return Promise.resolve(false);
  var controlled = sw.controller ? Promise.resolve() : new Promise(function (resolve) {
    sw.addEventListener('controllerchange', function () { resolve(); }, { once: true });
    setTimeout(resolve, 60000);  // no worker took control (blocked, or an error): the bytes are let go
  });
  return controlled.then(wamsWorkerVersion).then(function (version) {
    if (!version) return false;
    return caches.open(WAMS_KEPT).then(function (cache) {
      return cache.keys().then(function (old) {
        return Promise.all(old.map(function (r) { return cache.delete(r); }));
      }).then(function () {
        var kept = new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } });
        return cache.put(wamsKeptKey(version), kept);
      });
    }).then(function () { return true; });
  }).catch(function () { return false; });
}

function wamsUnpackWasm() {
  return wamsWorkerVersion().then(wamsKeptModule).then(function (kept) {
    if (kept) {
      performance.mark('wams:kept');  // User Timing, as the app's steps (web/bench/start-steps.mjs)
      return kept;
    }
    return wamsUnpack(function (name) { return fetch(name, { credentials: 'same-origin' }); }).then(function (bytes) {
      performance.mark('wams:unpacked');
      return WebAssembly.compile(bytes).then(function (module) {
        // Kept after the start has settled, so it never competes with the first frame.
        (function later() {
          if (!window.wamsReady) { setTimeout(later, 500); return; }
          setTimeout(function () { window.wamsKept = wamsKeep(bytes); }, 2000);
        })();
        return module;
      }, function (e) {  // unpacked, but not a module: say which file
        throw new Error('wams.wasm.lzma2: ' + e);
      });
    });
  }).then(function (module) {
    performance.mark('wams:compiled');
    return module;
  });
}
