import { describe, expect, it } from 'vitest';
import { sectionIds } from '../support/sections';
import {
  checkStudent,
  classForWealth,
  classMove,
  classroomProgress,
  classroomRefs,
  cleanNickname,
  criteria,
  criterionIds,
  criteriaSource,
  csvHeader,
  demerits,
  demoClass,
  describeRosterError,
  describeStage,
  describeStageChange,
  economicClassIds,
  economicClassOf,
  emptySession,
  extremes,
  fromCsv,
  fromJson,
  mobilityRules,
  mobilitySummary,
  parseRoster,
  parseStudentLine,
  playRounds,
  rating,
  rosterLimits,
  rounds,
  sessionFromStorage,
  stageChange,
  stages,
  tierRule,
  tiersOf,
  toCsv,
  toJson,
  withStudent,
  withoutStudent,
  type ClassSession,
  type EconomicClassId,
  type Parsed,
  type Student,
} from '../../src/model/classroom';
import { refsOf, type Evidence } from '../../src/model/evidence';
import { consequencesAt } from '../../src/model/system';
import { voiceFor } from '../../src/model/copy';
import { fill } from '../../src/i18n/format';
import { loadBibliography } from '../../src/content/citations';
import { widgetWords } from '../../src/widgets/words';

const voice = voiceFor('en', 'classroom');
const { copy, common, format } = voice;
const known = new Set(loadBibliography().map((e) => e.id));

const student = (nickname: string, ...ratings: number[]): Student => ({ nickname, ratings: ratings.length ? ratings : criterionIds.map(() => 0) });
const withTotal = (nickname: string, total: number): Student => ({ nickname, ratings: criterionIds.map((_, i) => Math.max(0, Math.min(rating.max, total - i * rating.max))) });
const session = (students: readonly Student[], seed = 7): ClassSession => ({ students, seed, demo: false });
const problem = <T>(parsed: Parsed<T>) => (parsed.ok ? null : parsed.problem);
const value = <T>(parsed: Parsed<T>): T => {
  if (!parsed.ok) throw new Error(`expected ok, got ${JSON.stringify(parsed.problem)}`);
  return parsed.value;
};
/** A nickname the seed draws into a given class, found by trying invented names. */
function nicknameIn(seed: number, wanted: EconomicClassId, prefix: string): string {
  for (let i = 0; ; i++) if (economicClassOf(session([], seed), `${prefix} ${i}`) === wanted) return `${prefix} ${i}`;
}


describe('the criteria', () => {
  it('are the seed’s eight, in its order, each with its words', () => {
    expect(criteria.map((c) => c.id)).toEqual([...criterionIds]);
    expect(criterionIds).toHaveLength(8);
    for (const c of criteria) {
      const words = copy.criteria[c.id];
      for (const part of [words.label, words.short, words.finding]) expect(part.length, c.id).toBeGreaterThan(0);
      const sentences = words.finding.split(/(?<=[.!?”])\s+(?=[A-Z])/).length;
      expect(sentences, `${c.id}: 2–3 sentences`).toBeGreaterThanOrEqual(2);
      expect(sentences, `${c.id}: 2–3 sentences`).toBeLessThanOrEqual(3);
    }
    expect(copy.criteria['dog-leash'].label).toBe('Walking a dog without a leash');
  });

  it('carry the ledger’s verdicts: games a myth, military service unsupported, leashes reported, traffic documented', () => {
    const verdict = (id: string) => criteria.find((c) => c.id === id)!.verdict;
    expect(verdict('video-games')).toBe('myth');
    expect(verdict('military-service')).toBe('unsupported');
    expect(verdict('frivolous-purchases')).toBe('unsupported');
    expect(verdict('social-media')).toBe('unsupported');
    expect(verdict('dog-leash')).toBe('reported');
    expect(verdict('traffic')).toBe('documented');
    expect(criteria.find((c) => c.id === 'traffic')!.evidence).toContain('shanghaidaily-2016-traffic');
    expect(criteria.find((c) => c.id === 'dog-leash')!.evidence).toEqual(['ap-2019-npcic']);
    // Military service: no source found, and the copy says so without claiming none exists anywhere.
    expect(copy.criteria['military-service'].finding).toMatch(/We found no source/);
    expect(copy.criteria['military-service'].finding).toMatch(/cannot rule out/);
  });

  it('rest on bibliography entries and point at sections that exist', () => {
    for (const c of criteria) {
      for (const id of c.evidence) expect(known.has(id), `${c.id}: ${id}`).toBe(true);
      expect(sectionIds(c.explainedIn.chapter)?.has(c.explainedIn.section), `${c.id}: ${c.explainedIn.chapter}#${c.explainedIn.section}`).toBe(true);
    }
    expect(known.has(criteriaSource)).toBe(true);
  });
});

describe('the stages as a scale', () => {
  const at = (stage: number) => consequencesAt(classroomProgress, stage).unlocked.map((c) => c.id);

  it('runs from the roster to the last round, every stage in exactly one band', () => {
    expect(classroomProgress.scale).toMatchObject({ min: stages.roster, max: stages.last });
    expect(stages.last).toBe(stages.firstRound + rounds - 1);
    for (let s = stages.roster; s <= stages.last; s++) expect(classroomProgress.bands.filter((b) => s >= b.min && s <= b.max), `stage ${s}`).toHaveLength(1);
  });

  it('unlocks the reveal at 1, the evidence when all eight are shown, then the classes, the rounds and the standings', () => {
    expect(at(stages.roster)).toEqual([]);
    expect(stageChange(0, 1).unlocked.map((c) => c.id)).toEqual(['extremes-shown']);
    expect(at(stages.classes - 2)).toEqual(['extremes-shown']);
    expect(at(stages.classes - 1)).toEqual(['extremes-shown', 'evidence-shown']);
    expect(at(stages.classes)).toContain('classes-drawn');
    expect(at(stages.firstRound)).toContain('rounds-played');
    expect(at(stages.last)).toContain('final-standings');
    expect(stageChange(stages.last, 0).locked).toHaveLength(classroomProgress.consequences.length);
    expect(classroomProgress.consequences.every((c) => c.kind === 'perk' && c.evidence.kind === 'illustrative')).toBe(true);
  });

  it('has words for every band, consequence and note, and widgetWords can speak it', () => {
    for (const b of classroomProgress.bands) expect(copy.bands[b.id as keyof typeof copy.bands], b.id).toBeDefined();
    for (const c of classroomProgress.consequences) expect(copy.consequences[c.id as keyof typeof copy.consequences], c.id).toBeDefined();
    const evidence: Evidence[] = [classroomProgress.scale.evidence, rating.evidence, tierRule.evidence, ...mobilityRules.map((r) => r.evidence)];
    for (const e of evidence) if (e.note) expect(copy.notes[e.note as keyof typeof copy.notes], e.note).toBeDefined();
    expect(widgetWords('en', 'classroom', 'classroom-exercise').copy.criteria.traffic.label).toBe(copy.criteria.traffic.label);
  });
});

describe('demerits and the extremes', () => {
  it('sums the eight ratings; names every tie; an empty class has none', () => {
    expect(demerits(student('A', 0, 1, 2, 3, 4, 0, 1, 2))).toBe(13);
    const students = [withTotal('A', 3), withTotal('B', 20), withTotal('C', 3), withTotal('D', 20), withTotal('E', 9)];
    const e = extremes(students);
    expect(e.lowest.map((s) => s.nickname)).toEqual(['A', 'C']);
    expect(e.highest.map((s) => s.nickname)).toEqual(['B', 'D']);
    expect([e.min, e.max]).toEqual([3, 20]);
    expect(extremes([])).toEqual({ lowest: [], highest: [], min: null, max: null });
    expect(extremes([withTotal('Solo', 5)])).toMatchObject({ min: 5, max: 5 });
  });
});

describe('economic classes and the demo class', () => {
  it('draws the same class for the same seed and nickname, about a third each', () => {
    const s = session([], 12345);
    expect(economicClassOf(s, 'Blue Heron')).toBe(economicClassOf(session([], 12345), 'Blue Heron'));
    expect(economicClassOf(s, 'Blue Heron')).toBe(economicClassOf(s, 'blue heron'));
    const counts = { working: 0, middle: 0, wealthy: 0 };
    for (let i = 0; i < 3000; i++) counts[economicClassOf(s, `Student ${i}`)]++;
    for (const id of economicClassIds) expect(counts[id] / 3000, id).toBeGreaterThan(0.28);
    for (const id of economicClassIds) expect(counts[id] / 3000, id).toBeLessThan(0.39);
    const differs = Array.from({ length: 40 }, (_, seed) => economicClassOf(session([], seed), 'Blue Heron'));
    expect(new Set(differs).size).toBe(3);
  });

  it('demo: 24 invented, valid, distinct nicknames with varied ratings, the same for the same seed', () => {
    const demo = demoClass(42);
    expect(demo).toEqual(demoClass(42));
    expect(demo.demo).toBe(true);
    expect(demo.seed).toBe(42);
    expect(demo.students).toHaveLength(24);
    expect(new Set(demo.students.map((s) => s.nickname.toLowerCase())).size).toBe(24);
    expect(demo.students.map((s) => s.nickname)).toEqual(copy.demoNicknames);
    for (const s of demo.students) expect(checkStudent(s).ok, s.nickname).toBe(true);
    expect(new Set(demo.students.map(demerits)).size).toBeGreaterThanOrEqual(8);
    expect(demoClass(43).students).not.toEqual(demo.students);
    expect(fromJson(toJson(demo))).toEqual({ ok: true, value: demo });
  });
});

describe('tiers and rounds (illustrative rules)', () => {
  it('the lowest third is trusted and the highest listed, ties sharing a tier; a class that cannot be told apart is all ordinary', () => {
    const six = [withTotal('A', 1), withTotal('B', 2), withTotal('C', 10), withTotal('D', 11), withTotal('E', 20), withTotal('F', 30)];
    expect([...tiersOf(six).values()]).toEqual(['trusted', 'trusted', 'ordinary', 'ordinary', 'listed', 'listed']);
    const tied = [withTotal('A', 1), withTotal('B', 1), withTotal('C', 1), withTotal('D', 11), withTotal('E', 20), withTotal('F', 30)];
    expect([...tiersOf(tied).values()]).toEqual(['trusted', 'trusted', 'trusted', 'ordinary', 'listed', 'listed']);
    expect(new Set(tiersOf([withTotal('A', 5), withTotal('B', 5), withTotal('C', 5)]).values())).toEqual(new Set(['ordinary']));
    expect([...tiersOf([withTotal('A', 5)]).values()]).toEqual(['ordinary']);
    expect([...tiersOf([withTotal('A', 1), withTotal('B', 9)]).values()]).toEqual(['trusted', 'listed']);
  });

  it('every rule has illustrative sizes; every perk and penalty mirrors a real one, with sources and what it follows in reality', () => {
    for (const rule of mobilityRules) {
      expect(rule.evidence.kind, rule.id).toBe('illustrative');
      expect(copy.rules[rule.id], rule.id).toBeDefined();
      if (rule.appliesTo === 'everyone') continue;
      expect(rule.mirrors, rule.id).toBeDefined();
      expect(copy.mirrors[rule.id as keyof typeof copy.mirrors], rule.id).toBeDefined();
      expect(copy.bases[rule.mirrors!.basis], rule.id).toMatch(/never/);
      for (const id of refsOf(rule.mirrors!.evidence)) expect(known.has(id), `${rule.id}: ${id}`).toBe(true);
    }
    expect(Object.keys(copy.mirrors).sort()).toEqual(mobilityRules.filter((r) => r.mirrors).map((r) => r.id).sort());
    expect(mobilityRules.some((r) => r.appliesTo === 'trusted') && mobilityRules.some((r) => r.appliesTo === 'listed')).toBe(true);
  });

  it('plays up to five rounds: the same class starts level, then trusted pulls ahead and listed falls behind', () => {
    const seed = 99;
    const names = ['Low', 'Mid', 'High'].map((p) => nicknameIn(seed, 'middle', p));
    const s = session([withTotal(names[0]!, 2), withTotal(names[1]!, 16), withTotal(names[2]!, 30)], seed);
    const standings = playRounds(s, rounds);
    expect(standings.map((x) => x.tier)).toEqual(['trusted', 'ordinary', 'listed']);
    for (const x of standings) expect(x.wealth).toHaveLength(rounds + 1);
    expect(new Set(standings.map((x) => x.wealth[0]))).toEqual(new Set([standings[0]!.wealth[0]]));
    const [trusted, ordinary, listed] = standings.map((x) => x.wealth[rounds]!);
    expect(trusted!).toBeGreaterThan(ordinary!);
    expect(ordinary!).toBeGreaterThan(listed!);
    expect(playRounds(s, 0).every((x) => x.wealth.length === 1)).toBe(true);
    expect(playRounds(s, 99)[0]!.wealth).toHaveLength(rounds + 1);
    expect(playRounds(s, Number.NaN)[0]!.wealth).toHaveLength(1);
    expect(playRounds(emptySession(1), rounds)).toEqual([]);
  });

  it('an ordinary student keeps their class; a trusted working-class student can climb and a listed middle-class one fall', () => {
    for (const c of economicClassIds) {
      const s = session([student(nicknameIn(3, c, 'Only'))], 3);
      for (let r = 0; r <= rounds; r++) expect(playRounds(s, r)[0]!.classNow, `${c} after ${r}`).toBe(c);
    }
    const seed = 5;
    const climber = nicknameIn(seed, 'working', 'Climber');
    const faller = nicknameIn(seed, 'middle', 'Faller');
    const s = session([withTotal(climber, 1), withTotal(nicknameIn(seed, 'middle', 'Middle'), 16), withTotal(faller, 32)], seed);
    const [up, , down] = playRounds(s, rounds);
    expect(up).toMatchObject({ tier: 'trusted', economicClass: 'working', classNow: 'middle' });
    expect(classMove(up!)).toBe(1);
    expect(down).toMatchObject({ tier: 'listed', economicClass: 'middle', classNow: 'working' });
    expect(classMove(down!)).toBe(-1);
    const summary = mobilitySummary(s, rounds);
    expect(summary.movedUp.map((x) => x.nickname)).toEqual([climber]);
    expect(summary.movedDown.map((x) => x.nickname)).toEqual([faller]);
    expect(classForWealth(-5, 0)).toBe('working');
    expect(classForWealth(1e9, rounds)).toBe('wealthy');
  });

  it('the summary measures the gap before, after, and as it would be with no perks or penalties', () => {
    const summary = mobilitySummary(demoClass(1), rounds);
    const standings = playRounds(demoClass(1), rounds);
    const finals = standings.map((x) => x.wealth[rounds]!);
    expect(summary.gapAfter).toBe(Math.max(...finals) - Math.min(...finals));
    expect(summary.gapBefore).toBe(Math.max(...standings.map((x) => x.wealth[0]!)) - Math.min(...standings.map((x) => x.wealth[0]!)));
    expect(summary.gapWithoutScores).not.toBeNull();
    // In the demo class, perks that grow with savings and flat penalties widen the gap.
    expect(summary.gapAfter!).toBeGreaterThan(summary.gapWithoutScores!);
    expect(mobilitySummary(emptySession(1), rounds)).toMatchObject({ gapBefore: null, gapAfter: null, gapWithoutScores: null });
  });
});

describe('typed and pasted lines', () => {
  const ratings = [0, 1, 2, 3, 4, 0, 1, 2];

  it('reads commas, tabs, semicolons or spaces, nicknames with spaces, trimmed', () => {
    for (const line of ['Blue Heron, 0, 1, 2, 3, 4, 0, 1, 2', 'Blue Heron\t0\t1\t2\t3\t4\t0\t1\t2', 'Blue Heron;0;1;2;3;4;0;1;2', '  Blue   Heron 0 1 2 3 4 0 1 2  ', 'Blue Heron, 0 1 2 3 4 0 1 2']) {
      expect(parseStudentLine(line), line).toEqual({ ok: true, value: { nickname: 'Blue Heron', ratings } });
    }
    expect(value(parseStudentLine('Agent 47 0 1 2 3 4 0 1 2')).nickname).toBe('Agent 47');
  });

  it('refuses bad nicknames and ratings, saying which row and what', () => {
    expect(problem(parseStudentLine('0 1 2 3 4 0 1 2', 3))).toEqual({ error: 'missingNickname', line: 3 });
    expect(problem(parseStudentLine('', 1))).toEqual({ error: 'missingNickname', line: 1 });
    expect(problem(parseStudentLine(`${'x'.repeat(25)} 0 1 2 3 4 0 1 2`))?.error).toBe('nicknameTooLong');
    expect(value(parseStudentLine(`${'x'.repeat(24)} 0 1 2 3 4 0 1 2`)).nickname).toHaveLength(24);
    expect(problem(parseStudentLine('<b>Bold</b> 0 1 2 3 4 0 1 2'))?.error).toBe('badNickname');
    expect(problem(parseStudentLine('Evil\u202Egnp 0 1 2 3 4 0 1 2'))?.error).toBe('badNickname');
    expect(problem(parseStudentLine('Bell\u0007 0 1 2 3 4 0 1 2'))?.error).toBe('badNickname');
    for (const bad of ['5', '1.5', 'x', '-1', '']) {
      const line = `Blue Heron,0,1,2,3,4,0,1,${bad}`;
      if (bad === '') expect(problem(parseStudentLine(line, 4)), line).toEqual({ error: 'wrongCount', line: 4, detail: '7' });
      else expect(problem(parseStudentLine(line, 4)), line).toEqual({ error: 'badRating', line: 4, detail: bad });
    }
    expect(problem(parseStudentLine('Blue Heron 1 2 3'))).toEqual({ error: 'wrongCount', line: 1, detail: '3' });
    expect(problem(parseStudentLine('Blue Heron,0,1,2,3,4,0,1,2,3'))).toEqual({ error: 'wrongCount', line: 1, detail: '9' });
    expect(problem(parseStudentLine('x'.repeat(10_000_000)))?.error).toBe('lineTooLong');
  });

  it('a pasted list: blank lines and a header skipped; duplicates, too many and nothing refused', () => {
    const list = `nickname,${criterionIds.join(',')}\n\nBlue Heron 0 1 2 3 4 0 1 2\r\n\r\nRed Fox\t4\t4\t4\t4\t4\t4\t4\t4\n`;
    expect(value(parseRoster(list)).map((s) => s.nickname)).toEqual(['Blue Heron', 'Red Fox']);
    expect(problem(parseRoster('Blue Heron 0 1 2 3 4 0 1 2\nblue heron 1 1 1 1 1 1 1 1'))).toEqual({ error: 'duplicate', line: 2, detail: 'blue heron' });
    expect(problem(parseRoster('Blue Heron 0 1 2 3 4 0 1 2\nRed Fox 9 1 1 1 1 1 1 1'))).toEqual({ error: 'badRating', line: 2, detail: '9' });
    const sixtyOne = Array.from({ length: 61 }, (_, i) => `Student ${i} 0 0 0 0 0 0 0 0`).join('\n');
    expect(problem(parseRoster(sixtyOne))).toEqual({ error: 'tooMany', line: 61 });
    expect(value(parseRoster(Array.from({ length: 60 }, (_, i) => `Student ${i} 0 0 0 0 0 0 0 0`).join('\n')))).toHaveLength(60);
    expect(problem(parseRoster('\n  \n'))?.error).toBe('empty');
    expect(problem(parseRoster('x'.repeat(10 * 1024 * 1024)))?.error).toBe('tooBig');
  });

  it('adds, replaces and removes students, keeping to the limit', () => {
    let s = emptySession(1);
    s = value(withStudent(s, student('Blue Heron', ...ratings)));
    s = value(withStudent(s, student('Red Fox')));
    s = value(withStudent(s, student('  blue   heron ', 4, 4, 4, 4, 4, 4, 4, 4)));
    expect(s.students.map((x) => [x.nickname, demerits(x)])).toEqual([
      ['blue heron', 32],
      ['Red Fox', 0],
    ]);
    expect(withoutStudent(s, 'BLUE HERON').students.map((x) => x.nickname)).toEqual(['Red Fox']);
    expect(problem(withStudent(s, { nickname: 'Bad', ratings: [1, 2] }))?.error).toBe('wrongCount');
    expect(problem(withStudent(s, { nickname: 'Bad', ratings: criterionIds.map(() => 1.5) }))?.error).toBe('badRating');
    const full = session(Array.from({ length: rosterLimits.maxStudents }, (_, i) => student(`S${i}`)));
    expect(problem(withStudent(full, student('One more')))?.error).toBe('tooMany');
    expect(withStudent(full, student('S3', 1, 1, 1, 1, 1, 1, 1, 1)).ok).toBe(true);
  });
});

describe('CSV', () => {
  it('round-trips a class, with the criterion ids as the header and CRLF rows', () => {
    const demo = demoClass(8);
    const csv = toCsv(demo);
    expect(csv.split('\r\n')[0]).toBe(csvHeader.join(','));
    expect(value(fromCsv(csv)).students).toEqual(demo.students);
    // The same file draws the same classes: its seed comes from its contents.
    expect(value(fromCsv(csv)).seed).toBe(value(fromCsv(csv)).seed);
    expect(value(fromCsv(csv)).demo).toBe(false);
    expect(value(fromCsv(csv.replace(/\r\n/g, '\n'))).students).toEqual(demo.students);
    expect(value(fromCsv(`\uFEFF${csv.replace(/,/g, ';')}`)).students).toEqual(demo.students);
  });

  it('guards cells that a spreadsheet would run as formulas, and undoes the guard on import', () => {
    const risky = ['=1+1', '+SUM(A1)', '-2', '@cmd', "'=already", 'a "quoted", name'];
    const s = session(risky.map((n) => value(checkStudent(student(n)))));
    const csv = toCsv(s);
    const cells = csv.split('\r\n').slice(1, -1).map((row) => row.slice(0, -',0,0,0,0,0,0,0,0'.length));
    expect(cells).toEqual(["'=1+1", "'+SUM(A1)", "'-2", "'@cmd", "''=already", '"a ""quoted"", name"']);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(value(fromCsv(csv)).students.map((x) => x.nickname)).toEqual(risky);
  });

  it('refuses what is not this exercise’s CSV, never throwing', () => {
    const header = csvHeader.join(',');
    expect(problem(fromCsv('name,a,b\nBlue,1,2'))?.error).toBe('badHeader');
    expect(problem(fromCsv(`${header}\n"Blue Heron,0,0,0,0,0,0,0,0`))?.error).toBe('notCsv');
    expect(problem(fromCsv(`${header}\nBl"ue,0,0,0,0,0,0,0,0`))?.error).toBe('notCsv');
    expect(problem(fromCsv(`${header}\nBlue\u0000,0,0,0,0,0,0,0,0`))?.error).toBe('notCsv');
    expect(problem(fromCsv(`${header}\nBlue,0,0,0`))).toEqual({ error: 'wrongCount', line: 2, detail: '3' });
    expect(problem(fromCsv(`${header}\n\nBlue,0,0,0,0,0,0,0,x`))).toEqual({ error: 'badRating', line: 3, detail: 'x' });
    expect(problem(fromCsv(`${header}\nBlue,0,0,0,0,0,0,0,5`))?.error).toBe('badRating');
    expect(problem(fromCsv(`${header}\nBlue,0,0,0,0,0,0,0,1.5`))?.error).toBe('badRating');
    expect(problem(fromCsv(`${header}\n<img>,0,0,0,0,0,0,0,0`))?.error).toBe('badNickname');
    expect(problem(fromCsv(`${header}\nBlue,0,0,0,0,0,0,0,0\nBLUE,0,0,0,0,0,0,0,0`))?.error).toBe('duplicate');
    expect(problem(fromCsv(`${header}\n${Array.from({ length: 61 }, (_, i) => `S${i},0,0,0,0,0,0,0,0`).join('\n')}`))?.error).toBe('tooMany');
    expect(problem(fromCsv(header))?.error).toBe('empty');
    expect(problem(fromCsv(''))?.error).toBe('empty');
    expect(problem(fromCsv('x'.repeat(10 * 1024 * 1024)))?.error).toBe('tooBig');
    expect(problem(fromCsv('é'.repeat(rosterLimits.maxImportBytes / 2 + 1)))?.error).toBe('tooBig');
  });
});

describe('JSON and local storage', () => {
  const good = { format: 'scored-classroom', version: 1, seed: 7, demo: false, students: [{ nickname: 'Blue Heron', ratings: [0, 1, 2, 3, 4, 0, 1, 2] }] };
  const json = (patch: Record<string, unknown>) => JSON.stringify({ ...good, ...patch });

  it('round-trips a session exactly, seed and demo flag included', () => {
    for (const s of [demoClass(3), emptySession(0xffffffff), session([student('=x')], 0)]) expect(fromJson(toJson(s))).toEqual({ ok: true, value: s });
    expect(JSON.parse(toJson(demoClass(3)))).toMatchObject({ format: 'scored-classroom', version: 1, seed: 3, demo: true });
  });

  it('refuses anything but exactly that shape, never throwing', () => {
    const error = (text: string) => problem(fromJson(text))?.error;
    expect(error('{')).toBe('notJson');
    expect(error('')).toBe('notJson');
    expect(error('[]')).toBe('wrongFormat');
    expect(error('null')).toBe('wrongFormat');
    expect(error(json({ format: 'other' }))).toBe('wrongFormat');
    expect(error(json({ extra: 1 }))).toBe('wrongFormat');
    expect(error(json({ version: 2 }))).toBe('wrongVersion');
    expect(error(json({ version: '1' }))).toBe('wrongVersion');
    expect(error(json({ seed: 1.5 }))).toBe('wrongFormat');
    expect(error(json({ seed: -1 }))).toBe('wrongFormat');
    expect(error(json({ demo: 'yes' }))).toBe('wrongFormat');
    expect(error(json({ students: {} }))).toBe('wrongFormat');
    expect(error(json({ students: [{ nickname: 'A', ratings: [0, 0, 0, 0, 0, 0, 0, 0], note: 1 }] }))).toBe('wrongFormat');
    expect(error(json({ students: [{ nickname: { first: 'A' }, ratings: [0, 0, 0, 0, 0, 0, 0, 0] }] }))).toBe('missingNickname');
    expect(error(json({ students: [{ nickname: 'A', ratings: [[0], 0, 0, 0, 0, 0, 0, 0] }] }))).toBe('badRating');
    for (const bad of [5, 1.5, 'x', -1, null, true]) expect(problem(fromJson(json({ students: [{ nickname: 'A', ratings: [0, 0, 0, 0, 0, 0, 0, bad] }] }))), String(bad)).toMatchObject({ error: 'badRating', line: 1 });
    expect(error(json({ students: [{ nickname: 'A', ratings: [0, 0] }] }))).toBe('wrongCount');
    expect(error(json({ students: [{ nickname: 'A', ratings: [0, 0, 0, 0, 0, 0, 0, 0] }, { nickname: 'a', ratings: [0, 0, 0, 0, 0, 0, 0, 0] }] }))).toBe('duplicate');
    expect(error(json({ students: Array.from({ length: 61 }, (_, i) => ({ nickname: `S${i}`, ratings: [0, 0, 0, 0, 0, 0, 0, 0] })) }))).toBe('tooMany');
    expect(error(`{"x":"${'a'.repeat(10 * 1024 * 1024)}"}`)).toBe('tooBig');
  });

  it('refuses prototype tricks without polluting anything', () => {
    const error = (text: string) => problem(fromJson(text))?.error;
    expect(error('{"__proto__":{"polluted":true},"format":"scored-classroom","version":1,"seed":1,"demo":false,"students":[]}')).toBe('wrongFormat');
    expect(error(json({ students: [JSON.parse('{"__proto__":{"x":1},"nickname":"A","ratings":[0,0,0,0,0,0,0,0]}')] }).replace('"students":[{', '"students":[{"__proto__":{"x":1},'))).toBe('wrongFormat');
    expect(error(json({ constructor: { prototype: { polluted: true } } }))).toBe('wrongFormat');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('storage: null or anything unusable is no class; a saved class comes back', () => {
    expect(sessionFromStorage(null)).toBeNull();
    expect(sessionFromStorage('')).toBeNull();
    expect(sessionFromStorage('{"format":"scored-classroom"}')).toBeNull();
    expect(sessionFromStorage(toJson(demoClass(4)))).toEqual(demoClass(4));
  });

  it('no parser throws on hostile or random input', () => {
    const random = (n: number) => {
      let seed = n;
      const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
      const alphabet = ',;\t\n\r"\'=+-@<>{}[]:0123456789 aA\u0000\u202E\uFEFFé';
      return Array.from({ length: Math.floor(next() * 200) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    };
    const inputs: unknown[] = [undefined, null, 42, {}, [], 'null', '""', '[1,2]', '{"format":"scored-classroom","version":1,"seed":1,"demo":false,"students":[null]}', ...Array.from({ length: 300 }, (_, i) => random(i))];
    for (const input of inputs) {
      expect(() => {
        parseStudentLine(input as string);
        parseRoster(input as string);
        fromCsv(input as string);
        fromJson(input as string);
        sessionFromStorage(input as string);
        cleanNickname(input);
        checkStudent(input);
      }, JSON.stringify(input)).not.toThrow();
    }
  });
});

describe('what the live region says', () => {
  const names = (list: string[]) => format.list(list);
  const n = format.number;

  it('names the lowest and highest, ties and all, in the copy’s words', () => {
    const s = session([withTotal('Blue Heron', 3), withTotal('Red Fox', 20), withTotal('Grey Owl', 1), withTotal('Jade Newt', 20)]);
    expect(describeStageChange(s, stages.roster, stages.extremes, voice)).toBe(
      [
        fill(copy.sentences.extremes, { lowest: 'Grey Owl', low: fill(copy.demerits.one, { n: n(1) }), highest: names(['Red Fox', 'Jade Newt']), high: fill(copy.demerits.other, { n: n(20) }) }),
        fill(common.change.unlocked, { list: copy.consequences['extremes-shown'].label }),
      ].join(' '),
    );
    expect(describeStageChange(emptySession(1), stages.roster, stages.extremes, voice)).toBe(`${copy.sentences.noStudents} ${fill(common.change.unlocked, { list: copy.consequences['extremes-shown'].label })}`);
  });

  it('gives each criterion’s verdict as it is revealed, and what going back took away', () => {
    const s = demoClass(1);
    const leash = criterionIds.indexOf('dog-leash');
    const stage = stages.firstEvidence + leash;
    expect(describeStageChange(s, stage - 1, stage, voice)).toBe(
      fill(copy.sentences.evidence, { n: n(leash + 1), total: n(8), criterion: copy.criteria['dog-leash'].label, verdict: common.verdicts.reported.label, short: copy.criteria['dog-leash'].short }),
    );
    expect(describeStageChange(s, stages.classes - 1, stages.classes - 2, voice)).toContain(fill(common.change.lost, { list: copy.consequences['evidence-shown'].label }));
  });

  it('counts the classes drawn, reports each round, and at the end the gap and who moved', () => {
    const s = demoClass(1);
    const drawn = s.students.map((x) => economicClassOf(s, x.nickname));
    const classes = describeStage(s, stages.classes, voice);
    for (const id of economicClassIds) expect(classes).toContain(`${n(drawn.filter((d) => d === id).length)} ${copy.classes[id].label.toLowerCase()}`);
    const round2 = describeStage(s, stages.firstRound + 1, voice);
    expect(round2.startsWith(fill(copy.sentences.round, { n: n(2), total: n(rounds) }).split(' Richest')[0]!)).toBe(true);
    const summary = mobilitySummary(s, rounds);
    const last = describeStage(s, stages.last, voice);
    expect(last).toContain(fill(copy.sentences.final, { before: fill(copy.units.other, { n: n(summary.gapBefore!) }), after: fill(copy.units.other, { n: n(summary.gapAfter!) }), without: fill(copy.units.other, { n: n(summary.gapWithoutScores!) }) }));
    expect(last).toContain(fill(copy.sentences.moved, { up: summary.movedUp.length ? names(summary.movedUp.map((x) => x.nickname)) : copy.sentences.nobody, down: summary.movedDown.length ? names(summary.movedDown.map((x) => x.nickname)) : copy.sentences.nobody }));
    for (let stage = stages.roster; stage <= stages.last; stage++) {
      for (const cls of [s, emptySession(1)]) expect(describeStageChange(cls, Math.max(0, stage - 1), stage, voice), `stage ${stage}`).not.toMatch(/[{}]/);
    }
  });

  it('every refusal reads as a full message with its holes filled', () => {
    for (const error of Object.keys(copy.errors) as (keyof typeof copy.errors)[]) {
      expect(describeRosterError({ error, line: 3, detail: 'x' }, voice), error).not.toMatch(/[{}]/);
    }
    expect(describeRosterError({ error: 'badRating', line: 2, detail: '5' }, voice)).toBe(fill(copy.errors.badRating, { line: n(2), detail: '5', ratingMin: n(rating.min), ratingMax: n(rating.max) }));
  });
});

describe('sources', () => {
  it('classroomRefs holds the seed, every criterion’s evidence and every mirrored perk’s, all in the bibliography', () => {
    const expected = new Set([criteriaSource, ...criteria.flatMap((c) => c.evidence), ...mobilityRules.flatMap((r) => (r.mirrors ? refsOf(r.mirrors.evidence) : []))]);
    expect([...classroomRefs].sort()).toEqual([...expected].sort());
    for (const id of classroomRefs) expect(known.has(id), id).toBe(true);
  });
});
