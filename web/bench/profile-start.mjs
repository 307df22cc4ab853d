// profile-start.mjs — one page load under Chromium's sampling profiler (100 µs), from navigation until the app is ready
// + 0.8 s: the 25 functions with the most self time and the 45 with the most inclusive time. Diagnostics for
// docs/perf.md, asserts nothing. Function names need a wasm linked with --profiling-funcs (docs/perf.md "Where the size
// goes": relink by hand from the web build's link.txt into another directory, with the page's files copied beside it).
//   node web/bench/profile-start.mjs <page dir>
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
const [dir] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--no-first-run'] });
const { server, url } = await startServer(dir, 0);
const ctx = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'block' });
const page = await ctx.newPage();
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(url);
await page.waitForFunction(() => window.wamsReady === true, null, { timeout: 30000, polling: 20 });
await page.waitForTimeout(800);
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => { const n = byId.get(id); const k = n.callFrame.functionName || '(' + n.callFrame.url.split('/').pop() + ')'; self.set(k, (self.get(k) || 0) + (dt[i] || 0) / 1000); });
// inclusive time per function
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const incl = new Map();
profile.samples.forEach((id, i) => { const seen = new Set(); let cur = id; while (cur) { const n = byId.get(cur); const k = n.callFrame.functionName || '(anon)'; if (!seen.has(k)) { seen.add(k); incl.set(k, (incl.get(k) || 0) + (dt[i] || 0) / 1000); } cur = parent.get(cur); } });
console.log('SELF'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(1).padStart(7), k);
console.log('INCL'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(1).padStart(7), k);
await browser.close(); server.close();
