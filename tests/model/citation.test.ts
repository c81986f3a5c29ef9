import { describe, expect, it } from 'vitest';
import { apa, bibtex, bibtexEscape, highwireTags, lastUpdated, mla, plainText, type CitedWork } from '../../src/lib/citation';
import { chapterFrontmatter } from '../../src/content/schema';
import { dictionary, formatterFor } from '../../src/i18n';

const words = dictionary('en').site.citeThis;
const format = formatterFor('en');

const work: CitedWork = {
  title: 'Sesame Credit: a score you can see, and what it unlocks',
  author: 'Scored',
  site: 'Scored',
  published: '2026-12-01',
  lastUpdated: '2026-12-01',
  url: 'https://scored.example.org/chapters/sesame-credit/',
  slug: 'sesame-credit',
};
const updated: CitedWork = { ...work, lastUpdated: '2027-09-14' };

describe('lastUpdated: the latest of published, updated and the corrections', () => {
  it('is the publication date when nothing changed', () => {
    expect(lastUpdated({ published: '2026-12-03', corrections: [] })).toBe('2026-12-03');
  });
  it('is the latest correction, or `updated` when that is later', () => {
    const corrections = [{ date: '2026-12-05' }, { date: '2027-01-10' }];
    expect(lastUpdated({ published: '2026-12-01', corrections })).toBe('2027-01-10');
    expect(lastUpdated({ published: '2026-12-01', updated: '2027-03-01', corrections })).toBe('2027-03-01');
    expect(lastUpdated({ published: '2026-12-01', updated: '2026-12-02', corrections })).toBe('2027-01-10');
  });
});

describe('APA 7', () => {
  it('names the site once when it is the author, dates by the last update, italicises the title', () => {
    const runs = apa(work, words);
    expect(plainText(runs)).toBe('Scored. (2026, December 1). Sesame Credit: a score you can see, and what it unlocks. https://scored.example.org/chapters/sesame-credit/');
    expect(runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['Sesame Credit: a score you can see, and what it unlocks.']);
    expect(plainText(apa(updated, words))).toContain('(2027, September 14)');
  });
  it('adds no full stop after a title that ends in a question mark', () => {
    expect(plainText(apa({ ...work, title: 'One score for everyone?' }, words))).toContain(' One score for everyone? https://');
  });
  it('names the site after the title when someone else wrote it', () => {
    expect(plainText(apa({ ...work, author: 'Lee, A.' }, words))).toBe(
      'Lee, A. (2026, December 1). Sesame Credit: a score you can see, and what it unlocks. Scored. https://scored.example.org/chapters/sesame-credit/',
    );
  });
});

describe('MLA 9', () => {
  it('quotes the title, italicises the site, abbreviates the month and drops the protocol', () => {
    const runs = mla(work, words);
    expect(plainText(runs)).toBe('“Sesame Credit: a score you can see, and what it unlocks.” Scored, 1 Dec. 2026, scored.example.org/chapters/sesame-credit/.');
    expect(runs.filter((r) => r.italic).map((r) => r.text)).toEqual(['Scored']);
  });
  it('gives the update after the publication date when there is one', () => {
    expect(plainText(mla(updated, words))).toBe('“Sesame Credit: a score you can see, and what it unlocks.” Scored, 1 Dec. 2026, updated 14 Sept. 2027, scored.example.org/chapters/sesame-credit/.');
  });
});

describe('BibTeX', () => {
  it('is a @misc entry with the organisation braced, the date, the URL and no note when unchanged', () => {
    expect(bibtex(work, words, format)).toBe(
      [
        '@misc{scored-sesame-credit-2026,',
        '  author       = {{Scored}},',
        '  title        = {{Sesame Credit: a score you can see, and what it unlocks}},',
        '  howpublished = {Scored},',
        '  year         = {2026},',
        '  month        = dec,',
        '  date         = {2026-12-01},',
        '  url          = {https://scored.example.org/chapters/sesame-credit/},',
        '}',
      ].join('\n'),
    );
  });
  it('carries the last update, formatted for the locale, in the note', () => {
    expect(bibtex(updated, words, format)).toContain('  note         = {Last updated 14 September 2027},');
  });
  it('escapes what BibTeX would read as commands', () => {
    expect(bibtexEscape('50% & $5 #1 a_b {x} ~ ^ \\')).toBe('50\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(bibtex({ ...work, title: 'Ant & Tencent' }, words, format)).toContain('title        = {{Ant \\& Tencent}},');
  });
  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() => bibtex({ ...work, published: '2026-12' }, words, format)).toThrow(/YYYY-MM-DD/);
  });
});

describe('Highwire citation_* tags', () => {
  it('carry title, author, dates as YYYY/MM/DD, the public URL and the language', () => {
    expect(Object.fromEntries(highwireTags(updated, 'en-GB').map((t) => [t.name, t.content]))).toEqual({
      citation_title: work.title,
      citation_author: 'Scored',
      citation_publication_date: '2026/12/01',
      citation_online_date: '2026/12/01',
      citation_public_url: work.url,
      citation_language: 'en-GB',
    });
  });
});

describe('chapter dates in the frontmatter', () => {
  const valid = {
    title: 'T',
    slug: 'a-chapter',
    order: 1,
    published: '2026-12-01',
    summary: 'One sentence.',
    teacher: { goals: ['Learn.'], prompts: ['One?', 'Two?', 'Three?'], minutes: 30 },
  };
  it('requires a publication date and accepts a later update', () => {
    expect(chapterFrontmatter.safeParse(valid).success).toBe(true);
    expect(chapterFrontmatter.safeParse({ ...valid, updated: '2027-01-02' }).success).toBe(true);
    const { published: _published, ...undated } = valid;
    expect(chapterFrontmatter.safeParse(undated).success).toBe(false);
  });
  it.each([
    ['a month for a date', { published: '2026-12' }],
    ['a date that does not exist', { published: '2026-06-31' }],
    ['an update before publication', { updated: '2026-11-30' }],
    ['a correction before publication', { corrections: [{ date: '2026-11-30', text: 'Fixed.' }] }],
  ])('rejects %s', (_name, change) => {
    expect(chapterFrontmatter.safeParse({ ...valid, ...change }).success).toBe(false);
  });
});
