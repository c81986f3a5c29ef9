/**
 * Our own icon set: the things perks, bans and shaming are about, drawn once here and used by
 * widgets, graphics and pages alike. Framework-neutral data: each icon is one path on a 24×24
 * grid, stroked 2 px wide in the text colour with round ends and joins (a dot is a zero-length
 * stroke, `h.01`), never filled, so one `<path>` per icon is the whole drawing. Icon.svelte draws
 * one (Icon.astro in .astro files); an SVG graphic can place the same path in its own drawing.
 *
 * Icons are always decoration beside words (aria-hidden): what a thing is and whether it is on
 * is said in text and by the status shape (StatusIcon), never by the icon or its colour alone.
 * Which icon a consequence shows is model data (`Consequence.icon`, typed by IconId).
 */
export const icons = {
  bike: 'M2 16a3.5 3.5 0 1 0 7 0 3.5 3.5 0 1 0-7 0m13 0a3.5 3.5 0 1 0 7 0 3.5 3.5 0 1 0-7 0M5.5 16H12L9.5 9ZM9.5 9H16l2.5 7M12 16l4-7m-1.5-3h2l-.5 3M8 8h3',
  car: 'M5.5 17a2 2 0 1 0 4 0 2 2 0 1 0-4 0m9 0a2 2 0 1 0 4 0 2 2 0 1 0-4 0m-9 0H3v-5l2-5h14l2 5v5h-2.5m-9 0h5M3 12h18',
  plane: 'M12 2c1 0 1.5 1 1.5 2v5l7 4v2l-7-2v4l2 1.5V20L12 19l-3.5 1v-1.5l2-1.5v-4l-7 2v-2l7-4V4c0-1 .5-2 1.5-2Z',
  train: 'M7 3h10a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2ZM5 10h14M9 13.5h.01M15 13.5h.01M8 21l1.5-4m6.5 4-1.5-4',
  hotel: 'M3 19V5m0 10h18v4m0-4v-2a3 3 0 0 0-3-3h-7v5M5 10.5a2 2 0 1 0 4 0 2 2 0 1 0-4 0',
  school: 'M2 9l10-5 10 5-10 5ZM6 11v5c0 1.5 3 3 6 3s6-1.5 6-3v-5m4-2v6',
  billboard: 'M3 4h18v10H3ZM8 14v7m8-7v7M6 7.5h8M6 10.5h5',
  phone: 'M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Zm3 16h2',
  cinema: 'M3 10h18v10H3Zm0 0-.5-3.5 17-3L20 7M7.5 5.5l2 4m3.5-5 2 4.5',
  loan: 'M2 6h20v12H2Zm7 9 6-6m-5.5.5h.01m4.99 5h.01',
  money: 'M2 6h20v12H2Zm10 3a3 3 0 1 0 0 6 3 3 0 1 0 0-6m-6.5 3h.01m12.99 0h.01',
  visa: 'M6 2h11a1 1 0 0 1 1 1v18a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1Zm5.5 5a3 3 0 1 0 0 6 3 3 0 1 0 0-6M9 17h5',
  gift: 'M3 8h18v4H3Zm2 4v9h14v-9M12 8v13m0-13c-1-3-3-5-5-4s0 4 5 4Zm0 0c1-3 3-5 5-4s0 4-5 4Z',
  court: 'M13 3.5l7 7-3 3-7-7ZM13.5 10 5 18.5M14 21h7',
} as const satisfies Record<string, string>;

export type IconId = keyof typeof icons;

/** Every icon id, in the order the set is drawn (the design page shows them so). */
export const iconIds = Object.keys(icons) as IconId[];

export const isIconId = (id: string): id is IconId => Object.hasOwn(icons, id);

/** Some icons' drawings, keyed by id: what an island is handed, so a widget's bundle holds no path data. */
export type IconDrawings = Readonly<Partial<Record<IconId, string>>>;

/** The drawings of the given icons only (each once), for the server to hand to an island. */
export function drawingsOf(ids: Iterable<IconId | undefined>): IconDrawings {
  const drawings: Partial<Record<IconId, string>> = {};
  for (const id of ids) if (id) drawings[id] = icons[id];
  return drawings;
}
