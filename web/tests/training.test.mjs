// training.test.mjs — browser tests of the training and trainer screens (issue 6, UI) in headless Debian Chromium,
// through the REAL widgets by the ids the app records (web/tests/app_driver.mjs):
//  1. a trainee completes scenario TR-01 step by step, answering some questions right and some wrong on purpose;
//     every feedback and model answer shown equals core's (`wams-cli scenario answers builtin:TR-01 --json`), and
//     the score shown equals the score counted from those answers; the exported summary says the same and holds
//     no identity;
//  2. a trainer drops a bad scenario file on the page: its errors (JSON paths) are shown; a good file is loaded
//     and its model answers are shown.
// Screenshots: artifacts/app/training-*.png.
//   WAMS_WEB_DIR=build/web WAMS_CLI=build/native/wams-cli node --test web/tests/training.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openApp, CLI, ROOT, dropFile, settleLayer } from './app_driver.mjs';

const nl = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/i18n/nl.json'), 'utf8'));

let env;
before(async () => { env = await launch(); });
after(async () => { if (env) await env.close(); });

/** core's model answers of a built-in scenario, by question id (the CLI runs the same engine as the app). */
function cliAnswers(id) {
  const out = JSON.parse(execFileSync(CLI, ['scenario', 'answers', `builtin:${id}`, '--json'], { encoding: 'utf8' }));
  assert.equal(out.scenarios.length, 1);
  return out.scenarios[0];
}


const label = (st, id) => st.widgets.find((w) => w.id === id)?.label;
const ids = (st, prefix) => st.widgets.filter((w) => w.id.startsWith(prefix)).map((w) => w.id);

test('a trainee completes TR-01 through the widgets; feedback and score equal core', async () => {
  const key = cliAnswers('TR-01');
  const app = await openApp(env);
  await app.click('start.door.training');
  assert.equal((await app.state()).screen, 'training');
  await app.screenshot('training-01-list.png');
  await app.click('training.scenario.TR-01');
  await app.screenshot('training-02-narrative.png');

  let expectedCorrect = 0, n = 0;
  for (const q of key.questions) {
    const st = await app.state();
    assert.equal(label(st, 'training.question'), q.id, 'questions come one at a time, in order');
    assert.ok(!ids(st, 'training.answer.').includes('training.feedback'));
    // Right on even steps, wrong on odd steps: any offered option that is not the model answer.
    const options = ids(st, 'training.answer.').map((id) => id.slice('training.answer.'.length));
    assert.ok(options.includes(q.answer), `model answer ${q.answer} of ${q.id} is one of the options ${options}`);
    const right = n % 2 === 0;
    const choice = right ? q.answer : options.find((o) => o !== q.answer);
    if (right) expectedCorrect++;
    await app.click(`training.answer.${choice}`);
    const after = await app.state();
    assert.equal(label(after, 'training.feedback'), right ? 'correct' : 'wrong', `feedback of ${q.id}`);
    assert.equal(label(after, 'training.model'), q.answer, `model answer shown for ${q.id} equals core's`);
    // The rule cards: the same rule ids, in the same order, as core's model answer.
    const shownRules = after.widgets.filter((w) => /^training\.rule\.\d+$/.test(w.id)).map((w) => w.label);
    assert.deepEqual(shownRules, q.rule_cards.map((r) => r.id), `rule cards of ${q.id}`);
    if (n < 2) await app.screenshot(`training-03-feedback-${q.id}.png`);
    await app.click('training.next');
    n++;
  }
  const st = await app.state();
  assert.ok(!st.widgets.some((w) => w.id === 'training.question'), 'no question left');
  const scoreLine = label(st, 'training.score.scenario');
  const m = /^(\d+) van (\d+) goed \((\d+)%\) · (\d+) van (\d+)/.exec(scoreLine);
  assert.ok(m, `score line: ${scoreLine}`);
  assert.equal(Number(m[1]), expectedCorrect, 'correct answers shown');
  assert.equal(Number(m[2]), key.questions.length, 'answered');
  assert.equal(Number(m[3]), Math.round((100 * expectedCorrect) / key.questions.length), 'percent');
  assert.equal(Number(m[5]), key.questions.length, 'questions in the scenario');
  assert.match(label(st, 'training.score.theme.entry_routes'), new RegExp(`: ${expectedCorrect} van ${key.questions.length} goed`));
  assert.match(label(st, 'training.score.total'), new RegExp(`: ${expectedCorrect} van ${key.questions.length} goed`));
  await app.screenshot('training-04-score.png');

  // Export: the file-download bridge (a Blob URL, no request), the same numbers, no identity.
  const before = app.requests.length;
  await app.click('training.export.json');
  const dl = await app.page.evaluate(() => Module.wamsLastDownload);
  assert.equal(dl.name, 'wams-training-samenvatting.json');
  const summary = JSON.parse(dl.text);
  assert.equal(summary.schema, 'wams-training-summary/1.0');
  assert.equal(summary.total.correct, expectedCorrect, 'summary total equals the score shown');
  assert.equal(summary.total.answered, key.questions.length);
  assert.deepEqual(summary.scenarios.map((s) => s.id), ['TR-01']);
  // No identity: no key that could hold a person or a moment (the stage's own date is the rulebook's, not the session's).
  const keys = [];
  const walk = (v) => { if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) { keys.push(k); walk(x); } };
  walk(summary);
  for (const k of keys) assert.ok(!/name|user|trainee|time|email/i.test(k), `identity-like key in the summary: ${k}`);
  assert.ok(app.requests.slice(before).every((u) => u.startsWith('blob:')), `only a blob URL: ${app.requests.slice(before)}`);
  await app.click('training.export.md');
  const md = await app.page.evaluate(() => Module.wamsLastDownload);
  assert.equal(md.mime, 'text/markdown');
  assert.ok(md.text.includes('TR-01'));
  assert.deepEqual(app.problems, []);
  await app.context.close();
});

test('a trainer drops a bad scenario file and sees its errors; a good file shows computed model answers', async () => {
  const app = await openApp(env);
  await app.click('start.door.training');
  await app.click('desk.trainer');
  assert.equal((await app.state()).screen, 'trainer');

  const bad = fs.readFileSync(path.join(ROOT, 'tests/training_cli/bad_scenario.json'), 'utf8');
  await dropFile(app, 'fout.json', bad);
  let st = await app.state();
  assert.equal(st.screen, 'trainer', 'a scenario file does not open the case-file screen');
  assert.equal(label(st, 'trainer.message'), 'error');
  const paths = st.widgets.filter((w) => w.id.startsWith('trainer.error.')).map((w) => w.label);
  for (const p of ['/theme', '/trainer_notes_nl', '/questions/1/item_id']) assert.ok(paths.includes(p), `error at ${p} shown: ${paths}`);
  // In the page's accessible layer the errors are a table named by the message above it (issue 18 §1): one row per
  // error under the header row, its first cell the JSON path.
  await settleLayer(app);
  const errors = app.page.getByRole('table', { name: /^✗ / });
  assert.deepEqual(await errors.getByRole('columnheader').allTextContents(),
                   ['trainer.col.path', 'trainer.col.expected', 'trainer.col.found', 'trainer.col.message'].map((k) => nl[k]));
  assert.equal(await errors.getByRole('row').count(), paths.length + 1);
  assert.equal(await errors.getByRole('row').nth(1).getByRole('cell').first().textContent(), paths[0]);
  await app.screenshot('training-05-trainer-bad-file.png');

  // A good file: TR-01's facts and questions under a new id; the answers are computed, never read from the file.
  const good = JSON.parse(fs.readFileSync(path.join(ROOT, 'scenarios/training/TR-01.json'), 'utf8'));
  good.id = 'EIGEN-1';
  await dropFile(app, 'eigen.json', JSON.stringify(good));
  st = await app.state();
  assert.equal(label(st, 'trainer.message'), 'ok');
  assert.equal(label(st, 'trainer.scenario'), 'EIGEN-1');
  const key = cliAnswers('TR-01');
  for (const q of key.questions) assert.equal(label(st, `trainer.answer.${q.id}`), q.answer, `model answer of ${q.id}`);
  await app.screenshot('training-06-trainer-model-answers.png');
  assert.deepEqual(app.problems, []);
  await app.context.close();
});
