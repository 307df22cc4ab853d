// trace-start.mjs — one page load under a Chromium trace: main-thread tasks ≥ 5 ms from navigation to the first frame
// (+1 s), with the JS function that ran longest inside each. Diagnostics for docs/perf.md, asserts nothing.
//   node web/bench/trace-start.mjs <page dir> [app|bare]
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
const [dir, kind = 'app'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run'] });
const { server, url } = await startServer(dir, 0);
const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'block' });
const page = await context.newPage();
await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
await page.goto(url);
await page.waitForFunction(() => window.wamsReady === true, null, { timeout: 30000, polling: 50 });
await page.waitForTimeout(1500);
const buf = await browser.stopTracing();
const ev = JSON.parse(buf.toString()).traceEvents;
const nav = ev.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming')?.ts ?? Math.min(...ev.filter((e) => e.ts).map((e) => e.ts));
const main = ev.filter((e) => e.name === 'RunTask' && e.dur > 5000);
const mainTid = ev.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(url))?.tid;
for (const t of main.filter((e) => e.tid === mainTid).sort((a, b) => a.ts - b.ts)) {
  const inner = ev.filter((e) => e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + t.dur && e.dur > 2000 && e.name !== 'RunTask')
    .map((e) => `${e.name}${e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop() : ''}${e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''}:${(e.dur / 1000).toFixed(0)}`);
  console.log(`${((t.ts - nav) / 1000).toFixed(0).padStart(6)} ms  task ${(t.dur / 1000).toFixed(1).padStart(7)} ms  ${inner.slice(0, 8).join(' | ')}`);
}
await browser.close();
server.close();
