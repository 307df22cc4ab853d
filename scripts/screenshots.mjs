// screenshots.mjs — every screen at 320, 390, 768 and 1280 CSS px wide, with public case PUB-02 open, written to
// docs/screenshots/<width>-<screen>.png (24 colours, ImageMagick, to keep them small), for docs/responsive.md (issue 18 §2).
// Phones (320, 390) are opened with a touch screen; they reach the screens through the menu, wider windows through the
// tabs; two-pane screens on a phone are also shot with their second pane ("Uitkomst"): <width>-<screen>-result.png.
// On the what-if screen one fact is changed first, so the comparison is in the picture.
//   WAMS_WEB_DIR=build/web node scripts/screenshots.mjs [widths, e.g. 320,390]
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch, openApp, dropFile, readCase, ROOT, SCREENS, goToScreen } from '../web/tests/app_driver.mjs';

const SIZES = { 320: 720, 390: 844, 768: 1024, 1280: 800 };
const OUT = path.join(ROOT, 'docs', 'screenshots');
const widths = (process.argv[2] ?? Object.keys(SIZES).join(',')).split(',').map(Number);


async function shot(app, name) {
  // The page at its top: the wheel turned up over the header (the page's own window, not a pane).
  const st = await app.state();
  await app.page.mouse.move(st.display.w - 4, 4);
  for (let i = 0; i < 4; i++) { await app.page.mouse.wheel(0, -4000); await app.settle(); }
  const file = path.join(OUT, `${name}.png`);
  await app.page.screenshot({ path: file });
  execFileSync('convert', [file, '+dither', '-colors', '24', '-strip', `PNG8:${file}`]);
  return fs.statSync(file).size;
}

fs.mkdirSync(OUT, { recursive: true });
const env = await launch();
let total = 0, count = 0;
try {
  for (const width of widths) {
    const phone = width < 700;
    const app = await openApp(env, { viewport: { width, height: SIZES[width] },
      contextOptions: phone ? { hasTouch: true, isMobile: true } : {} });
    await dropFile(app, 'PUB-02.json', JSON.stringify(readCase('PUB-02')));
    for (const screen of SCREENS) {
      await goToScreen(app, screen);
      if (await app.has('pane.first')) await app.click('pane.first');
      if (screen === 'whatif' && !(await app.has('whatif.apply'))) {
        // One fact changed (PUB-02: the client does not decline), so the comparison shows in the second pane.
        await app.type('whatif.filter', 'R18');
        await app.click('whatif.field/entry/client_declines_investigation');
        await app.click('whatif.value=false');
      }
      total += await shot(app, `${width}-${screen}`);
      count++;
      if (await app.has('pane.second')) {
        await app.click('pane.second');
        total += await shot(app, `${width}-${screen}-result`);
        count++;
        await app.click('pane.first');
      }
    }
    if (app.problems.length) throw new Error(`page problems at ${width} px: ${app.problems.join('; ')}`);
    await app.context.close();
  }
} finally {
  await env.close();
}
console.log(`screenshots: ${count} files, ${(total / 1024).toFixed(1)} KB in ${path.relative(ROOT, OUT)}/`);
