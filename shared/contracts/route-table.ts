/** Every route of the API, from its contract and its response. The CDK API stack and functions, the local HTTP server
 * and the API description are built from this list, so they cannot drift. */
import { getEditionAudit, getInnovationAudit, auditResponses } from './audit.contract';
import { described, type FunctionContract } from './contract';
import { getEdition, listEditions, putCalendar, putEdition, editionResponses } from './edition.contract';
import { health, healthResponses } from './health.contract';
import { getCompliance, listInstitutions, putInstitution, institutionResponses } from './institution.contract';
import { getDocument, getInnovation, listInnovations, listMyInnovations, registerInnovation, requestDocumentUpload, submitInnovation, updateInnovation, innovationResponses } from './innovation.contract';
import { getAssignments, getEvidence, getScores, getVerification, putAssignments, putEligibility, putScore, putVerification, requestEvidenceUpload, judgingResponses } from './judging.contract';
import { announce, computeRanking, getRanking, getResults, previewRanking, rankingResponses } from './ranking.contract';
import { sendNotifications } from './send-notifications.contract';
import { stageTransition } from './stage-transition.contract';
import { exportIid, exportResponses } from './export.contract';
import { fileObjection, listObjections, resolveObjection, objectionResponses } from './objection.contract';
import { getStatistics, statisticsResponses } from './statistics.contract';

export const ROUTES = [
  described(health, healthResponses),
  described(listEditions, editionResponses),
  described(getEdition, editionResponses),
  described(registerInnovation, innovationResponses),
  described(listInnovations, innovationResponses),
  described(listMyInnovations, innovationResponses),
  described(getInnovation, innovationResponses),
  described(updateInnovation, innovationResponses),
  described(requestDocumentUpload, innovationResponses),
  described(getDocument, innovationResponses),
  described(submitInnovation, innovationResponses),
  described(listInstitutions, institutionResponses),
  described(putInstitution, institutionResponses),
  described(getCompliance, institutionResponses),
  described(putAssignments, judgingResponses),
  described(getAssignments, judgingResponses),
  described(putEligibility, judgingResponses),
  described(putScore, judgingResponses),
  described(getScores, judgingResponses),
  described(requestEvidenceUpload, judgingResponses),
  described(getEvidence, judgingResponses),
  described(getVerification, judgingResponses),
  described(putVerification, judgingResponses),
  described(computeRanking, rankingResponses),
  described(getRanking, rankingResponses),
  described(previewRanking, rankingResponses),
  described(announce, rankingResponses),
  described(getResults, rankingResponses),
  described(getInnovationAudit, auditResponses),
  described(putEdition, editionResponses),
  described(putCalendar, editionResponses),
  described(getEditionAudit, auditResponses),
  described(fileObjection, objectionResponses),
  described(listObjections, objectionResponses),
  described(resolveObjection, objectionResponses),
  described(exportIid, exportResponses),
  described(getStatistics, statisticsResponses),
] as const;

export type RouteId = (typeof ROUTES)[number]['id'];

/** Every deployed function: one per route, and those no route serves. */
export const FUNCTIONS: readonly FunctionContract[] = [...ROUTES, stageTransition, sendNotifications];

type RouteOf<Id extends RouteId> = Extract<(typeof ROUTES)[number], { id: Id }>;

/** The routes by id. */
export const routes = Object.fromEntries(ROUTES.map((r) => [r.id, r])) as { [Id in RouteId]: RouteOf<Id> };
