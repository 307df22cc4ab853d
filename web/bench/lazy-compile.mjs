// lazy-compile.mjs — how many wasm functions V8 compiles lazily, on which thread, during a page's start (navigation to
// ready + 1.5 s), from a Chromium trace. This Chromium compiles a wasm function with Liftoff on its first call, on the
// calling thread (`--wasm-lazy-compilation` is on by default; compilation hints are off), so every function the start
// calls is compiled on the main thread inside its tasks. Diagnostics for docs/perf.md, asserts nothing.
//   node web/bench/lazy-compile.mjs <page dir> [runs (3)]
// Prints per run: main-thread wasm.CompileLazy count and total ms (its Liftoff part), and the same on other threads.
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';

const [dir, runsArg = '3'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run'] });
const { server, url } = await startServer(dir, 0);
for (let run = 0; run < Number(runsArg); run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.wasm', 'disabled-by-default-v8.wasm.detailed'] });
  await page.goto(url);
  await page.waitForFunction(() => window.wamsReady === true, null, { timeout: 60000, polling: 50 });
  await page.waitForTimeout(1500);
  const ev = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  const mainTid = ev.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(url))?.tid;
  const sum = (name, main) => {
    const list = ev.filter((e) => e.name === name && e.dur !== undefined && (e.tid === mainTid) === main);
    return `${list.length} / ${(list.reduce((s, e) => s + e.dur, 0) / 1000).toFixed(1)} ms`;
  };
  console.log(`run ${run + 1}: main thread CompileLazy ${sum('wasm.CompileLazy', true)} (Liftoff ${sum('wasm.CompileBaseline', true)});`
    + ` other threads CompileLazy ${sum('wasm.CompileLazy', false)}`);
  await context.close();
}
await browser.close();
server.close();
