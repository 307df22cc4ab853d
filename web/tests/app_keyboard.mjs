// app_keyboard.mjs — keyboard-only completion of the whole flow: from an empty page to the assessment of a public
// case with Tab / Shift+Tab to move (ImGui keyboard navigation), Space to choose, and typing — no mouse event at
// all. The app reports which widget has keyboard focus (wams_test_focused_widget); the test never clicks.
//   WAMS_WEB_DIR=build/web WAMS_CLI=build/native/wams-cli node --test web/tests/app_keyboard.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openApp, readCase, cliAssess, sameFacts, answerKey } from './app_driver.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** Moves keyboard focus to `id` with Tab (or Shift+Tab when the widget lies above the focused one). */
async function focus(app, id) {
  for (let i = 0; i < 120; i++) {
    const f = await app.focused();
    if (f === id) return;
    const st = await app.state();
    const target = st.widgets.find((w) => w.id === id);
    assert.ok(target, `widget ${id} not drawn`);
    const cur = st.widgets.find((w) => w.id === f);
    const back = cur && (target.y < cur.y - 2 || (Math.abs(target.y - cur.y) <= 2 && target.x < cur.x));
    await app.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    await app.settle();
  }
  throw new Error(`could not reach ${id} with Tab; focus is on ${await app.focused()}`);
}

async function press(app, id) {
  await focus(app, id);
  await app.page.keyboard.press('Space');
  await app.settle();
}

async function typeInto(app, id, text) {
  await focus(app, id);  // tabbing into a text field starts editing it
  await app.page.keyboard.press('Control+A');
  await app.page.keyboard.press('Delete');
  await app.page.keyboard.type(text);
  await app.page.keyboard.press('Tab');
  await app.settle();
}

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** Like the mouse driver, but every action is a key press (answers are radio buttons: focus + Space). */
function nextAction(want, have, ids, ptr = '') {
  have = have === undefined ? null : have;
  if (sameFacts(want, have)) return null;
  if (isObj(want)) {
    if (!isObj(have)) return ids.has(`facts${ptr}#recorded`) ? ['press', `facts${ptr}#recorded`] : null;
    for (const k of Object.keys(want)) { const a = nextAction(want[k], have[k], ids, `${ptr}/${k}`); if (a) return a; }
    return null;
  }
  if (Array.isArray(want)) {
    if (!Array.isArray(have)) return ids.has(`facts${ptr}#recorded`) ? ['press', `facts${ptr}#recorded`] : null;
    for (let i = 0; i < have.length; i++) { const a = nextAction(want[i], have[i], ids, `${ptr}/${i}`); if (a) return a; }
    if (have.length < want.length && ids.has(`facts${ptr}/+`)) return ['press', `facts${ptr}/+`];
    return null;
  }
  if (ids.has(`facts${ptr}=${answerKey(want)}`)) return ['press', `facts${ptr}=${answerKey(want)}`];
  if (ids.has(`facts${ptr}`) && typeof want === 'string') return ['type', `facts${ptr}`, want];
  return null;
}

test('keyboard only: an empty page to the assessment of PUB-15, equal to wams-cli', async () => {
  const c = readCase('PUB-15');
  const app = await openApp(env);
  let mouse = 0;
  app.page.on('framenavigated', () => {});
  await app.page.exposeFunction('__wamsMouse', () => { mouse++; });
  await app.page.evaluate(() => ['mousedown', 'mouseup', 'click'].forEach((t) =>
    window.addEventListener(t, () => window.__wamsMouse(), true)));

  await press(app, 'start.new.client_request');
  let keys = 0;
  for (let guard = 0; guard < 120; guard++) {
    const st = await app.state();
    if (st.screen === 'assessment') break;
    for (let n = 0; n < 60; n++) {
      const s2 = await app.state();
      const a = nextAction(c.facts, (await app.caseState()).case.facts, new Set(s2.widgets.map((w) => w.id)));
      if (!a) break;
      if (a[0] === 'press') await press(app, a[1]); else await typeInto(app, a[1], a[2]);
      keys++;
    }
    await press(app, 'flow.next');
  }
  await app.screenshot('keyboard-assessment.png');
  const cs = await app.caseState();
  assert.ok(sameFacts(cs.case.facts, c.facts), `entered facts differ:\n${JSON.stringify(cs.case.facts)}`);
  const shown = await app.shownAssessment();
  assert.deepEqual(shown.assessment, cliAssess(c));
  assert.equal((await app.state()).screen, 'assessment');
  assert.equal(mouse, 0, 'no mouse event was used');
  console.log(`keyboard only: ${keys} answers`);
  await app.context.close();
});
