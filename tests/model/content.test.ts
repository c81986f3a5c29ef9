import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIBLIOGRAPHY_PATH, loadBibliography, remarkCitations } from '../../src/content/citations';
import { chapterFrontmatter } from '../../src/content/schema';
import { widgets } from '../../src/widgets/registry';
import { remarkSections, type WidgetPlacement } from '../../src/content/sections';
import { CHAPTERS_DIR, localeOfChapterFile } from '../../src/content/chapter-files';
import { locales } from '../../src/i18n/locales';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { VFile } from 'vfile';

/** Every chapter file, `content/chapters/<locale>/<slug>.mdx`, found on disk rather than listed. */
const chapterFiles = readdirSync(CHAPTERS_DIR, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.mdx'))
  .map((path) => join(CHAPTERS_DIR, path));

const scratch = mkdtempSync(join(tmpdir(), 'scored-content-'));
const writeJson = (name: string, value: unknown) => {
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const entry = { id: 'a-source', author: 'A. Author', title: 'A title', publisher: 'A publisher', date: '2019-02', note: 'What it supports.' };

/** An MDX tree as remark-mdx produces it, with one <Cite> per id. */
const treeCiting = (...ids: string[]) => ({
  type: 'root',
  children: [
    {
      type: 'paragraph',
      children: ids.map((id) => ({ type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }], children: [] })),
    },
  ],
});

describe('bibliography', () => {
  it('the real bibliography validates', () => {
    expect(loadBibliography().length).toBeGreaterThan(20);
  });

  it('a wrong field fails with the file, the entry and the field named', () => {
    const path = writeJson('bad-date.json', [{ ...entry, date: 'Feb 2019' }]);
    expect(() => loadBibliography(path)).toThrow(new RegExp(`${path}: invalid bibliography entries:\\n  entry 0 \\("a-source"\\), field "date"`));
  });

  it('an unknown field, a missing field or a duplicate id fails too', () => {
    expect(() => loadBibliography(writeJson('extra.json', [{ ...entry, pages: '1-2' }]))).toThrow(/entry 0 \("a-source"\)/);
    const { title: _, ...untitled } = entry;
    expect(() => loadBibliography(writeJson('missing.json', [untitled]))).toThrow(/field "title"/);
    expect(() => loadBibliography(writeJson('dupe.json', [entry, entry]))).toThrow(/duplicate id "a-source"/);
    expect(() => loadBibliography(writeJson('url.json', [{ ...entry, url: 'javascript:alert(1)' }]))).toThrow(/field "url"/);
  });

  it('every id a widget cites is in the bibliography', () => {
    const known = new Set(loadBibliography().map((e) => e.id));
    for (const widget of widgets) expect(widget.refs.filter((id) => !known.has(id)), widget.id).toEqual([]);
  });
});

describe('citations in chapters', () => {
  const bibliographyPath = writeJson('bibliography.json', [entry, { ...entry, id: 'b-source' }]);
  const run = (tree: object, path = 'content/chapters/example.mdx') => {
    const file = new VFile({ path });
    remarkCitations({ bibliographyPath })(tree as never, file);
    return file as VFile & { data: { astro?: { frontmatter?: Record<string, unknown> } } };
  };

  it('numbers citations in order of first use and lists them for the references', () => {
    const tree = treeCiting('b-source', 'a-source', 'b-source');
    const file = run(tree);
    expect(file.data.astro?.frontmatter?.citations).toEqual(['b-source', 'a-source']);
    const numbers = tree.children[0]!.children.map((cite) => (cite.attributes.find((a) => a.name === 'n') as { value: string }).value);
    expect(numbers).toEqual(['1', '2', '1']);
  });

  it('an unknown id fails the build naming the chapter file and the id', () => {
    expect(() => run(treeCiting('a-source', 'no-such-source'), 'content/chapters/rongcheng.mdx')).toThrow(
      `content/chapters/rongcheng.mdx: <Cite id="no-such-source"> names no entry in ${bibliographyPath}`,
    );
  });

  it('the real chapters cite only known sources', () => {
    const known = new Set(loadBibliography(BIBLIOGRAPHY_PATH).map((e) => e.id));
    expect(chapterFiles.length).toBeGreaterThan(0);
    for (const chapter of chapterFiles) {
      const ids = [...readFileSync(chapter, 'utf8').matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.filter((id) => !known.has(id!)), chapter).toEqual([]);
    }
  });
});

describe('chapter frontmatter', () => {
  const valid = {
    title: 'T',
    slug: 'a-chapter',
    order: 1,
    summary: 'One sentence.',
    teacher: { goals: ['Learn.'], prompts: ['One?', 'Two?', 'Three?'], minutes: 30 },
    published: '2026-12-01',
  };
  it('accepts a complete chapter', () => {
    expect(chapterFrontmatter.safeParse(valid).success).toBe(true);
  });
  it.each([
    ['two-sentence summary', { summary: 'One. Two.' }],
    ['too few prompts', { teacher: { ...valid.teacher, prompts: ['One?', 'Two?'] } }],
    ['too many prompts', { teacher: { ...valid.teacher, prompts: ['1?', '2?', '3?', '4?', '5?', '6?'] } }],
    ['a slug with spaces', { slug: 'Sesame Credit' }],
    ['an unknown key', { draft: true }],
    ['an undated correction', { corrections: [{ date: '2026-12', text: 'Fixed.' }] }],
    ['corrections out of order', { corrections: [{ date: '2026-12-02', text: 'Later.' }, { date: '2026-12-01', text: 'Earlier.' }] }],
    ['no publication date', { published: undefined }],
    ['an update before publication', { updated: '2026-11-30' }],
  ])('rejects %s', (_name, change) => {
    expect(chapterFrontmatter.safeParse({ ...valid, ...change }).success).toBe(false);
  });
  it('keeps a dated corrections log, empty by default', () => {
    expect(chapterFrontmatter.parse(valid).corrections).toEqual([]);
    const log = [{ date: '2026-12-01', text: 'A number was wrong; it now reads as the source does.' }];
    expect(chapterFrontmatter.parse({ ...valid, corrections: log }).corrections).toEqual(log);
  });
  // A new chapter starts with `corrections: []` (the page then says none have been made); the
  // key is written out so nobody has to guess where the first one goes.
  it.each(chapterFiles)('%s declares its corrections log', (path) => {
    const source = readFileSync(path, 'utf8');
    expect(source).toMatch(/^corrections:( \[\]$|\n {2}- date: "\d{4}-\d{2}-\d{2}")/m);
  });
});

/** Runs the sections plugin over MDX as the build parses it; returns the tree and the placements. */
function sections(mdx: string, path = 'content/chapters/en/example.mdx') {
  const file = new VFile({ path, value: mdx });
  const tree = unified().use(remarkParse).use(remarkMdx).parse(file);
  remarkSections()(tree, file);
  const data = file.data as { astro?: { frontmatter?: { widgets?: WidgetPlacement[] } } };
  return { tree, placements: data.astro?.frontmatter?.widgets };
}

describe('section ids and widget placement', () => {
  it('takes a heading\'s id from its comment, whatever its words, and drops the comment', () => {
    const { tree } = sections('## Try the ledger {/* #try-the-ledger */}\n\n### 试一试 {/* #try-it */}\n');
    const [h2, h3] = tree.children as { data?: { hProperties?: { id?: string } }; children: { type: string; value?: string }[] }[];
    expect(h2!.data?.hProperties?.id).toBe('try-the-ledger');
    expect(h2!.children).toEqual([expect.objectContaining({ type: 'text', value: 'Try the ledger' })]);
    expect(h3!.data?.hProperties?.id).toBe('try-it');
  });

  it('fails the build on a heading without an id, with a malformed id, or with an id used twice', () => {
    expect(() => sections('## Try the ledger\n')).toThrow('content/chapters/en/example.mdx: the heading "Try the ledger" needs a stable id: write it as `## Try the ledger {/* #some-id */}`');
    expect(() => sections('## Try {/* #Try_It */}\n')).toThrow(/needs a stable id/);
    expect(() => sections('## One {/* #same */}\n\n## Two {/* #same */}\n')).toThrow('two headings have the id "same"');
  });

  it('places each <Widget> under the nearest heading before it', () => {
    const mdx = '## A {/* #a */}\n\n<Widget id="first" />\n\n## B {/* #b */}\n\n### B1 {/* #b-one */}\n\n<Widget id="second" />\n';
    expect(sections(mdx).placements).toEqual([
      { widget: 'first', section: 'a' },
      { widget: 'second', section: 'b-one' },
    ]);
    expect(() => sections('<Widget id="first" />\n\n## A {/* #a */}\n')).toThrow('<Widget id="first"> must sit under a section heading');
  });

  it('every chapter is in a locale folder and every heading has an explicit id', () => {
    for (const path of chapterFiles) {
      expect(Object.keys(locales)).toContain(localeOfChapterFile(path));
      expect(() => sections(readFileSync(path, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''), path)).not.toThrow();
    }
  });

  it('every registered widget is placed exactly once in each locale\'s chapters', () => {
    for (const locale of new Set(chapterFiles.map(localeOfChapterFile))) {
      const placed = chapterFiles
        .filter((path) => localeOfChapterFile(path) === locale)
        .flatMap((path) => sections(readFileSync(path, 'utf8').replace(/^---[\s\S]*?\n---\n/, ''), path).placements ?? [])
        .map((placement) => placement.widget);
      expect(placed.sort(), locale).toEqual(widgets.map((widget) => widget.id).sort());
    }
  });
});
