import { conflict, forbidden, invalidInput, type AppError, type ErrorDetail } from '#shared/errors';
import { flagMessage, msg, renderMessage } from '#shared/messages/catalogue';
import type { Language } from '#shared/messages/language';
import type { Caller } from '#shared/vocabulary/caller';
import type { Institution } from '#shared/schemas/institution.schema';
import { SUBMISSION_REQUIRED, type NationalField, type Innovation, type InnovationInput, type InnovationStatus, type StoredInnovation } from '#shared/schemas/innovation.schema';
import { isInstitutional } from '#shared/vocabulary/categories';
import { documentHref } from './document-policy';
import { nextRevision } from './optimistic-lock';
import { toWita } from '#shared/vocabulary/wita';

/** Who may enter in a category: an institutional category is entered by an account that speaks for
 * an institution of that type; a personal one by a person, whose school or community is free text. */
export const checkEntrant = (input: InnovationInput, institution: Institution | undefined, caller: Caller, editionCategories: readonly string[]): void => {
  if (!editionCategories.includes(input.category))
    throw invalidInput([{ path: ['category'], message: msg('CATEGORY_NOT_IN_EDITION', { category: input.category }) }]);
  if (!isInstitutional(input.category)) {
    if (input.institutionId !== undefined)
      throw invalidInput([{ path: ['institutionId'], message: msg('PERSONAL_CATEGORY_WITHOUT_INSTITUTION', { category: input.category }) }]);
    return;
  }
  if (input.institutionId === undefined)
    throw invalidInput([{ path: ['institutionId'], message: msg('INSTITUTION_REQUIRED', { category: input.category }) }]);
  if (!institution) throw invalidInput([{ path: ['institutionId'], message: msg('INSTITUTION_NOT_REGISTERED', { institutionId: input.institutionId }) }]);
  if (institution.type !== input.category)
    throw invalidInput([{ path: ['category'], message: msg('INSTITUTION_OTHER_CATEGORY', { name: institution.name, type: institution.type }) }]);
  if (caller.institutionId !== institution.institutionId)
    throw forbidden(msg('NOT_INSTITUTION_ACCOUNT', { name: institution.name }));
};

export const newInnovation = (input: InnovationInput, ids: { id: string; editionId: string }, caller: Caller, now: Date): StoredInnovation => {
  const at = toWita(now);
  return { ...input, ...ids, ownerId: caller.userId, status: 'DRAFT', documents: [], createdAt: at, updatedAt: at, version: 1 };
};

/** Only the owner changes an innovation; others get 403 (404 would hide it, but owners of ids are
 * participants who already know them). */
export const requireOwner = (innovation: StoredInnovation, caller: Caller): void => {
  if (innovation.ownerId !== caller.userId) throw forbidden(msg('OWNER_ONLY'));
};

/** Refuses an innovation in its present status: 409 whose detail names that status. */
export const statusConflict = (code: 'NOT_DRAFT' | 'NOT_ELIGIBLE' | 'NOT_A_NOMINEE' | 'NOT_SUBMITTED', status: InnovationStatus): AppError =>
  conflict(code, msg(code, { status }), [{ message: msg('DETAIL_STATUS'), status }]);

export const requireDraft = (innovation: StoredInnovation): void => {
  if (innovation.status !== 'DRAFT') throw statusConflict('NOT_DRAFT', innovation.status);
};

/** Fields and documents still missing for a final submission. */
export const submissionGaps = (
  innovation: Pick<Innovation, (typeof SUBMISSION_REQUIRED)[number] | NationalField> & { documents: readonly { kind: string }[] },
  nationalRequired: readonly NationalField[] = [],
): ErrorDetail[] => [
  ...[...SUBMISSION_REQUIRED, ...nationalRequired].filter((f) => innovation[f] === undefined || innovation[f] === '').map((f) => ({ path: [f], message: msg('FIELD_REQUIRED_FOR_SUBMISSION', { field: f }) })),
  ...(innovation.documents.some((d) => d.kind === 'PROPOSAL') ? [] : [{ path: ['documents'], message: msg('PROPOSAL_REQUIRED') }]),
];

export const stamp = (innovation: StoredInnovation, changes: Partial<StoredInnovation>, now: Date): StoredInnovation => ({
  ...innovation,
  ...changes,
  ...nextRevision(innovation, toWita(now)),
});

/** An innovation as the API shows it: documents without their storage keys, each with the path that
 * reads it; the screening flags (which name other entries) only for the secretariat, each with its
 * reason worded in `flagsIn`, the reader's language. */
export const innovationView = ({ flagCodes: _codes, screeningFlags, ...innovation }: StoredInnovation, flagsIn?: Language): Innovation => ({
  ...innovation,
  ...(flagsIn && screeningFlags
    ? { screeningFlags: screeningFlags.map((f) => ({ ...f, reason: renderMessage(flagMessage(f, innovation.editionId), flagsIn) })) }
    : {}),
  documents: innovation.documents.map(({ key: _key, submittedKey: _submitted, ...doc }) => ({ ...doc, href: documentHref(innovation.id, doc.documentId) })),
});
