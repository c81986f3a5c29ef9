/**
 * Which preview image a page shows: its chapter's, its widget's, or the home page's card for
 * every other page. The same function names the files the build writes (/og/…png), so a
 * page can never point at an image that was not made.
 */
export function previewImageOf(pathname: string): string {
  const [, kind, id] = pathname.match(/^\/(chapters|embed)\/([^/]+)\/$/) ?? [];
  return kind && id ? `/og/${kind}/${id}.png` : '/og/home.png';
}
