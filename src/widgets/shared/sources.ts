/** How a widget links a bibliography id: built on the server from content/bibliography.json. */
export interface SourceLink {
  readonly label: string;
  readonly href: string;
}
export type SourceLinks = Readonly<Record<string, SourceLink>>;
