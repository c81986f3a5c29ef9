import { boardStory, boardStorySteps, gradeFor, ledgerItems, LIU_ABOVE_BASELINE, LIU_GUOPING, liuGuopingEvidence, neighbours, RONGCHENG_START, type StoryVillager } from '../../model/rongcheng';
import { voiceFor } from '../../model/copy';
import { fill } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import type { GraphicData, GraphicDataRow } from '../graphic-data';

/** The village board's table and summary: every villager in the final ranking, with the points each step gave them. */
export default function rongchengBoardData(locale: Locale): GraphicData {
  const { copy, format } = voiceFor(locale, 'rongcheng');
  const words = copy.graphicData;
  const name = (id: string) => copy.neighbours[id as keyof typeof copy.neighbours];
  const note = (key: string | undefined) => (key ? copy.notes[key as keyof typeof copy.notes] : undefined);
  // A villager's points in step order, each change once: 1,000 → 990 → 1,020.
  const path = (v: StoryVillager) => boardStorySteps.map((s) => v.scores[s]).filter((score, i, all): score is number => score !== undefined && score !== all[i - 1]);
  const final = (v: StoryVillager) => path(v).at(-1)!;
  // The story's other villagers each appear with one documented deed added to the start.
  const deedOf = (v: StoryVillager) => {
    const item = ledgerItems.find((i) => i.kind === 'deed' && RONGCHENG_START + i.points === path(v)[0]);
    if (!item) throw new Error(`src/scrolly/data/rongcheng-board.ts: no deed in the ledger takes ${RONGCHENG_START} to ${path(v)[0]} for "${v.id}"`);
    return item;
  };
  const madeUp = new Map(neighbours.filter((n) => n.id !== LIU_GUOPING).map((n) => [n.id, n]));
  const liu = boardStory.find((v) => v.id === LIU_GUOPING)!;
  const withDeeds = boardStory.filter((v) => v.id !== LIU_GUOPING && !madeUp.has(v.id));
  const ranked = [...boardStory].sort((a, b) => final(b) - final(a));

  const rows: GraphicDataRow[] = ranked.map((v) => {
    // As the graphic's row reads: points, then grade.
    const cells = [fill(copy.graphic.row, { score: path(v).map(format.number).join(words.pointsPath), grade: copy.bands[gradeFor(final(v)).id as keyof typeof copy.bands].label })];
    const neighbour = madeUp.get(v.id);
    if (v.id === LIU_GUOPING) return { label: name(v.id), cells, evidence: liuGuopingEvidence, note: note(liuGuopingEvidence.note) };
    if (neighbour) return { label: name(v.id), cells, evidence: neighbour.evidence, note: note(neighbour.evidence.note) };
    const deed = deedOf(v);
    return { label: name(v.id), cells, evidence: deed.evidence, note: fill(words.deedNote, { delta: format.delta(deed.points), start: format.number(RONGCHENG_START) }) };
  });

  const [start, low, end] = path(liu);
  const summary = fill(words.summary, {
    start: format.number(start!),
    low: format.number(low!),
    lost: format.number(start! - low!),
    end: format.number(end!),
    above: format.number(LIU_ABOVE_BASELINE),
    deeds: format.list(withDeeds.map((v) => fill(words.deedPart, { name: name(v.id), delta: format.delta(deedOf(v).points) }))),
    madeUp: format.number(boardStory.filter((v) => madeUp.has(v.id)).length),
    top: format.number(final(ranked[0]!)),
    bottom: format.number(final(ranked.at(-1)!)),
  });

  return { caption: words.caption, columns: [words.columns.villager, words.columns.points], rows, summary };
}
