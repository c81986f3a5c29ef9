import { expect, it } from 'vitest';
import { embedPages } from '../support/site-pages';
import { checkPages } from '../support/page-checks';
import { widgets } from '../../src/widgets/registry';

/** Every widget's embed page (/embed/<id>/), with the checks every built page gets. */
const pages = embedPages();

it('finds an embed page for every registered widget', () => {
  expect(pages.toSorted()).toEqual(widgets.map((w) => `/embed/${w.id}/`).toSorted());
});

checkPages(pages);
