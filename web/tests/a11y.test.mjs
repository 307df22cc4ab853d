// a11y.test.mjs — issue 18 §1: a screen-reader user can act, not only listen. The canvas takes no pointer events
// (canvas.style.pointerEvents = 'none') and no key is sent to it (counted: must stay 0); the whole "Vraag" walk —
// from the empty start screen to the verdict — is done with Playwright's role-and-name locators (getByRole) on the
// page's accessible layer only (web/js/mirror.js). Checks after every action that the app's keyboard focus (the
// widget ImGui draws its focus ring on) and the DOM focus are the same widget; that the verdict equals
// `wams-cli assess` on the full case (tests/interview/wijkcoach.json); that axe-core finds 0 WCAG 2.1 A/AA
// violations on every screen; and that Chromium's accessibility tree of every screen (locator.ariaSnapshot()) equals
// the reviewed golden files in tests/golden/a11y/. Re-record those after a deliberate change (and read the diff):
//   WAMS_GOLDEN_UPDATE=1 WAMS_WEB_DIR=build/web WAMS_CLI=build/native/wams-cli node --test web/tests/a11y.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, cliAssess, nextAction, readCase, sameFacts, canonical, ROOT, at, VERDICT_WORDS, openDomOnly,
  settleLayer as settle, assertAxeClean as axe } from './app_driver.mjs';

const FULL = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/interview/wijkcoach.json'), 'utf8')).cases[0];
const verdictWords = VERDICT_WORDS;
const GOLDEN = path.join(ROOT, 'tests', 'golden', 'a11y');
const UPDATE = process.env.WAMS_GOLDEN_UPDATE === '1';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });


/** The app's focused widget (ring shown) and the DOM's focused control, as ids ('' = none / not a control). */
async function focusPair(app) {
  const st = await app.state();
  const dom = await app.page.evaluate(() => {
    const e = document.activeElement;
    return e && e.closest('#wams-mirror') && e.dataset.control ? e.dataset.id : '';
  });
  return { app: st.focused ?? '', dom };
}

async function sameFocus(app, after) {
  const f = await focusPair(app);
  assert.equal(f.app, f.dom, `after ${after}: the app's focus (${f.app || 'none'}) is not the DOM focus (${f.dom || 'none'})`);
  return f;
}

/** Activates an element as a screen-reader user does: moves focus to it, then clicks it (the layer takes pointer
 *  events only while it holds focus). */
async function activate(app, locator, what) {
  await locator.focus();
  await settle(app);
  await sameFocus(app, `focusing ${what}`);
  await locator.click();
  await settle(app);
  await sameFocus(app, `activating ${what}`);
}

async function fill(app, locator, text, what) {
  await locator.fill(text);
  await settle(app);
  assert.equal(await locator.inputValue(), text, `${what}: the field does not show what was typed`);
  await sameFocus(app, `typing into ${what}`);
}

/** Chromium's accessibility tree of the layer, compared with the reviewed golden file (or written with UPDATE). */
async function golden(app, name) {
  const snap = await app.page.locator('#wams-mirror').ariaSnapshot();
  const file = path.join(GOLDEN, `${name}.yaml`);
  if (UPDATE) {
    fs.mkdirSync(GOLDEN, { recursive: true });
    fs.writeFileSync(file, snap + '\n');
    return;
  }
  assert.ok(fs.existsSync(file), `no golden ${path.relative(ROOT, file)} (record: WAMS_GOLDEN_UPDATE=1)`);
  assert.equal(snap + '\n', fs.readFileSync(file, 'utf8'), `${name}: the accessibility tree changed`);
}

async function screen(app, name) {
  await axe(app, name);
  await golden(app, name);
}

test('Vraag by DOM only: roles and names, no pointer or key on the canvas, verdict = wams-cli assess', async () => {
  const app = await openDomOnly(env);
  const page = app.page;
  const live = () => page.locator('#wams-live').textContent();

  // Start screen: real buttons, not a list of words.
  assert.ok(await page.getByRole('button', { name: 'Vraag', exact: true }).count() === 1, 'no "Vraag" button');
  assert.ok(await page.getByRole('button').count() >= 10, 'the start screen has fewer than 10 buttons');
  await screen(app, 'start');

  await activate(app, page.getByRole('button', { name: 'Vraag', exact: true }), 'Vraag');
  assert.equal((await app.state()).screen, 'ask');
  assert.match(await live(), /Mag ik gegevens delen of opvragen\?/);
  const start = page.getByRole('button', { name: 'Stel de vraag' });
  assert.equal(await start.getAttribute('aria-disabled'), 'true', 'start is offered before the form is filled in');
  assert.match(await start.getAttribute('aria-description') ?? '', /^Kies eerst of u gegevens wilt opvragen of delen\./,
    'the disabled start button does not say why');
  await screen(app, 'ask-form');

  const group = page.getByRole('group', { name: 'Wat wilt u doen?' });
  const request = group.getByRole('radio', { name: 'Gegevens opvragen bij een ander' });
  assert.equal(await request.isChecked(), false, 'a direction was pre-selected');
  await activate(app, request, 'the direction');
  assert.equal(await request.isChecked(), true, 'the app did not take the chosen direction');
  await fill(app, page.getByRole('textbox', { name: /^Welke gegevens\?/ }), 'betalingsachterstanden', 'the data');
  await fill(app, page.getByRole('textbox', { name: /^Bij wie vraagt u ze op\?/ }), 'schuldhulpverlener', 'the party');
  await fill(app, page.getByRole('textbox', { name: /^Uw rol/ }), 'wijkcoach', 'the role');
  assert.equal(await start.getAttribute('aria-disabled'), null, 'start is still disabled after the form was filled');
  await activate(app, start, 'Stel de vraag');

  const asked = [];
  for (;;) {
    const st = await app.state();
    const q = st.widgets.find((w) => w.id.startsWith('ask.question:'));
    if (!q) {
      assert.ok(st.widgets.some((w) => w.id === 'ask.done'), 'neither a question nor "done"');
      break;
    }
    const pointer = q.id.slice('ask.question:'.length);
    assert.ok(!asked.includes(pointer), `${pointer} asked twice`);
    asked.push(pointer);
    assert.ok(asked.length <= 15, `more than 15 questions: ${asked.join(', ')}`);
    // The question is a heading the live region said, and the answers are a group named by it.
    assert.equal(await page.getByRole('heading', { name: q.label, exact: true }).count(), 1, `${pointer}: no heading`);
    assert.match(await live(), new RegExp(q.label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), `${pointer}: not announced`);
    if (asked.length === 1) await screen(app, 'ask-question-1');
    const value = at(FULL, pointer) ?? null;  // absent in the full case: not known
    const option = st.widgets.find((w) => w.id === `ask.answer=${JSON.stringify(value)}`);
    if (option) {
      // The answers are buttons in a group named by the question (none pressed: nothing pre-selected); radios would
      // answer with every arrow key that moves through them.
      const group = page.getByRole('group', { name: q.label, exact: true });
      assert.equal(await group.getByRole('radio').count(), 0, `${pointer}: answers are radios`);
      const answer = group.getByRole('button', { name: option.label, exact: true });
      if (asked.length === 1) {
        // Arrow keys move through the answers without answering: the question stays, nothing was recorded.
        const first = group.getByRole('button').first();
        await first.focus();
        await settle(app);
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
        await settle(app);
        const after = await app.state();
        // An answer would have moved on: the interview never asks the same question twice.
        assert.ok(after.widgets.some((w) => w.id === `ask.question:${pointer}`), `${pointer}: arrow keys answered`);
      }
      await activate(app, answer, `${pointer} = ${option.label}`);
    } else if (value === null) {
      await activate(app, page.getByRole('button', { name: 'Weet ik niet', exact: true }), `${pointer}: Weet ik niet`);
    } else if (typeof value === 'string') {
      await fill(app, page.getByRole('textbox', { name: q.label, exact: true }), value, pointer);
      await activate(app, page.getByRole('button', { name: 'Bevestig', exact: true }), `${pointer}: Bevestig`);
    } else if (Array.isArray(value) && value.length === 0) {
      await activate(app, page.getByRole('button', { name: /^(Geen|Bevestig)$/ }).first(), `${pointer}: Geen`);
    } else {
      assert.fail(`${pointer}: no element answers ${JSON.stringify(value)}`);
    }
    // The answered question is gone: DOM focus went to the next question's heading (not left on the page's body).
    const focusedTag = await page.evaluate(() => document.activeElement?.tagName ?? '');
    assert.notEqual(focusedTag, 'BODY', `${pointer}: focus fell back to the page after answering`);
  }
  const expected = cliAssess(FULL).data_items[0].verdict;
  const st = await app.state();
  const verdict = st.widgets.find((w) => w.id === 'ask.verdict');
  assert.equal(verdict?.label, verdictWords[expected], 'the verdict shown differs from wams-cli assess');
  assert.match(await live(), new RegExp(`Oordeel: ${verdictWords[expected]}`), 'the verdict was not announced');
  await screen(app, 'ask-verdict');
  console.log(`a11y Vraag by DOM only: ${asked.length} answers; live region: "${await live()}"`);
  await app.screenshot('a11y-ask-verdict.png');

  assert.equal(await page.evaluate(() => window.__canvasInput), 0, 'an event reached the canvas');
  assert.deepEqual(app.problems, []);
  assert.deepEqual(app.requests.filter((u) => !u.startsWith(env.url)), [], 'a request left the page');
});

test('actions for a widget that is gone are dropped; the layer never takes the mouse while it has no focus', async () => {
  const app = await openApp(env, { viewport: { width: 1280, height: 800 } });
  const page = app.page;
  await settle(app);
  // A queued activation of an id no frame draws: nothing happens (screen and case unchanged).
  const before = await app.state();
  const ok = await page.evaluate(() => Module.ccall('wams_a11y_act', 'number', ['string', 'string', 'string'], ['no.such.widget', 'activate', '']));
  assert.equal(ok, 1);
  await settle(app);
  assert.equal((await app.state()).screen, before.screen);
  assert.equal(await page.evaluate(() => Module.ccall('wams_a11y_act', 'number', ['string', 'string', 'string'], ['nav.ask', 'explode', ''])), 0,
    'an unknown action was accepted');
  // Nothing focused in the layer: the element over "Vraag" lets the mouse through to the canvas.
  const pe = await page.getByRole('button', { name: 'Vraag', exact: true }).evaluate((e) => getComputedStyle(e).pointerEvents);
  assert.equal(pe, 'none');
  // A real mouse click on the canvas still works for the sighted user (same widget, same screen change).
  await app.click('nav.ask');
  assert.equal((await app.state()).screen, 'ask');
  assert.deepEqual(app.problems, []);
});

/** The locator of the element that stands for widget `w` of frame state `st`, by role and name only: a radio inside
 *  the group named by its question; when several elements share role and name, the k-th in the layer's order (the
 *  frame's drawing order) — k counted in the frame state the same way. */
function locate(page, st, w) {
  const role = { button: 'button', radio: 'radio', checkbox: 'checkbox', textbox: 'textbox' }[w.role];
  assert.ok(role, `${w.id}: role ${w.role} cannot be acted on`);
  const shown = st.widgets.filter((x) => !x.alias && x.label && x.label !== 'ready');
  if (role === 'radio' && w.group) {
    const groupLabel = shown.find((x) => x.id === w.group)?.label ?? '';
    const sameGroups = [...new Set(shown.filter((x) => x.role === 'radio' && x.group &&
      (shown.find((q) => q.id === x.group)?.label ?? '') === groupLabel).map((x) => x.group))];
    const g = page.getByRole('group', { name: groupLabel, exact: true }).nth(sameGroups.indexOf(w.group));
    const same = shown.filter((x) => x.group === w.group && x.role === 'radio' && x.label === w.label);
    return g.getByRole('radio', { name: w.label, exact: true }).nth(same.indexOf(w));
  }
  const same = shown.filter((x) => x.role === w.role && x.label === w.label);
  return page.getByRole(role, { name: w.label, exact: true }).nth(same.indexOf(w));
}

test('a public case (PUB-05) through the guided walk by DOM only equals wams-cli assess', async () => {
  const c = readCase('PUB-05');
  const app = await openDomOnly(env);
  const page = app.page;
  const route = c.facts.entry.route === 'professional_request' ? 'Verzoek van een professional' : 'Hulpvraag van de cliënt';
  await activate(app, page.getByRole('button', { name: route, exact: true }), route);
  let actions = 0;
  for (let guard = 0; guard < 400; guard++) {
    const st = await app.state();
    if (st.screen === 'assessment') break;
    const cs = await app.caseState();
    const a = nextAction(c.facts, cs.case.facts, new Set(st.widgets.map((w) => w.id)));
    const id = a ? a.id : 'flow.next';
    const w = st.widgets.find((x) => x.id === id && !x.alias);
    assert.ok(w, `${id} not drawn on ${st.screen}`);
    const loc = locate(page, st, w);
    if (a?.kind === 'type') await fill(app, loc, a.text, id);
    else await activate(app, loc, id);
    if (a) {
      actions++;
      const after = (await app.caseState()).case.facts;  // strict: recording null where nothing was is an effect
      assert.notEqual(JSON.stringify(canonical(after)), JSON.stringify(canonical(cs.case.facts)), `${id}: the action had no effect on the case`);
    }
  }
  const shown = await app.shownAssessment();
  assert.equal((await app.state()).screen, 'assessment');
  assert.deepEqual(shown.errors, []);
  assert.ok(sameFacts((await app.caseState()).case.facts, c.facts), 'the facts entered differ from the case');
  assert.deepEqual(shown.assessment, cliAssess(c), 'the assessment differs from wams-cli assess');
  await axe(app, 'assessment');
  console.log(`a11y PUB-05 by DOM only: ${actions} answers`);
  assert.equal(await page.evaluate(() => window.__canvasInput), 0, 'an event reached the canvas');
  assert.deepEqual(app.problems, []);
});
