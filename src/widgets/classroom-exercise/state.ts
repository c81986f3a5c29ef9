import type { StateCodec } from '../url-state';
import type { WidgetIdentity } from '../registration';
import type { WidgetWords } from '../shared/words';
import type { Dictionary } from '../../i18n';
import type { ModelCopy } from '../../model/copy';
import { stages, type ClassSession, type CriterionVerdict, type RosterErrorTexts } from '../../model/classroom-core';
import type { RuleText } from '../../model/classroom';
import type { Evidence, RefId } from '../../model/evidence';
import type { ScoringSystem } from '../../model/system';

/**
 * Payload: the stage number alone, "0" to the last stage, written without leading zeros. The
 * class itself never goes into the URL (nicknames stay on the device, in local storage), so a
 * shared link opens the same stage on whatever class that browser holds.
 */
const stageCodec: StateCodec<number> = {
  version: 1,
  encodePayload: (stage) => String(stage),
  decodePayload(payload) {
    if (!/^(0|[1-9]\d?)$/.test(payload)) return null;
    const stage = Number(payload);
    return stage <= stages.last ? stage : null;
  },
};

/**
 * What the component itself needs of the registration. Kept apart from widget.ts so the browser
 * bundle carries neither the registration's text nor its source list.
 */
export const classroomIdentity: WidgetIdentity<number> = { id: 'classroom-exercise', codec: stageCodec, defaultState: stages.roster };

export type ClassroomCopy = ModelCopy['classroom'];

/**
 * What the widget says, in one locale, and the plain data the server computes for it (see widget.ts).
 */
export type ClassroomWords = WidgetWords<ClassroomCopy, Dictionary['widgets']['classroom-exercise']> & {
  /** The criteria in order: verdict, sources and the address of the section that explains each. */
  readonly criteria: readonly (CriterionVerdict & { readonly evidence: readonly RefId[]; readonly href: string })[];
  /** The stages as a scale (`classroomProgress`): the stage's name and the outline. */
  readonly system: ScoringSystem;
  /** What each evidence stage says (`evidenceSentences`), for the live region. */
  readonly evidence: readonly string[];
  /** The messages for refused input, the limits filled in (`rosterErrorTexts`). */
  readonly errors: RosterErrorTexts;
  /** The demo class (DEMO_SEED), drawn on the server. */
  readonly demo: ClassSession;
  /** The rules of the rounds in words (`ruleTexts`), and the evidence of the tiers' cut. */
  readonly rules: readonly RuleText[];
  readonly tierEvidence: Evidence;
};

/** What the roster's parts (entry, files) are given by the widget around them. */
export interface RosterPartProps {
  readonly session: ClassSession;
  readonly words: ClassroomWords;
  /** A new class for the roster, with what to say about it. */
  readonly onchange: (next: ClassSession, message: string) => void;
  /** Something to say without a change: why an entry or a file was refused. */
  readonly onsay: (message: string) => void;
}

/** The demo class's seed: fixed, so the server and the browser draw the same made-up class. */
export const DEMO_SEED = 15;
