import type { APIRoute, GetStaticPaths } from 'astro';
import { findWidget, widgets } from '../../widgets/registry';
import { iframeCode, iframeTitle } from '../../embed/codes';

/** oEmbed "rich" responses, one static file per widget: /oembed/<widget-id>.json */
export const getStaticPaths = (() => widgets.map((widget) => ({ params: { id: widget.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const widget = findWidget(params.id!);
  const origin = site!.origin;
  const body = {
    version: '1.0',
    type: 'rich',
    title: iframeTitle(widget),
    provider_name: 'Scored',
    provider_url: `${origin}/`,
    html: iframeCode({ widget, origin }),
    width: 640,
    height: widget.embedHeight,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
