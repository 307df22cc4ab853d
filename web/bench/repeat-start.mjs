// repeat-start.mjs — the start of a page opened again in the same browser profile (a returning user; the PWA's
// usual case), against another build: each run loads the page once in a fresh context (Cache Storage, the HTTP cache
// and the service worker start empty), waits until the service worker controls the page and the page has kept what it
// keeps (js/unlzma.js: window.wamsKept), then reloads it and times the reload. Prints figures, asserts nothing.
// WAMS_CPU_SLOWDOWN=4: Chromium's CPU throttling (DevTools protocol) on both loads, as Lighthouse's mobile preset.
//   node web/bench/repeat-start.mjs <app page dir> <other app page dir> [runs=7]
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';

const [aDir, bDir, runsArg] = process.argv.slice(2);
const RUNS = Number(runsArg ?? 7);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
function installCounter() {
  window.__count = () => (window.Module && window.wamsReady && Module.ccall
    ? JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).frame_count : 0);
  const poll = () => {
    if (window.__count() >= 1) window.__firstFrame = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const STEPS = ['kept', 'unpacked', 'compiled', 'main', 'first-frame'];

async function reloadTimes(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  if (process.env.WAMS_CPU_SLOWDOWN) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(process.env.WAMS_CPU_SLOWDOWN) });
  }
  await page.addInitScript(installCounter);
  const marks = async () => page.evaluate((steps) => Object.fromEntries(steps.map((s) => {
    const m = performance.getEntriesByName('wams:' + s)[0];
    return [s, m ? m.startTime : NaN];
  })), STEPS);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstFrame !== undefined, null, { timeout: 30000, polling: 50 });
  const first = { frame: await page.evaluate(() => window.__firstFrame), ...(await marks()) };
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000, polling: 50 });
  await page.waitForFunction(() => window.wamsKept !== undefined, null, { timeout: 10000, polling: 100 })
    .catch(() => {});  // a build that keeps nothing
  const kept = await page.evaluate(() => (window.wamsKept ? window.wamsKept : false));
  await page.waitForTimeout(500);
  await page.reload();
  await page.waitForFunction(() => window.__firstFrame !== undefined, null, { timeout: 30000, polling: 50 });
  const again = { frame: await page.evaluate(() => window.__firstFrame), ...(await marks()) };
  await context.close();
  return { first, again, kept };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
const servers = [await startServer(aDir, 0), await startServer(bDir, 0)];
const out = [[], []];
for (let i = 0; i < RUNS; i++)
  for (const k of [0, 1]) out[k].push(await reloadTimes(browser, servers[k].url));
for (const s of servers) s.server.close();
await browser.close();
const row = (label, pick) =>
  console.log(label.padEnd(34) + [0, 1].map((k) => String(Math.round(median(out[k].map(pick)))).padStart(10)).join(''));
console.log(`median of ${RUNS} runs (ms from navigation)      first dir  other dir`);
row('first load: first frame', (r) => r.first.frame);
for (const s of STEPS) row(`reload: ${s}`, (r) => r.again[s]);
row('reload: first frame', (r) => r.again.frame);
const keptCount = (k) => out[k].filter((r) => r.kept === true).length;
console.log(`first load kept the unpacked wasm: ${keptCount(0)}/${RUNS}, ${keptCount(1)}/${RUNS}`);
