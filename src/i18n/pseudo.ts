/**
 * The pseudo-locale: every dictionary string and model text, accented and wrapped in ⟦…⟧,
 * so a build in it shows at a glance (and a test finds) any text that skipped the dictionary.
 * `{holes}` stay as they are, so templates still fill.
 */
const accents: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', y: 'ý', c: 'ç', n: 'ñ', s: 'š', z: 'ž',
  A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', Y: 'Ý', C: 'Ç', N: 'Ñ', S: 'Š', Z: 'Ž',
};

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

function pseudoString(text: string): string {
  if (text.trim() === '') return text;
  const accented = text.split(/(\{\w+\})/).map((part, i) => (i % 2 ? part : part.replace(/[a-zA-Z]/g, (ch) => accents[ch] ?? ch))).join('');
  return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`;
}

export function pseudoize<T>(value: T): T {
  if (typeof value === 'string') return pseudoString(value) as T;
  if (Array.isArray(value)) return value.map(pseudoize) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoize(v)])) as T;
  return value;
}

/** Set by `npm run build:pseudo` (SCORED_PSEUDO=1): the build then renders in the pseudo-locale. */
export const pseudoBuild = (): boolean => typeof process !== 'undefined' && process.env.SCORED_PSEUDO === '1';
