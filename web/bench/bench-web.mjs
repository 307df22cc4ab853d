// bench-web.mjs — browser figures for scripts/bench-web.sh (issue 7); prints figures, asserts nothing.
//   node web/bench/bench-web.mjs <app page dir> <bare page dir> [runs=5]
// navigation → first drawn frame (median of N fresh contexts, app and bare page), the first frame with a draw call
// in it (the same two pages, for context), frames drawn during 5 s
// without input (app), key press → next drawn frame (median of 10 presses, app). Frame counters: the app's
// wams_test_state_json().frame_count and the bare page's bare_frame_count(); timings are performance.now() in
// the page, read in a requestAnimationFrame poll (the same method for both pages); runs alternate between the pages.
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';

const [appDir, bareDir, runsArg] = process.argv.slice(2);
// WAMS_BENCH_BASE=app: the second directory is another build of the app, not the bare page (A/B of two app builds
// with the same method; the "bare" lines are then that build's figures).
const BASE_KIND = process.env.WAMS_BENCH_BASE === 'app' ? 'app' : 'bare';
const RUNS = Number(runsArg ?? 5);
const FLAGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Installed in every page before it loads (no eval: the page's CSP forbids it): window.__count() = frames drawn.
function installCounter(kind) {
  window.__count = () => {
    if (!(window.Module && window.wamsReady && Module.ccall)) return 0;
    return kind === 'app' ? JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).frame_count
      : Module.ccall('bare_frame_count', 'number', [], []);
  };
  const poll = () => { if (window.__count() >= 1) { window.__firstFrame = performance.now(); return; } requestAnimationFrame(poll); };
  requestAnimationFrame(poll);
  // The first frame that drew anything (a WebGL draw call, not only the clear): the bare page's first frame is its
  // clear alone (Dear ImGui shows a new window from its second frame on), the app's first frame is the start screen.
  // Taken at the first animation frame after that draw (its commit done), the same point as __firstFrame.
  const draw = WebGL2RenderingContext.prototype.drawElements;
  let drew = false;
  WebGL2RenderingContext.prototype.drawElements = function (...args) {
    if (!drew) {
      drew = true;
      requestAnimationFrame(() => { window.__firstContent = performance.now(); });
    }
    return draw.apply(this, args);
  };
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

async function firstFrame(browser, url, kind) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(installCounter, kind);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstFrame !== undefined && window.__firstContent !== undefined, null,
    { timeout: 30000, polling: 50 });
  const [t, content] = await page.evaluate(() => [window.__firstFrame, window.__firstContent]);
  return { t, content, page, context };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
const out = { bare: [], app: [], content: { bare: [], app: [] } };
const servers = { bare: await startServer(bareDir, 0), app: await startServer(appDir, 0) };
// Runs alternate between the two pages (bare, app, bare, app, …) so both see the same machine load: on this shared
// machine the load moves within a minute, and all-bare-then-all-app runs put that drift into the ratio.
for (let i = 0; i < RUNS; i++) {
  for (const kind of ['bare', 'app']) {
    const r = await firstFrame(browser, servers[kind].url, kind === 'bare' ? BASE_KIND : kind);
    out[kind].push(r.t);
    out.content[kind].push(r.content);
    if (kind === 'app' && i === RUNS - 1) {
      const page = r.page;
      // Idle: let start-up frames finish, then count frames drawn in 5 s without input.
      await page.waitForTimeout(1000);
      const before = await page.evaluate(() => window.__count());
      await page.waitForTimeout(5000);
      out.idleFrames = (await page.evaluate(() => window.__count())) - before;
      // Key press → next drawn frame: keydown timestamp to the rAF in which frame_count grew.
      await page.locator('#canvas').focus();
      const lat = [];
      for (let k = 0; k < 10; k++) {
        await page.waitForTimeout(300);  // idle again
        await page.evaluate(() => {
          const count = window.__count;
          const start = count();
          window.__keyToFrame = new Promise((resolve) => {
            window.addEventListener('keydown', () => {
              const t0 = performance.now();
              const poll = () => { if (count() > start) resolve(performance.now() - t0); else requestAnimationFrame(poll); };
              requestAnimationFrame(poll);
            }, { once: true, capture: true });
          });
        });
        await page.keyboard.press('Shift');
        const p = page.evaluate(() => window.__keyToFrame);
        lat.push(await p);
      }
      out.keyToFrame = lat;
    }
    await r.context.close();
  }
}
for (const s of Object.values(servers)) s.server.close();
await browser.close();
const fmt = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
console.log(`first-frame bare ms: ${fmt(out.bare)} → median ${median(out.bare).toFixed(0)}`);
console.log(`first-frame app ms: ${fmt(out.app)} → median ${median(out.app).toFixed(0)}`);
console.log(`first-frame ratio: ${(median(out.app) / median(out.bare)).toFixed(2)}`);
// Context, not the goal's figure: the first frame with something drawn in each page (the bare page's first frame is
// an empty clear; docs/perf.md "The bare page's first frame is empty").
console.log(`first-content-frame bare ms: ${fmt(out.content.bare)} → median ${median(out.content.bare).toFixed(0)}`);
console.log(`first-content-frame app ms: ${fmt(out.content.app)} → median ${median(out.content.app).toFixed(0)}`);
console.log(`first-content-frame ratio: ${(median(out.content.app) / median(out.content.bare)).toFixed(2)}`);
console.log(`idle frames in 5 s: ${out.idleFrames}`);
console.log(`key→frame ms: ${fmt(out.keyToFrame)} → median ${median(out.keyToFrame).toFixed(1)}, max ${Math.max(...out.keyToFrame).toFixed(1)}`);
