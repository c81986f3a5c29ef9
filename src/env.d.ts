declare namespace App {
  interface Locals {
    /** Counts citations rendered on the page, to give each preview a unique id. */
    citeCount?: number;
    /** Set once the page carries the Embed panels' inline script (EmbedCodes.astro). */
    embedCodesScript?: boolean;
  }
}
