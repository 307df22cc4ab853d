// a11y_desk.test.mjs — issue 18 §1 on the help desk and the training screens: a screen-reader user acts there too.
// Like a11y.test.mjs the canvas takes no pointer events and every pointer or key event that still reaches it is
// counted (must stay 0); everything is done with Playwright's role-and-name locators on the page's accessible layer
// (web/js/mirror.js): type a question into the help desk's text field and open its first answer, then start a
// training scenario and answer its first question in the radio group named by the question. The app's own records
// (wams_test_state_json, the ids the other suites use) only check what happened. axe-core (WCAG 2.0/2.1 A+AA) finds
// 0 violations on both screens. A case file is opened through the file picker the layer's button opens, its dossier
// record is read whole (headings and every line, not only its start), and a file that cannot be opened is said by the
// live region as an error naming the field, while the case that was open stays open.
//   WAMS_WEB_DIR=build/web WAMS_CLI=build/native/wams-cli node --test web/tests/a11y_desk.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { launch, openDomOnly, untilChanged, CLI, readCase, settleLayer as settle, assertAxeClean as axe } from './app_driver.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const widget = (st, id) => st.widgets.find((w) => w.id === id);

/** As a screen-reader user: focus the element, then click it (the layer takes pointer events while it has focus). */
async function activate(app, locator) {
  await locator.focus();
  await settle(app);
  await locator.click();
  await settle(app);
}

test('help desk and training by DOM only: type a question, open its first answer, answer a training question', async () => {
  const app = await openDomOnly(env);
  const page = app.page;

  // ---- Help desk: a real text field, the hits as links (buttons) named by their question.
  await activate(app, page.getByRole('button', { name: 'Vraagbaak', exact: true }));
  assert.equal((await app.state()).screen, 'helpdesk');
  const search = page.getByRole('textbox', { name: 'Vraag aan de vraagbaak' });
  const query = 'huisarts zonder toesteming gegevens delen';
  await search.fill(query);
  await settle(app);
  assert.equal(await search.inputValue(), query, 'the field does not show what was typed');
  let st = await app.state();
  const core = JSON.parse(execFileSync(CLI, ['ask', '--max', '12', query], { encoding: 'utf8' })).answers.map((a) => a.id);
  assert.equal(widget(st, 'helpdesk.result.0')?.label, core[0], 'the typed question was searched as core does');
  // The first hit, by the words a screen reader says (its question, then its id and rules).
  const first = widget(st, 'helpdesk.result.0');
  assert.ok(first.name && first.name !== first.label, 'the hit is named by its question, not only its id');
  // Open the second hit first, so that opening the first one is seen to do something.
  const second = widget(st, 'helpdesk.result.1');
  await activate(app, page.getByRole('button', { name: second.name, exact: true }));
  st = await app.state();
  assert.equal(widget(st, 'helpdesk.answer')?.label, second.label, 'the second hit did not open');
  await activate(app, page.getByRole('button', { name: first.name, exact: true }));
  st = await app.state();
  assert.equal(widget(st, 'helpdesk.answer')?.label, core[0], 'the first answer is not the one shown');
  const question = widget(st, 'helpdesk.answer').name;
  await page.getByRole('heading', { name: question, exact: true }).waitFor();
  const text = widget(st, 'helpdesk.answer.text').name;
  assert.ok(text.length > 40, 'the answer has its words');
  assert.equal(await page.getByText(text, { exact: true }).count(), 1, 'the answer text is not in the layer');
  // Its rule cards are said as "Regel R…: <title>".
  assert.ok(await page.getByText(/^Regel R\d+[a-z]?: \S/).count() >= 1, 'no rule card named "Regel R…: …"');
  await axe(app, 'helpdesk');

  // ---- Training: the scenario list's buttons, the answers as a radio group named by the question.
  await activate(app, page.getByRole('button', { name: 'Oefenen', exact: true }));
  assert.equal((await app.state()).screen, 'training');
  const themes = page.getByRole('group', { name: /^Thema/ });
  assert.ok(await themes.getByRole('radio').count() >= 2, 'the theme filter is not a radio group');
  // The scenario list is a table (issue 18 §1): named by its heading, a header row with the four column names, then
  // one row per scenario whose cells are the scenario's button, theme, level and score.
  st = await app.state();
  const list = page.getByRole('table', { name: widget(st, 'training.builtin').label, exact: true });
  assert.deepEqual(await list.getByRole('columnheader').allTextContents(), ['Scenario', 'Thema', 'Niveau', 'Score']);
  const scenarios = st.widgets.filter((w) => w.id.startsWith('training.scenario.')).length;
  assert.ok(scenarios >= 30, `${scenarios} scenarios listed`);
  assert.equal(await list.getByRole('row').count(), scenarios + 1, 'one row per scenario under the header row');
  const tr01 = list.getByRole('row').filter({ has: page.getByRole('button', { name: /^TR-01\s/ }) });
  assert.equal(await tr01.getByRole('cell').count(), 4, 'TR-01\'s row has its four cells');
  assert.equal(await tr01.getByRole('cell').nth(1).textContent(), widget(st, 'training.scenario_TR-01.theme').label);
  await axe(app, 'training-list');
  await activate(app, list.getByRole('button', { name: /^TR-01\s/ }));
  st = await app.state();
  const q = widget(st, 'training.question');
  assert.ok(q, 'the scenario did not start');
  const prompt = q.name;
  assert.ok(prompt && prompt !== q.label, 'the question is said in words, not its id');
  await page.getByRole('heading', { name: widget(st, 'training.title').name, exact: true }).waitFor();
  const group = page.getByRole('group', { name: prompt, exact: true });
  // The answers are buttons in the question's group: pressing one answers and grades; a radio group would answer with
  // every arrow key that moves through it.
  const buttons = group.getByRole('button');
  const options = st.widgets.filter((w) => w.id.startsWith('training.answer.'));
  assert.equal(await group.getByRole('radio').count(), 0, 'the answers are radios');
  assert.equal(await buttons.count(), options.length, 'every answer is a button in the question\'s group');
  assert.ok(options.length >= 2);
  await buttons.first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await settle(app);
  assert.equal(widget(await app.state(), 'training.feedback'), undefined, 'arrow keys gave an answer');
  await axe(app, 'training-question');
  const key = JSON.parse(execFileSync(CLI, ['scenario', 'answers', 'builtin:TR-01', '--json'], { encoding: 'utf8' })).scenarios[0];
  const model = key.questions.find((x) => x.id === q.label).answer;
  const right = options.find((o) => o.id === `training.answer.${model}`);
  assert.ok(right, `the model answer ${model} is offered`);
  await activate(app, group.getByRole('button', { name: right.label, exact: true }));
  st = await app.state();
  assert.equal(widget(st, 'training.feedback')?.label, 'correct', 'the answer was not taken as given');
  assert.equal(widget(st, 'training.model')?.label, model);
  // The feedback is a status the live region says, in words.
  assert.match(await page.locator('#wams-live').textContent(), /Goed/);
  await page.getByText(widget(st, 'training.model').name, { exact: true }).waitFor();
  await page.getByRole('button', { name: /^Volgende vraag/ }).waitFor();
  await axe(app, 'training-feedback');

  assert.equal(await page.evaluate(() => window.__canvasInput), 0, 'an event reached the canvas');
  assert.deepEqual(app.problems, []);
});

test('the trainer\'s drop-down choice by DOM only: a collapsed button, its entries a group of toggle buttons, one picked', async () => {
  const app = await openDomOnly(env);
  const page = app.page;
  await activate(app, page.getByRole('button', { name: 'Vraagbaak', exact: true }));
  await activate(app, page.getByRole('button', { name: 'Trainer', exact: true }));
  const choose = page.getByRole('button', { name: /^Scenario: / });
  assert.equal(await choose.getAttribute('aria-expanded'), 'false', 'the closed choice is not said as collapsed');
  assert.equal(await page.getByRole('button', { name: /^TR-02\s/ }).count(), 0, 'entries of a closed choice are in the page');
  await activate(app, choose);
  assert.equal(await choose.getAttribute('aria-expanded'), 'true');
  const entries = page.getByRole('group', { name: /^Scenario: / });
  const n = await entries.getByRole('button').count();
  assert.ok(n >= 10, `the open choice's entries are a group of buttons named by it (${n})`);
  const tr02 = entries.getByRole('button', { name: /^TR-02\s/ });
  assert.equal(await tr02.getAttribute('aria-pressed'), 'false');
  // The group follows its button in the page's order (ImGui draws the entries before the button is recorded).
  assert.ok(await page.evaluate(() => {
    const b = [...document.querySelectorAll('#wams-mirror button')].find((e) => /^Scenario: /.test(e.textContent));
    const g = document.querySelector('#wams-mirror fieldset button[aria-pressed]')?.closest('fieldset');
    return !!(b && g && (b.compareDocumentPosition(g) & Node.DOCUMENT_POSITION_FOLLOWING));
  }), 'the entries come after the choice\'s button');
  await axe(app, 'trainer-choice-open');
  await activate(app, tr02);
  const st = await app.state();
  assert.equal(widget(st, 'trainer.choose')?.label.split(/\s+/)[0], 'TR-02', 'TR-02 was not picked');
  assert.equal(await choose.getAttribute('aria-expanded'), 'false', 'picking closes the choice');
  await page.getByRole('button', { name: /^Scenario: TR-02\s/ }).waitFor();
  assert.equal(await page.evaluate(() => window.__canvasInput), 0, 'an event reached the canvas');
  assert.deepEqual(app.problems, []);
});

/** Opens a file through the picker that the layer's "open" button opens; waits until the app shows the outcome. */
async function openFileByDom(app, name, text) {
  const page = app.page;
  const mark = async () => JSON.stringify([(await app.caseState()).case, widget(await app.state(), 'file.message')?.label ?? null]);
  const before = await mark();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
    activate(app, page.getByRole('button', { name: widget(await app.state(), 'file.open').label, exact: true }))]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
  await untilChanged(app, mark, before);
  await settle(app);
}

test('files by DOM only: a case opened, its dossier record read whole, a broken file said as an error with nothing lost', async () => {
  const app = await openDomOnly(env);
  const page = app.page;
  const nav = async (id) => {
    const st = await app.state();
    await activate(app, page.getByRole('button', { name: widget(st, id).label, exact: true }));
  };
  await nav('start.open');
  assert.equal((await app.state()).screen, 'casefile');
  const c = readCase('PUB-09');
  await openFileByDom(app, 'PUB-09.json', JSON.stringify(c));
  const opened = (await app.caseState()).case;
  assert.equal(opened.id, 'PUB-09', 'the case was not opened');

  // ---- The dossier record: every line of it in the layer, its title and items as headings.
  await nav('nav.dossier');
  assert.equal((await app.state()).screen, 'dossier');
  const lines = (await app.state()).widgets.filter((w) => /^dossier\.preview\.\d+$/.test(w.id));
  const md = execFileSync(CLI, ['report', '-', '--role', ''], { input: JSON.stringify(c), encoding: 'utf8' })
    .split('\n').filter((l) => l.trim() !== '');
  // The app's record has today's date and so does the CLI's; the layer says each of its lines without markup.
  assert.equal(lines.length, md.length, 'the layer does not hold one text per line of the record');
  await page.getByRole('heading', { name: 'Dossierverslag Wams — PUB-09', exact: true }).waitFor();
  const itemHeadings = md.filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
  assert.ok(itemHeadings.length >= 1);
  for (const h of itemHeadings) await page.getByRole('heading', { name: h, exact: true }).waitFor();
  const last = md[md.length - 1];
  assert.match(last, /^SHA-256: [0-9a-f]{64}$/);
  assert.equal(await page.getByText(last, { exact: true }).count(), 1, 'the record\'s last line (its hash) is not in the layer');
  // Each line lies over the row of the box that shows it (a magnifier finds it there); the hash, far below the box's
  // last row until scrolled to, is still in the layer but cut to a 1 px element at the box's edge.
  const box = widget(await app.state(), 'dossier.preview');
  assert.ok(lines[0].y >= box.y && lines[0].y < box.y + lines[0].h, `the first line is not on the box's first row (${lines[0].y} vs ${box.y})`);
  assert.ok(lines[1].y > lines[0].y, 'the lines do not follow each other down the box');
  const hashBox = await page.getByText(last, { exact: true }).boundingBox();
  assert.ok(hashBox.height <= 1.5 && hashBox.y <= box.y + box.h, `the hash line is not cut to the box: ${JSON.stringify(hashBox)}`);
  await axe(app, 'dossier');

  // ---- A file that cannot be opened: the live region says the error and where it is; the open case stays.
  await nav('nav.casefile');
  const broken = structuredClone(c);
  broken.facts.data_items[0].purpose = 42;
  await openFileByDom(app, 'kapot.json', JSON.stringify(broken));
  const st = await app.state();
  const message = widget(st, 'file.message');
  assert.ok(message?.invalid, 'the message is not marked as an error');
  assert.match(message.label, /\/facts\/data_items\/0\/purpose/, 'the message does not name the field');
  const said = await page.locator('#wams-live').textContent();
  assert.ok(said.includes('Fout: ' + message.label.split('\n')[0]), `the live region did not say the error: "${said}"`);
  assert.ok(said.includes('/facts/data_items/0/purpose'), `the live region did not say where: "${said}"`);
  assert.deepEqual((await app.caseState()).case, opened, 'the open case changed');
  await axe(app, 'casefile-error');
  // In English the same error is said in English (it was kept in Dutch only).
  await nav('lang.en');
  const en = widget(await app.state(), 'file.message');
  assert.match(en.label, /\/facts\/data_items\/0\/purpose/);
  assert.match(en.label, /expected/);
  assert.doesNotMatch(en.label, /verwacht/);
  assert.ok((await page.locator('#wams-live').textContent()).includes('Error: '), 'the live region did not say the error in English');
  assert.equal(await page.evaluate(() => window.__canvasInput), 0, 'an event reached the canvas');
  assert.deepEqual(app.problems, []);
});
