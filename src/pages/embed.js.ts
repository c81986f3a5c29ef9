import type { APIRoute } from 'astro';
import { loaderScript } from '../embed/bundle';
import { widgets } from '../widgets/registry';
import { defaultLocale, dictionary, fill } from '../i18n';

const { site } = dictionary(defaultLocale);
// A host page has no locale of ours: frames are titled in the site's default language.
const frameTitle = fill(site.embed.frameTitle, { site: site.name });

/** /embed.js: the loader behind loaderCode() in src/embed/codes.ts, bundled from src/embed/parent.ts into one classic script. */
export const GET: APIRoute = async () =>
  new Response(await loaderScript({ widgets: widgets.map((widget) => widget.id), frameTitle }), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
