/** Form checks in the browser with the API's own schemas and message catalogue: the same rules,
 * worded the same way, before anything is sent (the API still decides). */
import * as z from 'zod/mini';
import { SUBMISSION_REQUIRED, InnovationInput, InnovationPatch } from '../../../shared/schemas/innovation.schema';
import { CalendarInput } from '../../../shared/contracts/edition.contract';
import { InnovationPath } from '../../../shared/contracts/path-params';
import { calendarProblems } from '../../../shared/domain/calendar';
import { submissionGaps } from '../../../shared/domain/innovation-rules';
import { scoreProblems } from '../../../shared/domain/scoring';
import { AssignmentsInput, EligibilityInput, ScoreInput, VerificationInput } from '../../../shared/schemas/judging.schema';
import { ObjectionInput, ObjectionResolution } from '../../../shared/schemas/objection.schema';
import { issuesToDetails } from '../../../shared/http/validation';
import { msg, renderMessage } from '../../../shared/messages/catalogue';
import type { Language } from '../../../shared/messages/language';
import type { Innovation, RubricCriterion, StageWindow } from './contract';
import type { FieldError } from './errors';

export { SUBMISSION_REQUIRED };

/** A field left empty is "required", not zod's account of what it expected (for a category, every code). */
const isEmpty = (issue: z.core.$ZodIssue): boolean => {
  const input = (issue as { input?: unknown }).input;
  return input === undefined || input === '';
};

const check = (schema: z.core.$ZodType, value: unknown, language: Language): FieldError[] => {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) =>
    issuesToDetails([issue]).map((d) => ({ field: d.path!.join('.'), message: renderMessage(isEmpty(issue) ? msg('FIELD_REQUIRED') : d.message, language) })),
  );
};

/** A new entry's first step, as `POST /editions/{id}/innovations` checks it. */
export const checkRegistration = (value: unknown, language: Language) => check(InnovationInput, value, language);
/** Changes to a draft, as `PATCH /innovations/{id}` checks them. */
export const checkPatch = (value: unknown, language: Language) => check(InnovationPatch, value, language);

/** What is still missing before the entry can be submitted (the API's own list). */
export const missingForSubmission = (innovation: Innovation, language: Language): FieldError[] =>
  submissionGaps(innovation).map((d) => ({ field: d.path!.join('.'), message: renderMessage(d.message, language) }));

/** A judge's score, as `PUT /innovations/{id}/scores/{round}` checks it: the request's shape, then
 * every criterion of the round's rubric present and on its scale. */
export const checkScore = (value: { criteria: Record<string, number>; comment?: string }, rubric: readonly RubricCriterion[], language: Language): FieldError[] => {
  const shape = check(ScoreInput, value, language);
  if (shape.length) return shape;
  return scoreProblems(value.criteria, rubric).map((d) => ({ field: d.path.join('.'), message: renderMessage(d.message, language) }));
};

/** A field verification, as `PUT /innovations/{id}/verification` checks it. */
export const checkVerification = (value: unknown, language: Language) => check(VerificationInput, value, language);

/** An objection to a nominee, as `POST /innovations/{id}/objections` checks it. */
export const checkObjection = (value: unknown, language: Language) => check(ObjectionInput, value, language);

/** The secretariat's screening decision, as `PUT /innovations/{id}/eligibility` checks it (a reason when screening out). */
export const checkEligibility = (value: unknown, language: Language) => check(EligibilityInput, value, language);
/** The panel, as `PUT /editions/{id}/assignments` checks it. */
export const checkAssignments = (value: unknown, language: Language) => check(AssignmentsInput, value, language);
/** The secretariat's decision on an objection, as `PUT /innovations/{id}/objections/{objectionId}` checks it. */
export const checkResolution = (value: unknown, language: Language) => check(ObjectionResolution, value, language);

/** A moved calendar, as `PUT /editions/{id}/calendar` checks it: its shape, then the windows in
 * order, each starting where the one before ends. */
export const checkCalendar = (stages: StageWindow[], language: Language): FieldError[] => {
  const shape = check(CalendarInput, { stages }, language);
  if (shape.length) return shape;
  return calendarProblems(stages).map((d) => ({ field: d.path.join('.'), message: renderMessage(d.message, language) }));
};

/** An innovation's id, as its routes' path checks it. */
export const checkInnovationId = (id: string, language: Language): FieldError[] => check(InnovationPath, { id }, language);
