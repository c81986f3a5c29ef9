/**
 * Full-page screenshots of every built page at phone and desktop widths, in light and dark,
 * for looking at with human eyes: `npm run screenshots`, then open tests/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { startStaticServer } from '../support/static-server.ts';
import { builtPages } from '../support/site-pages.ts';
import { DESKTOP, PHONE, launchChromium, waitForHydration } from '../support/chromium.ts';

const out = 'tests/artifacts/screenshots';
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2);
const server = await startStaticServer();
const browser = await launchChromium();
try {
  for (const path of builtPages().filter((p) => only.length === 0 || only.some((o) => p.includes(o)))) {
    for (const [label, viewport] of [['390', PHONE], ['1280', DESKTOP]] as const) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport, colorScheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += 500) {
            window.scrollTo({ top: y, behavior: 'instant' });
            await new Promise((r) => setTimeout(r, 30));
          }
          window.scrollTo({ top: 0, behavior: 'instant' });
        });
        await waitForHydration(page);
        // Slices a screen or two tall, so each image stays legible when viewed.
        const name = `${path.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home'}-${label}-${colorScheme}`;
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const slice = viewport.width < 600 ? 1400 : 1800;
        for (let y = 0, part = 1; y < height; y += slice, part++) {
          const file = `${out}/${name}-${String(part).padStart(2, '0')}.png`;
          await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width: viewport.width, height: Math.min(slice, height - y) } });
          console.log(file);
        }
        await context.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
