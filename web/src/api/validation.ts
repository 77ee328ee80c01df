/** Form checks in the browser with the API's own schemas and message catalogue: the same rules,
 * worded the same way, before anything is sent (the API still decides). */
import * as z from 'zod/mini';
import { SUBMISSION_REQUIRED, InnovationInput, InnovationPatch } from '../../../shared/schemas/innovation.schema';
import { submissionGaps } from '../../../shared/domain/innovation-rules';
import { issuesToDetails } from '../../../shared/http/validation';
import { msg, renderMessage } from '../../../shared/messages/catalogue';
import type { Language } from '../../../shared/messages/language';
import type { Innovation } from './contract';
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
