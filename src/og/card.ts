/**
 * A link preview card (1200×630, as Open Graph and Twitter cards want it), drawn as SVG from
 * words and a few rows: pure, so its layout rules are tested without a renderer. The PNG is
 * made from this by ./render.ts at build time.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const PAD = 72;
const PANEL_WIDTH = 360;
const GAP = 48;

export interface Card {
  /** Above the title: "Chapter 3", "Interactive". */
  readonly kicker: string;
  readonly title: string;
  /** One or two sentences under the title. */
  readonly text: string;
  /**
   * Beside the text: what the chapter's graphic shows (its caption and first rows), or the
   * widget's default state (its score, then what is unlocked or applies, and what is not).
   */
  readonly panel?: { readonly heading: string; readonly rows: readonly PanelRow[] } | undefined;
  /** Along the foot: the site's name, then the evidence words every page uses. */
  readonly footer: { readonly site: string; readonly marks: readonly string[] };
  readonly theme: CardTheme;
}

/** A line of the panel; `on` draws it as unlocked (a filled dot) or not (a ring): shape as well as colour. */
export interface PanelRow {
  readonly text: string;
  readonly on: boolean;
}

export interface CardTheme {
  readonly paper: string;
  readonly ink: string;
  readonly muted: string;
  readonly accent: string;
  readonly rule: string;
  readonly surface: string;
}

/** The font's average advance, as a share of its size: what wrapping may assume per character. */
const ADVANCE = { regular: 0.5, bold: 0.56 } as const;

/** Markup-safe, with a typographer's apostrophe ("court’s") as the site's pages have. */
const escape = (text: string) => text.replace(/(\p{L})'(\p{L})/gu, '$1’$2').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Breaks text into at most `most` lines of about `width` px at `size` px, by words; the last
 * line ends in "…" when words are left over. A word longer than a line stands alone.
 */
export function wrap(text: string, width: number, size: number, weight: keyof typeof ADVANCE, most: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (size * ADVANCE[weight])));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= most) return lines;
  const kept = lines.slice(0, most);
  kept[most - 1] = `${kept[most - 1]!.replace(/[\s,;:.…]+$/, '')}…`;
  return kept;
}

/** The title at the largest of a few sizes at which it fits in three lines. */
function titleLines(title: string, width: number): { size: number; lines: string[] } {
  for (const size of [64, 56, 48]) {
    const lines = wrap(title, width, size, 'bold', 99);
    if (lines.length <= 3) return { size, lines };
  }
  return { size: 48, lines: wrap(title, width, 48, 'bold', 3) };
}

const textBlock = (lines: readonly string[], x: number, y: number, size: number, lineHeight: number, attributes: string) =>
  `<text x="${x}" y="${y}" font-size="${size}" ${attributes}>${lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : size * lineHeight}">${escape(line)}</tspan>`).join('')}</text>`;

export function cardSvg(card: Card): string {
  const { theme } = card;
  const columnWidth = CARD_WIDTH - 2 * PAD - (card.panel ? PANEL_WIDTH + GAP : 0);
  const title = titleLines(card.title, columnWidth);
  const titleTop = PAD + 36 + 28 + title.size;
  const textTop = titleTop + (title.lines.length - 1) * title.size * 1.12 + 34 + 30;
  const textLines = wrap(card.text, columnWidth, 30, 'regular', title.lines.length > 2 ? 2 : 3);
  const footerY = CARD_HEIGHT - PAD + 8;
  const parts = [
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${theme.paper}"/>`,
    `<rect width="${CARD_WIDTH}" height="12" fill="${theme.accent}"/>`,
    `<text x="${PAD}" y="${PAD + 36}" font-size="26" font-weight="700" letter-spacing="3" fill="${theme.accent}">${escape(card.kicker.toUpperCase())}</text>`,
    textBlock(title.lines, PAD, titleTop, title.size, 1.12, `font-weight="700" fill="${theme.ink}"`),
    textBlock(textLines, PAD, textTop, 30, 1.35, `fill="${theme.muted}"`),
    `<line x1="${PAD}" x2="${CARD_WIDTH - PAD}" y1="${footerY - 44}" y2="${footerY - 44}" stroke="${theme.rule}" stroke-width="2"/>`,
    `<text x="${PAD}" y="${footerY}" font-size="30" font-weight="700" fill="${theme.ink}">${escape(card.footer.site)}</text>`,
    `<text x="${CARD_WIDTH - PAD}" y="${footerY}" font-size="24" text-anchor="end" fill="${theme.muted}">${escape(card.footer.marks.join('  ·  '))}</text>`,
  ];
  if (card.panel) {
    const x = CARD_WIDTH - PAD - PANEL_WIDTH;
    const top = PAD + 8;
    const heading = wrap(card.panel.heading, PANEL_WIDTH - 48, 24, 'bold', 2);
    const rowsTop = top + 40 + heading.length * 30 + 16;
    const rows = card.panel.rows.slice(0, 5).map((row, i) => {
      const y = rowsTop + i * 62;
      const [line] = wrap(row.text, PANEL_WIDTH - 72, 24, 'regular', 1);
      const dot = row.on
        ? `<circle cx="${x + 34}" cy="${y - 8}" r="8" fill="${theme.accent}"/>`
        : `<circle cx="${x + 34}" cy="${y - 8}" r="7" fill="${theme.surface}" stroke="${theme.muted}" stroke-width="3"/>`;
      return `${dot}<text x="${x + 54}" y="${y}" font-size="24" fill="${row.on ? theme.ink : theme.muted}">${escape(line!)}</text>`;
    });
    parts.push(
      `<rect x="${x}" y="${top}" width="${PANEL_WIDTH}" height="${footerY - 76 - top}" rx="14" fill="${theme.surface}" stroke="${theme.rule}" stroke-width="2"/>`,
      textBlock(heading, x + 24, top + 44, 24, 1.25, `font-weight="700" fill="${theme.muted}"`),
      `<line x1="${x + 34}" x2="${x + 34}" y1="${rowsTop - 8}" y2="${rowsTop - 8 + (Math.min(card.panel.rows.length, 5) - 1) * 62}" stroke="${theme.rule}" stroke-width="3"/>`,
      ...rows,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Source Serif 4 Variable">${parts.join('')}</svg>`;
}
