// app_cases.mjs — issue 4 "done means": for public cases, start from an empty page, enter the case's facts through
// the REAL widgets (mouse clicks on radio buttons, typing into text fields, page by page through the guided walk),
// reach the assessment, and assert that every verdict shown equals `wams-cli assess` on the same facts.
//   WAMS_WEB_DIR=build/web WAMS_CLI=build/native/wams-cli node --test web/tests/app_cases.mjs
// Screenshots of every page of one case and of each assessment: artifacts/app/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, enterCase, readCase, cliAssess, verdicts, sameFacts, ROOT, ARTIFACTS, VERDICT_WORDS } from './app_driver.mjs';

// Five public cases chosen to cover both routes, A1's two readings, family members, coordination, a case
// conference, every item verdict, and non-ASCII text typed into fields.
const CASES = (process.env.WAMS_APP_CASES ?? 'PUB-02,PUB-05,PUB-13,PUB-03,PUB-07').split(',');
const SHOT_EVERY_PAGE = process.env.WAMS_APP_SHOTS ?? 'PUB-13';

const nl = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/i18n/nl.json'), 'utf8'));
const verdictWords = VERDICT_WORDS;
// Issue 16: what each screen of a walked case says (its DOM mirror text), as one digest per case, must not change in
// a redesign. WAMS_DIGEST_UPDATE=1 re-records tests/digests/mirror.json (a deliberate change says why in its commit).
const MIRROR_DIGESTS = path.join(ROOT, 'tests/digests/mirror.json');
const mirrorDigests = fs.existsSync(MIRROR_DIGESTS) ? JSON.parse(fs.readFileSync(MIRROR_DIGESTS, 'utf8')) : {};

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

for (const id of CASES) {
  test(`${id}: entered through the widgets, the shown assessment equals wams-cli assess`, async () => {
    const c = readCase(id);
    const app = await openApp(env);
    const t0 = Date.now();
    const log = [];
    const mirror = [];
    const { pages, facts } = await enterCase(app, c.facts, { shots: id === SHOT_EVERY_PAGE ? `case-${id}` : null, log, mirror });
    console.log(`${id}: ${pages} pages, ${log.length} answers in ${Date.now() - t0} ms`);
    await app.screenshot(`case-${id}-assessment.png`);

    // 1. The facts entered through the widgets are the case's facts (absent key = null).
    assert.ok(sameFacts(facts, c.facts), `entered facts differ from ${id}:\n${JSON.stringify(facts)}`);

    // 2. The assessment the screen shows (test hook: the same state the screen draws) equals the CLI's, on the
    //    case file and on the facts as the UI holds them.
    const shown = await app.shownAssessment();
    assert.deepEqual(shown.errors, []);
    const fromFile = cliAssess(c);
    const fromUi = cliAssess({ id, facts });
    assert.deepEqual(shown.assessment, fromFile, `${id}: shown assessment differs from wams-cli assess`);
    assert.deepEqual(fromUi, fromFile);
    for (const v of verdicts(fromFile)) {
      const mine = v.path.split('/').slice(1).reduce((o, k) => o?.[k], shown.assessment);
      assert.equal(mine, v.value, `${id} ${v.path}`);
    }

    // 3. What is drawn says the same: each item's verdict words, the investigation value's words.
    const st = await app.state();
    assert.equal(st.screen, 'assessment');
    fromFile.data_items.forEach((item, i) => {
      const w = st.widgets.find((x) => x.id === `assess.item.${i}`);
      assert.ok(w, `${id}: verdict of item ${i} not drawn`);
      assert.equal(w.label, verdictWords[item.verdict], `${id}: item ${item.item_id} shows "${w.label}"`);
    });
    const inv = st.widgets.find((x) => x.id === 'assess.investigation');
    assert.equal(inv?.label, nl[`val.${fromFile.investigation.value}`]);
    if (fromFile.investigation.alternative_readings) {
      // A1: both readings' outcomes are shown side by side.
      assert.equal(st.widgets.find((x) => x.id === 'reading.s2_3')?.label, nl[`val.${fromFile.investigation.alternative_readings['§2.3']}`]);
      assert.equal(st.widgets.find((x) => x.id === 'reading.s3_1_1')?.label, nl[`val.${fromFile.investigation.alternative_readings['§3.1.1']}`]);
    }

    // 4. Every screen says what it said before the redesign (issue 16): one digest over the mirror text of all screens,
    //    and one per screen so that a difference names the screen and shows its text.
    const hash = (t) => crypto.createHash('sha256').update(t).digest('hex').slice(0, 16);
    const digest = hash(mirror.join('\n\u241E\n'));
    const perScreen = mirror.map(hash);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    fs.writeFileSync(path.join(ARTIFACTS, `mirror-${id}.txt`), mirror.join('\n\u241E\n'));
    if (process.env.WAMS_DIGEST_UPDATE === '1') {
      const all = fs.existsSync(MIRROR_DIGESTS) ? JSON.parse(fs.readFileSync(MIRROR_DIGESTS, 'utf8')) : {};
      all[id] = { screens: mirror.length, digest, per_screen: perScreen };
      fs.writeFileSync(MIRROR_DIGESTS, JSON.stringify(all, null, 2) + '\n');
    } else {
      const want = mirrorDigests[id];
      assert.ok(want, `${id}: no recorded mirror digest (run once with WAMS_DIGEST_UPDATE=1)`);
      const first = perScreen.findIndex((d, i) => d !== want.per_screen?.[i]);
      assert.deepEqual({ screens: mirror.length, digest }, { screens: want.screens, digest: want.digest },
        `${id}: the screens' text changed; first differing screen ${first}, which now reads:\n${mirror[first] ?? '(none)'}`);
    }

    // 5. Nothing went to the network: only the page's own files, from our own origin.
    const foreign = app.requests.filter((u) => !u.startsWith(env.url) && !u.startsWith('blob:'));
    assert.deepEqual(foreign, []);
    assert.deepEqual(app.problems, []);
    await app.context.close();
  });
}
