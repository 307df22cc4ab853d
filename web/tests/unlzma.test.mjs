// unlzma.test.mjs — the page's unpacking of its wasm (web/js/unlzma.js, issue 18 §3, docs/perf.md "The wasm sent as
// LZMA"), in Node without a browser: wams.wasm.lzma2 from the web build, fed to wamsUnpack() in chunks of many sizes
// (the header split over chunks, one byte at a time at the start), must give back exactly the build's wams.wasm;
// a stream cut short, a wrong header and a corrupted stream must be refused with the file's name. The browser tests
// (web/tests/app.test.mjs) check the same in the page: every load unpacks it, and a missing or cut file is said.
//   WAMS_WEB_DIR=build/web node --test web/tests/unlzma.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_DIR = path.resolve(ROOT, process.env.WAMS_WEB_DIR ?? 'build/web');
const SCRIPT = fs.readFileSync(path.join(ROOT, 'web/js/unlzma.js'), 'utf8');
const WASM = fs.readFileSync(path.join(WEB_DIR, 'wams.wasm'));
const PACKED = fs.readFileSync(path.join(WEB_DIR, 'wams.wasm.lzma2'));
const DECODER = fs.readFileSync(path.join(WEB_DIR, 'unlzma.wasm'));
vm.runInThisContext(SCRIPT, { filename: 'unlzma.js' });  // defines wamsUnpack and wamsUnpackWasm

// A fetch over the two files that hands the packed one out in the given chunk sizes (the last size repeats).
function fetcher(packed, sizes) {
  return async (name) => {
    if (name === 'unlzma.wasm') return new Response(DECODER);
    if (name !== 'wams.wasm.lzma2') return new Response('not here', { status: 404 });
    let at = 0, i = 0;
    return new Response(new ReadableStream({
      pull(c) {
        if (at >= packed.length) { c.close(); return; }
        const n = sizes[Math.min(i++, sizes.length - 1)];
        c.enqueue(new Uint8Array(packed.subarray(at, at + n)));
        at += n;
      },
    }));
  };
}

test('the build\'s wams.wasm.lzma2 unpacks to its wams.wasm, however the bytes arrive', async () => {
  assert.ok(PACKED.length < WASM.length * 0.6, `the packed wasm is ${PACKED.length} B for ${WASM.length} B`);
  for (const sizes of [[PACKED.length], [65536], [4093], [1, 1, 1, 2, 3, 5, 8, 13, 21, 40000], [5, 8, 100003]]) {
    const bytes = await globalThis.wamsUnpack(fetcher(PACKED, sizes));
    assert.equal(bytes.length, WASM.length, `chunks ${sizes}: length`);
    assert.ok(Buffer.from(bytes).equals(WASM), `chunks ${sizes}: the bytes differ from wams.wasm`);
  }
});

test('a stream cut short, a bad header or a broken stream is refused, naming the file', async () => {
  const cut = PACKED.subarray(0, PACKED.length >> 1);
  await assert.rejects(globalThis.wamsUnpack(fetcher(cut, [65536])), /wams\.wasm\.lzma2: incomplete/);
  const noSize = Buffer.from(PACKED); noSize.fill(0, 1, 9);
  await assert.rejects(globalThis.wamsUnpack(fetcher(noSize, [65536])), /wams\.wasm\.lzma2: bad size/);
  const badProps = Buffer.from(PACKED); badProps[0] = 250;  // an LZMA2 dictionary property above 40
  await assert.rejects(globalThis.wamsUnpack(fetcher(badProps, [65536])), /wams\.wasm\.lzma2: bad properties/);
  // Corrupted bytes: raw LZMA2 has no checksum, so a flipped byte may decode to other bytes; either the decoder stops
  // (broken stream) or the result differs, and then the page's WebAssembly.compile refuses it.
  const flipped = Buffer.from(PACKED); for (let i = 2000; i < 2100; i++) flipped[i] ^= 0x5a;
  const outcome = await globalThis.wamsUnpack(fetcher(flipped, [65536])).then((b) => b, (e) => e);
  if (outcome instanceof Error) assert.match(String(outcome), /wams\.wasm\.lzma2: (broken stream|incomplete)/);
  else await assert.rejects(WebAssembly.compile(outcome), 'a corrupted wasm compiled');
  const missing = async (name) =>
    (name === 'unlzma.wasm' ? new Response('x', { status: 404 }) : fetcher(PACKED, [1])(name));
  await assert.rejects(globalThis.wamsUnpack(missing), /unlzma\.wasm: HTTP 404/);
});
