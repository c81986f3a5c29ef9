import type { APIRoute, GetStaticPaths } from 'astro';
import globalCss from '../../styles/global.css?raw';
import { defaultLocale } from '../../i18n';
import { previewCards } from '../../og/cards';
import { cardTheme, renderCard } from '../../og/render';
import type { Card } from '../../og/card';

/** The link preview images, one PNG per chapter, per widget and for the home page: /og/…png */
export const getStaticPaths = (async () =>
  (await previewCards(defaultLocale, cardTheme(globalCss))).map(({ path, card }) => ({
    params: { card: path.replace(/^\/og\//, '').replace(/\.png$/, '') },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) =>
  new Response(await renderCard(props.card), { headers: { 'content-type': 'image/png' } });
