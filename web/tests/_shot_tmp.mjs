import fs from 'node:fs';
import { launch, openApp, dropFile, ROOT } from './app_driver.mjs';
const env = await launch();
const app = await openApp(env, { viewport: { width: 1280, height: 800 } });
const doc = fs.readFileSync(`${ROOT}/scenarios/public/PUB-13.json`, 'utf8');
await dropFile(app, 'PUB-13.json', doc);
for (const scr of ['map', 'whatif', 'dossier']) { await app.click('nav.' + scr); await app.page.screenshot({ path: `/tmp/shots/nl-${scr}.png` }); }
await app.click('lang.en');
for (const scr of ['walk', 'assessment']) { await app.click('nav.' + scr); await app.page.screenshot({ path: `/tmp/shots/en-${scr}.png` }); }
console.log(app.problems);
await env.close();
