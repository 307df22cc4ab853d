// app_driver.mjs — helpers for the consultation-app browser tests (app_*.mjs): start the page, read the C++ test
// hooks, click and type into REAL widgets by the ids the app records (never guessed pixels), and enter a whole
// case's facts page by page through the guided walk. Used by app_cases.mjs, app_files.mjs, app_keyboard.mjs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WEB_DIR = path.resolve(ROOT, process.env.WAMS_WEB_DIR ?? 'build/web');
export const CLI = path.resolve(ROOT, process.env.WAMS_CLI ?? 'build/native/wams-cli');
/** Verdict codes → the Dutch words the screens show (assets/rules/rule_texts.json). */
export const VERDICT_WORDS = Object.fromEntries(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/rules/rule_texts.json'), 'utf8')).verdicts.map((v) => [v.code, v.nl]));
export const ARTIFACTS = path.resolve(ROOT, process.env.WAMS_ARTIFACTS_DIR ?? 'artifacts', 'app');
const CHROMIUM = process.env.WAMS_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts the static server and Chromium; returns {server, url, browser, close()}. */
export async function launch() {
  assert.ok(fs.existsSync(path.join(WEB_DIR, 'wams.wasm')), `no web build in ${WEB_DIR}`);
  const { server, url } = await startServer(WEB_DIR, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  return { server, url, browser, close: async () => { await browser.close(); server.close(); } };
}

/** Waits (50 ms steps, at most `tries`) until `mark()` differs from `before` — e.g. a picked file's outcome, which the
 *  app shows a few frames after the file was read — then until the app settled. */
export async function untilChanged(app, mark, before, tries = 100) {
  for (let i = 0; i < tries && (await mark()) === before; i++) await app.page.waitForTimeout(50);
  await app.settle();
}

/** A fresh page (empty: nothing stored, new context) with the app loaded and drawn once. */
/** `contextOptions`: more Playwright context options, e.g. {hasTouch: true, isMobile: true} for a phone. */
export async function openApp(env, { viewport = { width: 1400, height: 1000 }, contextOptions = {} } = {}) {
  const context = await env.browser.newContext({ viewport, acceptDownloads: true, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message} ${process.env.WAMS_DEBUG ? e.stack : ''}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  context.on('request', (r) => requests.push(r.url()));
  await page.goto(env.url);
  await page.waitForFunction(() => window.wamsReady === true &&
    JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).frame_count >= 1, null, { timeout: 30000 });
  const app = new AppPage(page, context, problems, requests);
  await app.settle();
  return app;
}

export class AppPage {
  constructor(page, context, problems, requests) {
    this.page = page;
    this.context = context;
    this.problems = problems;
    this.requests = requests;
  }

  /** Frame state of the last drawn frame: {screen, lang, frame_count, display, widgets:[{id,label,x,y,w,h}]}. */
  async state() { return this.page.evaluate(() => JSON.parse(Module.ccall('wams_test_state_json', 'string', [], []))); }
  /** The case being edited ({case, dirty, can_undo, process_page, walk_item, walk_page}). */
  async caseState() { return this.page.evaluate(() => JSON.parse(Module.ccall('wams_test_case_json', 'string', [], []))); }
  /** What the assessment screen shows: {errors, assessment}. */
  async shownAssessment() { return this.page.evaluate(() => JSON.parse(Module.ccall('wams_test_assessment_json', 'string', [], []))); }
  async focused() { return this.page.evaluate(() => Module.ccall('wams_test_focused_widget', 'string', [], [])); }
  /** Asks the app for a redraw without input (render-on-input otherwise idles). */
  async redraw() { await this.page.evaluate(() => Module.ccall('wams_request_redraw', null, [], [])); await this.settle(); }

  /** Waits until the app stopped drawing: an animation-frame callback found nothing to draw AFTER the last drawn
   *  frame (render-on-input draws a few frames after each event, then idles; wams_test_idle_callbacks counts). */
  async settle() {
    const read = () => this.page.evaluate(() => [
      JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).frame_count,
      Module.ccall('wams_test_idle_callbacks', 'number', [], [])]);
    let [f, i] = await read();
    for (let n = 0; n < 400; n++) {
      await this.page.waitForTimeout(16);
      const [f2, i2] = await read();
      if (f2 === f && i2 > i) return;  // an idle callback after the last frame: nothing left to draw (input handled)
      f = f2;
      i = i2;
    }
  }

  async widget(id) {
    const st = await this.state();
    return { st, w: st.widgets.find((w) => w.id === id) };
  }

  /** Scrolls until the widget is fully visible: inside the display AND inside the clip rectangle it was drawn in (a
   *  column pane scrolls on its own, so a widget can be on the display yet hidden below its pane). The mouse wheel
   *  turns over the pane the widget lies in, as a user would do. */
  async reveal(id) {
    for (let i = 0; i < 40; i++) {
      const { st, w } = await this.widget(id);
      assert.ok(w, `widget ${id} not drawn on screen ${st.screen}; drawn: ${st.widgets.map((x) => x.id).slice(0, 80).join(', ')}`);
      const [cx0, cy0, cx1, cy1] = w.clip ?? [0, 0, st.display.w, st.display.h];
      const top = Math.max(0, cy0) - 1, bottom = Math.min(st.display.h - 2, cy1) + 1;
      assert.ok(w.x >= 0 && w.x + w.w <= st.display.w, `widget ${id} lies outside the window horizontally (x=${w.x}, w=${w.w})`);
      if (w.y >= top && w.y + w.h <= bottom) return { st, w };
      const mx = Math.min(Math.max((Math.max(cx0, 0) + Math.min(cx1, st.display.w)) / 2, 1), st.display.w - 1);
      const my = Math.min(Math.max((top + bottom) / 2, 1), st.display.h - 1);
      await this.page.mouse.move(mx, my);
      await this.page.mouse.wheel(0, w.y < top ? -240 : 240);
      await this.settle();
    }
    throw new Error(`could not scroll ${id} into view`);
  }

  /** Clicks the centre of the widget recorded under `id`. */
  async click(id) {
    const { st, w } = await this.reveal(id);
    const box = await this.page.locator('#canvas').boundingBox();
    const sx = box.width / st.display.w, sy = box.height / st.display.h;
    await this.page.mouse.click(box.x + (w.x + Math.min(w.w / 2, 12)) * sx, box.y + (w.y + w.h / 2) * sy);
    await this.settle();
  }

  /** Types text into the input `id`, replacing what it holds (Ctrl+A, then the keys). */
  async type(id, text) {
    await this.click(id);
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.press('Delete');
    // ASCII runs as typed keys; other characters (ë, ö, …) as keypress events carrying the character (as an IME).
    for (const run of text.match(/[\x20-\x7e]+|[^\x20-\x7e]/gu) ?? []) {
      if (/^[\x20-\x7e]+$/.test(run)) {
        await this.page.keyboard.type(run);
      } else {
        const ch = run;
        // Characters outside the US layout (ë, ö, …): a keypress event with the character, as an IME would send.
        await this.page.evaluate((c) => {
          const t = document.getElementById('canvas');
          t.dispatchEvent(new KeyboardEvent('keypress', { key: c, charCode: c.codePointAt(0), bubbles: true }));
        }, ch);
      }
    }
    await this.page.keyboard.press('Tab');  // leave the field (one undo step per field)
    await this.settle();
  }

  async screenshot(name) {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await this.page.screenshot({ path: path.join(ARTIFACTS, name) });
  }

  async has(id) { return (await this.state()).widgets.some((w) => w.id === id); }
}

// ---- Entering a case through the widgets ---------------------------------------------------------------------

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The value at an RFC 6901 pointer in `doc`; undefined when absent. */
export function at(doc, ptr) {
  let v = doc;
  for (const t of ptr.split('/').slice(1)) {
    if (v === null || v === undefined || typeof v !== 'object') return undefined;
    v = v[t.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return v;
}
/** Drops a file with `text` on the page, as a user dragging it from the desktop would. */
export async function dropFile(app, name, text) {
  await app.page.evaluate(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, [name, text]);
  await app.page.waitForTimeout(300);  // FileReader is asynchronous
  await app.settle();
}

/** `v` with object keys sorted (JSON equality that ignores key order). */
export function canonical(v) {
  if (Array.isArray(v)) return v.map(canonical);
  if (isObj(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical(v[k])]));
  return v;
}

export function answerKey(v) { return typeof v === 'string' ? v : JSON.stringify(v); }

/** Deep equality where a missing key equals null (optional keys of §0.3). */
export function sameFacts(a, b) {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameFacts(x, b[i]));
  }
  if (isObj(a) || isObj(b)) {
    if (!isObj(a) || !isObj(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameFacts(a[k], b[k])) return false;
    return true;
  }
  return a === b;
}

/** The first action (in document order) that brings the current facts closer to the target, given the widgets drawn. */
export function nextAction(target, current, ids, ptr = '') {
  const want = target, have = current === undefined ? null : current;
  const has = (id) => ids.has(id);
  // Issue 17: a question nobody answered is absent, not null; an answer of null ("onbekend", "geen", "niet
  // vastgelegd") is clicked like any other. A text or list left empty is recorded when the page is left (Volgende).
  if (current === undefined && !isObj(want) && !(Array.isArray(want) && want.length > 0)) {
    if (want === null && has(`facts${ptr}=null`)) return { kind: 'click', id: `facts${ptr}=null` };
    if (want === null && has(`facts${ptr}#none`)) return { kind: 'click', id: `facts${ptr}#none` };
    if (Array.isArray(want) && has(`facts${ptr}#recorded`)) return { kind: 'click', id: `facts${ptr}#recorded` };
    if (Array.isArray(want) && has(`facts${ptr}#none`)) return { kind: 'click', id: `facts${ptr}#none` };
    if (want === null || want === '') return null;
  }
  if (JSON.stringify(canonical(want)) === JSON.stringify(canonical(current))) return null;  // strict: absent ≠ null
  if (isObj(want)) {
    if (!isObj(have)) return has(`facts${ptr}#recorded`) ? { kind: 'click', id: `facts${ptr}#recorded` } : null;
    for (const k of Object.keys(want)) {
      const a = nextAction(want[k], have[k], ids, `${ptr}/${k}`);
      if (a) return a;
    }
    return null;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(have)) {
      if (has(`facts${ptr}#recorded`)) return { kind: 'click', id: `facts${ptr}#recorded` };
      return current === undefined && has(`facts${ptr}/+`) ? { kind: 'click', id: `facts${ptr}/+` } : null;
    }
    if (have.length > want.length) return has(`facts${ptr}/${have.length - 1}#remove`) ? { kind: 'click', id: `facts${ptr}/${have.length - 1}#remove` } : null;
    for (let i = 0; i < have.length; i++) {
      const a = nextAction(want[i], have[i], ids, `${ptr}/${i}`);
      if (a) return a;
    }
    if (have.length < want.length && has(`facts${ptr}/+`)) return { kind: 'click', id: `facts${ptr}/+` };
    return null;
  }
  // a scalar (or null)
  if (want === null && (isObj(have) || Array.isArray(have))) return has(`facts${ptr}#recorded`) ? { kind: 'click', id: `facts${ptr}#recorded` } : null;
  const answer = `facts${ptr}=${answerKey(want)}`;
  if (has(answer)) return { kind: 'click', id: answer };
  if (has(`facts${ptr}`) && (typeof want === 'string' || want === null)) return { kind: 'type', id: `facts${ptr}`, text: want ?? '' };
  return null;
}

/** Enters every fact of `target` that the current page shows; returns the number of actions. */
export async function fillPage(app, target, { log = [] } = {}) {
  let actions = 0;
  for (let guard = 0; guard < 400; guard++) {
    const st = await app.state();
    const cs = await app.caseState();
    const ids = new Set(st.widgets.map((w) => w.id));
    const a = nextAction(target, cs.case.facts, ids);
    if (!a) return actions;
    log.push(`${st.screen}: ${a.kind} ${a.id}${a.kind === 'type' ? ` "${a.text}"` : ''}`);
    // Under heavy load a click can land while a frame is still being laid out: try the same action up to 3 times.
    let effect = false;
    for (let attempt = 0; attempt < 3 && !effect; attempt++) {
      if (a.kind === 'click') await app.click(a.id);
      else await app.type(a.id, a.text);
      await app.settle();
      effect = JSON.stringify((await app.caseState()).case.facts) !== JSON.stringify(cs.case.facts);  // absent → null counts (issue 17)
    }
    actions++;
    if (!effect) throw new Error(`action had no effect: ${JSON.stringify(a)}`);
  }
  throw new Error('fillPage: too many actions');
}

/** The DOM mirror's text of the frame last drawn. The mirror re-reads the app's snapshot on timers 80 and 300 ms after
 *  input (web/js/mirror.js), so reading its text right after settle() raced those timers: the digest then depended on
 *  the machine's speed (CI differed from this machine on 4 of 5 cases). Re-read synchronously once the app settled. */
async function mirrorText(app) {
  await app.settle();
  // Issue 18: the mirror became a layer of real elements placed over the widgets; the words the digests were
  // recorded from are its text version (web/js/mirror.js legacyText), read from the same snapshot.
  return app.page.evaluate(() => {
    window.wamsMirrorUpdate();
    return window.wamsMirrorText();
  });
}

/** From the start screen, enters the whole case through the guided walk and stops at the assessment screen. */
/** `mirror`: an array that receives the DOM mirror's text of every screen passed, the assessment last (issue 16). */
export async function enterCase(app, facts, { shots = null, log = [], mirror = null } = {}) {
  const route = facts.entry.route === 'professional_request' ? 'professional_request' : 'client_request';
  await app.click(`start.new.${route}`);
  let pages = 0;
  for (let guard = 0; guard < 200; guard++) {
    const st = await app.state();
    if (st.screen === 'assessment') break;
    await fillPage(app, facts, { log });
    if (shots) {
      const cs = await app.caseState();
      const where = st.screen === 'process' ? cs.process_page : `item${cs.walk_item}-${cs.walk_page}`;
      await app.screenshot(`${shots}-${String(pages).padStart(2, '0')}-${st.screen}-${where}.png`);
    }
    if (mirror) mirror.push(await mirrorText(app));
    pages++;
    await app.click('flow.next');
  }
  if (mirror) mirror.push(await mirrorText(app));
  const cs = await app.caseState();
  return { pages, facts: cs.case.facts };
}

/** `wams-cli assess` on a case file: the assessment of its (first) case. */
export function cliAssess(caseDoc) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });  // a fresh clone has no artifacts/ yet
  const dir = fs.mkdtempSync(path.join(ARTIFACTS, 'cli-'));
  const file = path.join(dir, 'case.json');
  fs.writeFileSync(file, JSON.stringify(caseDoc));
  const out = JSON.parse(execFileSync(CLI, ['assess', file], { encoding: 'utf8' }));
  fs.rmSync(dir, { recursive: true, force: true });
  return out.results[0].assessment;
}

/** Every {path, value} of "value" and "verdict" fields (and alternative readings) in an assessment. */
export function verdicts(assessment, p = '') {
  const out = [];
  if (Array.isArray(assessment)) assessment.forEach((v, i) => out.push(...verdicts(v, `${p}/${i}`)));
  else if (isObj(assessment)) {
    for (const [k, v] of Object.entries(assessment)) {
      if ((k === 'value' || k === 'verdict' || k === 'may_be_organised' || k === 'included_as_client' || k === 'may_attend') &&
          !isObj(v)) out.push({ path: `${p}/${k}`, value: v });
      else out.push(...verdicts(v, `${p}/${k}`));
    }
  }
  return out;
}

export function readCase(id) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'scenarios', 'public', `${id}.json`), 'utf8'));
}

/** Every screen, and those reached through the training door's desk rather than a tab or the phone menu. */
export const SCREENS = ['start', 'ask', 'process', 'walk', 'assessment', 'map', 'whatif', 'casefile', 'dossier',
  'training', 'trainer', 'helpdesk', 'facts'];
const DESK = new Set(['training', 'trainer', 'helpdesk', 'facts']);

/** Opens `screen` through the widgets a user would use: a tab, the phone "Menu", or the training door's desk.
 *  Acts through app.click, so a wrapper (phone.test.mjs's byTouch) makes it tap. */
export async function goToScreen(app, screen) {
  const st = await app.state();
  if (st.screen === screen) return;
  if (DESK.has(screen)) {
    if (!st.widgets.some((w) => w.id === `desk.${screen}`)) {
      await goToScreen(app, 'start');
      await app.click('start.door.training');
    }
    if ((await app.state()).screen !== screen) await app.click(`desk.${screen}`);
  } else {
    if (!(await app.has(`nav.${screen}`))) await app.click('nav.menu');  // the menu unfolds the screens
    await app.click(`nav.${screen}`);
  }
  if ((await app.state()).screen !== screen) throw new Error(`could not reach ${screen}`);
}

// ---- The accessible layer (issue 18 §1): helpers of the tests that act through the DOM only -----------------------

/** The canvas takes no pointer events; every pointer or key event that still reaches it is counted (must stay 0). */
export async function blockCanvas(page) {
  await page.evaluate(() => {
    const c = document.getElementById('canvas');
    c.style.pointerEvents = 'none';
    window.__canvasInput = 0;
    for (const t of ['keydown', 'keypress', 'keyup', 'pointerdown', 'mousedown', 'click', 'wheel', 'touchstart'])
      c.addEventListener(t, () => { window.__canvasInput++; }, true);
  });
}

/** A page at 1280×800 for a test that acts through the layer only: the canvas blocked, the layer read. */
export async function openDomOnly(env) {
  const app = await openApp(env, { viewport: { width: 1280, height: 800 } });
  await blockCanvas(app.page);
  await settleLayer(app);
  return app;
}

/** The app settled (no frame left to draw) and the layer re-read its snapshot. */
export async function settleLayer(app) {
  await app.settle();
  await app.page.evaluate(() => window.wamsMirrorUpdate());
}

/** axe-core (WCAG 2.0/2.1 A + AA rules) on the page: fails with every violation and the elements it concerns. */
export async function assertAxeClean(app, name) {
  await app.page.evaluate(fs.readFileSync(path.join(ROOT, 'web', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  const result = await app.page.evaluate(() => window.axe.run(document,
    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  const v = result.violations.map((x) => `${x.id}: ${x.help} (${x.nodes.map((n) => n.target.join(' ')).join('; ')})`);
  assert.deepEqual(v, [], `axe on ${name}`);
}
