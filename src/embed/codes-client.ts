/**
 * The Embed panels' script (EmbedCodes.astro), bundled by bundle.ts into one inline classic
 * script, once per page however many panels it has: no script request competes with the text
 * for the first paint. It enhances every panel once the page is parsed.
 */
import { enhanceEmbedCodes } from './codes-panel';

const enhanceAll = () => document.querySelectorAll<HTMLElement>('[data-embed-codes]').forEach(enhanceEmbedCodes);
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', enhanceAll, { once: true });
else enhanceAll();
