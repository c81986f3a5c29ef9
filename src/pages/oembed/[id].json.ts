import type { APIRoute, GetStaticPaths } from 'astro';
import { findWidget, widgets } from '../../widgets/registry';
import { iframeCode, iframeTitle } from '../../embed/codes';
import { embedWidget } from '../../widgets/text';
import { defaultLocale, dictionary } from '../../i18n';

/** oEmbed "rich" responses, one static file per widget: /oembed/<widget-id>.json */
export const getStaticPaths = (() => widgets.map((widget) => ({ params: { id: widget.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  // The oEmbed files sit outside any locale's pages: they speak the default language.
  const widget = embedWidget(findWidget(params.id!), defaultLocale);
  const origin = site!.origin;
  const body = {
    version: '1.0',
    type: 'rich',
    title: iframeTitle(widget),
    provider_name: dictionary(defaultLocale).site.name,
    provider_url: `${origin}/`,
    html: iframeCode({ widget, origin }),
    width: 640,
    height: widget.embedHeight,
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
