/**
 * The design tokens, for the design page: every custom property in the first :root block of the
 * site's stylesheet, in its order, grouped as colours, fonts, type sizes and spaces, with the
 * CSS rules that show each one through var() (the page allows them by their hash: a style
 * attribute would be blocked by the Content-Security-Policy).
 */
export interface Token {
  readonly name: string;
  readonly value: string;
}

export interface DesignTokens {
  readonly colours: readonly Token[];
  readonly fonts: readonly Token[];
  readonly sizes: readonly Token[];
  readonly spaces: readonly Token[];
  readonly css: string;
}

export function designTokens(stylesheet: string): DesignTokens {
  const rootBlock = stylesheet.replace(/\/\*[\s\S]*?\*\//g, '').match(/:root\s*\{([^}]*)\}/)?.[1] ?? '';
  const tokens = [...rootBlock.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => ({ name: name!, value: value!.trim().replace(/\s+/g, ' ') }));
  if (tokens.length === 0) throw new Error('design page: found no custom properties in the :root block of src/styles/global.css');
  const colours = tokens.filter((t) => /^(light-dark|rgb|hsl|oklch|color)\b/.test(t.value) || t.value.startsWith('#'));
  const fonts = tokens.filter((t) => t.name.startsWith('font-'));
  const sizes = tokens.filter((t) => t.name.startsWith('step-'));
  const spaces = tokens.filter((t) => !colours.includes(t) && !fonts.includes(t) && !sizes.includes(t));
  const css = [
    ...colours.map((t) => `.design-page .swatch[data-token="${t.name}"]{background:var(--${t.name})}`),
    ...fonts.map((t) => `.design-page .sample[data-token="${t.name}"]{font-family:var(--${t.name})}`),
    ...sizes.map((t) => `.design-page .sample[data-token="${t.name}"]{font-size:var(--${t.name})}`),
    ...spaces.map((t) => `.design-page .bar[data-token="${t.name}"]{width:var(--${t.name})}`),
  ].join('');
  return { colours, fonts, sizes, spaces, css };
}
