import { dictionary } from '../../i18n';
import type { Locale } from '../../i18n/locales';
import { modelCopy } from '../../model/copy';
import { documented, illustrative, refsOf, type Evidence } from '../../model/evidence';
import { debtorPath, shamingChoices, stageIds, tierIds, type DebtorData, type ShamingChoice, type Tier } from '../../model/judgment-debtor';
import { figure, guideline2014, listGrounds, listLaunchEvidence, repairRules, repairTiers, repairTiersEvidence, restrictions, restrictionsBind, shamingCase, unableToPay, waysOff, type ShamingCaseId } from '../../model/lao-lai';
import { drawingsOf } from '../shared/icons';
import type { DebtorWords } from './state';

/** The case each shaming method is shown through: the first documented one of its kind. */
const caseOf: Readonly<Record<ShamingChoice, ShamingCaseId>> = {
  ringback: 'guanyun-ringback',
  moments: 'wenzhou-moments',
  cinema: 'hejiang-cinema',
  douyin: 'kaifeng-douyin',
  billboard: 'anhui-billboards',
  map: 'hebei-map',
};

/** The restrictions a reader can picture first, with their drawings; the others go in a fold. */
const shownFirst = { flights: 'plane', 'g-class-trains': 'train', 'star-hotels': 'hotel', 'private-schools': 'school' } as const;

const wayOff = (id: 'perform' | 'credit-repair'): Evidence => waysOff.find((w) => w.id === id)!.evidence;

/**
 * The facts the path shows, gathered from the lao-lai model (never retyped) into plain data for
 * the island, so its bundle carries none of that model's code. Built on the server and in tests.
 */
export function debtorData(): DebtorData {
  const prosecuted = figure('prosecuted-2025');
  const restored = figure('repaired-2025');
  const first = restrictions.filter((r) => r.id in shownFirst);
  const rest = restrictions.filter((r) => !(r.id in shownFirst));
  return {
    grounds: listGrounds,
    groundsEvidence: listGrounds[0]!.evidence,
    listNamesEvidence: listLaunchEvidence,
    restrictions: [
      ...first.map((r) => ({ id: r.id, icon: shownFirst[r.id as keyof typeof shownFirst], shown: true, evidence: r.evidence })),
      { id: 'executive-posts' as const, shown: true, evidence: documented([...refsOf(guideline2014.evidence), 'ap-2019-npcic']) },
      ...rest.map((r) => ({ id: r.id, shown: false, evidence: r.evidence })),
    ],
    bindsEvidence: restrictionsBind.evidence,
    unable: { since: unableToPay.since, evidence: unableToPay.evidence },
    unableRestrictionsEvidence: illustrative('judgmentDebtor.unable-open', refsOf(restrictionsBind.evidence)),
    prosecuted: { value: prosecuted.value, year: prosecuted.year, evidence: prosecuted.evidence },
    cases: Object.fromEntries(
      shamingChoices.map((choice) => {
        const c = shamingCase(caseOf[choice]);
        // A run of days is shown by its month.
        return [choice, { id: c.id, date: c.date.split('/')[0]!.slice(0, 7), ...(c.debtors !== undefined ? { debtors: c.debtors } : {}), ...(c.figure !== undefined ? { figure: c.figure } : {}), evidence: c.evidence }];
      }),
    ) as DebtorData['cases'],
    shamingChoiceEvidence: illustrative('judgmentDebtor.shaming-choice'),
    performEvidence: wayOff('perform'),
    repair: { trialInForce: repairRules.trialInForce, measuresInForce: repairRules.measuresInForce, evidence: repairRules.evidence, correctedEvidence: documented(['ndrc-2023-repair-trial', 'ndrc-2025-repair-measures']) },
    tiers: Object.fromEntries(tierIds.map((id) => {
      const tier = repairTiers.find((t) => t.id === id)!;
      return [id, { fromMonths: tier.fromMonths, toMonths: tier.toMonths }];
    })) as Record<Tier, { fromMonths: number; toMonths: number }>,
    tiersEvidence: repairTiersEvidence,
    tierChoiceEvidence: illustrative('judgmentDebtor.tier-choice', refsOf(repairTiersEvidence)),
    restored: { value: restored.value, year: restored.year, evidence: restored.evidence },
    notAScoreEvidence: documented([...refsOf(listGrounds[0]!.evidence), 'globe-2018-liu-hu', 'daum-easy-as-abc']),
  };
}

/** Every piece of evidence the widget can show, for its note words and its source list. */
export function debtorEvidence(data: DebtorData): Evidence[] {
  return [
    ...debtorPath.consequences.map((c) => c.evidence),
    debtorPath.scale.evidence,
    data.groundsEvidence,
    data.listNamesEvidence,
    ...data.restrictions.map((r) => r.evidence),
    data.bindsEvidence,
    data.unable.evidence,
    data.unableRestrictionsEvidence,
    data.prosecuted.evidence,
    ...Object.values(data.cases).map((c) => c.evidence),
    data.shamingChoiceEvidence,
    data.performEvidence,
    data.repair.evidence,
    data.repair.correctedEvidence,
    data.tiersEvidence,
    data.tierChoiceEvidence,
    data.restored.evidence,
    data.notAScoreEvidence,
  ];
}

/**
 * On the server: everything the widget says in one locale. The stages speak through the kit's
 * copy shape; the notes are those of every piece of evidence it can show, whichever model's copy
 * holds them; the drawings are those of the restrictions shown first.
 */
export function debtorWords(locale: Locale): DebtorWords {
  const copy = modelCopy(locale);
  const { widgets } = dictionary(locale);
  const debtor = copy.judgmentDebtor;
  const data = debtorData();
  const allNotes: Readonly<Record<string, string>> = { ...copy.laoLai.notes, ...debtor.notes };
  const keys = new Set(debtorEvidence(data).flatMap((e) => (e.note ? [e.note] : [])));
  return {
    locale,
    common: copy.common,
    copy: {
      name: debtor.name,
      bandNoun: debtor.bandNoun,
      bands: debtor.bands,
      consequences: Object.fromEntries(stageIds.map((id) => [id, { label: debtor.stages[id].label, detail: '' }])),
      conflicting: {},
      notes: Object.fromEntries([...keys].map((key) => [key, allNotes[key] ?? ''])),
    },
    debtor,
    data,
    ui: widgets['judgment-debtor'],
    kit: widgets.kit,
    // The kit's icons are those of the path's rows (none); the restrictions' drawings travel apart.
    icons: drawingsOf(debtorPath.consequences.map((c) => c.icon)),
    restrictionIcons: drawingsOf(data.restrictions.map((r) => r.icon)),
  };
}
