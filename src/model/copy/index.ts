import { en } from './en';
import { pseudoBuild, pseudoize } from '../../i18n/pseudo';
import type { Locale } from '../../i18n/locales';
import { formatterFor } from '../../i18n/format';
import type { SystemCopy, Voice } from '../system';

/**
 * Model copy: every word the model's numbers and rules come with (labels, details, notes on
 * evidence, sentence templates), keyed by the model's ids, one set per locale. The model's
 * data files hold no language at all, so a translation never touches a rule.
 */
export type ModelCopy = typeof en;
export type CommonCopy = ModelCopy['common'];
export type SesameCopy = ModelCopy['sesame'];
export type RongchengCopy = ModelCopy['rongcheng'];
export type ManyScoresCopy = ModelCopy['manyScores'];
export type WechatDayCopy = ModelCopy['wechatDay'];
export type SchufaCopy = ModelCopy['schufa'];
export type FicoCopy = ModelCopy['fico'];
export type MoveHouseCopy = ModelCopy['moveHouse'];
/**
 * The copies that speak for one scoring system (its name, bands and consequences). Others, such as
 * a timeline's or a widget's that compares several systems, have a shape of their own.
 */
export type SystemCopyKey = { [K in keyof ModelCopy]: ModelCopy[K] extends SystemCopy ? K : never }[keyof ModelCopy];

const copies: Partial<Record<Locale, ModelCopy>> = { en };

export function modelCopy(locale: Locale): ModelCopy {
  const found = copies[locale];
  if (!found) throw new Error(`No model copy for locale "${locale}" yet: add src/model/copy/${locale}/`);
  return pseudoBuild() ? pseudoize(found) : found;
}

/** The voice a system's sentences are built with, in one locale: its copy, the shared templates, the formats. */
export function voiceFor<S extends SystemCopyKey>(locale: Locale, system: S): Voice<ModelCopy[S]> {
  const copy = modelCopy(locale);
  return { copy: copy[system], common: copy.common, format: formatterFor(locale) };
}
