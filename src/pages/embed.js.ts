import type { APIRoute } from 'astro';
import { loaderScript } from '../embed/parent';
import { widgets } from '../widgets/registry';
import { defaultLocale, dictionary, fill } from '../i18n';

const { site } = dictionary(defaultLocale);
// A host page has no locale of ours: frames are titled in the site's default language.
const frameTitle = fill(site.embed.frameTitle, { site: site.name });

/** /embed.js: the loader behind loaderCode() in src/embed/codes.ts, written as one plain classic script. */
export const GET: APIRoute = () =>
  new Response(loaderScript({ widgets: widgets.map((widget) => widget.id), defaultHeight: 600, frameTitle }), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
