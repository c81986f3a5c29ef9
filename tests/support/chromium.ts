import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { chromePath } from '../tools/ensure-chromium.ts';

/**
 * Debian's Chromium (or CHROME_PATH), with the flags this machine's closed network needs.
 * `npm test` first runs tests/tools/ensure-chromium.ts, which installs it or says how.
 */
export const CHROME_PATH = chromePath();

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

export interface PageReport {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

/**
 * A fresh context and page that records what a privacy- and error-conscious reader would
 * object to: console errors and warnings, failed requests, and any request to another origin.
 */
export async function openWatched(
  browser: Browser,
  siteUrl: string,
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page; report: PageReport }> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  // Content-Security-Policy violations surface as console errors, so every test that checks the
  // console also proves the policy held.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`),
    ),
  );
  const page = await context.newPage();
  const origin = new URL(siteUrl).origin;
  const report: PageReport = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') report.consoleErrors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => report.consoleErrors.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => report.failedRequests.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    if (response.status() >= 400) report.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) report.foreignRequests.push(url);
  });
  return { context, page, report };
}

/**
 * Waits until every island on the page has hydrated (Astro removes `ssr` when it has), or only
 * the island of widget `id`: on a chapter the others hydrate as they come into view, which
 * may be never.
 */
export async function waitForHydration(page: Page, id?: string): Promise<void> {
  await page.waitForFunction(
    (widgetId) => [...document.querySelectorAll(widgetId ? `astro-island:has([data-widget="${widgetId}"])` : 'astro-island')].every((island) => !island.hasAttribute('ssr')),
    id,
  );
}

/**
 * One Chromium for a whole test file, started before its tests and closed after them.
 * Call at the top of a file; the returned function gives the running browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('useBrowser: the browser starts in beforeAll; use it inside tests');
    return browser;
  };
}
