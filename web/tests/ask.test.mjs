// ask.test.mjs — issue 17: the question a professional has, asked on the "Vraag" screen with the real widgets at
// 1280×800. "Ik ben wijkcoach; een cliënt heeft schulden en opvoedingsproblemen. Mag ik de schuldhulpverlener vragen
// naar de betalingsachterstanden?" is typed into the start form; every question the app then asks is answered from
// the full case written from the rulebook (tests/interview/wijkcoach.json) by clicking its answer. Passes when nothing
// was pre-selected, no verdict showed before it was decided, every widget clicked was in view without scrolling, at
// most 15 answers were needed, and the verdict shown is the one `wams-cli assess` gives on the full case.
//   WAMS_WEB_DIR=build/web WAMS_CLI=build/native/wams-cli node --test web/tests/ask.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, cliAssess, ROOT, at, VERDICT_WORDS } from './app_driver.mjs';

const FULL = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/interview/wijkcoach.json'), 'utf8')).cases[0];
const verdictWords = VERDICT_WORDS;

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });


/** Clicks a widget that must already be in full view (no scrolling allowed at 1280×800). */
async function clickInView(app, id) {
  const { st, w } = await app.widget(id);
  assert.ok(w, `${id} not drawn; drawn: ${st.widgets.map((x) => x.id).join(', ')}`);
  const [cx0, cy0, cx1, cy1] = w.clip ?? [0, 0, st.display.w, st.display.h];
  const inView = w.y >= Math.max(0, cy0) - 1 && w.y + w.h <= Math.min(st.display.h, cy1) + 1 && w.x + w.w <= st.display.w;
  if (!inView) await app.screenshot('ask-not-in-view.png');
  assert.ok(inView, `${id} is not in view without scrolling (y=${w.y}, h=${w.h}, clip ${cy0}–${cy1}, window ${st.display.h})`);
  await app.click(id);
}

async function typeInView(app, id, text) {
  await clickInView(app, id);
  await app.type(id, text);
}

test('Vraag: the wijkcoach question reaches assess\'s verdict in at most 15 answers, nothing pre-selected', async () => {
  const app = await openApp(env, { viewport: { width: 1280, height: 800 } });
  await clickInView(app, 'nav.ask');
  await clickInView(app, 'ask.direction.request');
  await typeInView(app, 'ask.what', 'betalingsachterstanden');
  await typeInView(app, 'ask.party.request', 'schuldhulpverlener');
  await typeInView(app, 'ask.role', 'wijkcoach');
  await clickInView(app, 'ask.start');

  const expected = cliAssess(FULL).data_items[0].verdict;
  const asked = [];
  const t0 = Date.now();
  for (;;) {
    const st = await app.state();
    assert.ok(!st.widgets.some((w) => w.id === 'ask.busy'), 'still busy after the app settled');
    const verdict = st.widgets.find((w) => w.id === 'ask.verdict');
    assert.ok(verdict, 'no verdict line drawn');
    const q = st.widgets.find((w) => w.id.startsWith('ask.question:'));
    if (!q) {
      assert.ok(st.widgets.some((w) => w.id === 'ask.done'), 'neither a question nor "done"');
      assert.equal(verdict.label, verdictWords[expected], 'the verdict shown differs from wams-cli assess');
      break;
    }
    // Not decided yet while questions remain that can change it, or decided and equal to the full case's.
    assert.ok(verdict.label === 'Nog open' || verdict.label === verdictWords[expected],
      `verdict "${verdict.label}" shown before it was decided`);
    const pointer = q.id.slice('ask.question:'.length);
    assert.ok(!asked.includes(pointer), `${pointer} asked twice`);
    asked.push(pointer);
    assert.ok(asked.length <= 15, `more than 15 questions: ${asked.join(', ')}`);
    const value = at(FULL, pointer) ?? null;  // absent in the full case: not known
    const ids = st.widgets.map((w) => w.id);
    const option = `ask.answer=${JSON.stringify(value)}`;
    if (ids.includes(option)) {
      await clickInView(app, option);
    } else if (value === null) {
      await clickInView(app, 'ask.unknown');
    } else if (typeof value === 'string') {
      await typeInView(app, 'ask.text', value);
      await clickInView(app, 'ask.confirm');
    } else if (Array.isArray(value) && value.length === 0) {
      await clickInView(app, ids.includes('ask.container') ? 'ask.container' : 'ask.confirm');
    } else {
      assert.fail(`${pointer}: no widget answers ${JSON.stringify(value)} (drawn: ${ids.join(', ')})`);
    }
  }
  console.log(`Vraag: ${asked.length} answers in ${Date.now() - t0} ms: ${asked.join(', ')}`);
  await app.screenshot('ask-wijkcoach-verdict.png');
  assert.deepEqual(app.problems, []);
  assert.deepEqual(app.requests.filter((u) => !u.startsWith(env.url)), [], 'a request left the page');
});

test('help desk: the wijkcoach question is offered as a Vraag, understood and filled in to be checked', async () => {
  const app = await openApp(env, { viewport: { width: 1280, height: 800 } });
  await app.click('start.door.helpdesk');
  await app.type('helpdesk.search', 'Ik ben wijkcoach; een cliënt heeft schulden en opvoedingsproblemen. Mag ik de ' +
    'schuldhulpverlener vragen naar de betalingsachterstanden?');
  const { w } = await app.widget('helpdesk.offer.understood');
  assert.ok(w, 'no offer to check the question as an interview');
  assert.equal(w.label, 'Gegevens opvragen bij een ander: «betalingsachterstanden» bij «schuldhulpverlener» — uw rol «wijkcoach»');
  await clickInView(app, 'helpdesk.offer.start');
  assert.equal((await app.state()).screen, 'ask');
  await clickInView(app, 'ask.start');  // enabled: direction, data and party were filled in
  const st = await app.state();
  assert.ok(st.widgets.some((x) => x.id.startsWith('ask.question:')), 'the interview did not start');
  assert.ok(st.widgets.some((x) => x.id === 'ask.verdict' && x.label === 'Nog open'));
  assert.deepEqual(app.problems, []);
});
