import { msg, renderMessage, type Message } from '#shared/messages/catalogue';
import { disagreementsAmong } from './disagreements';
import type { FQuantile } from './f-quantile';
import { byKey } from './ordering';
import { round4 } from './scoring';

/** How far a category's judges agree (DESIGN.md "Screening, objections and the judges' reliability"),
 * as pure functions.
 *
 * The coefficient is the intraclass correlation of a two-way random-effects model with absolute
 * agreement: ICC(2,1) for one judge's total and ICC(2,k) for the mean of k judges (Shrout & Fleiss
 * 1979; McGraw & Wong 1996 "case 2A", ICC(A,1) and ICC(A,k)), with McGraw & Wong's 95 % confidence
 * interval (Satterthwaite's degrees of freedom, F quantiles passed in: `./f-quantile`) and the band
 * of Koo & Li (2016): below 0.5 poor, from 0.5 moderate, from 0.75 good, above 0.9 excellent.
 *
 * The model needs a complete matrix: every judge on every entry. A category's panels are often not
 * complete (an entry a judge has a conflict with, a judge added late for one entry), so the figures
 * are computed on a complete sub-matrix, chosen the same way every time and reported: all the
 * category's judges and the entries every one of them scored; while that leaves fewer than
 * MIN_ICC_ENTRIES entries and more than two judges, the judge who scored the fewest of the category's
 * entries (the later judgeId among equals) is left out. Judges and entries left out are named in
 * the result; where no sub-matrix of at least MIN_ICC_ENTRIES × 2 exists, the coefficients are null
 * with the reason. Raw judge totals are used: agreement is about what the judges gave, before any
 * severity correction. */

/** Fewer entries than this give an interval too wide to say anything (and none at all below 2). */
export const MIN_ICC_ENTRIES = 3;
/** The default spread of an entry's judge totals (highest minus lowest) beyond which its judges are
 * said to disagree. */
export const DEFAULT_DISAGREEMENT_THRESHOLD = 25;
const ALPHA = 0.05;

export type AgreementBand = 'poor' | 'moderate' | 'good' | 'excellent';

export interface IccEstimate {
  icc: number;
  /** The 95 % interval; null where it cannot be computed (perfect agreement, a degenerate design). */
  lower: number | null;
  upper: number | null;
  /** Koo & Li's band of the point estimate. */
  band: AgreementBand;
}

export interface TwoWayAnova {
  /** Entries (rows) and judges (columns). */
  n: number;
  k: number;
  msr: number;
  msc: number;
  mse: number;
}

export interface Icc extends TwoWayAnova {
  /** ICC(2,1): how far one judge's total can be trusted. */
  single: IccEstimate;
  /** ICC(2,k): how far the mean of the k judges can be trusted; null where ICC(2,1) is so far below
   * zero (at or below −1/(k−1)) that its step-up to k judges has no meaning. */
  average: IccEstimate | null;
}

/** Koo & Li (2016): < 0.5 poor, 0.5 to < 0.75 moderate, 0.75 to 0.9 good, > 0.9 excellent. */
export const agreementBand = (icc: number): AgreementBand => (icc > 0.9 ? 'excellent' : icc >= 0.75 ? 'good' : icc >= 0.5 ? 'moderate' : 'poor');

/** The mean squares of a two-way analysis of variance without replication, on a complete matrix
 * (rows: entries; columns: judges). */
export const twoWayAnova = (matrix: readonly (readonly number[])[]): TwoWayAnova => {
  const n = matrix.length;
  const k = matrix[0]?.length ?? 0;
  if (n < 2 || k < 2) throw new Error(`an ICC needs at least 2 entries and 2 judges, not ${n} × ${k}`);
  if (matrix.some((row) => row.length !== k)) throw new Error('an ICC needs a complete matrix');
  const grand = matrix.reduce((s, row) => s + row.reduce((t, x) => t + x, 0), 0) / (n * k);
  const rowMeans = matrix.map((row) => row.reduce((t, x) => t + x, 0) / k);
  const colMeans = Array.from({ length: k }, (_, j) => matrix.reduce((t, row) => t + row[j]!, 0) / n);
  const ssr = k * rowMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const ssc = n * colMeans.reduce((s, m) => s + (m - grand) ** 2, 0);
  const sst = matrix.reduce((s, row) => s + row.reduce((t, x) => t + (x - grand) ** 2, 0), 0);
  // Never below zero: rounding in the subtraction of two nearly equal sums.
  const sse = Math.max(0, sst - ssr - ssc);
  return { n, k, msr: ssr / (n - 1), msc: ssc / (k - 1), mse: sse / ((n - 1) * (k - 1)) };
};

const finite = (x: number): number | null => (Number.isFinite(x) ? round4(x) : null);

/** ICC(2,1) and ICC(2,k) with their 95 % intervals (McGraw & Wong 1996, Tables 4 and 7, case 2A),
 * or null where the matrix has no variance at all (every total equal).
 *
 * The interval is given for an estimate strictly between 0 and 1: at 1 (perfect agreement) it has
 * no width to compute, and at or below 0 McGraw & Wong's approximation (Satterthwaite's degrees of
 * freedom from a negative estimate) gives bounds that need not even contain the estimate, so none
 * is shown rather than a wrong one; such an estimate is "poor" whatever its interval. */
export const icc = (matrix: readonly (readonly number[])[], fQuantile: FQuantile): Icc | null => {
  const anova = twoWayAnova(matrix);
  const { n, k, msr, msc, mse } = anova;
  const singleDenominator = msr + (k - 1) * mse + (k / n) * (msc - mse);
  const averageDenominator = msr + (msc - mse) / n;
  if (!(singleDenominator > 0)) return null;
  const single = (msr - mse) / singleDenominator;

  // McGraw & Wong's interval for case 2A: F quantiles at Satterthwaite's degrees of freedom v, the
  // same two for the single and the average measure.
  let bounds: { single: [number, number]; average: [number, number] } | null = null;
  if (single > 0 && single < 1) {
    const a = (k * single) / (n * (1 - single));
    const b = 1 + (k * single * (n - 1)) / (n * (1 - single));
    const v = (a * msc + b * mse) ** 2 / ((a * msc) ** 2 / (k - 1) + (b * mse) ** 2 / ((n - 1) * (k - 1)));
    if (Number.isFinite(v) && v > 0) {
      const fl = fQuantile(1 - ALPHA / 2, n - 1, v);
      const fu = fQuantile(1 - ALPHA / 2, v, n - 1);
      bounds = {
        single: [
          (n * (msr - fl * mse)) / (fl * (k * msc + (k * n - k - n) * mse) + n * msr),
          (n * (fu * msr - mse)) / (k * msc + (k * n - k - n) * mse + n * fu * msr),
        ],
        average: [(n * (msr - fl * mse)) / (fl * (msc - mse) + n * msr), (n * (fu * msr - mse)) / (msc - mse + n * fu * msr)],
      };
    }
  }
  const estimate = (value: number, interval: [number, number] | undefined): IccEstimate => {
    const icc = round4(value);
    // An interval that does not hold its own estimate (the approximation failing on a near-zero
    // estimate with a large residual) is not shown.
    const [lo, hi] = interval?.map(finite) ?? [null, null];
    const sane = lo !== null && hi !== null && lo !== undefined && hi !== undefined && lo <= icc && icc <= hi;
    return { icc, lower: sane ? lo : null, upper: sane ? hi : null, band: agreementBand(icc) };
  };
  return {
    n,
    k,
    msr: round4(msr),
    msc: round4(msc),
    mse: round4(mse),
    single: estimate(single, bounds?.single),
    average: averageDenominator > 0 ? estimate((msr - mse) / averageDenominator, bounds?.average) : null,
  };
};

// ——— a category's judges ———

/** One judge's total on one entry. */
export interface JudgeTotal {
  judgeId: string;
  total: number;
}

export interface ScoredEntry {
  innovationId: string;
  /** One per judge. */
  totals: readonly JudgeTotal[];
}

/** The agreement between one category's judges in one round, as the ranking shows it. */
export interface CategoryReliability {
  /** The judges and the number of entries of the complete sub-matrix the figures come from. */
  judges: string[];
  entries: number;
  /** Judges of the category left out to make the matrix complete, and entries not scored by every
   * judge kept. */
  judgesLeftOut: string[];
  entriesLeftOut: number;
  /** ICC(2,1) and ICC(2,k) (k = judges.length); null with `reason` when they cannot be computed. */
  single: IccEstimate | null;
  average: IccEstimate | null;
  reason?: string;
  why?: Message;
  /** An entry's judges disagree when the spread of their totals (highest − lowest) is over this. */
  disagreementThreshold: number;
  /** Those entries, in innovationId order, with their spread. */
  disagreements: { innovationId: string; spread: number }[];
}

/** Highest minus lowest judge total, or null with fewer than two judges. */
export const spreadOf = (totals: readonly JudgeTotal[]): number | null =>
  totals.length < 2 ? null : round4(Math.max(...totals.map((t) => t.total)) - Math.min(...totals.map((t) => t.total)));

/** The complete sub-matrix described at the top of this file. */
export const completeSubMatrix = (entries: readonly ScoredEntry[]) => {
  const scoredBy = new Map<string, Map<string, number>>(); // judge → entry → total
  for (const e of entries)
    for (const t of e.totals) {
      const m = scoredBy.get(t.judgeId) ?? new Map<string, number>();
      m.set(e.innovationId, t.total);
      scoredBy.set(t.judgeId, m);
    }
  let judges = [...scoredBy.keys()].sort(byKey);
  const leftOut: string[] = [];
  const rowsFor = (js: string[]) => [...entries].sort((a, b) => byKey(a.innovationId, b.innovationId)).filter((e) => js.every((j) => scoredBy.get(j)!.has(e.innovationId)));
  let rows = rowsFor(judges);
  while (rows.length < MIN_ICC_ENTRIES && judges.length > 2) {
    // The judge with the fewest entries; among equals the later judgeId.
    const fewest = [...judges].sort((a, b) => scoredBy.get(a)!.size - scoredBy.get(b)!.size || byKey(b, a))[0]!;
    judges = judges.filter((j) => j !== fewest);
    leftOut.push(fewest);
    rows = rowsFor(judges);
  }
  return {
    judges,
    judgesLeftOut: leftOut.sort(byKey),
    innovationIds: rows.map((e) => e.innovationId),
    matrix: rows.map((e) => judges.map((j) => scoredBy.get(j)!.get(e.innovationId)!)),
  };
};

/** The agreement between a category's judges and the entries they disagree on. */
export const categoryReliability = (entries: readonly ScoredEntry[], disagreementThreshold: number, fQuantile: FQuantile): CategoryReliability => {
  const sub = completeSubMatrix(entries);
  const disagreements = disagreementsAmong(
    entries.map((e) => ({ innovationId: e.innovationId, spread: spreadOf(e.totals) })),
    disagreementThreshold,
  );
  const base = {
    judges: sub.judges,
    entries: sub.innovationIds.length,
    judgesLeftOut: sub.judgesLeftOut,
    entriesLeftOut: entries.length - sub.innovationIds.length,
    disagreementThreshold: round4(disagreementThreshold),
    disagreements,
  };
  // Why a coefficient is null: in English as stored (`reason`), and as the catalogue's message (`why`).
  const because = (why: Message) => ({ reason: renderMessage(why, 'en'), why });
  const none = (why: Message): CategoryReliability => ({ ...base, single: null, average: null, ...because(why) });
  if (sub.judges.length < 2) return none(msg('ICC_TOO_FEW_JUDGES', { judges: sub.judges.length }));
  if (sub.innovationIds.length < MIN_ICC_ENTRIES) return none(msg('ICC_TOO_FEW_ENTRIES', { entries: sub.innovationIds.length, needed: MIN_ICC_ENTRIES }));
  const result = icc(sub.matrix, fQuantile);
  if (result === null) return none(msg('ICC_UNDEFINED'));
  return { ...base, single: result.single, average: result.average, ...(result.average === null && because(msg('ICC_K_MEANINGLESS'))) };
};
