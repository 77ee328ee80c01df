/** Every route of the API, from its contract. The CDK API stack and functions, the local HTTP server
 * and the API description are built from this list, so they cannot drift. */
import { getEditionAudit, getInnovationAudit } from './audit.contract';
import type { FunctionContract } from './contract';
import { getEdition, putCalendar, putEdition } from './edition.contract';
import { health } from './health.contract';
import { getCompliance, listInstitutions, putInstitution } from './institution.contract';
import { getInnovation, listInnovations, registerInnovation, requestDocumentUpload, submitInnovation, updateInnovation } from './innovation.contract';
import { getAssignments, getScores, putAssignments, putEligibility, putScore, putVerification, requestEvidenceUpload } from './judging.contract';
import { announce, computeRanking, getRanking, getResults } from './ranking.contract';
import { stageTransition } from './stage-transition.contract';

export const ROUTES = [
  health,
  getEdition,
  registerInnovation,
  listInnovations,
  getInnovation,
  updateInnovation,
  requestDocumentUpload,
  submitInnovation,
  listInstitutions,
  putInstitution,
  getCompliance,
  putAssignments,
  getAssignments,
  putEligibility,
  putScore,
  getScores,
  requestEvidenceUpload,
  putVerification,
  computeRanking,
  getRanking,
  announce,
  getResults,
  getInnovationAudit,
  putEdition,
  putCalendar,
  getEditionAudit,
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

/** Every deployed function: one per route, and those no route serves. */
export const FUNCTIONS: readonly FunctionContract[] = [...ROUTES, stageTransition];

type RouteOf<Id extends RouteId> = Extract<(typeof ROUTES)[number], { id: Id }>;

/** The routes by id. */
export const routes = Object.fromEntries(ROUTES.map((r) => [r.id, r])) as { [Id in RouteId]: RouteOf<Id> };
