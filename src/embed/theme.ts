/**
 * Sets <html data-theme> from `?theme=light|dark` before the first paint; anything else follows
 * the reader. An entry module: bundle.ts bundles it into one classic script, which the embed
 * page inlines in its <head> (inline and classic for the same reason as child.ts).
 */
import { themeFromSearch } from './protocol';

const theme = themeFromSearch(location.search);
if (theme) document.documentElement.setAttribute('data-theme', theme);
