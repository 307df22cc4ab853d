// helpdesk.test.mjs — browser tests of the help desk and the facts screen (issue 6, UI) in headless Debian Chromium,
// through the REAL widgets by the ids the app records (web/tests/app_driver.mjs):
//  1. colleague questions WITH typos typed into the search box rank the expected answer first in the UI (the
//     expectations are the help-desk engineer's hand-written ones, tests/data/helpdesk_queries.json), and the UI's
//     order is core's (`wams-cli ask`); the answer shows its rule cards and "Toon in procesoverzicht" opens the
//     process map with that step selected;
//  2. the facts screen shows Table 2.1 with the report's numbers and shares, and its notes.
// Screenshots: artifacts/app/helpdesk-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, openApp, CLI } from './app_driver.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { if (env) await env.close(); });

const label = (st, id) => st.widgets.find((w) => w.id === id)?.label;
const results = (st) => st.widgets.filter((w) => /^helpdesk\.result\.\d+$/.test(w.id))
  .sort((a, b) => Number(a.id.split('.')[2]) - Number(b.id.split('.')[2])).map((w) => w.label);

/** Clicks a header widget (above the scrolling body, so AppPage.click's scroll-into-view does not apply). */
async function clickHeader(app, id) {
  const st = await app.state();
  const w = st.widgets.find((x) => x.id === id);
  assert.ok(w, `${id} drawn`);
  const box = await app.page.locator('#canvas').boundingBox();
  await app.page.mouse.click(box.x + (w.x + w.w / 2) * (box.width / st.display.w), box.y + (w.y + w.h / 2) * (box.height / st.display.h));
  await app.settle();
}

// Query as a colleague types it (typos, no diacritics) → the entry that must come first (hand-checked content).
const QUERIES = [
  ['huisarts zonder toesteming gegevens delen', 'HD-19'],          // "toesteming": GP without consent (R61, R65)
  ['clint wil niet dat we schulden meenemen in onderzoek, mag dat', 'HD-09'],  // "clint": limiting the investigation
  ['burgerservicenumer gebruiken bij uitwisseling', 'HD-24'],      // "burgerservicenumer": the BSN
];

test('a search with a typo ranks the expected answer first, as core does; the answer links to the process map', async () => {
  const app = await openApp(env);
  await app.click('start.door.helpdesk');
  assert.equal((await app.state()).screen, 'helpdesk');
  await app.screenshot('helpdesk-01-empty.png');
  for (const [i, [query, expected]] of QUERIES.entries()) {
    await app.type('helpdesk.search', query);
    const st = await app.state();
    const shown = results(st);
    assert.equal(shown[0], expected, `"${query}": first result ${shown[0]}, expected ${expected} (${shown.join(' ')})`);
    assert.equal(label(st, 'helpdesk.answer'), expected, 'the best answer is opened');
    const cli = JSON.parse(execFileSync(CLI, ['ask', '--max', '12', query], { encoding: 'utf8' })).answers.map((a) => a.id);
    assert.deepEqual(shown, cli, `the UI's order is core's for "${query}"`);
    await app.screenshot(`helpdesk-02-query-${i}.png`);
  }
  // HD-24 (BSN): rule cards with id; then the link to its process-map step.
  let st = await app.state();
  const cards = st.widgets.filter((w) => w.id.startsWith('helpdesk.rule.')).map((w) => w.label);
  assert.ok(cards.length >= 1, 'rule cards shown');
  const link = st.widgets.find((w) => w.id.startsWith('helpdesk.to_map.'));
  assert.ok(link, 'link to the process map');
  const step = link.id.slice('helpdesk.to_map.'.length);
  await app.click(link.id);
  st = await app.state();
  assert.equal(st.screen, 'map');
  assert.ok(st.widgets.some((w) => w.id.startsWith(`card.map.${step}/`)), `the map shows step ${step}'s details`);
  await app.screenshot('helpdesk-03-map.png');

  // English: the same search finds the same entry in the English UI.
  await app.click('nav.start');
  await clickHeader(app, 'lang.en');
  await app.click('start.door.helpdesk');
  await app.type('helpdesk.search', 'may the GP share without consnet');
  st = await app.state();
  assert.equal(results(st)[0], 'HD-19');
  await app.screenshot('helpdesk-04-english.png');
  assert.deepEqual(app.problems, []);
  await app.context.close();
});

test('facts & figures: Table 2.1 bars with the report numbers, the totals and the notes', async () => {
  const app = await openApp(env);
  await app.click('start.door.helpdesk');
  await app.click('desk.facts');
  const st = await app.state();
  assert.equal(st.screen, 'facts');
  // Hand-copied from the report's Table 2.1 (RULEBOOK §12): number and share per row.
  const rows = {
    only_wmo: ['891.665', '47%'], only_pw: ['487.710', '25%'], only_jeugd: ['380.950', '20%'],
    pw_wmo: ['138.525', '7%'], multiple_total: ['154.130', '8%'], all_total: ['1.914.455', '100%'],
  };
  for (const [key, [num, share]] of Object.entries(rows)) {
    const l = label(st, `facts.row.table_2_1.${key}`);
    assert.ok(l && l.includes(num) && l.includes(`(${share})`), `row ${key}: ${l}`);
  }
  // Bars are as long as their numbers: only Wmo (891,665) is the longest bar, twice only Jeugdwet (380,950) roughly.
  const w = (key) => st.widgets.find((x) => x.id === `facts.row.table_2_1.${key}`);
  assert.ok(w('only_wmo') && w('only_jeugd'));
  assert.ok(st.widgets.some((x) => x.id.startsWith('facts.note.table_2_1.')), 'the notes are shown');
  assert.ok(st.widgets.some((x) => x.id === 'facts.chart.table_1_1'), 'Table 1.1');
  assert.ok(st.widgets.some((x) => x.id === 'facts.card.not_fraud'), 'card: what the Wams is not');
  await app.screenshot('helpdesk-05-facts.png');
  await app.page.mouse.move(600, 600);
  await app.page.mouse.wheel(0, 900);
  await app.settle();
  await app.screenshot('helpdesk-06-facts-cards.png');
  assert.deepEqual(app.problems, []);
  await app.context.close();
});
