import { z } from 'zod';
import { schemaMessage } from '../messages/catalogue';
import { CATEGORY_CODES } from '../domain/categories';
import { DATED_STAGES, STAGES } from '../domain/stages';
import { TIME_ZONE } from '../domain/wita';
import { IsoInstant, Slug, Text } from './common.schema';

export const CategoryCode = z.enum(CATEGORY_CODES);
export const StageName = z.enum(STAGES);
export const DatedStageName = z.enum(DATED_STAGES);
export const RoundName = z.enum(['assessment', 'presentation']);
export type RoundName = z.infer<typeof RoundName>;

export const StageWindow = z.strictObject({ stage: DatedStageName, start: IsoInstant, end: IsoInstant.nullable() });

export const RubricCriterion = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/),
    label: Text(200).min(1),
    weight: z.number().positive().max(100),
    min: z.number(),
    max: z.number(),
  })
  .refine((c) => c.max > c.min, { ...schemaMessage('SCALE_MAX_ABOVE_MIN'), path: ['max'] });
export type RubricCriterion = z.infer<typeof RubricCriterion>;

const criteriaList = z
  .array(RubricCriterion)
  .min(1)
  .max(20)
  .refine((cs) => new Set(cs.map((c) => c.key)).size === cs.length, schemaMessage('CRITERION_KEYS_UNIQUE'))
  .refine((cs) => Math.abs(cs.reduce((s, c) => s + c.weight, 0) - 100) < 1e-9, schemaMessage('WEIGHTS_ADD_UP'));

export const Rubric = z.strictObject({ assessment: criteriaList, presentation: criteriaList });
export type Rubric = z.infer<typeof Rubric>;

export const FinalWeights = z
  .strictObject({ assessment: z.number().min(0).max(100), verification: z.number().min(0).max(100), presentation: z.number().min(0).max(100) })
  .refine((w) => Math.abs(w.assessment + w.verification + w.presentation - 100) < 1e-9, schemaMessage('FINAL_WEIGHTS_ADD_UP'));
export type FinalWeights = z.infer<typeof FinalWeights>;

/** What the secretariat sends to create an edition (`PUT /editions/{editionId}`). */
export const EditionInput = z.strictObject({
  name: Text(200).min(1),
  theme: Text(500).default(''),
  timeZone: z.literal(TIME_ZONE).default(TIME_ZONE),
  stages: z.array(StageWindow).length(DATED_STAGES.length),
  categories: z
    .array(CategoryCode)
    .min(1)
    .refine((cs) => new Set(cs).size === cs.length, schemaMessage('CATEGORIES_UNIQUE')),
  rubric: Rubric,
  nominationsPerCategory: z.number().int().min(1).max(50).default(5),
  minimumNominationScore: z.number().min(0).max(100).nullable().default(null),
  finalWeights: FinalWeights,
});
export type EditionInput = z.infer<typeof EditionInput>;

/** An edition as stored. */
export const Edition = EditionInput.extend({
  id: Slug,
  announcedAt: IsoInstant.nullable().default(null),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  version: z.number().int().min(1),
});
export type Edition = z.infer<typeof Edition>;

/** An edition as the API shows it: the whole calendar and the stage now. */
export const EditionView = Edition.omit({ stages: true }).extend({
  stages: z.array(z.object({ stage: StageName, start: IsoInstant.nullable(), end: IsoInstant.nullable() })),
  currentStage: StageName,
});
export type EditionView = z.infer<typeof EditionView>;
