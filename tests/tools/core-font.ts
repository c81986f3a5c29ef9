/**
 * The site's text face, cut down to the characters its pages use. Source Serif 4's Latin file
 * is 51 KB; on a slow phone connection that is most of the time to the first large paint, and
 * with `font-display: optional` a late font is simply not used. The core cut (weights 400–700,
 * about 100 characters) is a third of that. Any Latin character outside it still renders in
 * Source Serif 4, from the full Latin file, which the browser fetches only for pages that need it.
 *
 * `npm run fonts` writes the core file and prints the two `unicode-range` lines for
 * src/styles/fonts.css. The build tests check that the file, the CSS and the pages agree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';

const SOURCE_FONT = fileURLToPath(import.meta.resolve('@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2'));
export const CORE_FONT = fileURLToPath(new URL('../../src/styles/fonts/source-serif-4-core-wght.woff2', import.meta.url));

/** Printable ASCII, the no-break space and the typographic marks English prose uses. */
export const CORE_CHARACTERS = [
  ...Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => String.fromCodePoint(0x20 + i)),
  '\u00a0', '·', '×', '–', '—', '‘', '’', '“', '”', '•', '…', '€', '−',
  // German, for the Schufa chapter's names, courts and laws (Württemberg, Süddeutsche, § 31).
  'ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß', '§',
].join('');

/** The site sets no text lighter than 400 or heavier than 700. */
const WEIGHTS = { min: 400, max: 700 };

/** The range fontsource gives its Latin file: the characters Source Serif 4 covers there. */
export const LATIN_RANGE =
  'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';

export function parseUnicodeRange(range: string): Set<number> {
  const codePoints = new Set<number>();
  for (const part of range.split(',').map((p) => p.trim().replace(/^U\+/i, ''))) {
    const [start, end = start] = part.split('-').map((hex) => Number.parseInt(hex!, 16));
    for (let c = start!; c <= end!; c++) codePoints.add(c);
  }
  return codePoints;
}

export function formatUnicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const hex = (c: number) => c.toString(16).toUpperCase().padStart(4, '0');
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const start = sorted[i]!;
    while (sorted[i + 1] === sorted[i]! + 1) i++;
    parts.push(sorted[i] === start ? `U+${hex(start)}` : `U+${hex(start)}-${hex(sorted[i]!)}`);
  }
  return parts.join(', ');
}

export const coreCodePoints = (): Set<number> => new Set([...CORE_CHARACTERS].map((c) => c.codePointAt(0)!));

/** The Latin characters left to the full file: everything it covers that the core cut does not. */
export function restOfLatin(): Set<number> {
  const core = coreCodePoints();
  return new Set([...parseUnicodeRange(LATIN_RANGE)].filter((c) => !core.has(c)));
}

export function makeCoreFont(): Promise<Buffer> {
  return subsetFont(readFileSync(SOURCE_FONT), CORE_CHARACTERS, { targetFormat: 'woff2', variationAxes: { wght: WEIGHTS } });
}

if (import.meta.main) {
  const font = await makeCoreFont();
  writeFileSync(CORE_FONT, font);
  console.log(`Wrote ${CORE_FONT} (${font.length} bytes). The unicode-range lines for src/styles/fonts.css:`);
  console.log(`  core face:  unicode-range: ${formatUnicodeRange(coreCodePoints())};`);
  console.log(`  latin face: unicode-range: ${formatUnicodeRange(restOfLatin())};`);
}
