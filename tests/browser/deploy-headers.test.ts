import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame } from 'playwright-core';
import { launchChromium, openWatched } from '../support/chromium';
import { DIST, startStaticServer, type StaticServer } from '../support/static-server';
import { headersOf, readHeadersFile } from '../support/headers-file';
import { chapterPages, embedPages } from '../support/site-pages';

/**
 * The build served WITH the deployment's headers (public/_headers, as Netlify and Cloudflare
 * Pages send them), framed by a host page on another origin: an embed page frames and hydrates,
 * plainly and inside a sandbox="allow-scripts" frame (which needs the assets' CORS header); a
 * chapter refuses to be framed. tests/build/deploy-headers.test.ts checks the rules file by file.
 */
const [chapter] = chapterPages();
const [embed] = embedPages();

let browser: Browser;
let site: StaticServer;
let host: StaticServer;
let hostRoot: string;

beforeAll(async () => {
  site = await startStaticServer(DIST, 0, { headers: headersOf(readHeadersFile()) });
  hostRoot = mkdtempSync(join(tmpdir(), 'scored-deploy-host-'));
  const frame = (id: string, path: string, extra = '') => `<iframe id="${id}" title="${id}" src="${site.url}${path}" width="400" height="600"${extra}></iframe>`;
  writeFileSync(
    join(hostRoot, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head><body>
${frame('embed', embed!)}
${frame('sandboxed', embed!, ' sandbox="allow-scripts"')}
${frame('chapter', chapter!)}
</body></html>`,
  );
  host = await startStaticServer(hostRoot);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
  if (hostRoot) rmSync(hostRoot, { recursive: true, force: true });
});

const hydrated = (frame: Frame) => frame.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')), undefined, { timeout: 15_000 });

describe('the build served with public/_headers', () => {
  it('sends the headers a host would: a chapter refuses framing, an embed page allows it, assets allow any origin', async () => {
    const get = async (path: string) => (await fetch(new URL(path, site.url))).headers;
    const page = await get(chapter!);
    expect(page.get('x-frame-options')).toBe('DENY');
    expect(page.get('content-security-policy')).toBe("frame-ancestors 'none'");
    expect(page.get('x-content-type-options')).toBe('nosniff');
    const framed = await get(embed!);
    expect(framed.get('x-frame-options')).toBeNull();
    expect(framed.get('content-security-policy')).toBeNull();
    expect(framed.get('permissions-policy')).toMatch(/camera=\(\)/);
  });

  it.each([chapter!, embed!])('%s loads with no console error or warning under the headers', async (path) => {
    const { context, page, report } = await openWatched(browser, site.url);
    await page.goto(new URL(path, site.url).href);
    await page.waitForLoadState('load');
    expect(report.consoleErrors).toEqual([]);
    expect(report.failedRequests).toEqual([]);
    await context.close();
  });

  it('in a host page on another origin, the embed frames and hydrates (sandboxed too) and the chapter is refused', async () => {
    const context = await browser.newContext({ viewport: { width: 1300, height: 900 } });
    const page = await context.newPage();
    const messages: string[] = [];
    page.on('console', (m) => messages.push(m.text()));
    await page.goto(`${host.url}/`, { waitUntil: 'load' });

    const frameOf = async (id: string) => (await page.locator(`#${id}`).elementHandle())!.contentFrame();
    for (const id of ['embed', 'sandboxed']) {
      const frame = (await frameOf(id))!;
      expect(frame.url(), id).toBe(new URL(embed!, site.url).href);
      await hydrated(frame);
      expect(await frame.locator('[data-widget]').count(), id).toBeGreaterThan(0);
    }

    // Chromium refuses the chapter for its frame-ancestors header, says so, and shows its own
    // error page in the frame instead.
    const siteOrigin = new URL(site.url).origin;
    await expect.poll(() => messages.some((m) => m.includes(siteOrigin) && m.includes(`"frame-ancestors 'none'"`)), { timeout: 10_000 }).toBe(true);
    const refused = await frameOf('chapter');
    expect(refused?.url()).toMatch(/^chrome-error:/);
    expect(await refused?.locator('article.chapter').count()).toBe(0);
    await context.close();
  });
});
