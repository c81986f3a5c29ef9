import { expect, it } from 'vitest';
import { builtPages } from '../support/site-pages';
import { checkPages } from '../support/page-checks';

/** Every built page but the chapters (tests/browser/chapter-pages.test.ts has those). */
const pages = builtPages();

it('finds the pages from the build', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/sources/', '/chapters/sesame-credit/', '/chapters/rongcheng/', '/embed/sesame-score/']));
});

checkPages(pages.filter((page) => !page.startsWith('/chapters/')));
