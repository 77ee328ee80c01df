/** The API's shapes, as the web app sees them: the route contracts of the routes it calls (only these
 * are bundled), and every type inferred from their zod schemas. This folder is the only place in the
 * web app that names routes or schemas. */
import type * as z from 'zod/mini';
import type { Route } from '../../../shared/contracts/contract';
import { getEditionAudit, getInnovationAudit } from '../../../shared/contracts/audit.contract';
import { getEdition, listEditions, putCalendar } from '../../../shared/contracts/edition.contract';
import { exportIid } from '../../../shared/contracts/export.contract';
import { health } from '../../../shared/contracts/health.contract';
import { getCompliance, listInstitutions } from '../../../shared/contracts/institution.contract';
import { getDocument, getInnovation, listInnovations, listMyInnovations, registerInnovation, requestDocumentUpload, submitInnovation, updateInnovation } from '../../../shared/contracts/innovation.contract';
import { getAssignments, getEvidence, getScores, getVerification, putAssignments, putEligibility, putScore, putVerification, requestEvidenceUpload } from '../../../shared/contracts/judging.contract';
import { fileObjection, listObjections, resolveObjection } from '../../../shared/contracts/objection.contract';
import { announce, computeRanking, getRanking, getResults, previewRanking } from '../../../shared/contracts/ranking.contract';
import { getStatistics } from '../../../shared/contracts/statistics.contract';
import type { ROUTES } from '../../../shared/contracts/route-table';

/** The routes the web app calls, by id. */
export const routes = {
  health,
  getEdition,
  listEditions,
  getResults,
  listInstitutions,
  registerInnovation,
  listInnovations,
  listMyInnovations,
  getInnovation,
  updateInnovation,
  requestDocumentUpload,
  getDocument,
  submitInnovation,
  getScores,
  putScore,
  requestEvidenceUpload,
  getEvidence,
  getVerification,
  putVerification,
  fileObjection,
  putEligibility,
  getAssignments,
  putAssignments,
  getRanking,
  previewRanking,
  computeRanking,
  listObjections,
  resolveObjection,
  // The secretariat's operations pages.
  getStatistics,
  getCompliance,
  putCalendar,
  announce,
  exportIid,
  getEditionAudit,
  getInnovationAudit,
} satisfies Record<string, Route>;
export type RouteId = keyof typeof routes;

export type { EditionView, Rubric, RubricCriterion } from '../../../shared/schemas/edition.schema';
export type { DocumentKind, Innovation, InnovationInput, InnovationPatch, InnovationStatus } from '../../../shared/schemas/innovation.schema';
export type { Institution } from '../../../shared/schemas/institution.schema';
export type { Assignments, AssignmentsInput, AuditRecord, EligibilityInput, Score, ScoreInput, Verification, VerificationInput } from '../../../shared/schemas/judging.schema';
export type { Objection, ObjectionInput, ObjectionResolution } from '../../../shared/schemas/objection.schema';
export type { AssessmentJudge, CategoryReliability, FinalRow, NominationRow, Ranking, RankingRound, RankingTie } from '../../../shared/schemas/ranking.schema';
export type { FlagCode, ScreeningFlag } from '../../../shared/vocabulary/screening-flags';
export type { RoundName } from '../../../shared/schemas/edition.schema';
export type { Results } from '../../../shared/schemas/ranking.schema';
export type { ComplianceReport } from '../../../shared/schemas/institution.schema';
export type { EditionStatistics } from '../../../shared/schemas/statistics.schema';
export type { AuditAction } from '../../../shared/vocabulary/audit-actions';
export type { StageWindow } from '../../../shared/domain/calendar';
export type { Role } from '../../../shared/vocabulary/roles';
export type { Stage } from '../../../shared/vocabulary/stages';
/** How a token names its holder's groups and institution (Cognito's claims, the dev tokens' too). */
export { GROUPS_CLAIM, INSTITUTION_CLAIM, parseGroups } from '../../../shared/http/claims';

type Described<K extends RouteId> = Extract<(typeof ROUTES)[number], { id: K }>;

/** What a route answers on success. */
export type ResponseOf<K extends RouteId> = z.infer<Described<K>['response']['schema']>;

/** What a route takes as its body (`undefined` for those that take none). */
export type BodyOf<K extends RouteId> = (typeof routes)[K]['request'] extends { body: infer B extends z.core.$ZodType } ? z.input<B> : undefined;

/** `{id: string}` from `/innovations/{id}`. */
type ParamNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}` ? N | ParamNames<Rest> : never;
export type PathParams<K extends RouteId> = { [N in ParamNames<(typeof routes)[K]['path']>]: string };
