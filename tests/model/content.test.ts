import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIBLIOGRAPHY_PATH, loadBibliography, remarkCitations } from '../../src/content/citations';
import { chapterFrontmatter } from '../../src/content/schema';
import { widgets } from '../../src/widgets/registry';

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
    const file = { path, data: {} as { astro?: { frontmatter?: Record<string, unknown> } } };
    remarkCitations({ bibliographyPath })(tree as never, file);
    return file;
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
    for (const chapter of ['sesame-credit', 'rongcheng']) {
      const ids = [...readFileSync(`content/chapters/${chapter}.mdx`, 'utf8').matchAll(/<Cite id="([^"]+)"/g)].map((m) => m[1]);
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
  ])('rejects %s', (_name, change) => {
    expect(chapterFrontmatter.safeParse({ ...valid, ...change }).success).toBe(false);
  });
  it('keeps a dated corrections log, empty by default', () => {
    expect(chapterFrontmatter.parse(valid).corrections).toEqual([]);
    const log = [{ date: '2026-12-01', text: 'A number was wrong; it now reads as the source does.' }];
    expect(chapterFrontmatter.parse({ ...valid, corrections: log }).corrections).toEqual(log);
  });
  it.each(['sesame-credit', 'rongcheng'])('the %s chapter lists its corrections', (slug) => {
    const source = readFileSync(new URL(`../../content/chapters/${slug}.mdx`, import.meta.url), 'utf8');
    expect(source).toMatch(/^corrections:\n {2}- date: "\d{4}-\d{2}-\d{2}"/m);
  });
});
