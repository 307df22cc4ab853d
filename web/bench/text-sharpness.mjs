// text-sharpness.mjs — how sharp the app's text is on screens of 1, 2 and 3 device px per CSS px (docs/responsive.md
// "Sharp text"). Prints figures, asserts nothing. For each ratio the page is opened at 390×844 (the phone layout), the
// screen is captured at device resolution and, inside the rectangles of the header's name ("Wams Wegwijzer", 30 px)
// and its law-status line (17 px; ids app.name and app.stage), the share of ink pixels that are edge grey is counted:
// a pixel is ink when it differs from the page's background by more than 10 % of the text's full contrast, and edge
// grey when it lies between 10 % and 90 % of it. A glyph drawn from an atlas of the screen's own density has only
// its anti-aliased rim grey; an atlas enlarged to the screen (1 atlas px drawn over 2 or 3 screen px) smears every
// edge over more pixels, so its share is higher. Also prints the canvas's size and the atlas scale the app chose.
//   node web/bench/text-sharpness.mjs <page dir>
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { startServer } from '../serve.mjs';

const [dir] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--enable-unsafe-swiftshader', '--no-first-run'] });
const { server, url } = await startServer(dir, 0);
console.log('ratio  canvas px   atlas scale  name: edge share (ink px)   status line: edge share (ink px)');
for (const dpr of [1, 2, 3]) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: dpr,
    isMobile: true, hasTouch: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.wamsReady === true &&
    JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])).frame_count >= 3, null, { timeout: 30000 });
  await page.waitForTimeout(800);
  const st = await page.evaluate(() => JSON.parse(Module.ccall('wams_test_state_json', 'string', [], [])));
  const canvas = await page.evaluate(() => `${Module.canvas.width}×${Module.canvas.height}`);
  const rects = ['app.name', 'app.stage'].map((id) => st.widgets.find((w) => w.id === id));
  const shares = [];
  for (const r of rects) {
    if (!r) { shares.push(null); continue; }
    // The rectangle at device resolution, as 8-bit grey (ImageMagick, installed by scripts/setup.sh).
    const png = await page.screenshot({ clip: { x: r.x, y: r.y, width: r.w, height: r.h } });
    const d = execFileSync('convert', ['png:-', '-colorspace', 'Gray', '-depth', '8', 'gray:-'], { input: png });
    let bg = 0, ink = 255;  // the background: the lightest pixel; the ink: the darkest
    for (const v of d) { bg = Math.max(bg, v); ink = Math.min(ink, v); }
    let inkPx = 0, grey = 0;
    for (const v of d) {
      const t = (bg - v) / Math.max(1, bg - ink);  // 0 = background, 1 = full ink
      if (t > 0.1) { inkPx++; if (t < 0.9) grey++; }
    }
    shares.push({ share: grey / Math.max(1, inkPx), inkPx });
  }
  const f = (s) => s ? `${(100 * s.share).toFixed(1)} % (${s.inkPx})` : 'not drawn';
  const cells = [String(dpr).padEnd(6), canvas.padEnd(11), String(st.font_scale).padEnd(12), f(shares[0]).padEnd(26)];
  console.log(`${cells.join(' ')} ${f(shares[1])}`);
  await context.close();
}
await browser.close(); server.close();
