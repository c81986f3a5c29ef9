import type { SourceLinks } from './sources';

/** What every widget component takes, from <Widget id>, the embed page and the tests. */
export interface WidgetProps {
  /** Bibliography links for every id the widget shows. */
  sources: SourceLinks;
  /**
   * Keep the scenario in the page URL so a copied link reopens it; on unless false. Read as
   * `syncUrl !== false` rather than given a destructuring default: a default makes every page
   * ship Svelte's prop() helper, about 0.4 KB gzipped.
   */
  syncUrl?: boolean;
}
