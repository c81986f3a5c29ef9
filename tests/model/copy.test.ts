import { describe, expect, it } from 'vitest';
import { modelCopy } from '../../src/model/copy';
import { refsOf, type Evidence } from '../../src/model/evidence';
import { behaviours, dimensions, presets, sesame, sesameRefs } from '../../src/model/sesame';
import {
  boardEvidence,
  boardStory,
  consentEvidence,
  gradeBandEvidence,
  huantaiComparison,
  ledgerItems,
  lowScoreRuleEvidence,
  neighbours,
  olderSchemeNotes,
  rongcheng,
  startEvidence,
} from '../../src/model/rongcheng';
import type { ScoringSystem, SystemCopy } from '../../src/model/system';
import { pseudoize } from '../../src/i18n/pseudo';

/**
 * The model holds ids and numbers; the copy holds the words for each id. A new locale's copy
 * must have a word for every id and a note for every evidence note key, or a widget would show
 * a blank: these tests say which one is missing.
 */
const copy = modelCopy('en');

function systemIds(system: ScoringSystem, words: SystemCopy) {
  for (const band of system.bands) expect(words.bands[band.id], `band ${band.id}`).toBeDefined();
  for (const c of system.consequences) {
    expect(words.consequences[c.id], `consequence ${c.id}`).toBeDefined();
    for (const other of c.conflicting ?? []) expect(words.conflicting[other.id], `conflicting ${other.id}`).toBeDefined();
  }
}

function notesOf(evidence: readonly Evidence[], notes: Readonly<Record<string, string>>) {
  for (const e of evidence) if (e.note) expect(notes[e.note], `note "${e.note}"`).toBeDefined();
}

describe('model copy (en) has words for every id in the model', () => {
  it('Sesame', () => {
    systemIds(sesame, copy.sesame);
    for (const d of dimensions) expect(copy.sesame.dimensions[d.id]).toBeDefined();
    for (const b of behaviours) expect(copy.sesame.behaviours[b.id as keyof typeof copy.sesame.behaviours], b.id).toBeDefined();
    for (const p of presets) expect(copy.sesame.presets[p.id as keyof typeof copy.sesame.presets], p.id).toBeDefined();
    notesOf([...sesame.bands, ...sesame.consequences].map((x) => x.evidence).concat(behaviours.map((b) => b.evidence), presets.map((p) => p.evidence)), copy.sesame.notes);
  });

  it('Rongcheng', () => {
    systemIds(rongcheng, copy.rongcheng);
    for (const item of ledgerItems) {
      expect(copy.rongcheng.ledgerItems[item.id as keyof typeof copy.rongcheng.ledgerItems], item.id).toBeDefined();
      if (item.penalty) expect(copy.rongcheng.penalties[item.id as keyof typeof copy.rongcheng.penalties], `penalty ${item.id}`).toBeDefined();
    }
    for (const n of olderSchemeNotes) expect(copy.rongcheng.olderScheme[n.id as keyof typeof copy.rongcheng.olderScheme], n.id).toBeDefined();
    for (const v of [...neighbours, ...boardStory]) expect(copy.rongcheng.neighbours[v.id as keyof typeof copy.rongcheng.neighbours], v.id).toBeDefined();
    notesOf(
      [startEvidence, consentEvidence, gradeBandEvidence, lowScoreRuleEvidence, boardEvidence, huantaiComparison.evidence, ...rongcheng.bands.map((b) => b.evidence), ...rongcheng.consequences.map((c) => c.evidence), ...ledgerItems.flatMap((i) => [i.evidence, ...(i.penalty ? [i.penalty.evidence] : [])]), ...neighbours.map((n) => n.evidence)],
      copy.rongcheng.notes,
    );
  });

  it('the data files hold no words: evidence carries note keys, not sentences', () => {
    const keys = [...sesame.consequences.map((c) => c.evidence), ...ledgerItems.map((i) => i.evidence)].flatMap((e) => (e.note ? [e.note] : []));
    for (const key of keys) expect(key).toMatch(/^[a-z]+\.[a-z0-9-]+$/);
    expect([...sesameRefs].every((id) => refsOf({ kind: 'documented', refs: [id] }).length === 1)).toBe(true);
  });
});

describe('the pseudo-locale', () => {
  it('wraps and accents every string but keeps {holes} for templates', () => {
    expect(pseudoize({ a: 'Score {score}', b: ['Locked'] })).toEqual({ a: '⟦Šçóré {score}⟧', b: ['⟦Lóçkéd⟧'] });
  });
});
