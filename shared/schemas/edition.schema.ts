import * as z from 'zod/mini';
import { schemaMessage } from '#shared/messages/catalogue';
import { CATEGORY_CODES } from '#shared/vocabulary/categories';
import { DATED_STAGES, STAGES } from '#shared/vocabulary/stages';
import { TIME_ZONE } from '#shared/vocabulary/wita';
import { defineSchema, IsoInstant, Slug, Text, Version } from './common.schema';

/** The cap on one account's registrations in an edition, unless the edition sets its own. */
export const DEFAULT_MAX_INNOVATIONS_PER_OWNER = 20;

export const CategoryCode = /* @__PURE__ */ defineSchema(() => z.enum(CATEGORY_CODES));
export const StageName = /* @__PURE__ */ defineSchema(() => z.enum(STAGES));
export const DatedStageName = /* @__PURE__ */ defineSchema(() => z.enum(DATED_STAGES));
export const RoundName = /* @__PURE__ */ defineSchema(() => z.enum(['assessment', 'presentation']));
export type RoundName = z.infer<typeof RoundName>;

export const StageWindow = /* @__PURE__ */ defineSchema(() => z.strictObject({ stage: DatedStageName, start: IsoInstant, end: z.nullable(IsoInstant) }));

export const RubricCriterion = /* @__PURE__ */ defineSchema(() => z
  .strictObject({
    key: z.string().check(z.regex(/^[a-z][a-z0-9_]{0,39}$/)),
    label: Text(200, 1),
    weight: z.number().check(z.positive(), z.maximum(100)),
    min: z.number(),
    max: z.number(),
  })
  .check(z.refine((c) => c.max > c.min, { ...schemaMessage('SCALE_MAX_ABOVE_MIN'), path: ['max'] })));
export type RubricCriterion = z.infer<typeof RubricCriterion>;

const criteriaList = /* @__PURE__ */ defineSchema(() => z
  .array(RubricCriterion)
  .check(
    z.minLength(1),
    z.maxLength(20),
    z.refine((cs) => new Set(cs.map((c) => c.key)).size === cs.length, schemaMessage('CRITERION_KEYS_UNIQUE')),
    z.refine((cs) => Math.abs(cs.reduce((s, c) => s + c.weight, 0) - 100) < 1e-9, schemaMessage('WEIGHTS_ADD_UP')),
  ));

export const Rubric = /* @__PURE__ */ defineSchema(() => z.strictObject({ assessment: criteriaList, presentation: criteriaList }));
export type Rubric = z.infer<typeof Rubric>;

const Percentage = /* @__PURE__ */ defineSchema(() => z.number().check(z.minimum(0), z.maximum(100)));

export const FinalWeights = /* @__PURE__ */ defineSchema(() => z
  .strictObject({ assessment: Percentage, verification: Percentage, presentation: Percentage })
  .check(z.refine((w) => Math.abs(w.assessment + w.verification + w.presentation - 100) < 1e-9, schemaMessage('FINAL_WEIGHTS_ADD_UP'))));
export type FinalWeights = z.infer<typeof FinalWeights>;

/** What the secretariat sends to create an edition (`PUT /editions/{editionId}`). */
export const EditionInput = /* @__PURE__ */ defineSchema(() => z.strictObject({
  name: Text(200, 1),
  theme: z._default(Text(500), ''),
  timeZone: z._default(z.literal(TIME_ZONE), TIME_ZONE),
  stages: z.array(StageWindow).check(z.length(DATED_STAGES.length)),
  categories: z.array(CategoryCode).check(
    z.minLength(1),
    z.refine((cs) => new Set(cs).size === cs.length, schemaMessage('CATEGORIES_UNIQUE')),
  ),
  rubric: Rubric,
  nominationsPerCategory: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(50)), 5),
  /** How many innovations one account may register in the edition. */
  maxInnovationsPerOwner: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(1000)), DEFAULT_MAX_INNOVATIONS_PER_OWNER),
  minimumNominationScore: z._default(z.nullable(Percentage), null),
  finalWeights: FinalWeights,
  /** Judges disagree on an entry when their totals spread over this many points (default 25);
   * the ranking flags it. */
  disagreementThreshold: z.optional(Percentage),
  /** The screening rules' settings (default: PENERAPAN running 12 months, titles 85 % alike); see
   * `shared/domain/eligibility.ts`. */
  eligibilityRules: z.optional(z.strictObject({
    minimumRunningMonths: z.strictObject({
      INISIATIF: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(120))),
      UJI_COBA: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(120))),
      PENERAPAN: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(120))),
    }),
    titleSimilarity: z.number().check(z.minimum(0.5), z.maximum(1)),
  })),
  /** The public objection window (masa sanggah), when the edition has one: it opens with the
   * nomination and lasts `days` (default 5). Absent: no objection window. */
  /** The national field set's fields a submission must fill in (none by default). */
  nationalFieldsRequired: z.optional(z.array(z.enum(['initiator', 'form', 'governmentAffair', 'trialStartedOn', 'implementedOn', 'design', 'aims', 'benefits', 'results', 'videoUrl']))),
  objectionWindow: z.optional(z.strictObject({ days: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(30)), 5) })),
}));
export type EditionInput = z.infer<typeof EditionInput>;

/** An edition as stored. */
export const Edition = /* @__PURE__ */ defineSchema(() => z.extend(EditionInput, {
  id: Slug,
  announcedAt: z._default(z.nullable(IsoInstant), null),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  version: Version,
}));
export type Edition = z.infer<typeof Edition>;

/** An edition as the API shows it: the whole calendar and the stage now. */
export const EditionView = /* @__PURE__ */ defineSchema(() => z.extend(z.omit(Edition, { stages: true }), {
  stages: z.array(z.object({ stage: StageName, start: z.nullable(IsoInstant), end: z.nullable(IsoInstant) })),
  currentStage: StageName,
  /** The objection window's dates (from the nomination, `objectionWindow.days` long) and whether it
   * is open now; absent when the edition has none. */
  objectionPeriod: z.optional(z.object({ start: IsoInstant, end: IsoInstant, open: z.boolean() })),
}));
export type EditionView = z.infer<typeof EditionView>;
