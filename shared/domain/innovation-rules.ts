import { conflict, forbidden, invalidInput, type ErrorDetail } from '../errors';
import type { Caller } from '../http/claims';
import type { Institution } from '../schemas/institution.schema';
import { SUBMISSION_REQUIRED, type Innovation, type InnovationInput, type StoredInnovation } from '../schemas/innovation.schema';
import { isInstitutional } from './categories';
import { toWita } from './wita';

/** Who may enter in a category: an institutional category is entered by an account that speaks for
 * an institution of that type; a personal one by a person, whose school or community is free text. */
export const checkEntrant = (input: InnovationInput, institution: Institution | undefined, caller: Caller, editionCategories: readonly string[]): void => {
  if (!editionCategories.includes(input.category))
    throw invalidInput([{ path: ['body', 'category'], message: `${input.category} is not a category of this edition` }]);
  if (!isInstitutional(input.category)) {
    if (input.institutionId !== undefined)
      throw invalidInput([{ path: ['body', 'institutionId'], message: `${input.category} is a personal category; name your school or community in affiliation` }]);
    return;
  }
  if (input.institutionId === undefined)
    throw invalidInput([{ path: ['body', 'institutionId'], message: `required for the institutional category ${input.category}` }]);
  if (!institution) throw invalidInput([{ path: ['body', 'institutionId'], message: `institution ${input.institutionId} is not in the registry` }]);
  if (institution.type !== input.category)
    throw invalidInput([{ path: ['body', 'category'], message: `${institution.name} is a ${institution.type} and enters in that category` }]);
  if (caller.institutionId !== institution.institutionId)
    throw forbidden(`Your account does not speak for ${institution.name}`);
};

export const newInnovation = (input: InnovationInput, ids: { id: string; editionId: string }, caller: Caller, now: Date): StoredInnovation => {
  const at = toWita(now);
  return { ...input, ...ids, ownerId: caller.userId, status: 'DRAFT', documents: [], createdAt: at, updatedAt: at, version: 1 };
};

/** Only the owner changes an innovation; others get 403 (404 would hide it, but owners of ids are
 * participants who already know them). */
export const requireOwner = (innovation: StoredInnovation, caller: Caller): void => {
  if (innovation.ownerId !== caller.userId) throw forbidden('Only the owner of this innovation may change it');
};

export const requireDraft = (innovation: StoredInnovation): void => {
  if (innovation.status !== 'DRAFT')
    throw conflict('NOT_DRAFT', `The innovation is ${innovation.status}; only a draft can be changed`, [{ message: 'status', status: innovation.status }]);
};

/** Fields and documents still missing for a final submission. */
export const submissionGaps = (innovation: StoredInnovation): ErrorDetail[] => [
  ...SUBMISSION_REQUIRED.filter((f) => innovation[f] === undefined || innovation[f] === '').map((f) => ({ path: [f], message: `${f} is required for submission` })),
  ...(innovation.documents.some((d) => d.kind === 'PROPOSAL') ? [] : [{ path: ['documents'], message: 'a PROPOSAL (PDF) document is required for submission' }]),
];

export const stamp = (innovation: StoredInnovation, changes: Partial<StoredInnovation>, now: Date): StoredInnovation => ({
  ...innovation,
  ...changes,
  updatedAt: toWita(now),
  version: innovation.version + 1,
});

/** The innovation as its readers see it: documents without their storage keys. */
export const innovationView = (innovation: StoredInnovation): Innovation => ({
  ...innovation,
  documents: innovation.documents.map(({ key: _key, ...doc }) => doc),
});
