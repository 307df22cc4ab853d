// start-steps.mjs — where the time to the first frame goes, step by step, app beside the bare page (docs/perf.md
// "The start, step by step"). Prints figures, asserts nothing. Each page sets User Timing marks "wams:<step>"
// (shell/app/platform_web.cpp, tests/bench/bare_page/main.cpp); the script adds the wasm's and the script's arrival
// (Resource Timing) and the first animation frame after the first frame (its start = the first frame's commit done).
//   node web/bench/start-steps.mjs <app page dir> <bare page dir> [runs=7]
// WAMS_MOBILE=1: Lighthouse's mobile screen (412 × 823 CSS px at 1.75 device px per CSS px, touch) instead of 1200 × 800;
// WAMS_DPR=3 with it: a phone's 3 device px per CSS px.
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';

const [appDir, bareDir, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 7);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// In the page before it loads: the first animation frame after the "wams:first-frame" mark.
function watchCommit() {
  const poll = () => {
    if (performance.getEntriesByName('wams:first-frame').length) { window.__committed = performance.now(); return; }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function load(browser, url) {
  const screen = process.env.WAMS_MOBILE === '1'
    ? { viewport: { width: 412, height: 823 }, deviceScaleFactor: Number(process.env.WAMS_DPR ?? 1.75), isMobile: true, hasTouch: true }
    : { viewport: { width: 1200, height: 800 } };
  const context = await browser.newContext({ ...screen, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(watchCommit);
  await page.goto(url);
  await page.waitForFunction(() => window.__committed !== undefined, null, { timeout: 30000, polling: 50 });
  const t = await page.evaluate(() => {
    const at = (suffix) => performance.getEntriesByType('resource').find((e) => e.name.endsWith(suffix))?.responseEnd;
    const out = { 'wams.js arrived': at('/wams.js'), 'wams.wasm arrived': at('/wams.wasm') };
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    if (fcp) out['first contentful paint'] = fcp.startTime;
    const asked = performance.getEntriesByType('resource').find((e) => /\/wams\.wasm(\.lzma2)?$/.test(e.name));
    if (asked) out['wasm requested'] = asked.startTime;
    // The app's wasm arrives as LZMA and is unpacked in the page (docs/perf.md "The wasm sent as LZMA").
    if (at('/wams.wasm.lzma2') !== undefined) out['wams.wasm.lzma2 arrived'] = at('/wams.wasm.lzma2');
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('wams:')) out[m.name.slice(5)] = m.startTime;
    out['next frame (commit done)'] = window.__committed;
    return out;
  });
  await context.close();
  return t;
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
const pages = { app: await startServer(appDir, 0), bare: await startServer(bareDir, 0) };
const runs = { app: [], bare: [] };
for (let i = 0; i < RUNS; i++) for (const kind of ['bare', 'app']) runs[kind].push(await load(browser, pages[kind].url));
console.log(`median of ${RUNS} loads each (ms from navigation; in brackets the step's own time, median)`);
console.log(`${'step'.padEnd(26)}${'app'.padStart(16)}${'bare'.padStart(16)}`);
const steps = [...new Set([...Object.keys(runs.app[0]), ...Object.keys(runs.bare[0])])]
  .sort((a, b) => median(runs.app.map((r) => r[a] ?? Infinity)) - median(runs.app.map((r) => r[b] ?? Infinity)));
const own = (rs, step) => {  // the step's own time: from the latest earlier step of the same load
  const d = rs.map((r) => r[step] - Math.max(0, ...Object.values(r).filter((v) => v !== undefined && v < r[step])));
  return median(d);
};
for (const step of steps) {
  const cell = (rs) => rs[0][step] === undefined ? '—' : `${median(rs.map((r) => r[step])).toFixed(0)} (${own(rs, step).toFixed(0)})`;
  console.log(`${step.padEnd(26)}${cell(runs.app).padStart(16)}${cell(runs.bare).padStart(16)}`);
}
await browser.close();
for (const p of Object.values(pages)) p.server.close();
