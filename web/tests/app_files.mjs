// app_files.mjs — the case file and the other consultation screens in the browser, through the real widgets:
// save → open gives exactly the same case (download, then the file picker on a FRESH page), drag-and-drop, the
// clipboard, a broken file, the what-if diff against wams-cli, undo of the last answer, the "beforeunload"
// warning, the dossier export (Markdown + HTML with a correct SHA-256), themes, UI scale and the English switch.
//   WAMS_WEB_DIR=build/web WAMS_CLI=build/native/wams-cli node --test web/tests/app_files.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, enterCase, readCase, cliAssess, sameFacts, dropFile, ROOT, settleLayer, untilChanged } from './app_driver.mjs';

const nl = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/i18n/nl.json'), 'utf8'));
let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** Clicks a widget that triggers a download and returns the downloaded text and file name. */
async function download(app, id) {
  const [dl] = await Promise.all([app.page.waitForEvent('download'), app.click(id)]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), text: fs.readFileSync(file, 'utf8') };
}

/** Opens a case text through the file picker (the real <input type=file> the app opens); waits for the result. */
async function openThroughPicker(app, name, text) {
  await app.click('nav.casefile');
  const mark = async () => {
    const cs = await app.caseState();
    const st = await app.state();
    return JSON.stringify([cs.case, st.widgets.find((w) => w.id === 'file.message')?.label ?? null]);
  };
  const before = await mark();
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.click('file.open')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await untilChanged(app, mark, before);
}

/** A fresh page with public case `id` opened from the start screen through the file picker. */
async function openPublicCase(id) {
  const app = await openApp(env);
  const c = readCase(id);
  await app.click('start.open');
  await openThroughPicker(app, `${id}.json`, JSON.stringify(c));
  return { app, c };
}

test('save then open gives back exactly the same case (download → file picker on a fresh page)', async () => {
  const c = readCase('PUB-02');
  const app = await openApp(env);
  await enterCase(app, c.facts);
  const before = await app.caseState();
  assert.equal(before.dirty, true);
  assert.equal(await app.page.evaluate(() => Module.wamsFiles.unsaved), true, 'beforeunload guard armed');
  await app.click('nav.casefile');
  await app.screenshot('files-casefile.png');
  const saved = await download(app, 'file.save');
  assert.match(saved.name, /\.wams\.json$/);
  assert.deepEqual(JSON.parse(saved.text), before.case);
  assert.equal((await app.caseState()).dirty, false);
  assert.equal(await app.page.evaluate(() => Module.wamsFiles.unsaved), false, 'guard disarmed after saving');
  const shownBefore = await app.shownAssessment();
  await app.context.close();

  const fresh = await openApp(env);
  await fresh.click('start.open');
  await openThroughPicker(fresh, saved.name, saved.text);
  const reopened = await fresh.caseState();
  assert.deepEqual(reopened.case, before.case, 'the opened case is exactly the saved one');
  assert.equal(reopened.dirty, false);
  assert.deepEqual(await fresh.shownAssessment(), shownBefore);
  await fresh.click('nav.casefile');
  const again = await download(fresh, 'file.save');
  assert.equal(again.text, saved.text, 'saving the opened case gives the same bytes');
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
});

test('drag-and-drop and clipboard open a case; a broken file opens nothing and says why', async () => {
  const app = await openApp(env);
  const c = readCase('PUB-13');
  const text = JSON.stringify(c);
  // Drop a file on the page (a DataTransfer with a File, as the browser builds it for a real drop).
  await app.page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], 'PUB-13.json', { type: 'application/json' }));
    document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, text);
  await app.page.waitForFunction(() => JSON.parse(Module.ccall('wams_test_case_json', 'string', [], [])).case.id === 'PUB-13');
  await app.settle();
  let cs = await app.caseState();
  assert.ok(sameFacts(cs.case.facts, c.facts));
  assert.deepEqual((await app.shownAssessment()).assessment, cliAssess(c));

  // Clipboard: the page reads it when the user clicks "Plakken uit klembord".
  await app.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.url.replace(/\/$/, '') });
  const c2 = readCase('PUB-09');
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), JSON.stringify(c2));
  await app.click('nav.casefile');
  await app.click('file.paste');
  await app.page.waitForFunction(() => JSON.parse(Module.ccall('wams_test_case_json', 'string', [], [])).case.id === 'PUB-09');
  cs = await app.caseState();
  assert.ok(sameFacts(cs.case.facts, c2.facts));

  // A broken file: nothing opened, the error names where.
  await openThroughPicker(app, 'broken.json', '{"id":"X","facts":{"entry":{"route":"bogus"}}}');
  await app.settle();
  const st = await app.state();
  const msg = st.widgets.find((w) => w.id === 'file.message');
  assert.ok(msg, 'an error message is shown');
  assert.match(msg.label, /\/facts\/entry/);
  assert.equal((await app.caseState()).case.id, 'PUB-09', 'the open case is unchanged');
  await app.screenshot('files-broken.png');

  // Dropped on another screen (here the necessity walk): the app goes to the case-file screen and says why; the
  // open case stays. Before, the message waited unseen on "Casusbestand" and the drop seemed to do nothing.
  await app.click('nav.walk');
  assert.equal((await app.state()).screen, 'walk');
  await dropFile(app, 'kapot.json', '{"id":"X","facts":{"entry":{"route":"client_request",}}}');
  const after = await app.state();
  assert.equal(after.screen, 'casefile', 'a failed drop shows its message');
  const dropMsg = after.widgets.find((w) => w.id === 'file.message');
  assert.ok(dropMsg, 'an error message is shown after a drop on another screen');
  assert.match(dropMsg.label, /regel 1, kolom \d+/);
  assert.equal((await app.caseState()).case.id, 'PUB-09', 'the open case is unchanged after a failed drop');
  await app.context.close();
});

test('what if: one changed fact, two assessments side by side, differences marked and equal to wams-cli', async () => {
  const { app, c } = await openPublicCase('PUB-02');
  await app.click('nav.whatif');
  await app.type('whatif.filter', 'R18');
  await app.click('whatif.field/entry/client_declines_investigation');
  await app.click('whatif.value=false');
  await app.screenshot('whatif-diff.png');
  const st = await app.state();
  const changed = { ...c, facts: { ...c.facts, entry: { ...c.facts.entry, client_declines_investigation: false } } };
  const a = cliAssess(c), b = cliAssess(changed);
  assert.notEqual(a.investigation.value, b.investigation.value, 'the CLI sees a difference');
  const label = (id) => st.widgets.find((w) => w.id === id)?.label;
  assert.equal(label('whatif.a/investigation'), nl[`val.${a.investigation.value}`]);
  assert.equal(label('whatif.b/investigation'), nl[`val.${b.investigation.value}`]);
  assert.ok(label('whatif.changed/investigation'), 'the investigation row is marked as changed');
  assert.equal(label('whatif.changed/client_role') !== undefined, a.client_role.value !== b.client_role.value);
  assert.ok(Number(label('whatif.count')) >= 1);
  b.data_items.forEach((item, i) => {
    assert.equal(st.widgets.some((w) => w.id === `whatif.changed/data_items/${i}`), item.verdict !== a.data_items[i].verdict);
  });
  // In the page's accessible layer the comparison is a table (issue 18 §1): named by its heading, four column
  // headers, and the investigation's row reads outcome, now, if, changed.
  await settleLayer(app);
  const table = app.page.getByRole('table', { name: nl['whatif.compare'], exact: true });
  assert.deepEqual(await table.getByRole('columnheader').allTextContents(),
                   [nl['whatif.col.outcome'], nl['whatif.col.now'], nl['whatif.col.if']]);
  const row = table.getByRole('row').filter({ has: app.page.getByText(nl['out.investigation'], { exact: true }) });
  assert.deepEqual(await row.getByRole('cell').allTextContents(),
                   [nl['out.investigation'], nl[`val.${a.investigation.value}`], nl[`val.${b.investigation.value}`],
                    nl['whatif.changed']]);
  // The case itself did not change.
  assert.ok(sameFacts((await app.caseState()).case.facts, c.facts));
  await app.context.close();
});

test('the necessity walk\'s steps are a table in the accessible layer, one row per step (issue 18 §1)', async () => {
  const { app, c } = await openPublicCase('PUB-02');
  await app.click('nav.walk');
  let st = await app.state();
  await app.click(st.widgets.find((w) => w.label === 'Q13').id);
  await settleLayer(app);
  st = await app.state();
  const steps = cliAssess(c).data_items[0].walk ?? null;
  const rows = st.widgets.filter((w) => /^walk\.step\.\d+\.question$/.test(w.id));
  assert.ok(rows.length >= 2, `${rows.length} steps drawn`);
  if (steps) assert.equal(rows.length, steps.length);
  const table = app.page.getByRole('table', { name: nl['walk.Q13.text'], exact: true });
  assert.deepEqual(await table.getByRole('columnheader').allTextContents(),
                   ['walk.col.question', 'walk.col.answer', 'walk.col.effect', 'ui.rules'].map((k) => nl[k]));
  assert.equal(await table.getByRole('row').count(), rows.length + 1, 'one row per step under the header row');
  const first = table.getByRole('row').nth(1).getByRole('cell');
  assert.deepEqual(await first.allTextContents(), ['question', 'answer', 'effect', 'rules'].map((k) =>
    st.widgets.find((w) => w.id === `walk.step.0.${k}`).label));
  assert.deepEqual(app.problems, []);
  await app.context.close();
});

test('A1\'s two readings are a table in the accessible layer: the readings as column headers, their outcomes as cells', async () => {
  const { app, c } = await openPublicCase('PUB-05');  // a professional's request: A1 applies
  await app.click('nav.assessment');
  await settleLayer(app);
  const alt = cliAssess(c).investigation.alternative_readings;
  assert.ok(alt, 'PUB-05 has two readings');
  const table = app.page.getByRole('table', { name: nl['card.a1_two_readings'], exact: true });
  assert.deepEqual(await table.getByRole('columnheader').allTextContents(), [nl['card.reading_s23'], nl['card.reading_s311']]);
  assert.equal(await table.getByRole('row').count(), 2, 'a header row and one row of outcomes');
  assert.deepEqual(await table.getByRole('row').nth(1).getByRole('cell').allTextContents(),
                   [nl[`val.${alt['§2.3']}`], nl[`val.${alt['§3.1.1']}`]]);
  assert.deepEqual(app.problems, []);
  await app.context.close();
});

test('undo of the last answer, beforeunload warning, dossier export with SHA-256', async () => {
  const app = await openApp(env);
  await app.click('start.new.client_request');
  await app.click('facts/entry/multiple_problems_plausible=true');
  await app.click('facts/entry/client_declines_investigation=false');
  assert.equal((await app.caseState()).case.facts.entry.client_declines_investigation, false);
  await app.click('nav.undo');
  let cs = await app.caseState();
  // Issue 17: the question was unanswered before, so undo makes it unanswered again (absent, not null).
  assert.ok(!('client_declines_investigation' in cs.case.facts.entry), 'undo restored the previous (unanswered) state');
  assert.equal(cs.case.facts.entry.multiple_problems_plausible, true, 'only the last answer was undone');
  await app.page.keyboard.press('Control+Z');  // the keyboard shortcut too
  await app.settle();
  cs = await app.caseState();
  assert.ok(!('multiple_problems_plausible' in cs.case.facts.entry), 'Ctrl+Z undid the first answer too');

  // Leaving with unsaved work asks first (a real beforeunload dialog).
  await app.click('facts/entry/multiple_problems_plausible=true');
  let dialogType = null;
  app.page.once('dialog', async (d) => { dialogType = d.type(); await d.dismiss(); });
  await app.page.close({ runBeforeUnload: true });
  for (let i = 0; i < 50 && !dialogType; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(dialogType, 'beforeunload');

  // Dossier: Markdown and HTML, each ending with the SHA-256 of everything above it.
  const app2 = await openApp(env);
  const c = readCase('PUB-09');
  await app2.click('start.open');
  await openThroughPicker(app2, 'PUB-09.json', JSON.stringify(c));
  await app2.click('nav.dossier');
  await app2.screenshot('screen-dossier.png');
  // The format radios are a group the page names with the visible words above them (issue 18 §1).
  const formats = app2.page.getByRole('group', { name: 'Bestandsformaat', exact: true });
  for (const name of ['Markdown', 'Afdrukbare HTML'])
    assert.equal(await formats.getByRole('radio', { name, exact: true }).count(), 1, `radio ${name} not in the group Bestandsformaat`);
  // No false alarm: the record's own dates (stage, today) are not personal data; a name in the role is.
  assert.equal(await app2.has('dossier.pii'), false, 'no PII warning for an anonymous case');
  await app2.type('dossier.role', 'Jan de Vries');
  assert.equal(await app2.has('dossier.pii'), true, 'a name typed as role is flagged');
  await app2.type('dossier.role', 'consulent Wmo');
  assert.equal(await app2.has('dossier.pii'), false);
  const md = await download(app2, 'dossier.export');
  assert.match(md.name, /\.md$/);
  const m = md.text.match(/^([\s\S]*)SHA-256: ([0-9a-f]{64})\n$/);
  assert.ok(m, 'the record ends with a SHA-256 line');
  assert.equal(crypto.createHash('sha256').update(m[1], 'utf8').digest('hex'), m[2]);
  for (const item of c.facts.data_items) assert.ok(md.text.includes(item.item_id));
  await app2.click('dossier.format.html');
  const html = await download(app2, 'dossier.export');
  assert.match(html.name, /\.html$/);
  const h = html.text.match(/^([\s\S]*)<p>SHA-256: ([0-9a-f]{64})<\/p>\n<\/body>\n<\/html>\n$/);
  assert.ok(h, 'the HTML record ends with its SHA-256');
  assert.equal(crypto.createHash('sha256').update(h[1], 'utf8').digest('hex'), h[2]);
  await app2.context.close();
});

test('every screen, three themes, UI scale 100–200 %, English', async () => {
  const { app, c } = await openPublicCase('PUB-05');
  for (const screen of ['start', 'process', 'walk', 'assessment', 'map', 'whatif', 'casefile', 'dossier']) {
    await app.click(`nav.${screen}`);
    assert.equal((await app.state()).screen, screen);
    await app.screenshot(`screen-${screen}.png`);
  }
  // The process map: a step is clickable and leads to where its facts are asked.
  await app.click('nav.map');
  await app.click('map.case_conference');
  await app.click('map.go');
  const cs = await app.caseState();
  assert.equal((await app.state()).screen, 'process');
  assert.equal(cs.process_page, 'conference');

  await app.click('nav.assessment');
  await app.click('nav.theme.dark');
  await app.screenshot('theme-dark.png');
  await app.click('nav.theme.high_contrast');
  await app.screenshot('theme-high-contrast.png');
  await app.click('nav.theme.light');
  for (let i = 0; i < 6; i++) { await app.click('nav.scale.up'); await app.page.waitForTimeout(400); }  // not a double-click
  let st = await app.state();
  assert.equal(st.widgets.find((w) => w.id === 'nav.scale.value')?.label, '200');
  await app.screenshot('scale-200.png');
  const big = st.widgets.find((w) => w.id === 'nav.undo').h;
  for (let i = 0; i < 6; i++) { await app.click('nav.scale.down'); await app.page.waitForTimeout(400); }
  st = await app.state();
  assert.equal(st.widgets.find((w) => w.id === 'nav.scale.value')?.label, '100');
  assert.ok(big > 1.8 * st.widgets.find((w) => w.id === 'nav.undo').h, 'widgets grow with the scale');
  await app.click('lang.en');
  st = await app.state();
  assert.equal(st.lang, 'en');
  assert.equal(st.widgets.find((w) => w.id === 'nav.assessment')?.label, 'Assessment');
  await app.screenshot('screen-assessment-en.png');
  assert.deepEqual(app.problems, []);
  await app.context.close();
});

// Results stay in view (issue 4): on a long page the questions and "what the Wams says here" are two panes that
// scroll on their own. Scrolling the questions with the mouse wheel must move the questions and leave the result
// column where it is, fully on screen, at 100 % and at 200 %.
test('results stay in view: the question pane scrolls, the result pane stays (100 % and 200 %)', async () => {
  const { app } = await openPublicCase('PUB-05');
  await app.click('nav.process');  // the entry page of a professional request: longer than the window
  for (const pct of [100, 200]) {
    for (let i = 0; i < 6 && (await app.state()).widgets.find((w) => w.id === 'nav.scale.value')?.label !== String(pct); i++) {
      await app.click('nav.scale.up');
      await app.page.waitForTimeout(400);  // not a double-click
    }
    let st = await app.state();
    assert.equal(st.widgets.find((w) => w.id === 'nav.scale.value')?.label, String(pct));
    // When the header is tall (200 %) the page scrolls once (wheel over the header) until the panes fill the view:
    // the page at its end, so no part of a pane is hidden below the window (a pane cut off by the window passes the
    // wheel at its end on to the page, docs/responsive.md — else its last question could never be reached).
    let lastY = null;
    for (let i = 0; i < 20; i++) {
      const r = st.widgets.find((w) => w.id.startsWith('result.'));  // its clip = the pane's part on screen
      const pageAtEnd = r && r.y === lastY;
      if (r && r.y >= 0 && r.y + r.h <= r.clip[3] && r.clip[3] - r.clip[1] >= 0.5 * st.display.h && (pageAtEnd || pct === 100)) break;
      lastY = r?.y ?? null;
      await app.page.mouse.move(st.display.w / 2, 20);
      await app.page.mouse.wheel(0, 200);
      await app.settle();
      st = await app.state();
    }
    const result = st.widgets.find((w) => w.id.startsWith('result.'));
    const question = st.widgets.find((w) => w.id.startsWith('facts/'));
    assert.ok(result && question, `a question and a result are drawn at ${pct} %`);
    await app.screenshot(`results-pane-${pct}-top.png`);
    const [x0, y0, x1, y1] = question.clip;
    await app.page.mouse.move((x0 + x1) / 2, (Math.max(y0, 0) + Math.min(y1, st.display.h)) / 2);
    for (let i = 0; i < 3; i++) { await app.page.mouse.wheel(0, 400); await app.settle(); }
    st = await app.state();
    const q2 = st.widgets.find((w) => w.id === question.id);
    const r2 = st.widgets.find((w) => w.id === result.id);
    assert.ok(!q2 || q2.y < question.y - 100, `the questions scrolled at ${pct} % (${question.y} → ${q2?.y})`);
    assert.ok(r2, `the result ${result.id} is still drawn at ${pct} %`);
    assert.equal(r2.y, result.y, `the result column did not move at ${pct} %`);
    assert.ok(r2.y >= 0 && r2.y + r2.h <= st.display.h && r2.y >= r2.clip[1] - 1 && r2.y + r2.h <= r2.clip[3] + 1,
      `the result is fully visible at ${pct} %`);
    await app.screenshot(`results-pane-${pct}-scrolled.png`);
    for (let i = 0; i < 3; i++) { await app.page.mouse.wheel(0, -400); await app.settle(); }
  }
  assert.deepEqual(app.problems, []);
  await app.context.close();
});
