// lazy-share.mjs — does a worker's lazy compilation serve the page? A synthetic module (300 functions, made here and
// built with emcc into a temporary folder) is compiled once by the page; "cold": the page instantiates it and calls
// every function; "warm": a worker first instantiates the same WebAssembly.Module (sent by postMessage) and calls every
// function, then the page does. Prints the page's call time and where wasm.CompileLazy ran. Diagnostics for
// docs/perf.md ("Lazy compilation on the main thread"), asserts nothing.
//   NODE_PATH=/usr/share/nodejs node web/bench/lazy-share.mjs [runs (2)]
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wams-lazy-'));
const fns = Array.from({ length: 300 }, (_, i) => `EMSCRIPTEN_KEEPALIVE int f${i}(int x) { int s = x; for (int k = 0; k < 3; ++k) { ${
  Array.from({ length: 40 }, (_, j) => `s = s * ${i * 7 + j + 3} + (s >> ${(j % 5) + 1}) ^ ${i + j};`).join(' ')} } return s; }`);
fs.writeFileSync(path.join(dir, 'm.c'), ['#include <emscripten.h>', ...fns,
  `EMSCRIPTEN_KEEPALIVE int call_all(int x) { int s = 0; ${fns.map((_, i) => `s += f${i}(x);`).join(' ')} return s; }`].join('\n'));
execFileSync('emcc', ['-O1', 'm.c', '-o', 'm.wasm', '--no-entry', '-sSTANDALONE_WASM'], { cwd: dir });
fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><script>
(async () => {
  const mod = await WebAssembly.compileStreaming(fetch('m.wasm'));
  if (location.hash === '#warm') {
    const w = new Worker('w.js');
    await new Promise((done) => { w.onmessage = done; w.postMessage(mod); });
  }
  const inst = await WebAssembly.instantiate(mod, {});
  const t0 = performance.now();
  inst.exports.call_all(3);
  window.ms = performance.now() - t0;
})();
</script>`);
fs.writeFileSync(path.join(dir, 'w.js'),
  'onmessage = async (e) => { (await WebAssembly.instantiate(e.data, {})).exports.call_all(5); postMessage(1); };');

const types = { '.wasm': 'application/wasm', '.js': 'text/javascript', '.html': 'text/html' };
const server = http.createServer((req, res) => {
  const file = path.join(dir, path.basename(req.url.split(/[?#]/)[0]) || 'index.html');
  if (!fs.existsSync(file)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'Content-Type': types[path.extname(file)] ?? 'text/plain' });
  res.end(fs.readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
for (let run = 0; run < Number(process.argv[2] ?? 2); run++)
  for (const mode of ['cold', 'warm']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed'] });
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html#${mode}`);
    await page.waitForFunction(() => window.ms !== undefined);
    const ms = await page.evaluate(() => window.ms);
    const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const pageTid = ev.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url).includes('index.html'))?.tid;
    const lazy = ev.filter((e) => e.name === 'wasm.CompileLazy');
    console.log(`${mode}: the page's calls ${ms.toFixed(1)} ms; CompileLazy on the page's thread `
      + `${lazy.filter((e) => e.tid === pageTid).length}, elsewhere ${lazy.filter((e) => e.tid !== pageTid).length}`);
    await context.close();
  }
await browser.close();
server.close();
fs.rmSync(dir, { recursive: true });
