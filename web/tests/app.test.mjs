// app.test.mjs — browser tests of the first screen in headless Debian Chromium (playwright-core, no download).
// Proves: the page starts and draws, the language switch works by clicking the real widget, frames are skipped
// when idle, and NOTHING is requested except the page's own static files during start-up ("zero egress").
//   WAMS_WEB_DIR=build/web node --test web/tests/      (scripts/test.sh and ctest run this)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { decodePng, colourStats } from './png.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WEB_DIR = path.resolve(ROOT, process.env.WAMS_WEB_DIR ?? 'build/web');
const ARTIFACTS = path.resolve(ROOT, process.env.WAMS_ARTIFACTS_DIR ?? 'artifacts');
const CHROMIUM = process.env.WAMS_CHROMIUM ?? '/usr/bin/chromium';
// Flags measured in shared/notes/TOOLCHAIN.md (Playwright adds --headless and its own user-data-dir).
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// The page's own static files: the only requests allowed, and only during start-up.
// The wasm is downloaded as wams.wasm.lzma2 by js/unlzma.js with its decoder unlzma.wasm; wams.wasm itself is
// not one of them (issue 18 §3, docs/perf.md "The wasm sent as LZMA").
const OWN_FILES = new Set(['/', '/index.html', '/app.js', '/style.css', '/wams.js', '/favicon.svg',
  '/js/unlzma.js', '/unlzma.wasm', '/wams.wasm.lzma2',
  // issue 7: update notice + mirror styles, mirror + service-worker glue, web manifest and its icons
  '/overlay.css', '/js/mirror.js', '/js/pwa.js', '/manifest.webmanifest', '/icons/icon-192.png', '/icons/icon-512.png']);

let server, browser, page, url;
const requests = [];   // every request the browser made: {url, phase}
const problems = [];   // console errors, CSP violations, page errors
let phase = 'start-up';

/** The app's state from its C++ test hook (state of the last drawn frame). */
async function appState() {
  return page.evaluate(() => JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])));
}

/** Clicks the centre of the widget the app recorded under `id` (never a guessed pixel). */
async function clickWidget(id) {
  const state = await appState();
  const widget = state.widgets.find((w) => w.id === id);
  assert.ok(widget, `widget ${id} not drawn; drawn: ${state.widgets.map((w) => w.id).join(', ')}`);
  const box = await page.locator('#canvas').boundingBox();
  const sx = box.width / state.display.w, sy = box.height / state.display.h;
  const x = box.x + (widget.x + widget.w / 2) * sx, y = box.y + (widget.y + widget.h / 2) * sy;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.up();
}

function label(state, id) {
  return state.widgets.find((w) => w.id === id)?.label;
}

async function screenshot(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  const png = await page.screenshot({ path: file });
  return { file, png };
}

before(async () => {
  assert.ok(fs.existsSync(path.join(WEB_DIR, 'wams.wasm')), `no web build in ${WEB_DIR}: run scripts/test.sh`);
  ({ server, url } = await startServer(WEB_DIR, 0));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, serviceWorkers: 'block' });
  context.on('request', (r) => requests.push({ url: r.url(), phase }));
  page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await page.exposeFunction('__wamsCspViolation', (v) => problems.push(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation',
      (e) => window.__wamsCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForFunction(() => window.wamsReady === true &&
    JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).frame_count >= 1, null, { timeout: 20000 });
  console.log(`first frame ${Date.now() - t0} ms after navigation`);
  phase = 'after start-up';
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('first frame: product name, rulebook stage, Dutch promise, glyphs for é ë ï ö ü', async () => {
  const state = await appState();
  assert.equal(state.screen, 'start');
  assert.equal(state.lang, 'nl');
  assert.equal(label(state, 'app.name'), 'Wams Wegwijzer');
  assert.equal(label(state, 'app.promise'), 'Er verlaat geen gegeven dit apparaat');
  assert.match(label(state, 'app.stage') ?? '', /^Wetsvoorstel, niet in werking \(Kamerstuk 36 295\).* — stand per 3 december 2026$/);
  assert.equal(state.missing_glyphs, '');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
});

test('start screen: the law\'s real status in the DOM mirror (36 295, not in force), no 1 januari 2023', async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.waitForFunction(() => document.querySelectorAll('#wams-mirror p[data-id^="text.start.law."]').length >= 4,
    null, { timeout: 10000 });
  const mirror = await page.evaluate(() => document.getElementById('wams-mirror').textContent);
  assert.match(mirror, /Kamerstuk 36 295/);
  assert.match(mirror, /niet in werking/);
  assert.match(mirror, /geen geldend recht/);
  assert.match(mirror, /stand per 3 december 2026/i);
  assert.match(mirror, /functionaris gegevensbescherming \(FG\)/);
  assert.doesNotMatch(mirror, /1 januari 2023/);
  const { file } = await screenshot('web-start-status-1280x800.png');
  console.log(`start screen at 1280x800: ${path.relative(ROOT, file)}`);
  await page.setViewportSize({ width: 1200, height: 800 });
});

test('the canvas is not blank (screenshot saved as artifact)', async () => {
  const { file, png } = await screenshot('web-first-frame.png');
  const stats = colourStats(decodePng(png));
  console.log(`${path.relative(ROOT, file)}: ${stats.distinct} colours, ${(stats.differingShare * 100).toFixed(1)}% ink`);
  assert.ok(stats.distinct >= 20, `only ${stats.distinct} distinct colours: blank canvas?`);
  assert.ok(stats.differingShare > 0.01, `only ${stats.differingShare} of pixels differ from the background`);
});

test('clicking the real "English" widget switches the UI language, and back', async () => {
  await clickWidget('lang.en');
  await page.waitForFunction(() => JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).lang === 'en',
    null, { timeout: 5000 });
  await page.waitForTimeout(200);  // let the frames after the click settle
  const en = await appState();
  assert.equal(label(en, 'app.promise'), 'No data leaves this device');
  assert.match(label(en, 'app.stage') ?? '', /^Bill, not in force \(Kamerstuk 36 295\)/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await screenshot('web-english.png');

  await clickWidget('lang.nl');
  await page.waitForFunction(() => JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).lang === 'nl',
    null, { timeout: 5000 });
  await page.waitForTimeout(200);
  assert.equal(label(await appState(), 'app.promise'), 'Er verlaat geen gegeven dit apparaat');
});

test('idle: no frames are drawn while nothing happens', async () => {
  await page.waitForTimeout(300);
  const before = (await appState()).frame_count;
  await page.waitForTimeout(1000);
  const after = (await appState()).frame_count;
  const idle = await page.evaluate(() => Module.ccall('wams_test_idle_callbacks', 'number', [], []));
  console.log(`idle second: ${after - before} frames drawn, ${idle} animation callbacks skipped so far`);
  assert.equal(after, before, `${after - before} frames drawn in an idle second`);
  assert.ok(idle > 0);
});

test('a frame equal to the one on screen is not sent to WebGL again; a changed one is', async () => {
  const counts = () => page.evaluate(() => [JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).frame_count,
    Module.ccall('wams_test_frames_not_sent', 'number', [], [])]);
  const settled = () => page.waitForFunction(() => Module.ccall('wams_test_frames_pending', 'number', [], []) === 0, null,
    { timeout: 5000 });
  await settled();
  const [f0, s0] = await counts();
  const vp = page.viewportSize();
  await page.mouse.move(vp.width - 3, vp.height - 3);  // an empty corner: ImGui draws frames, nothing in them changes
  await page.waitForTimeout(100);
  await settled();
  const [f1, s1] = await counts();
  console.log(`mouse moved to an empty corner: ${f1 - f0} frames drawn, ${s1 - s0} not sent`);
  assert.ok(f1 > f0, 'the mouse move drew no frame');
  assert.ok(s1 - s0 >= 1, 'every frame was sent although nothing changed');
  const before = await page.locator('#canvas').screenshot();
  await clickWidget('lang.en');
  await settled();
  const changed = await page.locator('#canvas').screenshot();
  assert.ok(!changed.equals(before), 'the canvas did not change when the language did');
  await page.waitForTimeout(300);
  assert.ok((await page.locator('#canvas').screenshot()).equals(changed), 'the canvas lost the frame it showed');
  await clickWidget('lang.nl');
  await settled();
});

test('the GL state the page keeps (app.js shadowGlState) equals what the context reports, after each change',
  async () => {
  // ImGui's renderer reads the scissor box and the blend factors and equations back every frame; the page answers
  // those reads itself (a synchronous round trip to the GPU process each otherwise). Checked on a context of its own,
  // through each setter that changes them, against the context's own answer.
  const result = await page.evaluate(() => {
    const appGl = document.getElementById('canvas').getContext('webgl2');
    const c = document.createElement('canvas');
    c.width = 64; c.height = 48;
    const gl = shadowGlState(c.getContext('webgl2'));
    const real = WebGL2RenderingContext.prototype.getParameter;
    const names = ['SCISSOR_BOX', 'BLEND_SRC_RGB', 'BLEND_DST_RGB', 'BLEND_SRC_ALPHA', 'BLEND_DST_ALPHA',
      'BLEND_EQUATION_RGB', 'BLEND_EQUATION_ALPHA'];
    const differ = [];
    const check = (step) => {
      for (const n of names) {
        const kept = gl.getParameter(gl[n]), told = real.call(gl, gl[n]);
        if (String(kept) !== String(told) || kept.constructor !== told.constructor) {
          differ.push(`${step} ${n}: ${kept} ≠ ${told}`);
        }
      }
    };
    check('initial');
    gl.scissor(1, 2, 30, 40); check('scissor');
    gl.blendFunc(gl.SRC_ALPHA, gl.ONE_MINUS_SRC_ALPHA); check('blendFunc');
    gl.blendFuncSeparate(gl.ONE, gl.ZERO, gl.DST_ALPHA, gl.SRC_COLOR); check('blendFuncSeparate');
    gl.blendEquation(gl.FUNC_SUBTRACT); check('blendEquation');
    gl.blendEquationSeparate(gl.FUNC_ADD, gl.MAX); check('blendEquationSeparate');
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { differ, appShadowed: appGl.wamsShadow === true };
  });
  assert.deepEqual(result.differ, []);
  assert.ok(result.appShadowed, "the app's own context is not answered from the page");
});

test('zero egress: only the page\'s own files, only during start-up; no CSP violation or error', async () => {
  await page.waitForTimeout(500);
  const origin = new URL(url).origin;
  for (const r of requests) {
    const u = new URL(r.url);
    assert.equal(u.origin, origin, `request to another origin: ${r.url}`);
    assert.ok(OWN_FILES.has(u.pathname), `request for a file that is not part of the page: ${r.url}`);
    assert.equal(r.phase, 'start-up', `request after start-up: ${r.url}`);
  }
  for (const needed of ['/wams.js', '/js/unlzma.js', '/unlzma.wasm', '/wams.wasm.lzma2'])
    assert.ok(requests.some((r) => new URL(r.url).pathname === needed), `${needed} was never requested?`);
  console.log(`${requests.length} requests, all own static files during start-up: ` +
    requests.map((r) => new URL(r.url).pathname).join(' '));
  assert.deepEqual(problems, []);
});

// The page downloads, unpacks and compiles the wasm itself (js/unlzma.js, issue 18 §3): a wasm that cannot be had,
// arrives cut short or is no module, or a missing decoder, still says why, on the page, instead of leaving the start
// screen's text waiting for ever.
for (const [what, file, reply, said] of [
  ['cannot be loaded', 'wams.wasm.lzma2', { status: 404, body: 'not here' }, /wams\.wasm\.lzma2: HTTP 404/],
  ['arrives cut short', 'wams.wasm.lzma2', 'cut', /wams\.wasm\.lzma2: incomplete/],
  ['unpacks to something that is not a module', 'wams.wasm.lzma2', 'garbled', /wams\.wasm\.lzma2: CompileError/],
  ['cannot be unpacked (no decoder)', 'unlzma.wasm', { status: 404, body: 'not here' }, /unlzma\.wasm: HTTP 404/],
  ['cannot be unpacked (no script)', 'js/unlzma.js', { status: 404, body: 'not here' },
    /js\/unlzma\.js: not loaded/]]) {
  test(`a wasm that ${what} is said on the page`, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const p = await context.newPage();
    await context.route(`**/${file}`, async (route) => {
      if (reply !== 'cut' && reply !== 'garbled') return route.fulfill(reply);
      const whole = fs.readFileSync(path.join(WEB_DIR, file));
      if (reply === 'cut') return route.fulfill({ status: 200, body: whole.subarray(0, whole.length >> 1) });
      // A valid stream of bytes that are not a wasm module: one stored LZMA2 chunk (control 1, size − 1 big-endian)
      // of 16 bytes, then the end mark.
      const text = Buffer.from('not a module....');
      const size = Buffer.alloc(8);
      size.writeUInt32LE(text.length, 0);
      const chunk = Buffer.from([1, 0, text.length - 1]);
      const body = Buffer.concat([whole.subarray(0, 1), size, chunk, text, Buffer.from([0])]);
      return route.fulfill({ status: 200, body });
    });
    await p.goto(url);
    const status = p.locator('#status');
    await p.waitForFunction(() => /kon niet starten/.test(document.getElementById('status').textContent), null,
      { timeout: 10000 });
    assert.match(await status.textContent(), said, 'the message does not name the file and the fault');
    assert.ok(await status.isVisible(), 'the message is not shown');
    assert.equal(await p.evaluate(() => document.getElementById('start').classList.contains('failed')), true);
    assert.equal(await p.evaluate(() => window.wamsReady === true), false);
    await context.close();
  });
}
