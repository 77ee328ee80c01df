import * as z from 'zod/mini';
import { defineSchema, IsoInstant, Slug, SystemId } from './common.schema';
import { CategoryCode } from './edition.schema';
import { VerificationResult } from './judging.schema';

/** Rankings and results as the API shows them. Every number in a ranking is rounded to 4 decimals,
 * and each figure is computed from the rounded figures shown before it, so a breakdown recomputes
 * to its row's score digit for digit (see `shared/domain/ranking.ts`). */

export const RankingRound = /* @__PURE__ */ defineSchema(() => z.enum(['nomination', 'final']));
export type RankingRound = z.infer<typeof RankingRound>;

export const Place = /* @__PURE__ */ defineSchema(() => z.union([z.literal(1), z.literal(2), z.literal(3)]));
export type Place = z.infer<typeof Place>;

/** A rubric criterion as used in a computation: what a judge's total is made of. */
const CriterionUsed = /* @__PURE__ */ defineSchema(() => z.object({ key: z.string(), weight: z.number(), min: z.number(), max: z.number() }));
const Criteria = /* @__PURE__ */ defineSchema(() => z.record(z.string(), z.number()));

/** A message of the catalogue, to be worded in the reader's language (`renderMessage`). */
const MessageRef = /* @__PURE__ */ defineSchema(() => z.object({ key: z.string(), params: z.optional(z.unknown()) }));

/** One assessment judge on one entry. `judgeMean`/`judgeSd` are that judge's statistics over the
 * whole round; when `corrected`, adjusted = pooledMean + pooledSd × (raw − judgeMean) / judgeSd. */
export const AssessmentJudge = /* @__PURE__ */ defineSchema(() => z.object({
  judgeId: z.string(),
  criteria: Criteria,
  raw: z.number(),
  adjusted: z.number(),
  corrected: z.boolean(),
  judgeEntries: z.number().check(z.int()),
  judgeMean: z.number(),
  judgeSd: z.number(),
}));
export type AssessmentJudge = z.infer<typeof AssessmentJudge>;

export const NominationBreakdown = /* @__PURE__ */ defineSchema(() => z.object({
  /** Sorted by judgeId. */
  judges: z.array(AssessmentJudge),
  /** Plain mean of every judge's raw total, before correction and trimming. */
  rawMean: z.nullable(z.number()),
  /** The entry's score: mean of the adjusted totals, without `dropped` when `trimmed`. */
  adjusted: z.nullable(z.number()),
  trimmed: z.boolean(),
  /** The judges whose lowest and highest adjusted totals were left out, sorted by judgeId. */
  dropped: z.array(z.string()),
  /** First tie-break: mean raw `kemanfaatan` criterion over the entry's judges (null when the
   * rubric has no such criterion). */
  kemanfaatanMean: z.nullable(z.number()),
  /** Second tie-break: median raw judge total. */
  medianRaw: z.nullable(z.number()),
  /** Highest minus lowest raw judge total (null with fewer than 2 judges). */
  spread: z.nullable(z.number()),
  /** Mean and population SD of the judge totals the judges are corrected to: every total in the
   * round, all categories together (`pooledWithin: "round"`), or, in a category whose every judge
   * scored only that category, the category's totals (`"category"`). */
  pooledMean: z.nullable(z.number()),
  pooledSd: z.nullable(z.number()),
  pooledWithin: z.nullable(z.enum(['round', 'category'])),
  rubric: z.array(CriterionUsed),
}));
export type NominationBreakdown = z.infer<typeof NominationBreakdown>;

const rowFields = /* @__PURE__ */ defineSchema(() => ({
  /** Shared by entries the tie chain cannot separate (1, 2, 2, 4); null for an entry left out. */
  rank: z.nullable(z.number().check(z.int(), z.minimum(1))),
  innovationId: SystemId,
  /** What the row ranks (stored rows carry them; the pure ranking does not need them). */
  title: z.optional(z.string()),
  institutionId: z.optional(Slug),
  /** Null for an entry left out; its breakdown still shows what could be computed. */
  score: z.nullable(z.number()),
  /** Why an entry was left out (present exactly when `rank` is null), in English. */
  reason: z.optional(z.string()),
  /** The same as the message catalogue's key and params, for a reader in another language. */
  why: z.optional(MessageRef),
  /** On rows of a tie that survived the whole chain where it matters (see `ties`). */
  tie: z.optional(z.boolean()),
  /** On rows whose judge totals spread over the edition's threshold (see `reliability`). */
  disagreement: z.optional(z.boolean()),
}));

export const NominationRow = /* @__PURE__ */ defineSchema(() => z.object({ ...rowFields, nominated: z.boolean(), breakdown: NominationBreakdown }));
export type NominationRow = z.infer<typeof NominationRow>;

export const FinalBreakdown = /* @__PURE__ */ defineSchema(() => z.object({
  assessment: z.number(),
  verification: z.nullable(z.object({ result: VerificationResult, score: z.number() })),
  /** Plain mean of the presentation judges' totals (null without any). */
  presentation: z.nullable(z.number()),
  /** Highest minus lowest presentation judge total (null with fewer than 2 judges). */
  spread: z.nullable(z.number()),
  /** Sorted by judgeId. */
  judges: z.array(z.object({ judgeId: z.string(), criteria: Criteria, total: z.number() })),
  /** Percentages: score = (assessment × a + verification × v + presentation × p) / 100. */
  weights: z.object({ assessment: z.number(), verification: z.number(), presentation: z.number() }),
  rubric: z.array(CriterionUsed),
}));
export type FinalBreakdown = z.infer<typeof FinalBreakdown>;

export const FinalRow = /* @__PURE__ */ defineSchema(() => z.object({ ...rowFields, place: z.nullable(Place), breakdown: FinalBreakdown }));
export type FinalRow = z.infer<typeof FinalRow>;

/** A tie that survived its whole chain where it decides something: who is nominated, or which
 * place. It is reported for the secretariat, not broken by the system. */
export const RankingTie = /* @__PURE__ */ defineSchema(() => z.object({
  category: CategoryCode,
  innovationIds: z.array(SystemId).check(z.minLength(2)),
  at: z.union([z.literal('nomination cut-off'), z.literal('place 1'), z.literal('place 2'), z.literal('place 3')]),
}));
export type RankingTie = z.infer<typeof RankingTie>;

const IccEstimate = /* @__PURE__ */ defineSchema(() => z.object({
  icc: z.number(),
  /** The 95 % interval (McGraw & Wong 1996); null where it cannot be computed. */
  lower: z.nullable(z.number()),
  upper: z.nullable(z.number()),
  /** Koo & Li (2016): < 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, > 0.9 excellent. */
  band: z.enum(['poor', 'moderate', 'good', 'excellent']),
}));

/** How far one category's judges agree in the round: ICC(2,1) (one judge) and ICC(2,k) (the mean of
 * k judges), two-way random effects, absolute agreement, on raw judge totals, over the complete
 * sub-matrix named by `judges` and `entries` (see `shared/domain/reliability.ts`). */
export const CategoryReliability = /* @__PURE__ */ defineSchema(() => z.object({
  judges: z.array(z.string()),
  entries: z.number().check(z.int()),
  judgesLeftOut: z.array(z.string()),
  entriesLeftOut: z.number().check(z.int()),
  single: z.nullable(IccEstimate),
  average: z.nullable(IccEstimate),
  /** Why a coefficient is null, in English; `why` as the message catalogue's key and params. */
  reason: z.optional(z.string()),
  why: z.optional(MessageRef),
  disagreementThreshold: z.number(),
  /** Entries whose judge totals spread over the threshold. */
  disagreements: z.array(z.object({ innovationId: z.string(), spread: z.number() })),
}));
export type CategoryReliability = z.infer<typeof CategoryReliability>;

const rankingFields = /* @__PURE__ */ defineSchema(() => ({
  editionId: Slug,
  computedAt: IsoInstant,
  ties: z.array(RankingTie),
  /** Per category, the agreement between its judges (absent from rankings stored before it existed). */
  reliability: z.optional(z.partialRecord(CategoryCode, CategoryReliability)),
}));

export const NominationRanking = /* @__PURE__ */ defineSchema(() => z.object({
  ...rankingFields,
  round: z.literal('nomination'),
  categories: z.partialRecord(CategoryCode, z.array(NominationRow)),
}));
export type NominationRanking = z.infer<typeof NominationRanking>;

export const FinalRanking = /* @__PURE__ */ defineSchema(() => z.object({
  ...rankingFields,
  round: z.literal('final'),
  categories: z.partialRecord(CategoryCode, z.array(FinalRow)),
}));
export type FinalRanking = z.infer<typeof FinalRanking>;

export const Ranking = /* @__PURE__ */ defineSchema(() => z.discriminatedUnion('round', [NominationRanking, FinalRanking]));
export type Ranking = z.infer<typeof Ranking>;

export const Nominee = /* @__PURE__ */ defineSchema(() => z.object({ innovationId: SystemId, title: z.string(), institutionId: z.optional(Slug) }));
export type Nominee = z.infer<typeof Nominee>;
export const Winner = /* @__PURE__ */ defineSchema(() => z.extend(Nominee, { place: Place }));
export type Winner = z.infer<typeof Winner>;

/** How many objections were filed against a nominee and how they ended (never who filed them). */
const ObjectionCounts = /* @__PURE__ */ defineSchema(() => z.object({ filed: z.number(), open: z.number(), upheld: z.number(), rejected: z.number() }));

/** What the public sees: nominees from the nomination (each with its objection counts), nominees
 * disqualified by an upheld objection, and the winners once the edition is announced. */
export const Results = /* @__PURE__ */ defineSchema(() => z.object({
  editionId: Slug,
  nominees: z.partialRecord(CategoryCode, z.array(z.extend(Nominee, { objections: z.optional(ObjectionCounts) }))),
  disqualified: z.optional(z.partialRecord(CategoryCode, z.array(z.object({ innovationId: SystemId, title: z.optional(z.string()), objections: ObjectionCounts })))),
  winners: z.partialRecord(CategoryCode, z.array(Winner)),
}));
export type Results = z.infer<typeof Results>;
