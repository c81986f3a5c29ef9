import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Frame, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium';
import { DIST, startStaticServer, type StaticServer } from '../support/static-server';
import { matrixWidgets, optionsScenario, writeHostPages, type HostKind } from '../support/hosts/hosts';
import { fixtureWidgets, referenceWidget, type FixtureWidget } from '../support/fixtures';
import { expectWidgetState, pressAction } from '../support/widget-actions';
import { embedPages } from '../support/site-pages';
import { stylesheetsOfPage } from '../support/page-weight';
import { embedWidget } from '../../src/widgets/text';
import { iframeTitle, type EmbedWidget } from '../../src/embed/codes';

/**
 * Embeds in host pages on ANOTHER origin than the site, as journalists paste them: our loader,
 * a pym.js parent, an AMP-style parent and a WordPress-style sandboxed oEmbed iframe (with and
 * without `Access-Control-Allow-Origin: *` on the site). Every host and width is tried with the
 * two matrix widgets (see hosts.ts); every registered widget gets the loader fit check.
 */
const siteUrl = inject('siteUrl');
const WIDTHS = [320, 640, 1024] as const;
const HOSTS: HostKind[] = ['loader', 'pym', 'amp', 'wp-cors', 'wp-plain'];
/** Which dialects each host's frames must speak (the rest they must not). */
const DIALECTS: Record<HostKind, Dialect[]> = {
  loader: ['own', 'amp'],
  pym: ['own', 'pym', 'amp'],
  amp: ['own', 'amp'],
  'wp-cors': ['own', 'amp', 'wp'],
  'wp-plain': ['own', 'amp', 'wp'],
};
type Dialect = 'own' | 'pym' | 'amp' | 'wp';

let browser: Browser;
let corsSite: StaticServer;
let hostServer: StaticServer;
let removeHosts: () => void;
const contexts = new Map<HostKind, BrowserContext>();

beforeAll(async () => {
  corsSite = await startStaticServer(DIST, 0, { cors: true });
  const hosts = writeHostPages({ site: siteUrl, corsSite: corsSite.url });
  removeHosts = hosts.remove;
  hostServer = await startStaticServer(hosts.root);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hostServer?.close();
  await corsSite?.close();
  removeHosts?.();
});

/** One context per kind of host, reused by its tests (each test opens its own page). */
async function contextFor(kind: HostKind): Promise<BrowserContext> {
  let context = contexts.get(kind);
  if (!context) {
    context = await browser.newContext({ viewport: { width: 1024, height: 800 } });
    contexts.set(kind, context);
  }
  return context;
}

interface Watched {
  page: Page;
  errors: string[];
  failed: string[];
  origins: Set<string>;
}

async function openHost(
  kind: HostKind | 'loader-options' | `fit-${string}`,
  width: number,
  context: BrowserContext,
  waitUntil: 'load' | 'domcontentloaded' = 'load',
): Promise<Watched> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: 800 });
  const watched: Watched = { page, errors: [], failed: [], origins: new Set() };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watched.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => watched.failed.push(r.url()));
  page.on('request', (r) => {
    if (/^https?:/.test(r.url())) watched.origins.add(new URL(r.url()).origin);
  });
  await page.goto(`${hostServer.url}/${kind}.html`, { waitUntil });
  return watched;
}

/** The i-th iframe on the host page, scrolled into view (lazy frames load then), and its loaded frame. */
async function embedded(page: Page, index: number): Promise<{ iframe: Locator; frame: Frame }> {
  const iframe = page.locator('iframe').nth(index);
  await iframe.scrollIntoViewIfNeeded();
  const handle = await iframe.elementHandle();
  if (!handle) throw new Error(`no iframe #${index}`);
  await expect.poll(async () => (await handle.contentFrame())?.url() ?? '', { timeout: 10_000 }).toContain('/embed/');
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState('load');
  return { iframe, frame };
}

async function hydrated(frame: Frame): Promise<void> {
  await frame.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((island) => !island.hasAttribute('ssr')));
}

interface Sizes {
  /** The iframe's inner height on the host page. */
  frameHeight: number;
  /** The embedded document's content: the bottom edge of its lowest element, read inside the frame. */
  content: number;
  /** Inside the frame: what would scroll, and the viewport. */
  scrollHeight: number;
  viewport: number;
}

async function sizes(iframe: Locator, frame: Frame): Promise<Sizes> {
  const frameHeight = await iframe.evaluate((el) => (el as HTMLIFrameElement).clientHeight);
  const inside = await frame.evaluate(() => {
    const root = document.documentElement;
    const top = root.getBoundingClientRect().top;
    const bottoms = [...document.body.children].map((el) => el.getBoundingClientRect().bottom - top);
    const body = getComputedStyle(document.body);
    const content = Math.max(...bottoms) + parseFloat(body.paddingBottom) + parseFloat(body.marginBottom);
    return { content, scrollHeight: root.scrollHeight, viewport: root.clientHeight };
  });
  return { frameHeight, ...inside };
}

/** The frame is as tall as its content (within 2 px) and nothing inside it scrolls or is cut. */
async function expectFitted(iframe: Locator, frame: Frame, label: string, timeout = 10_000): Promise<Sizes> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await sizes(iframe, frame);
    if (Math.abs(now.frameHeight - now.content) <= 2 && now.scrollHeight <= now.viewport) return now;
    if (Date.now() > deadline) throw new Error(`${label}: the frame does not fit its content: ${JSON.stringify(now)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Received {
  frame: number;
  origin: string;
  text: string;
}

const received = (page: Page): Promise<Received[]> => page.evaluate(() => (window as unknown as { __received: Received[] }).__received);

function dialectOf(text: string): Dialect | null {
  if (text.startsWith('pymxPYMx')) return text.includes('xPYMxheightxPYMx') ? 'pym' : null;
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (data.type === 'scored:height') return 'own';
    if (data.sentinel === 'amp') return 'amp';
    if (data.message === 'height') return 'wp';
  } catch {
    // not JSON: not ours
  }
  return null;
}

function heightIn(text: string): number {
  if (text.startsWith('pymxPYMx')) return Number(text.split('xPYMx')[3]);
  const data = JSON.parse(text) as { height?: number; value?: number };
  return Number(data.height ?? data.value);
}

/**
 * Waits until the frames have been quiet (same heights, no new messages) for `quietMs`, as
 * they are once a change has fully played out (a widget's announcement, say, appears a moment
 * after the click). A loop never goes quiet, so this fails on one.
 */
async function settle(page: Page, frames: { iframe: Locator }[], quietMs = 400, timeout = 8000): Promise<void> {
  const snapshot = async () =>
    JSON.stringify([await Promise.all(frames.map(({ iframe }) => iframe.evaluate((el) => (el as HTMLIFrameElement).clientHeight))), (await received(page)).length]);
  const deadline = Date.now() + timeout;
  let last = await snapshot();
  let quietSince = Date.now();
  while (Date.now() - quietSince < quietMs) {
    if (Date.now() > deadline) throw new Error(`the frames never settle: ${last}`);
    await page.waitForTimeout(50);
    const now = await snapshot();
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    }
  }
}

/** Samples the frames for `ms`: their heights and the messages they post must not change. */
async function expectStill(page: Page, frames: { iframe: Locator; frame: Frame }[], ms = 1000): Promise<void> {
  const snapshot = async () => ({
    heights: await Promise.all(frames.map(({ iframe }) => iframe.evaluate((el) => (el as HTMLIFrameElement).clientHeight))),
    messages: (await received(page)).length,
  });
  const first = await snapshot();
  const started = Date.now();
  while (Date.now() - started < ms) {
    await page.waitForTimeout(100);
    expect(await snapshot(), 'heights and message count stay still').toEqual(first);
  }
}

/** Makes the change the widget's fixture names, which alters its height. */
async function changeHeight(kind: HostKind, { fixture }: FixtureWidget, iframe: Locator, frame: Frame): Promise<void> {
  if (kind === 'wp-plain' && !fixture.grow.native) {
    // Not hydrated, so no button works: narrow the frame instead; the content reflows taller.
    await iframe.evaluate((el) => ((el as HTMLElement).style.width = '75%'));
    // Chromium pauses rendering (and so ResizeObservers) in cross-origin frames out of view;
    // a reader sees the frame, so look at it.
    await iframe.scrollIntoViewIfNeeded();
    return;
  }
  const control = frame.locator(`[data-widget] ${fixture.grow.control}`).first();
  for (let i = 0; i < fixture.grow.clicks; i++) await control.click();
}

it('the embed pages load no CSS with viewport-height units or percentage heights', () => {
  for (const path of embedPages()) {
    const css = stylesheetsOfPage(path).join('\n');
    expect(css.length, `${path} has no CSS`).toBeGreaterThan(0);
    expect(css.match(/[\d.](?:vh|svh|dvh|lvh|vmin|vmax|vb)\b|\bheight:\s*100%/g), path).toBeNull();
  }
});

describe.each(HOSTS)('host: %s', (kind) => {
  afterAll(async () => {
    await contexts.get(kind)?.close();
    contexts.delete(kind);
  });

  it.each(WIDTHS)('at %i px: both widgets fit their frames after load and after a change, then stay still', async (width) => {
    const { page, errors, failed, origins } = await openHost(kind, width, await contextFor(kind));
    const frames = [];
    for (const [index, subject] of matrixWidgets.entries()) {
      const { id } = subject;
      const { iframe, frame } = await embedded(page, index);
      expect(frame.url()).toContain(`/embed/${id}/`);
      if (kind !== 'wp-plain') await hydrated(frame);
      await expectFitted(iframe, frame, `${kind} ${id} ${width}px after load`);
      frames.push({ id, subject, iframe, frame });
    }

    for (const { id, subject, iframe, frame } of frames) {
      const before = await sizes(iframe, frame);
      await changeHeight(kind, subject, iframe, frame);
      await settle(page, frames);
      const after = await expectFitted(iframe, frame, `${kind} ${id} ${width}px after a change`);
      expect(Math.abs(after.content - before.content), `${id}: the change changed the height`).toBeGreaterThan(10);
    }
    await expectStill(page, frames);
    for (const { id, iframe, frame } of frames) await expectFitted(iframe, frame, `${kind} ${id} ${width}px a second later`, 0);

    // Each frame speaks exactly its host's dialects, posting only when its height changed.
    const messages = await received(page);
    for (const [index, { id }] of frames.entries()) {
      const mine = messages.filter((m) => m.frame === index);
      const byDialect = new Map<Dialect, number[]>();
      for (const m of mine) {
        const dialect = dialectOf(m.text);
        if (dialect) byDialect.set(dialect, [...(byDialect.get(dialect) ?? []), heightIn(m.text)]);
      }
      expect([...byDialect.keys()].sort(), `${id}: dialects`).toEqual([...DIALECTS[kind]].sort());
      const own = byDialect.get('own')!;
      expect(own.length, `${id}: a handful of posts, not a stream`).toBeLessThanOrEqual(8);
      expect(
        own.every((h, i) => i === 0 || h !== own[i - 1]),
        `${id}: never the same height twice in a row (${own})`,
      ).toBe(true);
      // Sandboxed WordPress frames post with an opaque origin; all others with the site's.
      const expectedOrigin = kind.startsWith('wp') ? 'null' : new URL(siteUrl).origin;
      expect(new Set(mine.map((m) => m.origin))).toEqual(new Set([expectedOrigin]));
    }

    // Requests go only to the host and to the site (pym.js included), never elsewhere.
    const site = kind === 'wp-cors' ? corsSite.url : siteUrl;
    expect([...origins].sort()).toEqual([new URL(hostServer.url).origin, new URL(site).origin].sort());
    if (kind === 'wp-plain') {
      // Expected: the sandboxed page has an opaque origin, so its module scripts (and the web
      // font) are refused without CORS headers and Astro reports the failed hydration.
      const expected = [
        /^error: Access to (script|font) at '[^']+' from origin 'null' has been blocked by CORS policy/,
        /^error: Failed to load resource: net::ERR_FAILED$/,
        /^error: \[astro-island\] Error hydrating \S+ TypeError: Failed to fetch dynamically imported module/,
      ];
      expect(errors.filter((e) => !expected.some((re) => re.test(e)))).toEqual([]);
      expect(errors.some((e) => /Access to script at .* blocked by CORS policy/.test(e))).toBe(true);
      expect(failed.every((url) => /\/_astro\/[^/]+\.(js|woff2)(\?astro-retry=\d+)?$/.test(url)), failed.join('\n')).toBe(true);
      for (const { frame } of frames) expect(await frame.locator('astro-island[ssr]').count()).toBe(1);
    } else {
      expect(errors).toEqual([]);
      expect(failed).toEqual([]);
    }
    if (kind.startsWith('wp')) {
      // The sandbox really is one: storage throws, and the widget did not need it.
      for (const { frame } of frames) {
        expect(
          await frame.evaluate(() => {
            try {
              return typeof localStorage.length;
            } catch {
              return 'throws';
            }
          }),
        ).toBe('throws');
      }
    }
    await page.close();
  });
});

describe.each(fixtureWidgets.map((subject) => [subject.id, subject] as const))('%s alone, by our loader', (id, { widget, fixture }) => {
  it('fits its frame after load, after a key press inside the frame and after a change of height, at 320 and 1024 px', async () => {
    const { page, errors } = await openHost(`fit-${id}`, 320, await contextFor('loader'));
    const { iframe, frame } = await embedded(page, 0);
    await hydrated(frame);
    await expectFitted(iframe, frame, `${id} at 320 px after load`);

    // From the article's own link, Tab walks into the frame and to the widget's first control.
    await page.locator('#before').focus();
    const root = frame.locator(`[data-widget="${id}"]`);
    await pressAction(page, root, fixture.primary);
    await expectWidgetState(root, fixture, fixture.primary.after);
    await settle(page, [{ iframe }]);
    await expectFitted(iframe, frame, `${id} at 320 px after a key press`);

    const before = await sizes(iframe, frame);
    await changeHeight('loader', { id, widget, fixture }, iframe, frame);
    await settle(page, [{ iframe }]);
    const after = await expectFitted(iframe, frame, `${id} at 320 px after a change`);
    expect(Math.abs(after.content - before.content), `${id}: the change changed the height`).toBeGreaterThan(10);

    await page.setViewportSize({ width: 1024, height: 800 });
    await settle(page, [{ iframe }]);
    await expectFitted(iframe, frame, `${id} at 1024 px`);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('our loader (/embed.js)', () => {
  it('frames the scenario and theme, fills each placeholder once, and leaves other deployments and unknown widgets alone', async () => {
    const context = await browser.newContext({ viewport: { width: 640, height: 800 } });
    // Hold the second embed back, to see the height the loader gives it before any message.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const [reference, second] = matrixWidgets.map(({ widget }) => embedWidget(widget, 'en')) as [EmbedWidget, EmbedWidget];
    await context.route(new RegExp(`/embed/${second.id}/`), async (route) => {
      await held;
      await route.continue();
    });
    // Not 'load': the held-back frame holds the host's load event too.
    const { page, errors } = await openHost('loader-options', 640, context, 'domcontentloaded');
    const placeholders = page.locator('.scored-embed');
    await expect.poll(() => page.locator('.scored-embed[data-scored-ready] > iframe').count()).toBe(2);
    expect(await page.locator('.scored-embed iframe').count()).toBe(2);
    // Another deployment's placeholder and an unknown widget keep their fallback links.
    expect(await placeholders.nth(2).locator('a').getAttribute('href')).toBe(`https://other-scored.example/embed/${reference.id}/`);
    expect(await placeholders.nth(3).locator('a').textContent()).toBe('No such widget');

    const heldBack = page.locator('iframe').nth(1);
    expect(await heldBack.evaluate((el) => (el as HTMLIFrameElement).style.height)).toBe('345px');
    release();

    const first = page.locator('iframe').first();
    expect(await first.getAttribute('src')).toBe(`${siteUrl}/embed/${reference.id}/?${reference.id}=${optionsScenario}&theme=dark`);
    expect(await first.getAttribute('title')).toBe(iframeTitle(reference));
    expect(await first.getAttribute('loading')).toBe('lazy');
    expect(await first.getAttribute('width')).toBe('100%');
    expect(await first.evaluate((el) => getComputedStyle(el).borderTopWidth)).toBe('0px');

    const { frame } = await embedded(page, 0);
    await hydrated(frame);
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expectWidgetState(frame.locator(`[data-widget="${reference.id}"]`), referenceWidget.fixture, referenceWidget.fixture.primary.after);
    const { frame: ledger } = await embedded(page, 1);
    expect(await ledger.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await expectFitted(page.locator('iframe').nth(1), ledger, 'held-back embed');

    // Messages in our dialect from the wrong origin, or for the wrong widget, are ignored.
    const height = () => first.evaluate((el) => (el as HTMLIFrameElement).clientHeight);
    await expectFitted(first, frame, 'themed embed');
    const fitted = await height();
    await page.evaluate((widget) => window.postMessage({ type: 'scored:height', version: 1, widget, height: 50 }, '*'), reference.id);
    await frame.evaluate((widget) => window.parent.postMessage({ type: 'scored:height', version: 1, widget, height: 50 }, '*'), second.id);
    await frame.evaluate((widget) => window.parent.postMessage({ type: 'scored:height', version: 1, widget, height: -50 }, '*'), reference.id);
    await page.waitForTimeout(300);
    expect(await height()).toBe(fitted);

    // The bare iframe posts our dialect from our origin, yet is not the loader's: its height stays.
    const { iframe: bare } = await embedded(page, 2);
    await expect.poll(async () => (await received(page)).some((m) => m.frame === 2 && dialectOf(m.text) === 'own')).toBe(true);
    await page.waitForTimeout(200);
    expect(await bare.evaluate((el) => (el as HTMLIFrameElement).clientHeight)).toBe(reference.embedHeight);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the frame's height never feeds back into the content's: a taller frame changes nothing and posts nothing", async () => {
    const { page } = await openHost('loader', 1024, await contextFor('loader'));
    const { iframe, frame } = await embedded(page, 0);
    await hydrated(frame);
    const fitted = await expectFitted(iframe, frame, 'before');
    const count = (await received(page)).length;
    for (const extra of [400, 2000]) {
      await iframe.evaluate((el, px) => ((el as HTMLElement).style.height = `${px}px`), fitted.frameHeight + extra);
      await page.waitForTimeout(400);
      const now = await sizes(iframe, frame);
      expect(now.content).toBe(fitted.content);
      expect(now.viewport).toBe(fitted.frameHeight + extra);
      expect((await received(page)).length).toBe(count);
    }
    await page.close();
  });
});

describe('pym.js parent', () => {
  it("answers pym's width messages with its height, as pym's child does, once per new width", async () => {
    const { page } = await openHost('pym', 1024, await contextFor('pym'));
    for (const [index, { id }] of matrixWidgets.entries()) {
      const { iframe, frame } = await embedded(page, index);
      await hydrated(frame);
      await expectFitted(iframe, frame, `pym frame ${index}`);
      expect(await iframe.getAttribute('src')).toMatch(new RegExp(`[?&]initialWidth=\\d+&childId=scored-${id}&parentTitle=`));
    }
    await page.waitForTimeout(300);
    const before = await received(page);
    // pym.Parent sends 'width' to its child on every resize of the host window.
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await expect.poll(async () => (await received(page)).length).toBe(before.length + matrixWidgets.length);
    const answers = (await received(page)).slice(before.length);
    expect(answers.map((m) => dialectOf(m.text))).toEqual(matrixWidgets.map(() => 'pym'));
    // The same width again: nothing new to say.
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await page.waitForTimeout(400);
    expect((await received(page)).length).toBe(before.length + matrixWidgets.length);
    await page.close();
  });
});
