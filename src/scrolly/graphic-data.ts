import type { Evidence } from '../model/evidence';
import type { Locale } from '../i18n/locales';

/**
 * What a scrolly graphic draws, as a data table and a one-paragraph summary: for readers who do
 * not see the drawing, who want the exact numbers, or who print the chapter. Each graphic has
 * one module in src/scrolly/data/<graphic>.ts whose default export builds this from the same
 * model data and copy the graphic reads, so the table cannot disagree with the drawing.
 */
export interface GraphicDataRow {
  /** What the row is: its header cell. */
  readonly label: string;
  /** The row's other cells, in the order of the columns after the first. */
  readonly cells: readonly string[];
  /** Where the row's numbers come from: shown in the Source column as citations, or as illustrative. */
  readonly evidence: Evidence;
  /** The words of the evidence's note, where the table should say why (a made-up number, whose claim it is). */
  readonly note?: string | undefined;
}

export interface GraphicData {
  readonly caption: string;
  /** One header per column, the row headers' first; the Source column is added by the view. */
  readonly columns: readonly string[];
  readonly rows: readonly GraphicDataRow[];
  /** One paragraph saying what the graphic shows, with its numbers. */
  readonly summary: string;
}

export type GraphicDataModule = { readonly default: (locale: Locale) => GraphicData };

/** The id of a graphic's data on its page, which the graphic's <figure> names in aria-details. */
export const graphicDataId = (graphic: string): string => `${graphic}-data`;
