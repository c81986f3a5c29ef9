import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { designTokens } from '../components/design/tokens';
import { cardSvg, CARD_WIDTH, type Card, type CardTheme } from './card';

/**
 * Turns a card into a PNG at build time, in the site's own serif and light colours: the font
 * is the self-hosted Source Serif 4, cut to the card's characters and set at two weights
 * (the renderer reads static fonts, not a variable one), and no system font is consulted, so
 * a card looks the same on every machine that builds it.
 */
const require = createRequire(import.meta.url);
const fontFile = require.resolve('@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2');
let ready: Promise<void> | undefined;

/** The light scheme's colours, read from the site's stylesheet rather than copied. */
export function cardTheme(stylesheet: string): CardTheme {
  const light = (name: string) => {
    const token = designTokens(stylesheet).colours.find((t) => t.name === name);
    const value = token?.value.match(/^light-dark\(\s*([^,]+),/)?.[1]?.trim() ?? token?.value;
    if (!value) throw new Error(`link preview cards: no colour --${name} in src/styles/global.css`);
    return value;
  };
  return { paper: light('paper'), ink: light('ink'), muted: light('muted'), accent: light('accent'), rule: light('rule'), surface: light('surface') };
}

export async function renderCard(card: Card): Promise<Uint8Array<ArrayBuffer>> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await ready;
  const woff2 = readFileSync(fontFile);
  const characters = [card.kicker.toUpperCase(), card.title, card.text, card.panel?.heading ?? '', ...(card.panel?.rows ?? []).map((row) => row.text), card.footer.site, ...card.footer.marks, '…·'].join('');
  const fonts = await Promise.all([400, 700].map((wght) => subsetFont(woff2, characters, { targetFormat: 'truetype', variationAxes: { wght } })));
  const svg = cardSvg(card);
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: CARD_WIDTH },
    font: { fontBuffers: fonts.map((font) => new Uint8Array(font)), loadSystemFonts: false, defaultFontFamily: 'Source Serif 4 Variable' },
  });
  return new Uint8Array(image.render().asPng());
}
