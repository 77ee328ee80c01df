import type { FinalWeights } from '#shared/schemas/edition.schema';
import type {
  AssessmentJudge,
  FinalBreakdown,
  FinalRow,
  NominationBreakdown,
  NominationRow,
  Place,
  RankingTie,
} from '#shared/schemas/ranking.schema';
import { msg, renderMessage, type Message } from '#shared/messages/catalogue';
import { CATEGORY_CODES, type CategoryCode } from '#shared/vocabulary/categories';
import { byKey } from './ordering';
import type { FQuantile } from './f-quantile';
import { categoryReliability, DEFAULT_DISAGREEMENT_THRESHOLD, spreadOf, type CategoryReliability } from './reliability';
import { judgeTotal, round4, type CriterionScale } from './scoring';

/** The nomination and final rankings of DESIGN.md "Judging", as pure functions.
 *
 * Determinism: entries are taken in innovationId order and scores in judgeId order before anything
 * is summed, so the order of the input arrays never shows in the output, and the same input gives
 * the same JSON byte for byte.
 *
 * Rounding: every figure is rounded by `round4` when it is produced, and each later figure is
 * computed from the rounded ones before it (criteria → judge totals → judge and pooled statistics →
 * adjusted totals → entry score → final score). Rounding only at the end would leave a breakdown
 * that recomputes to its score give or take the last digit; this way it recomputes exactly.
 *
 * Ties: entries the whole tie chain cannot separate share a rank (1, 2, 2, 4). innovationId orders
 * them for display only. Where such a tie decides something, it is reported in `ties` and its rows
 * carry `tie: true`: at the nomination cut-off every tied entry is nominated (the secretariat may
 * then withdraw one); among the places, tied entries share the place and the next place is skipped,
 * as the shared rank says (two 2nd places, no 3rd).
 *
 * Reliability: each category of each round carries the agreement between its judges (ICC(2,1),
 * ICC(2,k), their intervals and bands, on the raw judge totals; see `./reliability`) and the entries
 * whose judge totals spread over the edition's threshold; such a row carries `disagreement: true`. */

/** Entries need this many judges to be ranked; finalists this many presentation scores. */
export const MIN_JUDGES = 2;
/** A judge's severity is corrected only with this many scored entries in the round. */
export const MIN_ENTRIES_FOR_CORRECTION = 8;
/** With this many judges or more, an entry's highest and lowest adjusted totals are dropped. */
export const TRIM_FROM_JUDGES = 5;
/** The criterion whose mean breaks a tie at the nomination cut-off. */
export const TIE_CRITERION = 'kemanfaatan';
const PLACES = 3;

export interface JudgeScore {
  judgeId: string;
  criteria: Readonly<Record<string, number>>;
}

/** One innovation in the assessment round, with every score its judges gave. */
export interface NominationEntry {
  innovationId: string;
  category: CategoryCode;
  eligible: boolean;
  /** Disqualified by an upheld objection: listed, never nominated; the next entry moves up. */
  disqualified?: boolean;
  /** Final submission, an ISO instant: the last tie-break. */
  submittedAt: string;
  scores: readonly JudgeScore[];
}

export interface NominationInput {
  /** The whole round, every category: judge severity is measured over all of it, and every score
   * passed counts towards it, whatever becomes of its entry. */
  entries: readonly NominationEntry[];
  rubric: readonly CriterionScale[];
  nominationsPerCategory: number;
  /** An entry scoring below it is not nominated; one scoring exactly it may be. */
  minimumNominationScore: number | null;
  /** Judges disagree on an entry when their totals spread over this (default 25). */
  disagreementThreshold?: number;
  /** For the interval of the judges' agreement: passed in, so that a function that ranks now and then
   * loads jStat only when it does (`./f-quantile`). */
  fQuantile: FQuantile;
}

export type Verification = NonNullable<FinalBreakdown['verification']>;

/** One nominee in the final round. */
export interface FinalEntry {
  innovationId: string;
  category: CategoryCode;
  submittedAt: string;
  /** The adjusted assessment score its nomination row carries. */
  assessment: number;
  verification: Verification | null;
  presentationScores: readonly JudgeScore[];
}

export interface FinalInput {
  entries: readonly FinalEntry[];
  /** The presentation rubric. */
  rubric: readonly CriterionScale[];
  weights: FinalWeights;
  disagreementThreshold?: number;
  fQuantile: FQuantile;
}

export interface RankingOutcome<Row> {
  categories: Partial<Record<CategoryCode, Row[]>>;
  ties: RankingTie[];
  /** Per category, the agreement between its judges in the round. */
  reliability: Partial<Record<CategoryCode, CategoryReliability>>;
}

export const rankNomination = (input: NominationInput): RankingOutcome<NominationRow> => {
  const rubric = scaleOf(input.rubric);
  const entries = inOrder(input.entries, (e) => e.innovationId, 'innovation').map((entry) => ({
    entry,
    scores: inOrder(entry.scores, (s) => s.judgeId, `judge on ${entry.innovationId}`).map((s) => tally(s, rubric)),
  }));
  const pools = pooledStatistics(entries.map(({ entry, scores }) => ({ category: entry.category, scores })));
  const judges = judgeStatistics(entries.flatMap((e) => e.scores));
  const assessed = entries.map(({ entry, scores }): Assessed => {
    const breakdown = assess(scores, judges, pools.get(entry.category)!, rubric);
    return { ...entry, breakdown, reason: leftOutReason(entry, breakdown, input.minimumNominationScore) };
  });
  const threshold = input.disagreementThreshold ?? DEFAULT_DISAGREEMENT_THRESHOLD;
  const totalsOf = (a: Assessed) => a.breakdown.judges.map((j) => ({ judgeId: j.judgeId, total: j.raw }));
  return perCategory(assessed, { threshold, fQuantile: input.fQuantile }, totalsOf, (category, inCategory) => {
    const n = input.nominationsPerCategory;
    const rows: NominationRow[] = [];
    const ties: RankingTie[] = [];
    for (const { rank, members } of rankGroups(inCategory.filter((a) => a.reason === null), nominationOrder)) {
      const straddles = members.length > 1 && rank <= n && rank + members.length - 1 > n;
      if (straddles) ties.push({ category, innovationIds: members.map((m) => m.innovationId), at: 'nomination cut-off' });
      for (const m of members)
        rows.push({ rank, innovationId: m.innovationId, score: m.breakdown.adjusted, nominated: rank <= n, ...(straddles && { tie: true }), ...disagrees(m.breakdown, threshold), breakdown: m.breakdown });
    }
    for (const m of inCategory)
      if (m.reason !== null) rows.push({ rank: null, innovationId: m.innovationId, score: null, nominated: false, ...leftOut(m.reason), ...disagrees(m.breakdown, threshold), breakdown: m.breakdown });
    return { rows, ties };
  });
};

export const rankFinal = (input: FinalInput): RankingOutcome<FinalRow> => {
  const rubric = scaleOf(input.rubric);
  const { assessment, verification, presentation } = input.weights;
  const weights = { assessment: round4(assessment), verification: round4(verification), presentation: round4(presentation) };
  const decided = inOrder(input.entries, (e) => e.innovationId, 'innovation').map((entry): Decided => {
    const judges = inOrder(entry.presentationScores, (s) => s.judgeId, `judge on ${entry.innovationId}`).map((s) => tally(s, rubric));
    const breakdown: FinalBreakdown = {
      assessment: round4(entry.assessment),
      verification: entry.verification && { result: entry.verification.result, score: round4(entry.verification.score) },
      // Presentation panels see every finalist of a category, so no severity correction here.
      presentation: judges.length > 0 ? round4(mean(judges.map((j) => j.total))) : null,
      spread: spreadOf(judges),
      judges,
      weights,
      rubric,
    };
    const reason = finalReason(breakdown);
    return { ...entry, breakdown, reason, score: reason === null ? finalScore(breakdown) : null };
  });
  const threshold = input.disagreementThreshold ?? DEFAULT_DISAGREEMENT_THRESHOLD;
  return perCategory(decided, { threshold, fQuantile: input.fQuantile }, (d) => d.breakdown.judges, (category, inCategory) => {
    const rows: FinalRow[] = [];
    const ties: RankingTie[] = [];
    for (const { rank, members } of rankGroups(inCategory.filter((d) => d.reason === null), finalOrder)) {
      const place = rank <= PLACES ? (rank as Place) : null;
      const shared = members.length > 1 && place !== null;
      if (shared) ties.push({ category, innovationIds: members.map((m) => m.innovationId), at: `place ${place}` as const });
      for (const m of members) rows.push({ rank, innovationId: m.innovationId, score: m.score, place, ...(shared && { tie: true }), ...disagrees(m.breakdown, threshold), breakdown: m.breakdown });
    }
    for (const m of inCategory)
      if (m.reason !== null) rows.push({ rank: null, innovationId: m.innovationId, score: null, place: null, ...leftOut(m.reason), ...disagrees(m.breakdown, threshold), breakdown: m.breakdown });
    return { rows, ties };
  });
};

// ——— assessment ———

/** A judge's score with its total, as breakdowns show it. */
type Tally = FinalBreakdown['judges'][number];

interface JudgeStatistics {
  entries: number;
  mean: number;
  sd: number;
  corrected: boolean;
}

type Pooled = { mean: number; sd: number; within: 'round' | 'category' } | null;

/** The mean and spread each category's judges are corrected to: the whole round's, except in a
 * category whose every judge scored only that category's entries, where a judge's mean says as
 * much about the category as about the judge; there the category's own (DESIGN.md, "where a
 * judge's entries all come from one category, the correction is computed within that category"). */
const pooledStatistics = (entries: readonly { category: CategoryCode; scores: readonly Tally[] }[]): Map<CategoryCode, Pooled> => {
  const statistics = (totals: number[]) => (totals.length > 0 ? { mean: round4(mean(totals)), sd: round4(populationSd(totals)) } : null);
  const categoriesOf = new Map<string, Set<CategoryCode>>();
  for (const e of entries) for (const s of e.scores) categoriesOf.set(s.judgeId, (categoriesOf.get(s.judgeId) ?? new Set()).add(e.category));
  const round = statistics(entries.flatMap((e) => e.scores.map((s) => s.total)));
  const pools = new Map<CategoryCode, Pooled>();
  for (const category of new Set(entries.map((e) => e.category))) {
    const inCategory = entries.filter((e) => e.category === category);
    const judges = new Set(inCategory.flatMap((e) => e.scores.map((s) => s.judgeId)));
    const confined = judges.size > 0 && [...judges].every((j) => categoriesOf.get(j)!.size === 1);
    const pool = confined ? statistics(inCategory.flatMap((e) => e.scores.map((s) => s.total))) : round;
    pools.set(category, pool && { ...pool, within: confined ? 'category' : 'round' });
  }
  return pools;
};

/** The flag on a row whose judges disagree beyond the threshold. */
const disagrees = ({ spread }: { spread?: number | null }, threshold: number): { disagreement?: true } =>
  spread != null && spread > threshold ? { disagreement: true } : {};

type Assessed = NominationEntry & { breakdown: NominationBreakdown; reason: Message | null };

/** A judge's score as the breakdown shows it: criteria rounded and in rubric order, and the total
 * computed from exactly those figures. */
const tally = (score: JudgeScore, rubric: readonly CriterionScale[]): Tally => {
  const criteria = Object.fromEntries(Object.entries(score.criteria).map(([key, value]) => [key, round4(value)]));
  const total = judgeTotal(criteria, rubric); // throws on a score that does not fit the rubric
  return { judgeId: score.judgeId, criteria: Object.fromEntries(rubric.map((c) => [c.key, criteria[c.key]!])), total };
};

/** Each judge's mean and spread over the round. The SD is rounded before it is tested for zero, so a
 * spread too small to show is never divided by. */
const judgeStatistics = (tallies: readonly Tally[]): Map<string, JudgeStatistics> => {
  const totals = new Map<string, number[]>();
  for (const t of tallies) {
    const xs = totals.get(t.judgeId);
    if (xs) xs.push(t.total);
    else totals.set(t.judgeId, [t.total]);
  }
  return new Map(
    [...totals].map(([judgeId, xs]) => {
      const sd = round4(populationSd(xs));
      return [judgeId, { entries: xs.length, mean: round4(mean(xs)), sd, corrected: xs.length >= MIN_ENTRIES_FOR_CORRECTION && sd > 0 }];
    }),
  );
};

/** One entry's assessment: each judge corrected to the round's pooled mean and spread (a z-score
 * mapped back), then the mean of the adjusted totals, trimmed with enough judges. */
const assess = (tallies: readonly Tally[], judges: Map<string, JudgeStatistics>, pooled: Pooled, rubric: CriterionScale[]): NominationBreakdown => {
  const rows = tallies.map((t): AssessmentJudge => {
    const j = judges.get(t.judgeId)!;
    const corrected = j.corrected && pooled !== null;
    const adjusted = corrected ? round4(pooled.mean + (pooled.sd * (t.total - j.mean)) / j.sd) : t.total;
    return { judgeId: t.judgeId, criteria: t.criteria, raw: t.total, adjusted, corrected, judgeEntries: j.entries, judgeMean: j.mean, judgeSd: j.sd };
  });
  const trimmed = rows.length >= TRIM_FROM_JUDGES;
  // Which of two equal extremes is dropped does not change the score; judgeId makes it repeatable.
  const byAdjusted = [...rows].sort((a, b) => a.adjusted - b.adjusted || byKey(a.judgeId, b.judgeId));
  const dropped = trimmed ? [byAdjusted[0]!.judgeId, byAdjusted.at(-1)!.judgeId].sort(byKey) : [];
  const raws = rows.map((r) => r.raw);
  const scored = rows.length > 0;
  return {
    judges: rows,
    rawMean: scored ? round4(mean(raws)) : null,
    adjusted: scored ? round4(mean(rows.filter((r) => !dropped.includes(r.judgeId)).map((r) => r.adjusted))) : null,
    trimmed,
    dropped,
    kemanfaatanMean: scored && rubric.some((c) => c.key === TIE_CRITERION) ? round4(mean(rows.map((r) => r.criteria[TIE_CRITERION]!))) : null,
    medianRaw: scored ? round4(median(raws)) : null,
    spread: spreadOf(rows.map((r) => ({ judgeId: r.judgeId, total: r.raw }))),
    pooledMean: pooled?.mean ?? null,
    pooledSd: pooled?.sd ?? null,
    pooledWithin: pooled?.within ?? null,
    rubric,
  };
};

/** Why a row is left out: in English as stored and exported (`reason`), and as the catalogue's message
 * (`why`) for a reader in another language. */
const leftOut = (why: Message) => ({ reason: renderMessage(why, 'en'), why });

const leftOutReason = (entry: NominationEntry, b: NominationBreakdown, minimum: number | null): Message | null => {
  if (entry.disqualified) return msg('LEFT_OUT_DISQUALIFIED');
  if (!entry.eligible) return msg('LEFT_OUT_NOT_ELIGIBLE');
  if (b.judges.length < MIN_JUDGES) return msg('LEFT_OUT_TOO_FEW_JUDGES', { judges: b.judges.length, needed: MIN_JUDGES });
  if (minimum !== null && b.adjusted! < minimum) return msg('LEFT_OUT_BELOW_MINIMUM', { score: b.adjusted!, minimum });
  return null;
};

/** Adjusted score, then mean kemanfaatan, then median raw total, then earlier final submission. */
const nominationOrder = (a: Assessed, b: Assessed): number =>
  higher(a.breakdown.adjusted, b.breakdown.adjusted) ||
  higher(a.breakdown.kemanfaatanMean, b.breakdown.kemanfaatanMean) ||
  higher(a.breakdown.medianRaw, b.breakdown.medianRaw) ||
  earlier(a.submittedAt, b.submittedAt);

// ——— final ———

type Decided = FinalEntry & { breakdown: FinalBreakdown; reason: Message | null; score: number | null };

const finalReason = (b: FinalBreakdown): Message | null => {
  if (b.verification?.result === 'NOT_VERIFIED') return msg('LEFT_OUT_NOT_VERIFIED');
  const unverified = b.verification === null;
  const presentationScores = b.judges.length < MIN_JUDGES ? b.judges.length : null;
  return unverified || presentationScores !== null ? msg('LEFT_OUT_INCOMPLETE', { unverified, presentationScores, needed: MIN_JUDGES }) : null;
};

/** Only called on a complete breakdown (verified, presented). */
const finalScore = (b: FinalBreakdown): number =>
  round4((b.weights.assessment * b.assessment + b.weights.verification * b.verification!.score + b.weights.presentation * b.presentation!) / 100);

/** Final score, then presentation, then adjusted assessment, then verification, then earlier final
 * submission. */
const finalOrder = (a: Decided, b: Decided): number =>
  higher(a.score, b.score) ||
  higher(a.breakdown.presentation, b.breakdown.presentation) ||
  higher(a.breakdown.assessment, b.breakdown.assessment) ||
  higher(a.breakdown.verification?.score ?? null, b.breakdown.verification?.score ?? null) ||
  earlier(a.submittedAt, b.submittedAt);

// ——— ordering ———

/** Higher first. A figure missing on either side (a rubric without kemanfaatan) decides nothing. */
const higher = (a: number | null, b: number | null): number => (a === null || b === null ? 0 : b - a);

const earlier = (a: string, b: string): number => instant(a) - instant(b);

const instant = (iso: string): number => {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`not an instant: ${iso}`);
  return t;
};

/** Sorted by a stable key; a repeated key would make the order depend on the input, so it is refused. */
const inOrder = <T>(xs: readonly T[], key: (x: T) => string, what: string): T[] => {
  const sorted = [...xs].sort((a, b) => byKey(key(a), key(b)));
  const repeated = sorted.find((x, i) => i > 0 && key(sorted[i - 1]!) === key(x));
  if (repeated !== undefined) throw new Error(`duplicate ${what}: ${key(repeated)}`);
  return sorted;
};

/** Groups of entries the decisive order cannot separate, best first; a group's rank counts the
 * entries ahead of it. Within a group, innovationId is a display order, not a decision. */
const rankGroups = <T extends { innovationId: string }>(xs: readonly T[], decide: (a: T, b: T) => number): { rank: number; members: T[] }[] => {
  const groups: { rank: number; members: T[] }[] = [];
  [...xs]
    .sort((a, b) => decide(a, b) || byKey(a.innovationId, b.innovationId))
    .forEach((x, i) => {
      const last = groups.at(-1);
      if (last && decide(last.members[0]!, x) === 0) last.members.push(x);
      else groups.push({ rank: i + 1, members: [x] });
    });
  return groups;
};

/** Each category ranked on its own, in the competition's category order. */
const perCategory = <E extends { category: CategoryCode; innovationId: string }, Row>(
  entries: readonly E[],
  agreement: { threshold: number; fQuantile: FQuantile },
  totalsOf: (e: E) => { judgeId: string; total: number }[],
  rank: (category: CategoryCode, entries: E[]) => { rows: Row[]; ties: RankingTie[] },
): RankingOutcome<Row> => {
  const stray = entries.find((e) => !CATEGORY_CODES.includes(e.category));
  if (stray) throw new Error(`unknown category: ${stray.category}`);
  const outcome: RankingOutcome<Row> = { categories: {}, ties: [], reliability: {} };
  for (const category of CATEGORY_CODES) {
    const inCategory = entries.filter((e) => e.category === category);
    if (inCategory.length === 0) continue;
    const { rows, ties } = rank(category, inCategory);
    outcome.categories[category] = rows;
    outcome.ties.push(...ties);
    outcome.reliability[category] = categoryReliability(
      inCategory.map((e) => ({ innovationId: e.innovationId, totals: totalsOf(e) })),
      agreement.threshold,
      agreement.fQuantile,
    );
  }
  return outcome;
};

const scaleOf = (rubric: readonly CriterionScale[]): CriterionScale[] =>
  rubric.map((c) => ({ key: c.key, weight: round4(c.weight), min: round4(c.min), max: round4(c.max) }));

// ——— statistics ———

const mean = (xs: readonly number[]): number => xs.reduce((sum, x) => sum + x, 0) / xs.length;

/** Population SD (divide by n): the round's scores are all there are, not a sample of them. */
const populationSd = (xs: readonly number[]): number => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
