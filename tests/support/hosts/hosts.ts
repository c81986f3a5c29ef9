import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { embedUrl, iframeCode, iframeTitle, loaderCode, pymCode, type EmbedWidget } from '../../../src/embed/codes';
import { encodeState } from '../../../src/widgets/url-state';
import { embedWidget } from '../../../src/widgets/text';
import { fixtureWidgets, referenceWidget } from '../fixtures';

/**
 * Host pages for the embed tests: blank articles on ANOTHER origin than the site. Each kind of
 * host has one page holding the matrix widgets the way that host embeds them: the loader and
 * pym pages paste exactly the codes src/embed/codes.ts generates for the Embed dialog; the AMP
 * and WordPress pages mimic amp-iframe and wp-embed.js with the small scripts next to this file.
 * Every registered widget also gets a page of its own with the loader, `fit-<id>.html`.
 */
export type HostKind = 'loader' | 'pym' | 'amp' | 'wp-cors' | 'wp-plain';

/**
 * The widgets every host and width is tried with: the reference widget and the next one, so
 * each host page holds two frames whose messages must not be confused. A constant two however
 * many widgets there are: the rest get the loader fit check, which is what a new widget can break.
 */
export const matrixWidgets = [referenceWidget, ...fixtureWidgets.filter((w) => w !== referenceWidget)].slice(0, 2);
/** The scenario the loader-options page frames the reference widget with: its primary action's state. */
export const optionsScenario = encodeState(referenceWidget.widget.codec, referenceWidget.fixture.primary.after);
const WP_SECRET_PREFIX = 'secret';

const here = new URL('.', import.meta.url).pathname;
const embedded = matrixWidgets.map(({ widget }) => embedWidget(widget, 'en'));

function page(title: string, body: string, scripts: string[] = []): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>body { margin: 0; font: 16px/1.5 Georgia, serif; } p { margin: 0; padding: 12px 16px; }</style>
<script src="recorder.js"></script>
${scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</head>
<body>
<p><a id="before" href="#before">A link in the article before the embed</a></p>
${body}
<p>The article goes on after the embed.</p>
</body>
</html>
`;
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Writes every host page into a new temp dir; `site` is the origin the embeds come from. */
export function writeHostPages(sites: { site: string; corsSite: string }): { root: string; remove: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'scored-hosts-'));
  for (const script of ['recorder.js', 'amp-host.js', 'wp-host.js']) copyFileSync(join(here, script), join(root, script));
  const origin = sites.site;

  // (1) Our loader: the dialog's code pasted once per widget, so /embed.js also runs twice.
  const loader = embedded.map((widget) => `<section>\n${loaderCode({ widget, origin })}\n</section>`).join('\n');
  writeFileSync(join(root, 'loader.html'), page('Host: loader', loader));

  // The loader's options and edge cases on one page: scenario + theme, the same code twice,
  // a placeholder of another deployment, a widget this site does not have.
  const [reference, second] = embedded as [EmbedWidget, EmbedWidget];
  const options = [
    loaderCode({ widget: reference, origin, scenario: optionsScenario, theme: 'dark' }),
    loaderCode({ widget: second, origin, theme: 'light' }).replace('class="scored-embed"', 'class="scored-embed" data-scored-height="345"'),
    // Another deployment's placeholder (its script is not on the page): not ours to fill.
    loaderCode({ widget: reference, origin: 'https://other-scored.example' }).split('\n').slice(0, 3).join('\n'),
    `<div class="scored-embed" data-scored-widget="no-such-widget"><a href="${origin}/embed/no-such-widget/">No such widget</a></div>`,
    // The same code pasted again: the loader runs a third time and must not re-frame anything.
    `<script async src="${origin}/embed.js"></script>`,
    // A bare iframe of the site (the third code): it posts our dialect from our origin, but it
    // is not one of the loader's frames, so the loader must leave its fixed height alone.
    iframeCode({ widget: reference, origin }).replace(' loading="lazy"', ''),
  ].join('\n');
  writeFileSync(join(root, 'loader-options.html'), page('Host: loader options', options));

  // (2) A pym.js parent, with pym served from the site.
  const pym = embedded.map((widget) => `<section>\n${pymCode({ widget, origin })}\n</section>`).join('\n');
  writeFileSync(join(root, 'pym.html'), page('Host: pym.js', pym));

  // (3) AMP: amp-iframe's sandbox and resizable iframe, resized by amp-host.js.
  const amp = embedded
    .map(
      (widget) =>
        `<iframe resizable sandbox="allow-scripts allow-same-origin" src="${attribute(embedUrl({ widget, origin }))}" title="${attribute(iframeTitle(widget))}" width="100%" style="display:block;border:0;height:300px"></iframe>`,
    )
    .join('\n');
  writeFileSync(join(root, 'amp.html'), page('Host: AMP', amp, ['amp-host.js']));

  // (4) WordPress oEmbed: the iframe as wp_filter_oembed_result leaves it, resized by wp-host.js.
  for (const [name, site] of [
    ['wp-cors', sites.corsSite],
    ['wp-plain', sites.site],
  ] as const) {
    const wp = embedded
      .map((widget, i) => {
        const secret = `${WP_SECRET_PREFIX}${i}`;
        const src = `${embedUrl({ widget, origin: site })}#?secret=${secret}`;
        return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" src="${attribute(src)}" data-secret="${secret}" title="${attribute(iframeTitle(widget))}" width="100%" height="338" frameborder="0" marginwidth="0" marginheight="0" style="display:block"></iframe>`;
      })
      .join('\n');
    writeFileSync(join(root, `${name}.html`), page(`Host: WordPress (${name})`, wp, ['wp-host.js']));
  }

  // (5) One page per registered widget, with the loader alone: the fit check every widget gets.
  for (const { id, widget } of fixtureWidgets) {
    writeFileSync(join(root, `fit-${id}.html`), page(`Host: ${id}`, loaderCode({ widget: embedWidget(widget, 'en'), origin })));
  }

  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
