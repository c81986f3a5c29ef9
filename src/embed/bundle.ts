/**
 * Builds the embed runtime at build time: child.ts, theme.ts, parent.ts and codes-client.ts (the
 * Embed panels' script) are entry modules that import protocol.ts and constants.ts like any others; Rolldown (the bundler Vite, and so
 * Astro, builds the site with) bundles each, with what it imports and nothing else, into one
 * minified classic script: an IIFE, lowered to ES2020 so the sizing still runs in older browsers
 * that can frame a widget, the constants inlined where they are used. The embed page inlines
 * the child and theme scripts (src/pages/embed/[id]/index.astro, allowed by CSP hashes), every
 * page with an Embed panel its script (src/components/EmbedCodes.astro); src/pages/embed.js.ts
 * serves the loader.
 *
 * The sources come in as text (`?raw`), so bundling never depends on where the build put this
 * module. An entry may import only the modules listed in `sources`: the runtime cannot pull in
 * a framework, the dictionary or anything else by accident. Each bundle is made once per
 * process, however many pages ask for it.
 */
import { rolldown, type Plugin, type RolldownLog } from 'rolldown';
import type { LoaderConfig } from './protocol';
import constantsSource from './constants.ts?raw';
import protocolSource from './protocol.ts?raw';
import childSource from './child.ts?raw';
import themeSource from './theme.ts?raw';
import parentSource from './parent.ts?raw';
import markupSource from './markup.ts?raw';
import codesSource from './codes.ts?raw';
import codesPanelSource from './codes-panel.ts?raw';
import codesClientSource from './codes-client.ts?raw';

const sources: Readonly<Record<string, string>> = {
  'constants.ts': constantsSource,
  'protocol.ts': protocolSource,
  'child.ts': childSource,
  'theme.ts': themeSource,
  'parent.ts': parentSource,
  'markup.ts': markupSource,
  'codes.ts': codesSource,
  'codes-panel.ts': codesPanelSource,
  'codes-client.ts': codesClientSource,
};
type Entry = 'child.ts' | 'theme.ts' | 'parent.ts' | 'codes-client.ts';

/** Marks the ids of the texts above (a leading NUL: no other plugin or the file system takes them). */
const PREFIX = '\0scored-embed:';

/** Resolves `./protocol` and friends to the texts above, and refuses any other import. */
const embedSources: Plugin = {
  name: 'scored-embed-sources',
  resolveId(source, importer) {
    const name = source.replace(/^\.\//, '').replace(/(?:\.ts)?$/, '.ts');
    const relative = importer === undefined || source.startsWith('./');
    if (relative && Object.hasOwn(sources, name)) return PREFIX + name;
    const from = importer ? `src/embed/${importer.slice(PREFIX.length)}` : 'src/embed/bundle.ts';
    throw new Error(`${from}: the embed runtime may import only ./${Object.keys(sources).join(', ./')}, not "${source}"`);
  },
  load(id) {
    return id.startsWith(PREFIX) ? { code: sources[id.slice(PREFIX.length)]!, moduleType: 'ts' } : null;
  },
};

/** Refuses, at build time, code that could end or confuse the <script> element it is inlined into. */
export function assertInlineSafe(code: string): string {
  if (/<\/script|<!--|<script/i.test(code)) throw new Error('src/embed: inlined script text contains "</script", "<script" or "<!--"');
  return code;
}

async function bundle(entry: Entry): Promise<string> {
  const warnings: string[] = [];
  const build = await rolldown({
    input: entry,
    plugins: [embedSources],
    platform: 'browser',
    transform: { target: 'es2020' },
    onLog: (level: string, log: RolldownLog) => {
      if (level === 'warn') warnings.push(log.message);
    },
  });
  try {
    const { output } = await build.generate({ format: 'iife', minify: { compress: { target: 'es2020' } }, comments: false });
    if (warnings.length > 0) throw new Error(`src/embed/${entry}: bundling warned: ${warnings.join('; ')}`);
    // The embed codes themselves hold "<script": in minified code that can only be inside a
    // string or template literal, where \x3c is the same character and cannot end the element.
    const code = output[0].code.trim().replace(/<(\/?script|!--)/gi, '\\x3c$1');
    if (!code) throw new Error(`src/embed/${entry}: bundling produced no code`);
    return assertInlineSafe(code);
  } finally {
    await build.close();
  }
}

const bundles = new Map<Entry, Promise<string>>();
/** One bundle per entry and process: every embed page (and /embed.js) shares it. */
function bundled(entry: Entry): Promise<string> {
  let code = bundles.get(entry);
  if (!code) {
    code = bundle(entry);
    // A failed bundle is not cached: the next page tries again and reports its own error.
    code.catch(() => bundles.delete(entry));
    bundles.set(entry, code);
  }
  return code;
}

/**
 * The inline classic script for the end of the embed page's <body>, the same on every embed
 * page: the page puts the widget's id on the element, `<script data-scored-widget="…">`.
 */
export const childScript = (): Promise<string> => bundled('child.ts');

/** The inline classic script that runs every Embed panel on a page (EmbedCodes.astro). */
export const codesPanelScript = (): Promise<string> => bundled('codes-client.ts');

/** The inline classic script for the embed page's <head>. */
export const themeScript = (): Promise<string> => bundled('theme.ts');

/** Stands for the config in the loader's source: a free name, which the minifier leaves as it is. */
const CONFIG_SLOT = '__SCORED_LOADER_CONFIG__';

/** The whole of /embed.js: the loader's bundle with the site's config written in. */
export async function loaderScript(config: LoaderConfig): Promise<string> {
  const code = await bundled('parent.ts');
  if (code.split(CONFIG_SLOT).length !== 2) throw new Error('src/embed/parent.ts: the loader bundle must name __SCORED_LOADER_CONFIG__ exactly once');
  // JSON with every `<` escaped, so the config cannot close a <script> or open a comment.
  const json = JSON.stringify({ widgets: config.widgets, frameTitle: config.frameTitle }).replace(/</g, '\\u003c');
  return assertInlineSafe(`/*! Scored embed loader. MIT licence. */\n${code.replace(CONFIG_SLOT, () => json)}\n`);
}
