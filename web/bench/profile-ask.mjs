// profile-ask.mjs — the Vraag screen's answers under Chromium's sampling profiler (100 µs): the wijkcoach question of
// web/tests/ask.test.mjs is started, then its first N answers are given, each timed from the click until the app has
// settled, and the functions with the most self and inclusive time over all answers are printed. Diagnostics for
// docs/perf.md, asserts nothing. Names need a wasm linked with --profiling-funcs (see profile-start.mjs).
//   WAMS_WEB_DIR=<page dir> node web/bench/profile-ask.mjs [answers (5)]
// WAMS_NO_PROFILE=1: the answers' times only, without the profiler's overhead (and then their median).
import fs from 'node:fs';
import path from 'node:path';
import { launch, openApp, ROOT, at } from '../tests/app_driver.mjs';

const N = Number(process.argv[2] ?? 5);
const FULL = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/interview/wijkcoach.json'), 'utf8')).cases[0];
const env = await launch();
const app = await openApp(env, { viewport: { width: 1280, height: 800 } });
await app.click('nav.ask');
await app.click('ask.direction.request');
await app.click('ask.what'); await app.type('ask.what', 'betalingsachterstanden');
await app.click('ask.party.request'); await app.type('ask.party.request', 'schuldhulpverlener');
await app.click('ask.role'); await app.type('ask.role', 'wijkcoach');
await app.click('ask.start');
const PROFILE = process.env.WAMS_NO_PROFILE !== '1';
const cdp = await app.page.context().newCDPSession(app.page);
if (PROFILE) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}
const times = [];
const ms = [];
// CPU time of Chromium's renderer processes (Linux /proc, clock ticks of 10 ms): less moved by other work on a shared
// machine than the answers' wall time.
function rendererCpuMs() {
  let ticks = 0;
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer')) continue;
      const f = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(f[11]) + Number(f[12]);  // utime, stime
    } catch { /* gone */ }
  }
  return ticks * 10;
}
const cpu0 = rendererCpuMs();
for (let i = 0; i < N; i++) {
  const st = await app.state();
  const q = st.widgets.find((w) => w.id.startsWith('ask.question:'));
  if (!q) break;
  const pointer = q.id.slice('ask.question:'.length);
  const value = at(FULL, pointer) ?? null;
  const ids = st.widgets.map((w) => w.id);
  const option = `ask.answer=${JSON.stringify(value)}`;
  const t0 = Date.now();
  if (ids.includes(option)) await app.click(option);
  else if (value === null) await app.click('ask.unknown');
  else if (typeof value === 'string') { await app.click('ask.text'); await app.type('ask.text', value); await app.click('ask.confirm'); }
  else await app.click(ids.includes('ask.container') ? 'ask.container' : 'ask.confirm');
  await app.settle();
  ms.push(Date.now() - t0);
  times.push(`${pointer} ${ms.at(-1)} ms`);
}
console.log(times.join('\n'));
if (!PROFILE) {
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(`median ${sorted[sorted.length >> 1]} ms over ${ms.length} answers`);
  console.log(`renderer CPU ${rendererCpuMs() - cpu0} ms over ${ms.length} answers`);
  // The wasm memory's size after the answers (it only grows): what the run kept reserved.
  const bytes = await app.page.evaluate(() => {
    const m = Object.values(window.Module?.asm ?? {}).find((v) => v instanceof WebAssembly.Memory);
    return m ? m.buffer.byteLength : null;
  });
  if (bytes) console.log(`wasm memory ${(bytes / 1048576).toFixed(1)} MB after the answers`);
  await env.close();
  process.exit(0);
}
const { profile } = await cdp.send('Profiler.stop');
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(); for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
const self = new Map(); const incl = new Map(); const dt = profile.timeDeltas;
profile.samples.forEach((id, i) => {
  const n = byId.get(id); const k = n.callFrame.functionName || '(anon)';
  self.set(k, (self.get(k) || 0) + (dt[i] || 0) / 1000);
  const seen = new Set(); let cur = id;
  while (cur) { const m = byId.get(cur); const f = m.callFrame.functionName || '(anon)'; if (!seen.has(f)) { seen.add(f); incl.set(f, (incl.get(f) || 0) + (dt[i] || 0) / 1000); } cur = parent.get(cur); }
});
console.log('SELF'); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
console.log('INCL'); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
await env.close();
