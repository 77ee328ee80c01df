import { distance } from 'fastest-levenshtein';
import { byKey } from './ordering';
import { round4 } from './scoring';

/** The eligibility rules of DESIGN.md "Screening, objections and the judges' reliability", as pure
 * functions. Rules never decide: they **flag** an entry with the particulars its reason is worded
 * from (the catalogue's `flagMessage`), and the secretariat decides (`PUT /innovations/{id}/eligibility`). Three rules, each with its settings in the edition:
 *
 * - RUNNING_TIME: an innovation at a stage with a minimum running time (months, per stage) must have
 *   started that long before registration closes. Both ends are read in WITA: `startedOn` is a WITA
 *   calendar date (its 00:00 WITA), the close is the registration window's end. Adding months keeps
 *   the day of the month, or takes the month's last day where it has no such day (31 March + 1 month
 *   is 30 April).
 * - DUPLICATE_TITLE: a title that nearly repeats another entry's, in the same edition or an earlier
 *   one. Titles are compared normalised (lower case, accents and punctuation removed, Indonesian stop
 *   words and the word "inovasi" dropped, spaces collapsed) by Levenshtein similarity:
 *   1 − distance / length of the longer title. At or over the edition's threshold they match.
 * - PREVIOUS_WINNER: an earlier edition's winner whose title matches the same way is the same
 *   innovation entering again. */

export const INNOVATION_STAGES = ['INISIATIF', 'UJI_COBA', 'PENERAPAN'] as const;
export type InnovationStage = (typeof INNOVATION_STAGES)[number];

export interface EligibilityRules {
  /** Months an innovation at each stage must have been running when registration closes. */
  minimumRunningMonths: Partial<Record<InnovationStage, number>>;
  /** Normalised titles at least this similar (0–1) are flagged. */
  titleSimilarity: number;
}

/** The default: an implemented innovation (PENERAPAN) running at least a year (KIPP asks two, which
 * an edition may set); titles 85 % alike. */
export const DEFAULT_ELIGIBILITY_RULES: EligibilityRules = { minimumRunningMonths: { PENERAPAN: 12 }, titleSimilarity: 0.85 };

import type { ScreeningFlag } from '#shared/vocabulary/screening-flags';

export { FLAG_CODES, type FlagCode, type ScreeningFlag } from '#shared/vocabulary/screening-flags';

/** What the rules read of an entry of this edition. */
export interface ScreenedEntry {
  id: string;
  editionId: string;
  title: string;
  innovationStage?: InnovationStage;
  startedOn?: string;
}

/** What the rules read of an earlier entry (this edition's other entries, or an earlier edition's). */
export interface EarlierEntry {
  id: string;
  editionId: string;
  title: string;
  winner: boolean;
  /** `normaliseTitle(title)`, when the caller has it already (a boundary compares every pair). */
  normalisedTitle?: string;
}

/** Indonesian function words that carry no meaning in a title, and the word every title has. */
export const TITLE_STOP_WORDS: ReadonlySet<string> = new Set([
  'dan', 'di', 'ke', 'dari', 'pada', 'untuk', 'yang', 'dengan', 'dalam', 'atau', 'oleh', 'bagi', 'serta', 'melalui', 'inovasi',
]);

/** A title as the rules compare it. */
export const normaliseTitle = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w !== '' && !TITLE_STOP_WORDS.has(w))
    .join(' ');

/** 1 − Levenshtein distance / the longer length, of two titles once normalised (1 when both are empty). */
export const titleSimilarity = (a: string, b: string): number => normalisedSimilarity(normaliseTitle(a), normaliseTitle(b));

const normalisedSimilarity = (x: string, y: string): number => {
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 1 : round4(1 - distance(x, y) / longer);
};

/** The distance is at least the difference in length, so titles whose lengths differ by more than
 * (1 − threshold) of the longer cannot match: skipped without computing it. */
const mayMatch = (x: string, y: string, threshold: number): boolean => {
  const longer = Math.max(x.length, y.length);
  // Rounded as the similarity is (rounding is monotonic), so a pair the rounding would carry over
  // the threshold is never skipped.
  return longer === 0 || round4(1 - Math.abs(x.length - y.length) / longer) >= threshold;
};

/** A WITA calendar date plus whole months, the day kept or clamped to the month's last day. */
export const addMonths = (date: string, months: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12; // 0-based
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
};

/** The instant a WITA calendar date starts. */
const witaMidnight = (date: string): number => Date.parse(`${date}T00:00:00+08:00`);

/** RUNNING_TIME: null when the entry has run long enough (or its stage has no minimum, or it gave no
 * stage or start date: a submitted entry always has both). */
export const runningTimeFlag = (entry: ScreenedEntry, rules: EligibilityRules, registrationClose: string): ScreeningFlag | null => {
  const stage = entry.innovationStage;
  const months = stage === undefined ? undefined : rules.minimumRunningMonths[stage];
  if (stage === undefined || months === undefined || months <= 0 || entry.startedOn === undefined) return null;
  const enough = addMonths(entry.startedOn, months);
  if (witaMidnight(enough) <= Date.parse(registrationClose)) return null;
  return { code: 'RUNNING_TIME', stage, minimumMonths: months, startedOn: entry.startedOn, reachesMinimumOn: enough, registrationClose };
};

/** DUPLICATE_TITLE and PREVIOUS_WINNER: one flag per matching earlier entry, the most similar first
 * (then by edition and id), the entry itself never. */
export const titleFlags = (entry: ScreenedEntry, others: readonly EarlierEntry[], rules: EligibilityRules): ScreeningFlag[] => {
  const own = normaliseTitle(entry.title);
  return others
    .filter((o) => o.id !== entry.id)
    .map((o) => ({ o, theirs: o.normalisedTitle ?? normaliseTitle(o.title) }))
    .filter(({ theirs }) => mayMatch(own, theirs, rules.titleSimilarity))
    .map(({ o, theirs }) => ({ o, similarity: normalisedSimilarity(own, theirs) }))
    .filter(({ similarity }) => similarity >= rules.titleSimilarity)
    .sort((a, b) => b.similarity - a.similarity || byKey(a.o.editionId, b.o.editionId) || byKey(a.o.id, b.o.id))
    .map(({ o, similarity }): ScreeningFlag => ({
      code: o.winner && o.editionId !== entry.editionId ? 'PREVIOUS_WINNER' : 'DUPLICATE_TITLE',
      innovationId: o.id,
      editionId: o.editionId,
      title: o.title,
      similarity,
    }));
};

/** Every flag of an entry, in rule order. */
export const screeningFlags = (entry: ScreenedEntry, others: readonly EarlierEntry[], rules: EligibilityRules, registrationClose: string): ScreeningFlag[] => {
  const running = runningTimeFlag(entry, rules, registrationClose);
  const titles = titleFlags(entry, others, rules);
  return [...(running ? [running] : []), ...titles.filter((f) => f.code === 'PREVIOUS_WINNER'), ...titles.filter((f) => f.code === 'DUPLICATE_TITLE')];
};

