import { illustrative, type Evidence, type VerdictStatus } from './evidence';
import { compare, type Consequence, type ScoringSystem, type Voice } from './system';
import { fill, type Formatter } from '../i18n/format';
import { locales } from '../i18n/locales';
import type { ModelCopy } from './copy';

type ClassroomCopy = ModelCopy['classroom'];

/**
 * The part of the classroom exercise (src/model/classroom.ts) that runs in the browser: the
 * roster and its checks, files, the stages, the rounds and the sentences the live region speaks.
 * The data that only the server needs (the criteria's sources and sections, the stages as a
 * scoring system, what each rule mirrors, the words of the rules) stays in classroom.ts, which
 * re-exports everything here; the island gets those as plain data in its words.
 */

export const criterionIds = [
  'smoking',
  'video-games',
  'frivolous-purchases',
  'social-media',
  'fake-news',
  'military-service',
  'dog-leash',
  'traffic',
] as const;
export type CriterionId = (typeof criterionIds)[number];

/** How likely a student says they are to do a thing: 0 (never) to 4 (often). The exercise's own scale. */
export const rating = { min: 0, max: 4, evidence: illustrative('classroom.rating') } as const;

/** Demerits: the sum of a student's eight ratings, 0 to 32. The seed's "highest score is the most demerits". */
export const demeritScale = { min: 0, max: rating.max * criterionIds.length } as const;

export const economicClassIds = ['working', 'middle', 'wealthy'] as const;
export type EconomicClassId = (typeof economicClassIds)[number];

/** Limits a roster must keep, so a pasted list or an imported file can never blow up the page. */
export const rosterLimits = { maxStudents: 60, maxNicknameLength: 24, maxImportBytes: 200_000 } as const;

export interface Student {
  /** Unique within the roster, what the teacher typed, trimmed; never a real name, the page asks. */
  readonly nickname: string;
  /** One rating per criterion, in `criterionIds` order, each an integer on `rating`. */
  readonly ratings: readonly number[];
}

/** Everything the exercise keeps on the device (local storage): the class and how far it has got. */
export interface ClassSession {
  readonly students: readonly Student[];
  /** Seeds the economic classes and the demo class, so a reload draws the same ones. */
  readonly seed: number;
  /** Whether this is the demo class (the page labels it as such). */
  readonly demo: boolean;
}

/**
 * The exercise's stages, in order: 0 the roster; 1 lowest and highest revealed; 2…9 the
 * evidence for criterion 1…8 revealed; 10 the economic classes drawn; 11… rounds played.
 * The stage is the widget's URL state and its "score" on `classroomProgress`.
 */
export const rounds = 5;
export const stages = { roster: 0, extremes: 1, firstEvidence: 2, classes: 2 + criterionIds.length, firstRound: 3 + criterionIds.length, last: 2 + criterionIds.length + rounds } as const;

/** Any number as a stage on the scale: rounded and held between the first and the last. */
export function clampStage(stage: number): number {
  if (!Number.isFinite(stage)) return stages.roster;
  return Math.min(stages.last, Math.max(stages.roster, Math.round(stage)));
}

/** Which criterion's evidence a stage reveals (its index in `criteria`), or null at any other stage. */
export function criterionAtStage(stage: number): number | null {
  return stage >= stages.firstEvidence && stage < stages.classes ? stage - stages.firstEvidence : null;
}

/** How many criteria have had their evidence revealed by a stage. */
export const revealedAt = (stage: number): number => Math.min(criterionIds.length, Math.max(0, clampStage(stage) - stages.firstEvidence + 1));

/** How many rounds have been played by a stage. */
export const roundsAt = (stage: number): number => Math.max(0, clampStage(stage) - stages.classes);

// ---------------------------------------------------------------------------------------------
// Demerits and the extremes

/** A student's total demerits. */
export function demerits(student: Student): number {
  return student.ratings.reduce((sum, r) => sum + r, 0);
}

/** The students with the fewest and the most demerits; ties are all named; an empty class has none. */
export function extremes(students: readonly Student[]): { lowest: readonly Student[]; highest: readonly Student[]; min: number | null; max: number | null } {
  if (students.length === 0) return { lowest: [], highest: [], min: null, max: null };
  const totals = students.map(demerits);
  const min = Math.min(...totals);
  const max = Math.max(...totals);
  return { lowest: students.filter((_, i) => totals[i] === min), highest: students.filter((_, i) => totals[i] === max), min, max };
}

// ---------------------------------------------------------------------------------------------
// Seeded randomness: the same seed and nickname always draw the same class

/** FNV-1a over the seed's four bytes and then the text, as 32 bits. */
export function hash32(seed: number, text: string): number {
  let h = 0x811c9dc5;
  const mix = (byte: number) => {
    h ^= byte & 0xff;
    h = Math.imul(h, 0x01000193) >>> 0;
  };
  for (let shift = 0; shift < 32; shift += 8) mix((seed >>> 0) >>> shift);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    mix(unit);
    mix(unit >>> 8);
  }
  return h >>> 0;
}

/** mulberry32: a small, fast generator of numbers in [0, 1), fully fixed by its 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Nicknames are compared without regard to case, so "Blue heron" cannot sit beside "Blue Heron". */
export const nicknameKey = (nickname: string): string => nickname.toLowerCase();

const classEvidence = illustrative('classroom.classes');

/** A random economic class for each student, the same for the same seed and nickname: about a third each. */
export function economicClassOf(session: ClassSession, nickname: string): EconomicClassId {
  const draw = mulberry32(hash32(session.seed, nicknameKey(nickname)))();
  return economicClassIds[Math.min(economicClassIds.length - 1, Math.floor(draw * economicClassIds.length))]!;
}
export const economicClassEvidence: Evidence = classEvidence;

/** A class with nobody in it yet, and the seed its classes will be drawn from. */
export const emptySession = (seed: number): ClassSession => ({ students: [], seed: seed >>> 0, demo: false });

// ---------------------------------------------------------------------------------------------
// The rounds

export type Tier = Standing['tier'];
export const tierIds = ['trusted', 'ordinary', 'listed'] as const satisfies readonly Tier[];

/** What, in reality, a perk or penalty like a rule's follows: never a self-rated tally like this one. */
export type MobilityBasis = 'court-list' | 'commercial-score' | 'local-points';

export type MobilityRuleId = 'starting-savings' | 'income' | 'cheap-loan' | 'no-deposit' | 'travel-ban' | 'no-senior-post';

/** What a rule does to a student's savings, in units; penalties are negative. */
export type MobilityEffect =
  /** Savings at the start, or income each round, set by economic class. */
  | { readonly kind: 'byClass'; readonly units: Readonly<Record<EconomicClassId, number>> }
  /** A share of the savings held at the start of the round. */
  | { readonly kind: 'savingsShare'; readonly rate: number }
  /** A share of the round's income. */
  | { readonly kind: 'incomeShare'; readonly rate: number }
  /** A fixed amount each round. */
  | { readonly kind: 'units'; readonly units: number };

export interface MobilityRule {
  readonly id: MobilityRuleId;
  readonly appliesTo: 'everyone' | Tier;
  /** Once, to set the starting savings, or in every round. */
  readonly when: 'start' | 'round';
  readonly effect: MobilityEffect;
  /** Its size: the exercise's own, so illustrative. */
  readonly evidence: Evidence;
  /** The real perk or penalty it mirrors and what that follows in reality; none for the exercise's own mechanics. */
  readonly mirrors?: { readonly evidence: Evidence; readonly basis: MobilityBasis };
}

const savingsEvidence = illustrative('classroom.savings');
const perkEvidence = illustrative('classroom.perks');

/** Who counts as trusted and listed: the third of the class with the fewest demerits, and the third with the most, ties included. */
export const tierRule = { share: 1 / 3, evidence: illustrative('classroom.tiers') } as const;

/** The rules of the rounds, their mechanics alone; `mobilityRules` (classroom.ts) adds the real perk or penalty each mirrors. */
export const roundRules: readonly MobilityRule[] = [
  { id: 'starting-savings', appliesTo: 'everyone', when: 'start', effect: { kind: 'byClass', units: { working: 10, middle: 30, wealthy: 90 } }, evidence: savingsEvidence },
  { id: 'income', appliesTo: 'everyone', when: 'round', effect: { kind: 'byClass', units: { working: 4, middle: 8, wealthy: 16 } }, evidence: savingsEvidence },
  { id: 'cheap-loan', appliesTo: 'trusted', when: 'round', effect: { kind: 'savingsShare', rate: 0.1 }, evidence: perkEvidence },
  { id: 'no-deposit', appliesTo: 'trusted', when: 'round', effect: { kind: 'units', units: 2 }, evidence: perkEvidence },
  { id: 'travel-ban', appliesTo: 'listed', when: 'round', effect: { kind: 'units', units: -3 }, evidence: perkEvidence },
  { id: 'no-senior-post', appliesTo: 'listed', when: 'round', effect: { kind: 'incomeShare', rate: -0.25 }, evidence: perkEvidence },
];

const ruleOf = (id: MobilityRuleId): MobilityRule => roundRules.find((r) => r.id === id)!;
const byClass = (id: MobilityRuleId, economicClass: EconomicClassId): number => {
  const effect = ruleOf(id).effect;
  return effect.kind === 'byClass' ? effect.units[economicClass] : 0;
};

/** Savings after one round: income, then every rule for the student's tier, rounded to whole units and never below zero. */
function nextWealth(wealth: number, economicClass: EconomicClassId, tier: Tier): number {
  const income = byClass('income', economicClass);
  let change = income;
  for (const rule of roundRules) {
    if (rule.when !== 'round' || rule.appliesTo !== tier) continue;
    const e = rule.effect;
    if (e.kind === 'savingsShare') change += e.rate * wealth;
    else if (e.kind === 'incomeShare') change += e.rate * income;
    else if (e.kind === 'units') change += e.units;
  }
  return Math.max(0, Math.round(wealth + change));
}

/** A path of savings from the start through `played` rounds. */
function wealthPath(economicClass: EconomicClassId, tier: Tier, played: number): number[] {
  const path = [byClass('starting-savings', economicClass)];
  for (let round = 1; round <= played; round++) path.push(nextWealth(path[round - 1]!, economicClass, tier));
  return path;
}

/**
 * Each student's tier: trusted if fewer than a third of the class have fewer demerits, listed if
 * fewer than a third have more; a student who would be both (a class that cannot be told apart)
 * is ordinary. Ties always share a tier.
 */
export function tiersOf(students: readonly Student[]): Map<string, Tier> {
  const cut = Math.round(students.length * tierRule.share);
  const totals = students.map(demerits);
  const tiers = new Map<string, Tier>();
  students.forEach((s, i) => {
    const fewer = totals.filter((t) => t < totals[i]!).length;
    const more = totals.filter((t) => t > totals[i]!).length;
    const trusted = fewer < cut;
    const listed = more < cut;
    tiers.set(nicknameKey(s.nickname), trusted && !listed ? 'trusted' : listed && !trusted ? 'listed' : 'ordinary');
  });
  return tiers;
}

const clampRounds = (played: number): number => (Number.isFinite(played) ? Math.min(rounds, Math.max(0, Math.floor(played))) : 0);

/**
 * The class a level of savings would put a student in after `played` rounds: the nearest of the
 * three classes as they would stand had nobody been trusted or listed (cut halfway between them).
 */
export function classForWealth(wealth: number, played: number): EconomicClassId {
  const n = clampRounds(played);
  const [working, middle, wealthy] = economicClassIds.map((c) => wealthPath(c, 'ordinary', n)[n]!) as [number, number, number];
  if (wealth >= (middle + wealthy) / 2) return 'wealthy';
  if (wealth >= (working + middle) / 2) return 'middle';
  return 'working';
}

/** Whether a student ended in a higher, the same or a lower class than the one drawn. */
export function classMove(standing: Standing): -1 | 0 | 1 {
  const now = economicClassIds.indexOf(standing.classNow);
  const drawn = economicClassIds.indexOf(standing.economicClass);
  return now > drawn ? 1 : now < drawn ? -1 : 0;
}

/** One student's standing after each round (index 0: before the first round); illustrative rules from `mobilityRules`. */
export interface Standing {
  readonly nickname: string;
  readonly economicClass: EconomicClassId;
  readonly wealth: readonly number[];
  readonly tier: 'trusted' | 'ordinary' | 'listed';
  readonly demerits: number;
  /** The class the latest savings would put the student in (`classForWealth`). */
  readonly classNow: EconomicClassId;
}

export function playRounds(session: ClassSession, played: number): readonly Standing[] {
  const n = clampRounds(played);
  const tiers = tiersOf(session.students);
  return session.students.map((s): Standing => {
    const economicClass = economicClassOf(session, s.nickname);
    const tier = tiers.get(nicknameKey(s.nickname)) ?? 'ordinary';
    const wealth = wealthPath(economicClass, tier, n);
    return { nickname: s.nickname, economicClass, wealth, tier, demerits: demerits(s), classNow: classForWealth(wealth[n]!, n) };
  });
}

export interface MobilitySummary {
  /** Richest minus poorest before the first round, after the rounds played, and after them had everyone been ordinary. Null for an empty class. */
  readonly gapBefore: number | null;
  readonly gapAfter: number | null;
  readonly gapWithoutScores: number | null;
  readonly richest: readonly Standing[];
  readonly poorest: readonly Standing[];
  readonly movedUp: readonly Standing[];
  readonly movedDown: readonly Standing[];
}

/** The class as a whole after `played` rounds: how far apart it has drawn, and who changed class. */
export function mobilitySummary(session: ClassSession, played: number): MobilitySummary {
  const n = clampRounds(played);
  const standings = playRounds(session, n);
  if (standings.length === 0) return { gapBefore: null, gapAfter: null, gapWithoutScores: null, richest: [], poorest: [], movedUp: [], movedDown: [] };
  const gap = (values: readonly number[]) => Math.max(...values) - Math.min(...values);
  const now = standings.map((s) => s.wealth[n]!);
  const top = Math.max(...now);
  const bottom = Math.min(...now);
  return {
    gapBefore: gap(standings.map((s) => s.wealth[0]!)),
    gapAfter: top - bottom,
    gapWithoutScores: gap(standings.map((s) => wealthPath(s.economicClass, 'ordinary', n)[n]!)),
    richest: standings.filter((s) => s.wealth[n] === top),
    poorest: standings.filter((s) => s.wealth[n] === bottom),
    movedUp: standings.filter((s) => classMove(s) > 0),
    movedDown: standings.filter((s) => classMove(s) < 0),
  };
}

// ---------------------------------------------------------------------------------------------
// Input: typed lines, pasted lists, files. Nothing here throws; every refusal names its reason.

/** Why an input was refused: a key into the copy (`errors`) and, where it helps, the row it is on and what was found. */
export interface RosterError { readonly error: keyof ClassroomCopy['errors']; readonly line?: number; readonly detail?: string }
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: RosterError };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T = never>(error: RosterError['error'], line?: number, detail?: string): Parsed<T> => ({
  ok: false,
  problem: { error, ...(line !== undefined ? { line } : {}), ...(detail !== undefined ? { detail } : {}) },
});

/** A nickname and eight ratings, with separators, fit in far less; a longer line is not a student. */
const maxLineLength = 200;
/** What is echoed back of a refused value, so a hostile paste cannot flood the message. */
const shown = (value: string, max = 16): string => ([...value].length > max ? `${[...value].slice(0, max).join('')}…` : value);

/** Controls and invisible marks that could hide or reorder text (bidi overrides, zero-width spaces); the zero-width joiner of emoji stays allowed. */
const hiddenCharacters = /[\p{Cc}\u00AD\u200B\u200E\u200F\u2028-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/u;

/** The bytes a text takes as UTF-8, without encoding a huge one: any text longer than the limit in code units is over it anyway. */
function overImportLimit(text: string): boolean {
  if (text.length > rosterLimits.maxImportBytes) return true;
  return new TextEncoder().encode(text).length > rosterLimits.maxImportBytes;
}

/** A nickname as the roster keeps it (trimmed, inner spaces single), or why it cannot be one. */
export function cleanNickname(raw: unknown, line?: number): Parsed<string> {
  if (typeof raw !== 'string') return fail('missingNickname', line);
  const trimmed = raw.normalize('NFC').trim();
  if (!trimmed) return fail('missingNickname', line);
  if (hiddenCharacters.test(trimmed) || /[<>]/.test(trimmed)) return fail('badNickname', line);
  const nickname = trimmed.replace(/\s+/gu, ' ');
  if ([...nickname].length > rosterLimits.maxNicknameLength) return fail('nicknameTooLong', line, shown(nickname, rosterLimits.maxNicknameLength));
  return ok(nickname);
}

/** One rating written as text: a whole number on the scale, nothing else ("1.5", "5", "x", "-1" are refused). */
function ratingFrom(token: string, line?: number): Parsed<number> {
  const value = /^\d{1,2}$/.test(token) ? Number(token) : NaN;
  return value >= rating.min && value <= rating.max ? ok(value) : fail('badRating', line, shown(token));
}

function studentFrom(nicknameRaw: unknown, tokens: readonly string[], line?: number): Parsed<Student> {
  const nickname = cleanNickname(nicknameRaw, line);
  if (!nickname.ok) return nickname;
  if (tokens.length !== criterionIds.length) return fail('wrongCount', line, String(tokens.length));
  const ratings: number[] = [];
  for (const token of tokens) {
    const r = ratingFrom(token.trim(), line);
    if (!r.ok) return r;
    ratings.push(r.value);
  }
  return ok({ nickname: nickname.value, ratings });
}

/** Checks a student from anywhere (the widget's form, a file) against the roster's rules, cleaning the nickname. */
export function checkStudent(student: unknown, line?: number): Parsed<Student> {
  if (!isPlainRecord(student)) return fail('wrongFormat', line);
  const ratings = student['ratings'];
  if (!Array.isArray(ratings)) return fail('wrongFormat', line);
  const nickname = cleanNickname(student['nickname'], line);
  if (!nickname.ok) return nickname;
  if (ratings.length !== criterionIds.length) return fail('wrongCount', line, String(ratings.length));
  for (const r of ratings) {
    if (typeof r !== 'number' || !Number.isInteger(r) || r < rating.min || r > rating.max) return fail('badRating', line, shown(typeof r === 'string' ? r : (JSON.stringify(r) ?? String(r))));
  }
  return ok({ nickname: nickname.value, ratings: [...(ratings as number[])] });
}

/** One line typed or pasted by the teacher: "nickname, r1 … r8" (commas, tabs, semicolons or spaces). */
export function parseStudentLine(line: string, lineNumber = 1): Parsed<Student> {
  if (typeof line !== 'string') return fail('missingNickname', lineNumber);
  if (line.length > maxLineLength) return fail('lineTooLong', lineNumber);
  const text = line.trim();
  if (/[,;\t]/.test(text)) {
    // With separators, the nickname is the first field and may hold spaces; the ratings may be split by spaces too.
    const [first = '', ...rest] = text.split(/[,;\t]/);
    return studentFrom(first, rest.flatMap((f) => f.trim().split(/\s+/)).filter((t) => t !== ''), lineNumber);
  }
  // Spaces only: the last eight words are the ratings and the rest the nickname ("Blue Heron 1 2 3 …").
  const words = text.split(/\s+/).filter((t) => t !== '');
  if (words.length > criterionIds.length) return studentFrom(words.slice(0, -criterionIds.length).join(' '), words.slice(-criterionIds.length), lineNumber);
  const firstNumber = words.findIndex((w) => /^[+-]?\d/.test(w));
  const split = firstNumber === -1 ? words.length : firstNumber;
  return studentFrom(words.slice(0, split).join(' '), words.slice(split), lineNumber);
}

/** A CSV-style header row ("nickname,smoking,…"), which a pasted spreadsheet may start with. */
function isHeaderRow(fields: readonly string[]): boolean {
  const names = fields.map((f) => f.trim().replace(/^\uFEFF/, '').toLowerCase());
  return names.length === csvHeader.length && names.every((n, i) => n === csvHeader[i]);
}

/** Adds students in order, refusing a repeated nickname or one too many. */
function collect(rows: readonly { student: Student; line: number }[]): Parsed<readonly Student[]> {
  const seen = new Set<string>();
  const students: Student[] = [];
  for (const { student, line } of rows) {
    const key = nicknameKey(student.nickname);
    if (seen.has(key)) return fail('duplicate', line, student.nickname);
    if (students.length >= rosterLimits.maxStudents) return fail('tooMany', line);
    seen.add(key);
    students.push(student);
  }
  return ok(students);
}

/** A pasted list, one student per line; blank lines and a header row skipped; duplicate nicknames refused. */
export function parseRoster(text: string): Parsed<readonly Student[]> {
  if (typeof text !== 'string') return fail('empty');
  if (overImportLimit(text)) return fail('tooBig');
  const rows: { student: Student; line: number }[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  let first = true;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const wasFirst = first;
    first = false;
    if (wasFirst && isHeaderRow(raw.split(/[,;\t]/))) continue;
    const parsed = parseStudentLine(raw, i + 1);
    if (!parsed.ok) return parsed;
    rows.push({ student: parsed.value, line: i + 1 });
    // Stop reading early: the row after the limit is already the refusal.
    if (rows.length > rosterLimits.maxStudents) break;
  }
  if (rows.length === 0) return fail('empty');
  return collect(rows);
}

/** Adds or replaces (same nickname, any case) a student, refusing a class over `rosterLimits.maxStudents`. */
export function withStudent(session: ClassSession, student: Student): Parsed<ClassSession> {
  const checked = checkStudent(student);
  if (!checked.ok) return checked;
  const key = nicknameKey(checked.value.nickname);
  const at = session.students.findIndex((s) => nicknameKey(s.nickname) === key);
  if (at >= 0) return ok({ ...session, students: session.students.map((s, i) => (i === at ? checked.value : s)) });
  if (session.students.length >= rosterLimits.maxStudents) return fail('tooMany');
  return ok({ ...session, students: [...session.students, checked.value] });
}

export function withoutStudent(session: ClassSession, nickname: string): ClassSession {
  const key = nicknameKey(String(nickname).trim());
  return { ...session, students: session.students.filter((s) => nicknameKey(s.nickname) !== key) };
}

// --- CSV (RFC 4180)

/** The header row: a format name and the model's ids, not words, so it reads the same in every language. */
export const csvHeader: readonly string[] = ['nickname', ...criterionIds];

/** A cell a spreadsheet could run as a formula starts with one of these (a leading quote is doubled so import can undo exactly one). */
const formulaStart = /^'*[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** CSV with a header row of the criterion ids; cells that could start a spreadsheet formula are quoted safe. */
export function toCsv(session: ClassSession): string {
  const rows = [csvHeader.join(','), ...session.students.map((s) => [csvCell(s.nickname), ...s.ratings.map((r) => String(r))].join(','))];
  return `${rows.join('\r\n')}\r\n`;
}

/** Splits CSV text into rows of fields, each with the line it starts on; null when its quotes do not close or stray. */
function csvRows(text: string, delimiter: string): { fields: string[]; line: number }[] | null {
  const rows: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
          afterQuote = true;
        }
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        field += c;
      }
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      afterQuote = false;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ fields, line: rowLine });
      fields = [];
      field = '';
      afterQuote = false;
      line++;
      rowLine = line;
    } else if (c === '"') {
      // A quote may only open a field.
      if (field !== '' || afterQuote) return null;
      quoted = true;
    } else {
      if (afterQuote) return null;
      field += c;
    }
  }
  if (quoted) return null;
  if (field !== '' || fields.length > 0 || afterQuote) {
    fields.push(field);
    rows.push({ fields, line: rowLine });
  }
  return rows;
}

/** Undoes the export's guard: one leading quote before a formula character. */
const unguard = (cell: string): string => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

/** A seed fixed by a class's contents, so the same file always draws the same classes. */
const seedOfStudents = (students: readonly Student[]): number => hash32(0x5c0 /* any constant */, students.map((s) => `${s.nickname}\u0000${s.ratings.join('')}`).join('\u0001'));

export function fromCsv(text: string): Parsed<ClassSession> {
  if (typeof text !== 'string') return fail('notCsv');
  if (overImportLimit(text)) return fail('tooBig');
  if (text.includes('\u0000')) return fail('notCsv');
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r|\n/, 1)[0] ?? '';
  // Spreadsheets in some languages save with semicolons or tabs; the header row says which.
  const delimiter = [',', ';', '\t'].find((d) => firstLine.includes(d)) ?? ',';
  const rows = csvRows(body, delimiter);
  if (!rows) return fail('notCsv');
  const filled = rows.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (filled.length === 0) return fail('empty');
  if (!isHeaderRow(filled[0]!.fields)) return fail('badHeader', filled[0]!.line);
  const students: { student: Student; line: number }[] = [];
  for (const { fields, line } of filled.slice(1)) {
    if (fields.length !== csvHeader.length) return fail('wrongCount', line, String(Math.max(0, fields.length - 1)));
    const [nickname = '', ...ratings] = fields;
    const parsed = studentFrom(unguard(nickname.trim()), ratings, line);
    if (!parsed.ok) return parsed;
    students.push({ student: parsed.value, line });
    if (students.length > rosterLimits.maxStudents) break;
  }
  if (students.length === 0) return fail('empty');
  const collected = collect(students);
  if (!collected.ok) return collected;
  return ok({ students: collected.value, seed: seedOfStudents(collected.value), demo: false });
}

// --- JSON

export const jsonFormat = 'scored-classroom';
export const jsonVersion = 1;

/** JSON with a format marker and version: `{ format: 'scored-classroom', version: 1, … }`. */
export function toJson(session: ClassSession): string {
  return JSON.stringify(
    { format: jsonFormat, version: jsonVersion, seed: session.seed, demo: session.demo, students: session.students.map((s) => ({ nickname: s.nickname, ratings: [...s.ratings] })) },
    null,
    2,
  );
}

/** A plain object straight from JSON.parse (never an array, never one with another prototype). */
function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}

/** Exactly these own keys and no others ("__proto__", "constructor" or anything extra is refused). */
const hasExactly = (value: Record<string, unknown>, keys: readonly string[]): boolean => {
  const own = Object.keys(value);
  return own.length === keys.length && own.every((k) => keys.includes(k));
};

/** Refuses anything that is not exactly that shape, is too big, or breaks a limit; never throws. An empty class is a valid saved class. */
export function fromJson(text: string): Parsed<ClassSession> {
  if (typeof text !== 'string') return fail('notJson');
  if (overImportLimit(text)) return fail('tooBig');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('notJson');
  }
  if (!isPlainRecord(data) || !hasExactly(data, ['format', 'version', 'seed', 'demo', 'students']) || data['format'] !== jsonFormat) return fail('wrongFormat');
  if (data['version'] !== jsonVersion) return fail('wrongVersion');
  const { seed, demo, students } = data;
  if (typeof seed !== 'number' || !Number.isInteger(seed) || seed < 0 || seed > 0xffffffff || typeof demo !== 'boolean' || !Array.isArray(students)) return fail('wrongFormat');
  if (students.length > rosterLimits.maxStudents) return fail('tooMany');
  const rows: { student: Student; line: number }[] = [];
  for (let i = 0; i < students.length; i++) {
    const entry: unknown = students[i];
    if (!isPlainRecord(entry) || !hasExactly(entry, ['nickname', 'ratings'])) return fail('wrongFormat', i + 1);
    const checked = checkStudent(entry, i + 1);
    if (!checked.ok) return checked;
    rows.push({ student: checked.value, line: i + 1 });
  }
  const collected = collect(rows);
  if (!collected.ok) return collected;
  return ok({ students: collected.value, seed, demo });
}

/** Reads what local storage holds, or null when it holds nothing usable. */
export function sessionFromStorage(raw: string | null): ClassSession | null {
  if (typeof raw !== 'string') return null;
  const parsed = fromJson(raw);
  return parsed.ok ? parsed.value : null;
}


// ---------------------------------------------------------------------------------------------
// Words

/** The messages for refused input with the holes that never change filled (the limits), as the server hands them to the island. */
export type RosterErrorTexts = Readonly<Record<RosterError['error'], string>>;

/** A refused input's message from those texts: its row and what was found. */
export const fillRosterError = (problem: RosterError, texts: RosterErrorTexts, format: Formatter): string =>
  fill(texts[problem.error], { line: format.number(problem.line ?? 1), detail: problem.detail ?? '' });

/** A count with its noun, by the locale's plural rules ("1 demerit", "3 demerits"). */
export function countOf(forms: Readonly<Record<string, string>> & { readonly other: string }, n: number, format: Formatter): string {
  const category = new Intl.PluralRules(locales[format.locale].intl).select(n);
  return fill(forms[category] ?? forms.other, { n: format.number(n) });
}

const names = (list: readonly { nickname: string }[], format: Formatter): string => format.list(list.map((s) => s.nickname));


/** A criterion as the island has it (classroom.ts: `criteria`): its id and verdict. */
export type CriterionVerdict = { readonly id: CriterionId; readonly verdict: VerdictStatus };

/** What a stage shows, as one or two sentences. */
/**
 * `describeStage` (classroom.ts) with the sentences of the evidence stages handed in, one per
 * criterion (`evidenceSentences`): they depend on no class, so the server writes them.
 */
export function describeStageWith(session: ClassSession, stage: number, voice: Voice<ClassroomCopy>, evidence: readonly string[]): string {
  const { copy, common, format } = voice;
  const t = copy.sentences;
  const at = clampStage(stage);
  const count = session.students.length;
  if (at === stages.roster) return count ? fill(t.roster, { count: countOf(t.students, count, format) }) : t.noStudents;
  if (count === 0) return t.noStudents;
  if (at === stages.extremes) {
    const { lowest, highest, min, max } = extremes(session.students);
    return fill(t.extremes, { lowest: names(lowest, format), low: countOf(copy.demerits, min!, format), highest: names(highest, format), high: countOf(copy.demerits, max!, format) });
  }
  const index = criterionAtStage(at);
  if (index !== null) return evidence[index]!;
  if (at === stages.classes) {
    const drawn = session.students.map((s) => economicClassOf(session, s.nickname));
    const lower = (s: string) => s.toLocaleLowerCase(locales[format.locale].intl);
    const counts = economicClassIds.map((id) => fill(t.classCount, { count: format.number(drawn.filter((d) => d === id).length), label: lower(copy.classes[id].label) }));
    return fill(t.classes, { counts: format.list(counts) });
  }
  const played = roundsAt(at);
  const summary = mobilitySummary(session, played);
  const units = (n: number) => countOf(copy.units, n, format);
  const parts = [
    fill(t.round, {
      n: format.number(played),
      total: format.number(rounds),
      richest: names(summary.richest, format),
      top: units(summary.richest[0]!.wealth[played]!),
      poorest: names(summary.poorest, format),
      bottom: units(summary.poorest[0]!.wealth[played]!),
    }),
  ];
  if (at === stages.last) {
    parts.push(fill(t.final, { before: units(summary.gapBefore!), after: units(summary.gapAfter!), without: units(summary.gapWithoutScores!) }));
    parts.push(fill(t.moved, { up: summary.movedUp.length ? names(summary.movedUp, format) : t.nobody, down: summary.movedDown.length ? names(summary.movedDown, format) : t.nobody }));
  }
  return parts.join(common.change.sentenceSeparator);
}

/** The sentence the live region speaks when the stage changes: what the new stage shows, then what it brought or took away. */
/** `describeStageChange` (classroom.ts) with the evidence stages' sentences and the stages as a scale handed in. */
export function describeStageChangeWith(session: ClassSession, from: number, to: number, voice: Voice<ClassroomCopy>, evidence: readonly string[], system: ScoringSystem): string {
  const { copy, common } = voice;
  const parts = [describeStageWith(session, to, voice, evidence)];
  const { unlocked, locked } = compare(system, clampStage(from), clampStage(to));
  const labels = (list: readonly Consequence[]) => list.map((c) => copy.consequences[c.id as keyof typeof copy.consequences].label).join(common.change.listSeparator);
  if (unlocked.length) parts.push(fill(common.change.unlocked, { list: labels(unlocked) }));
  if (locked.length) parts.push(fill(common.change.lost, { list: labels(locked) }));
  return parts.join(common.change.sentenceSeparator);
}

