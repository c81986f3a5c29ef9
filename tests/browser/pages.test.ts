import { expect, it } from 'vitest';
import { builtPages, embedPages } from '../support/site-pages';
import { checkPages } from '../support/page-checks';

/**
 * Every built page but the chapters (tests/browser/chapter-pages.test.ts has those) and the
 * embed pages (tests/browser/embed-pages.test.ts): three files of about equal length, so the
 * browser files running side by side finish together.
 */
const pages = builtPages();
const embeds = new Set(embedPages(pages));
const isHandout = (page: string) => /^\/(?:[a-z-]+\/)?teachers\/handouts\//.test(page);

it('finds the pages from the build', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/sources/', '/chapters/sesame-credit/', '/chapters/rongcheng/', '/embed/sesame-score/']));
});

const rest = pages.filter((page) => !page.startsWith('/chapters/') && !embeds.has(page));
checkPages(rest.filter((page) => !isHandout(page)));
checkPages(rest.filter(isHandout), { oneLoadEach: true });
