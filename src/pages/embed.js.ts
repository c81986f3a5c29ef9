import type { APIRoute } from 'astro';
import { loaderScript } from '../embed/parent';
import { widgets } from '../widgets/registry';

/** /embed.js: the loader behind loaderCode() in src/embed/codes.ts, written as one plain classic script. */
export const GET: APIRoute = () =>
  new Response(loaderScript({ widgets: widgets.map((widget) => widget.id), defaultHeight: 600 }), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
