import type { Evidence } from './evidence';
import { compare, type Consequence, type ScoringSystem, type SystemCopy, type Voice } from './system';
import { fill, type Formatter } from '../i18n/format';
import type { ManyScoresCopy } from './copy';

/**
 * One person, many systems: an imagined person known to eight scoring and listing systems at
 * once, each on its own native scale, and what each of them does when the person does one
 * thing. This file holds the ids and the rules; the data (every cell of actions × systems with
 * its evidence, and the numbers the other models work out) is built in many-scores-data.ts from
 * those models and reaches the widget's island as plain data, so the island carries none of the
 * other models' code. Nothing here adds the systems up: no rule or agency does, so there is no
 * total to compute. The words for every id are in the model copy (`manyScores`).
 */

export const systemIds = ['sesame', 'tencent', 'rongcheng', 'yangqiao', 'court-list', 'company-list', 'schufa', 'fico'] as const;
export type SystemId = (typeof systemIds)[number];

export const actionIds = [
  'miss-repayment',
  'ignore-judgment',
  'litter-rongcheng',
  'give-blood-nanjing',
  'post-criticism',
  'move-postcode',
  'company-inspection',
] as const;
export type ActionId = (typeof actionIds)[number];

/** Two letters per action, used in shareable URLs. Never reuse a retired code. */
export const actionCodes: Readonly<Record<ActionId, string>> = {
  'miss-repayment': 'mr',
  'ignore-judgment': 'ij',
  'litter-rongcheng': 'lr',
  'give-blood-nanjing': 'gb',
  'post-criticism': 'pc',
  'move-postcode': 'mp',
  'company-inspection': 'ci',
};

export const isActionId = (id: string): id is ActionId => (actionIds as readonly string[]).includes(id);

export function actionOfCode(code: string): ActionId | undefined {
  return actionIds.find((id) => actionCodes[id] === code);
}

/** A number a sentence shows, and how it is written; or a date. */
export type Figure = { readonly value: number; readonly as?: 'delta' | 'percent' } | { readonly date: string };
export type Figures = Readonly<Record<string, Figure>>;

/** How a system measures a person: a bounded range, points counted from a start, or on a list or not. */
export type NativeScale =
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  | { readonly kind: 'ledger'; readonly start: number }
  | { readonly kind: 'yes-no' };

export interface ManySystem {
  readonly id: SystemId;
  readonly scale: NativeScale;
  /** The numbers in what the card says the system is (copy `systems.<id>.about`). */
  readonly figures: Figures;
  readonly evidence: readonly Evidence[];
}

export interface ManyAction {
  readonly id: ActionId;
  /** A scheme outside the eight that does react (copy `actions.<id>.elsewhere`), with its numbers. */
  readonly elsewhere?: { readonly figures: Figures; readonly evidence: Evidence };
}

/**
 * Whether a system reacts to an action: `reacts` (its reading moves, by a rule we can cite),
 * `depends` (it may: on a decision or on how serious a finding is, as the sentence says) or
 * `none`.
 */
export type Reach = 'reacts' | 'depends' | 'none';

export interface Reaction {
  readonly action: ActionId;
  readonly system: SystemId;
  readonly reach: Reach;
  readonly evidence: Evidence;
  /** Its sentence is the cell's own (copy `reactions.<action>.<system>`), or else the system's reason for ignoring unrelated actions (`systems.<id>.unrelated`). */
  readonly own: boolean;
  readonly figures: Figures;
}

/** A number the other models work out for the person (Sesame's score, Rongcheng's points). */
export interface Reading {
  readonly system: SystemId;
  /** The actions that move it, in action order. */
  readonly moves: readonly ActionId[];
  /** Its value for each combination of those actions, keyed by `readingKey`. */
  readonly values: Readonly<Record<string, number>>;
  readonly evidence: Evidence;
}

/** Everything the widget shows, as plain data: built from the other models in many-scores-data.ts. */
export interface ManyScoresData {
  readonly systems: readonly ManySystem[];
  readonly actions: readonly ManyAction[];
  /** Every cell of actions × systems, action by action. */
  readonly reactions: readonly Reaction[];
  readonly readings: readonly Reading[];
  /** Sesame Credit's own system, for its perks and the readout. */
  readonly sesame: ScoringSystem;
  readonly personEvidence: Evidence;
  /** Why there is no total: no rule, agency or company adds these systems up into one score. */
  readonly noTotalEvidence: Evidence;
  readonly courtRestrictionsEvidence: Evidence;
}

/** The court list's restrictions, which apply while a person is listed. */
export const courtRestrictions = ['flights', 'high-speed-trains', 'star-hotels', 'private-schools'] as const;

export const readingKey = (actions: readonly ActionId[]): string => actions.map((id) => actionCodes[id]).join('-');

export function reactionOf(data: ManyScoresData, action: ActionId, system: SystemId): Reaction {
  return data.reactions[actionIds.indexOf(action) * systemIds.length + systemIds.indexOf(system)]!;
}

/** The systems an action reaches (reacts or depends), in card order. */
export const reachedBy = (data: ManyScoresData, action: ActionId): SystemId[] => systemIds.filter((system) => reactionOf(data, action, system).reach !== 'none');

/**
 * What a system's card shows: the cells that can reach it, the cells that cannot but say why
 * in their own words, and the rest, which share the system's reason for ignoring them.
 */
export function cardOf(data: ManyScoresData, system: SystemId): { readonly triggers: readonly Reaction[]; readonly ownNone: readonly Reaction[]; readonly unrelated: readonly Reaction[] } {
  const cells = actionIds.map((action) => reactionOf(data, action, system));
  return {
    triggers: cells.filter((r) => r.reach !== 'none'),
    ownNone: cells.filter((r) => r.reach === 'none' && r.own),
    unrelated: cells.filter((r) => !r.own),
  };
}

// --- The reader's state: which actions they have taken. ---

export interface ManyScoresState {
  /** Chosen actions, each once, in the model's action order. */
  readonly actions: readonly ActionId[];
}

export const defaultManyScoresState: ManyScoresState = { actions: [] };

export const isChosen = (state: ManyScoresState, id: ActionId): boolean => state.actions.includes(id);

/** Takes an action, or takes it back: each action is a toggle, done once or not at all. */
export function toggleAction(state: ManyScoresState, id: string): ManyScoresState {
  if (!isActionId(id)) throw new RangeError(`Many scores: unknown action "${id}"`);
  const chosen = new Set<string>(state.actions);
  if (chosen.has(id)) chosen.delete(id);
  else chosen.add(id);
  return { actions: actionIds.filter((a) => chosen.has(a)) };
}

/** The person's number on a system the other models score (Sesame, Rongcheng), with what it rests on; null for the rest. */
export function readingOf(data: ManyScoresData, state: ManyScoresState, system: SystemId): { readonly value: number; readonly evidence: Evidence } | null {
  const reading = data.readings.find((r) => r.system === system);
  if (!reading) return null;
  return { value: reading.values[readingKey(reading.moves.filter((id) => isChosen(state, id)))]!, evidence: reading.evidence };
}

/** Sesame's score for the person: the readout's number. */
export const sesameOf = (data: ManyScoresData, state: ManyScoresState): number => readingOf(data, state, 'sesame')!.value;

/** Where a system stands after the reader's actions: at rest, reacting, or perhaps reacting. */
export function standingOf(data: ManyScoresData, state: ManyScoresState, system: SystemId): 'rest' | 'reacts' | 'depends' {
  const reaches = state.actions.map((action) => reactionOf(data, action, system).reach);
  return reaches.includes('reacts') ? 'reacts' : reaches.includes('depends') ? 'depends' : 'rest';
}

/** The actions taken or taken back between two states. */
export function toggled(before: ManyScoresState, after: ManyScoresState): { readonly taken: ActionId[]; readonly undone: ActionId[] } {
  return {
    taken: after.actions.filter((a) => !before.actions.includes(a)),
    undone: before.actions.filter((a) => !after.actions.includes(a)),
  };
}

/** The systems that the change between two states reaches, in card order. */
export function systemsReached(data: ManyScoresData, before: ManyScoresState, after: ManyScoresState): SystemId[] {
  const { taken, undone } = toggled(before, after);
  const changed = [...taken, ...undone];
  return systemIds.filter((system) => changed.some((action) => reactionOf(data, action, system).reach !== 'none'));
}

/** The Sesame perks a change switched on or off (the rows to flash), and each card it reached. */
export function flippedBetween(data: ManyScoresData, before: ManyScoresState, after: ManyScoresState): Set<string> {
  const change = compare(data.sesame, sesameOf(data, before), sesameOf(data, after));
  return new Set([...change.unlocked, ...change.locked].map((c) => c.id).concat(systemsReached(data, before, after)));
}

// --- Words. ---

/** What this widget's sentences need: its own copy and Sesame's (for the perks), the shared templates, the formats. */
export type ManyScoresVoice = Voice<SystemCopy> & { readonly many: ManyScoresCopy };
type Words = Pick<ManyScoresVoice, 'many' | 'format'>;

export function formatFigure(figure: Figure, format: Formatter): string {
  if ('date' in figure) return format.date(figure.date);
  if (figure.as === 'delta') return format.delta(figure.value);
  if (figure.as === 'percent') return format.percent(figure.value);
  return format.number(figure.value);
}

export const fillFigures = (template: string, figures: Figures, format: Formatter): string =>
  fill(template, Object.fromEntries(Object.entries(figures).map(([name, figure]) => [name, formatFigure(figure, format)])));

/** The sentence a cell shows: what the system does when the person does this, or why it does nothing. */
export function describeReaction(reaction: Reaction, { many, format }: Words): string {
  const template = reaction.own ? (many.reactions[reaction.action] as Partial<Record<SystemId, string>>)[reaction.system]! : many.systems[reaction.system].unrelated;
  return fillFigures(template, reaction.figures, format);
}

/** A system's line about itself, with its scale. */
export const describeSystem = (system: ManySystem, { many, format }: Words): string => fillFigures(many.systems[system.id].about, system.figures, format);

/** "350–950", "points from 1,000", "on the list or not": a scale as a card names it. */
export function describeScale(scale: NativeScale, { many, format }: Words): string {
  if (scale.kind === 'range') return fill(many.scales.range, { min: format.number(scale.min), max: format.number(scale.max) });
  if (scale.kind === 'ledger') return fill(many.scales.ledger, { start: format.number(scale.start) });
  return many.scales.yesNo;
}

export function describeElsewhere(action: ManyAction, { many, format }: Words): string | undefined {
  const template = (many.actions[action.id] as { elsewhere?: string }).elsewhere;
  return action.elsewhere && template ? fillFigures(template, action.elsewhere.figures, format) : undefined;
}

const names = (ids: readonly SystemId[], { many, common }: Pick<ManyScoresVoice, 'many' | 'common'>) => ids.map((id) => many.systems[id].name).join(common.change.listSeparator);
const perkLabels = (list: readonly Consequence[], copy: SystemCopy) => list.map((c) => copy.consequences[c.id]!.label);

/**
 * The one announcement for a change: what the reader did, which systems it reached of how many
 * (or that it reached none), and where Sesame's score went, with the perks it switched.
 */
export function describeManyScoresChange(data: ManyScoresData, before: ManyScoresState, after: ManyScoresState, voice: ManyScoresVoice): string {
  const { many, common, format, copy } = voice;
  const t = many.sentences;
  const { taken, undone } = toggled(before, after);
  const label = (id: ActionId) => many.actions[id].label;
  const parts: string[] = [];
  if (taken.length + undone.length > 1) parts.push(fill(t.changes, { count: format.number(taken.length + undone.length) }));
  else if (taken.length) parts.push(fill(t.taken, { action: label(taken[0]!) }));
  else if (undone.length) parts.push(fill(t.undone, { action: label(undone[0]!) }));
  const reached = systemsReached(data, before, after);
  parts.push(reached.length ? fill(t.reached, { systems: names(reached, voice), count: format.number(reached.length), total: format.number(systemIds.length) }) : t.reachedNone);
  const from = sesameOf(data, before);
  const to = sesameOf(data, after);
  parts.push(from === to ? fill(t.sesameStays, { score: format.number(to) }) : fill(t.sesameMoved, { before: format.number(from), after: format.number(to), delta: format.delta(to - from) }));
  const change = compare(data.sesame, from, to);
  if (change.unlocked.length) parts.push(fill(common.change.unlocked, { list: perkLabels(change.unlocked, copy).join(common.change.listSeparator) }));
  if (change.locked.length) parts.push(fill(common.change.lost, { list: perkLabels(change.locked, copy).join(common.change.listSeparator) }));
  return parts.join(common.change.sentenceSeparator);
}
