// offline.test.mjs — issue 7: after the first visit the app opens and works with the network gone, the service
// worker caches ONLY the app's own files (one cache per build), and a new version is announced to the user
// ("Nieuwe versie beschikbaar — herladen als u klaar bent"), never a silent reload mid-case. Also the DOM mirror
// (web/js/mirror.js) follows the screen. Runs on a COPY of the web build so a "new version" can be made.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.mjs';
import { WEB_DIR, ROOT, AppPage, enterCase, readCase } from './app_driver.mjs';

const AXE = path.join(ROOT, 'web', 'node_modules', 'axe-core', 'axe.min.js');
const REPORTS = path.resolve(ROOT, process.env.WAMS_ARTIFACTS_DIR ?? 'artifacts', 'perf');

/** axe-core (WCAG 2.0/2.1 A + AA rules) on the page, report saved as an artifact; returns the violations. */
async function axe(name) {
  // Evaluated through the DevTools protocol: not an inline script, so the page's CSP stays as it is.
  await page.evaluate(fs.readFileSync(AXE, 'utf8'));
  const result = await page.evaluate(() => window.axe.run(document,
    { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
  fs.mkdirSync(REPORTS, { recursive: true });
  fs.writeFileSync(path.join(REPORTS, `axe-${name}.json`), JSON.stringify(result, null, 1));
  console.log(`axe ${name}: ${result.passes.length} rules passed, ${result.violations.length} violations, ` +
    `${result.incomplete.length} to review`);
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader', '--disable-quic',
  '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// The page's files as a host would be given them: exactly the service worker's list, and sw.js (the build folder also
// holds wams.wasm, which the page never asks for: it downloads wams.wasm.lzma2; docs/perf.md "The wasm sent as LZMA").
function pageFiles(from) {
  return [...JSON.parse(fs.readFileSync(path.join(from, 'sw.js'), 'utf8').match(/const FILES = (\[.*\]);/)[1]), 'sw.js'];
}

let dir, port, server, browser, context, page;
const problems = [];

function copyPage(from, to) {
  for (const f of pageFiles(from)) {
    fs.mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
    fs.copyFileSync(path.join(from, f), path.join(to, f));
  }
}
async function serve() { ({ server } = await startServer(dir, port)); }
async function ready() {
  await page.waitForFunction(() => window.wamsReady === true &&
    JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).frame_count >= 1, null, { timeout: 30000 });
}

before(async () => {
  assert.ok(fs.existsSync(path.join(WEB_DIR, 'sw.js')), `no sw.js in ${WEB_DIR}: build the web preset`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wams-offline-'));
  copyPage(WEB_DIR, dir);
  ({ server } = await startServer(dir, 0));
  port = server.address().port;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_FLAGS });
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });  // service workers allowed
  page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  await page.exposeFunction('__wamsCspViolation', (v) => problems.push(`CSP violation: ${v}`));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => window.__wamsCspViolation(`${e.violatedDirective} ${e.blockedURI}`)));
});

after(async () => {
  await browser?.close();
  server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The unpacked wasm the page kept for its next start (js/unlzma.js), once it has: {key, size, sha} or null. */
async function keptWasm() {
  assert.equal(await page.evaluate(() => window.wamsKept), true, 'the page did not keep the unpacked wasm');
  return page.evaluate(async () => {
    const cache = await caches.open('wams-unpacked');
    const keys = await cache.keys();
    if (keys.length !== 1) return { keys: keys.map((r) => r.url) };
    const bytes = await (await cache.match(keys[0])).arrayBuffer();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    const sha = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
    return { key: keys[0].url, size: bytes.byteLength, sha };
  });
}
const BUILT_WASM = fs.readFileSync(path.join(WEB_DIR, 'wams.wasm'));
const BUILT_SHA = crypto.createHash('sha256').update(BUILT_WASM).digest('hex');
/** Which way the wasm came at this load: 'kept' (the copy kept by an earlier visit) or 'unpacked' (the LZMA2 file). */
const marks = () => page.evaluate(() =>
  ['kept', 'unpacked'].filter((m) => performance.getEntriesByName('wams:' + m).length));
async function keptDone() {
  await page.waitForFunction(() => window.wamsKept !== undefined, null, { timeout: 30000 });
  await page.evaluate(() => window.wamsKept);
}

test('first visit: the service worker takes control and caches exactly the app\'s own files', async () => {
  await page.goto(`http://127.0.0.1:${port}/`);
  await ready();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30000 });
  await keptDone();
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const out = {};
    for (const n of names) out[n] = (await (await caches.open(n)).keys()).map((r) => r.url);
    return out;
  });
  // Besides the version's cache, only the page's copy of its own unpacked wasm (for the next start, js/unlzma.js).
  const names = Object.keys(cached).filter((n) => n !== 'wams-unpacked');
  assert.deepEqual(Object.keys(cached).sort(), [...names, 'wams-unpacked'].sort());
  assert.equal(names.length, 1, `one cache per version, got ${names.join(', ')}`);
  assert.match(names[0], /^wams-[0-9a-f]{16}$/);
  const version = names[0].slice('wams-'.length);
  const kept = await keptWasm();
  assert.equal(kept.key, `http://127.0.0.1:${port}/wams.wasm?version=${version}`);
  assert.equal(kept.size, BUILT_WASM.length, 'the kept copy is the built wams.wasm');
  assert.equal(kept.sha, BUILT_SHA, 'the kept copy is the built wams.wasm');
  assert.deepEqual(await marks(), ['unpacked'], 'a first visit unpacks');
  const origin = `http://127.0.0.1:${port}`;
  const want = fs.readFileSync(path.join(dir, 'sw.js'), 'utf8').match(/const FILES = (\[.*\]);/)[1];
  const expected = JSON.parse(want).map((f) => `${origin}/${f}`).sort();
  assert.deepEqual(cached[names[0]].slice().sort(), expected);
  for (const f of ['index.html', 'wams.js', 'wams.wasm.lzma2', 'unlzma.wasm', 'js/unlzma.js', 'manifest.webmanifest',
    'icons/icon-192.png'])
    assert.ok(expected.includes(`${origin}/${f}`), `${f} not cached`);
  assert.ok(expected.every((u) => u.startsWith(origin + '/')), 'only own-origin files');
  // Chromium's own installability check (manifest, icons, service worker, secure context).
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  const manifest = await cdp.send('Page.getAppManifest');
  console.log(`installability errors: ${JSON.stringify(installabilityErrors)}; manifest ${manifest.url}`);
  // 'in-incognito' describes Playwright's throw-away browser context, not the page: every other criterion counts.
  assert.deepEqual(installabilityErrors.filter((e) => e.errorId !== 'in-incognito'), []);
  assert.deepEqual(manifest.errors ?? [], []);
});

test('network gone: reload opens the app from the cache and a whole case can be walked', async () => {
  server.close();
  server.closeAllConnections?.();
  await context.setOffline(true);
  await page.reload();
  await ready();
  assert.deepEqual(await marks(), ['kept'], 'a returning visit starts from the kept unpacked wasm, not the LZMA2 file');
  const app = new AppPage(page, context, problems, []);
  await app.settle();
  const c = readCase('PUB-05');
  const { facts } = await enterCase(app, c.facts);
  const st = await app.state();
  assert.equal(st.screen, 'assessment');
  const shown = await app.shownAssessment();
  assert.ok(shown.assessment, `no assessment shown offline: ${JSON.stringify(shown.errors ?? shown).slice(0, 300)}`);
  assert.ok(facts.entry, 'the walked case has facts');
  // The DOM mirror shows the assessment screen with core's explanation lines.
  await page.evaluate(() => window.wamsMirrorUpdate());
  const mirror = await page.evaluate(() => ({
    h1: document.querySelector('#wams-mirror h1')?.textContent,
    lines: document.querySelectorAll('#wams-mirror li[data-kind]').length,
    live: document.getElementById('wams-live')?.getAttribute('aria-live'),
  }));
  assert.equal(mirror.live, 'polite');
  assert.ok(mirror.h1 && mirror.h1.length > 0, 'mirror heading');
  assert.ok(mirror.lines > 0, 'mirror lists the explanation lines of the assessment');
  assert.deepEqual(await axe('assessment'), []);
  console.log(`offline walk of PUB-05 reached the assessment; mirror "${mirror.h1}", ${mirror.lines} explanation lines`);
});

test('a new version is announced, never reloaded silently mid-case; the user\'s click activates it', async () => {
  await context.setOffline(false);
  const swFile = path.join(dir, 'sw.js');
  fs.writeFileSync(swFile, fs.readFileSync(swFile, 'utf8').replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = 'feedfacefeedface'"));
  await serve();
  await page.evaluate(() => { window.__sameDocument = true; });
  const before = await page.evaluate(() => Module.ccall('wams_test_case_json', 'string', [], []));
  await page.evaluate(() => window.wamsServiceWorker.update());
  await page.waitForSelector('#wams-update', { timeout: 30000 });
  const text = await page.textContent('#wams-update');
  assert.deepEqual(await axe('update-notice'), []);
  assert.match(text, /Nieuwe versie beschikbaar — herladen als u klaar bent/);
  await page.waitForTimeout(1500);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page reloaded on its own');
  assert.equal(await page.evaluate(() => Module.ccall('wams_test_case_json', 'string', [], [])), before, 'case changed');
  await Promise.all([page.waitForNavigation({ timeout: 30000 }), page.click('#wams-update-reload')]);
  await ready();
  // The new worker removed the old version's cache and the old kept wasm; the page keeps the wasm again, under the new
  // version (the "new version" here has the same wasm: only sw.js changed).
  assert.deepEqual(await marks(), ['unpacked'], 'a kept wasm of another version is never used');
  await keptDone();
  const names = (await page.evaluate(() => caches.keys())).filter((n) => n !== 'wams-unpacked');
  assert.deepEqual(names, ['wams-feedfacefeedface'], 'the old version\'s cache is removed');
  const kept = await keptWasm();
  assert.equal(kept.key, `http://127.0.0.1:${port}/wams.wasm?version=feedfacefeedface`);
  assert.equal(kept.sha, BUILT_SHA);
  assert.deepEqual(problems, []);
});

test('a kept wasm that is broken is dropped: the page unpacks the LZMA2 file and keeps a good copy', async () => {
  await page.evaluate(async () => {
    const cache = await caches.open('wams-unpacked');
    const [key] = await cache.keys();
    const broken = new Uint8Array([0, 97, 115, 109, 9, 9, 9, 9]);  // "\0asm" and a wrong version
    await cache.put(key, new Response(broken, { headers: { 'Content-Type': 'application/wasm' } }));
  });
  await page.reload();
  await ready();
  assert.deepEqual(await marks(), ['unpacked']);
  await keptDone();
  const kept = await keptWasm();
  assert.equal(kept.sha, BUILT_SHA, 'the broken copy was replaced by the built wams.wasm');
  assert.deepEqual(problems, []);
});
