// phone.test.mjs — issue 18 §2: the app on a phone (docs/responsive.md). At 390×844 with a touch screen (hasTouch,
// isMobile, device pixel ratio 2) a public case is walked from the empty start screen to the assessment by finger
// taps only (page.touchscreen.tap at the rectangles the app records for its widgets; scrolling by dragging a finger
// over the page), and the assessment shown equals `wams-cli assess`. Every widget tapped is at least 44 CSS px high.
// Then at 320 and 390 px, on every screen, no recorded widget reaches past the window's width (WCAG 1.4.10: nothing
// needs horizontal scrolling) and the header, menu and pane switch are touch-sized; a finger drag scrolls the page
// and does not press the button it starts on.
//   WAMS_WEB_DIR=build/web WAMS_CLI=build/native/wams-cli node --test web/tests/phone.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, fillPage, readCase, cliAssess, sameFacts, dropFile, ROOT, SCREENS, goToScreen } from './app_driver.mjs';

const ruleTexts = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/rules/rule_texts.json'), 'utf8'));
const verdictWords = Object.fromEntries(ruleTexts.verdicts.map((v) => [v.code, v.nl]));
const PHONE = { hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const MIN_TARGET = 44;  // CSS px (WCAG 2.5.5)

// Widgets a finger presses in the header, the menu and the pane switch (their ids; values and texts are not targets).
const isTarget = (id) => /^(nav\.(menu|undo|display|start|ask|process|walk|assessment|map|whatif|casefile|dossier)$|lang\.|privacy\.wipe$|app\.more$|pane\.|flow\.|desk\.|start\.(new|open$|door))/.test(id) ||
  isChip(id);
const isChip = (id) => /^card\.(?!text\.)|^ask\.suggest=|^assess\.open_walk|#remove$|^pii.*\.mark$/.test(id);  // chips, suggestions, "Verwijderen" (session 16)

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** A finger drag from (x, y) by dy CSS px, in small steps (Chrome DevTools touch events, as a real finger sends). */
async function drag(app, x, y, dy) {
  const cdp = app.cdp ?? (app.cdp = await app.context.newCDPSession(app.page));
  const point = (py) => [{ x, y: py, radiusX: 4, radiusY: 4, force: 1, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(y) });
  for (let i = 1; i <= 8; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(y + (dy * i) / 8) });
    await app.page.waitForTimeout(20);
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await app.settle();
}

/** Drags the page until the widget is fully in view (a phone has no wheel), then returns it. */
async function touchReveal(app, id) {
  for (let i = 0; i < 60; i++) {
    const st = await app.state();
    const w = st.widgets.find((x) => x.id === id);
    assert.ok(w, `widget ${id} not drawn on ${st.screen}; drawn: ${st.widgets.map((x) => x.id).slice(0, 60).join(', ')}`);
    const [, cy0, , cy1] = w.clip ?? [0, 0, st.display.w, st.display.h];
    const top = Math.max(0, cy0) - 1, bottom = Math.min(st.display.h, cy1) + 1;
    if (w.y >= top && w.y + w.h <= bottom) return { st, w };
    // Drag from the middle of the screen: up to see what is below, down to see what is above.
    const step = Math.min(300, st.display.h / 3);
    await drag(app, st.display.w / 2, st.display.h / 2, w.y > top ? -step : step);
  }
  throw new Error(`could not drag ${id} into view`);
}

/** Taps the widget's centre with a finger; the widget must be a touch-sized target. */
async function tap(app, id) {
  const { w } = await touchReveal(app, id);
  assert.ok(w.h >= MIN_TARGET, `${id} is ${w.h} px high: a touch target needs ${MIN_TARGET}`);
  (app.tapped ??= []).push({ id, h: w.h });
  await app.page.touchscreen.tap(w.x + Math.min(w.w / 2, 40), w.y + w.h / 2);
  await app.settle();
}

/** The same driver with taps instead of clicks (fillPage answers through app.click / app.type). */
function byTouch(app) {
  const t = Object.create(app);
  t.click = (id) => tap(app, id);
  t.reveal = (id) => touchReveal(app, id);
  return t;
}

/** A screen reached by finger taps (app_driver's goToScreen through byTouch). */
const goTo = (app, screen) => goToScreen(byTouch(app), screen);

test('390×844 touch: PUB-02 from the start screen to the assessment by finger taps equals wams-cli assess', async () => {
  const c = readCase('PUB-02');
  const app = await openApp(env, { viewport: { width: 390, height: 844 }, contextOptions: PHONE });
  const touch = byTouch(app);
  let st = await app.state();
  // Sharp text (docs/responsive.md): a device pixel per canvas pixel, glyphs rasterised at the phone's density.
  const canvas = await app.page.evaluate(() => ({ w: Module.canvas.width, css: Module.canvas.clientWidth }));
  assert.deepEqual(canvas, { w: 780, css: 390 }, 'the canvas holds 2 device px per CSS px');
  assert.equal(st.framebuffer_scale, 2);
  assert.equal(st.font_scale, 2);
  assert.equal(st.font_px, 34, 'the body text\'s glyphs are 34 px high in the atlas (17 CSS px at 2×)');
  assert.ok(st.widgets.some((w) => w.id === 'nav.menu'), 'the phone layout shows the menu button');
  assert.ok(!st.widgets.some((w) => w.id === 'nav.walk'), 'the screen tabs are folded into the menu');

  // A drag that starts on a button scrolls the page and does not press it.
  const before = (await app.state()).widgets.find((w) => w.id === 'start.new.client_request');
  await touchReveal(app, 'start.new.client_request');
  const b = (await app.state()).widgets.find((w) => w.id === 'start.new.client_request');
  await drag(app, b.x + 40, b.y + b.h / 2, -120);
  st = await app.state();
  assert.equal(st.screen, 'start', 'a drag over "new case" started a case');
  const after = st.widgets.find((w) => w.id === 'start.new.client_request');
  assert.ok(after.y < b.y - 60, `the drag scrolled the page (${b.y} → ${after.y}; first drawn at ${before.y})`);

  await tap(app, 'start.new.client_request');
  let pages = 0;
  for (let guard = 0; guard < 60 && (await app.state()).screen !== 'assessment'; guard++) {
    const log = [];
    try { await fillPage(touch, c.facts, { log }); } catch (e) { await app.screenshot("phone-fail.png"); throw new Error(`${e.message}; done: ${log.join(" | ")}`); }
    if (pages === 1) {  // once: the result pane instead of the questions, and back
      await tap(app, 'pane.second');
      st = await app.state();
      assert.ok(!st.widgets.some((w) => w.id.startsWith('facts/')), 'the questions are hidden under "Uitkomst"');
      await app.screenshot('phone-390-result-pane.png');
      await tap(app, 'pane.first');
    }
    await tap(app, 'flow.next');
    pages++;
  }
  assert.equal((await app.state()).screen, 'assessment');
  await app.screenshot('phone-390-assessment.png');

  const facts = (await app.caseState()).case.facts;
  assert.ok(sameFacts(facts, c.facts), `entered facts differ from PUB-02:\n${JSON.stringify(facts)}`);
  const shown = await app.shownAssessment();
  const expected = cliAssess(c);
  assert.deepEqual(shown.assessment, expected, 'the assessment differs from wams-cli assess');
  st = await app.state();
  expected.data_items.forEach((item, i) => {
    const w = st.widgets.find((x) => x.id === `assess.item.${i}`);
    assert.ok(w, `verdict of item ${i} not drawn`);
    assert.equal(w.label, verdictWords[item.verdict]);
    assert.ok(w.x >= 0 && w.x + w.w <= st.display.w, 'the verdict lies within the window');
  });
  const small = app.tapped.filter((t) => t.h < MIN_TARGET);
  assert.deepEqual(small, []);
  console.log(`PUB-02 at 390 px by touch: ${pages} pages, ${app.tapped.length} taps, lowest target ${Math.min(...app.tapped.map((t) => t.h))} px`);
  assert.deepEqual(app.problems, []);
  await app.context.close();
});

for (const width of [320, 390]) {
  test(`${width} px: on every screen nothing reaches past the window and the controls are touch-sized`, async () => {
    const app = await openApp(env, { viewport: { width, height: 740 }, contextOptions: PHONE });
    await dropFile(app, 'PUB-05.json', JSON.stringify(readCase('PUB-05')));  // a case, so every screen has content
    const wide = [], small = [], squeezed = [];
    let readings = 0, chips = 0;
    for (const screen of SCREENS) {
      await goTo(app, screen);
      for (const pane of ['pane.first', 'pane.second']) {
        if (pane === 'pane.second' && !(await app.has(pane))) break;
        if (await app.has(pane)) await tap(app, pane);
        if (screen === 'whatif' && pane === 'pane.first') {
          // One fact changed, so the second pane holds the comparison (a 4-column table in the wide layout).
          await app.type('whatif.filter', 'R18');
          await tap(app, 'whatif.field/entry/client_declines_investigation');
          await tap(app, 'whatif.value=true');
        }
        const st = await app.state();
        assert.ok(st.display.w === width, `the app draws ${st.display.w} px wide in a ${width} px window`);
        if (screen === 'whatif' && pane === 'pane.second') assert.ok(st.widgets.some((w) => w.id === 'whatif.apply'), 'the comparison is shown');
        // PUB-05's A1: the two readings one under the other, not two half-width columns of a few words each.
        const r1 = st.widgets.find((w) => w.id === 'a1.readings.reading.s2_3');
        const r2 = st.widgets.find((w) => w.id === 'a1.readings.reading.s3_1_1');
        if (r1 && r2) {
          readings++;
          if (r2.y < r1.y + r1.h) squeezed.push(`${screen}/${pane}: the A1 readings side by side`);
        }
        for (const w of st.widgets) {
          if (w.x < -0.5 || w.x + w.w > st.display.w + 0.5) wide.push(`${screen}/${pane}: ${w.id} x=${w.x} w=${w.w}`);
          if (isChip(w.id)) chips++;
          if (isTarget(w.id) && (w.h < MIN_TARGET || w.w < MIN_TARGET)) small.push(`${screen}: ${w.id} ${w.w}×${w.h}`);
        }
      }
      const st = await app.state();
      const header = st.widgets.find((w) => w.id === 'nav.menu' || w.id === 'desk.training');
      assert.ok(header && header.y + header.h < st.display.h / 3, `${screen}: header and navigation take a third of the screen or less`);
    }
    assert.deepEqual(wide, [], 'widgets reach past the window');
    assert.deepEqual(small, [], 'touch targets under 44 px');
    assert.ok(chips > 0, 'no rule chip was measured');
    assert.ok(readings > 0, 'PUB-05\'s A1 readings were not shown on any screen');
    assert.deepEqual(squeezed, []);
    assert.deepEqual(app.problems, []);
    await app.context.close();
  });
}

test('1280×800 and 200 %: the wide layout keeps its tabs; at 200 % the phone layout and a short header', async () => {
  const app = await openApp(env, { viewport: { width: 1280, height: 800 } });
  let st = await app.state();
  assert.ok(st.widgets.some((w) => w.id === 'nav.walk') && !st.widgets.some((w) => w.id === 'nav.menu'), 'tabs at 1280 px');
  for (let i = 0; i < 4; i++) { await app.click('nav.scale.up'); await app.page.waitForTimeout(400); }
  st = await app.state();
  assert.ok(st.widgets.some((w) => w.id === 'nav.menu'), 'the phone layout at 200 % in 1280 px');
  assert.ok(!st.widgets.some((w) => w.id === 'nav.scale.value'), 'theme and scale are folded under "Weergave"');
  await app.click('nav.display');
  st = await app.state();
  assert.equal(st.widgets.find((w) => w.id === 'nav.scale.value')?.label, '200');
  assert.equal(st.font_px, 34, 'at 200 % the glyphs are rasterised at 34 px, not 17 px enlarged');
  assert.equal(st.font_global_scale, 1);
  const name = st.widgets.find((w) => w.id === 'app.name');
  const promise = st.widgets.find((w) => w.id === 'app.promise');
  const wipe = st.widgets.find((w) => w.id === 'privacy.wipe');
  assert.ok(Math.abs(wipe.y - name.y) < name.h, 'name, language and "Wis alles" on one line at 200 %');
  assert.ok(promise.y + promise.h - name.y < st.display.h / 4, 'the header takes a quarter of the window or less at 200 %');
  await app.screenshot('scale-200-1280.png');
  for (const w of st.widgets) assert.ok(w.x >= -0.5 && w.x + w.w <= st.display.w + 0.5, `${w.id} reaches past the window at 200 %`);
  assert.deepEqual(app.problems, []);
  await app.context.close();
});

test('the screen\'s density changing while the page is open (zoom, another monitor) redraws the text at the new density', async () => {
  const app = await openApp(env, { viewport: { width: 800, height: 600 } });
  let st = await app.state();
  assert.equal(st.font_px, 17);
  const before = st.widgets.map((w) => w.id).join(',');
  // The device pixel ratio changes under the open page, then the window's resize event comes, as with the browser's
  // zoom. (Chromium's device emulation fires neither the resize nor the media query change that web/app.js also
  // listens to for a move to a screen of another density, so the test sends the resize itself.)
  const cdp = await app.context.newCDPSession(app.page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 800, height: 600, deviceScaleFactor: 2, mobile: false });
  await app.page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await app.page.waitForFunction(() => JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).font_scale === 2,
    null, { timeout: 10000 });
  await app.settle();
  st = await app.state();
  assert.equal(await app.page.evaluate(() => Module.canvas.width), 1600, 'the canvas follows the new ratio');
  assert.equal(st.font_px, 34, 'the glyphs are rasterised again at 2×');
  assert.equal(st.widgets.map((w) => w.id).join(','), before, 'the same screen, the same widgets');
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 800, height: 600, deviceScaleFactor: 1, mobile: false });
  await app.page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await app.page.waitForFunction(() => JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).font_scale === 1,
    null, { timeout: 10000 });
  assert.equal(await app.page.evaluate(() => Module.canvas.width), 800);
  assert.deepEqual(app.problems, []);
  await app.context.close();
});

test('1280×800: the wheel over the question pane reaches the last question of a long page, and keys do too', async () => {
  const app = await openApp(env, { viewport: { width: 1280, height: 800 } });
  await dropFile(app, 'PUB-05.json', JSON.stringify(readCase('PUB-05')));
  await app.click('nav.process');  // the entry page of a professional request: longer than the window
  let st = await app.state();
  const questions = () => st.widgets.filter((w) => w.id.startsWith('facts/'));
  const last = questions().reduce((a, b) => (b.y > a.y ? b : a));
  const [x0, y0, x1, y1] = last.clip;
  assert.ok(last.y + last.h > Math.min(y1, st.display.h), 'the page is longer than the pane (else this proves nothing)');
  await app.page.mouse.move((x0 + x1) / 2, (Math.max(y0, 0) + Math.min(y1, st.display.h)) / 2);
  for (let i = 0; i < 30; i++) {
    const w = st.widgets.find((x) => x.id === last.id);
    if (w && w.y >= w.clip[1] - 1 && w.y + w.h <= Math.min(w.clip[3], st.display.h) + 1) break;
    await app.page.mouse.wheel(0, 300);
    await app.settle();
    st = await app.state();
  }
  const w = st.widgets.find((x) => x.id === last.id);
  await app.screenshot('pane-1280-last-question.png');
  assert.ok(w && w.y >= w.clip[1] - 1 && w.y + w.h <= Math.min(w.clip[3], st.display.h) + 1,
    `the last question ${last.id} stays out of reach of the wheel (y=${w?.y}, h=${w?.h}, clip ${w?.clip}, window ${st.display.h})`);
  assert.deepEqual(app.problems, []);
  await app.context.close();
});
