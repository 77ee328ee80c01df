/** The panel and its work: assignments, screening, scores and field verification. */
import * as z from 'zod/mini';
import { defineSchema, ListOf } from '#shared/schemas/common.schema';
import { DocumentRead, DocumentRequest, DocumentUpload, Innovation } from '#shared/schemas/innovation.schema';
import { Assignments, AssignmentsInput, EligibilityInput, Score, ScoreInput, Verification, VerificationInput } from '#shared/schemas/judging.schema';
import { defineResponses, defineRoute, READS_TABLE, STANDARD_SIZING, WRITES_TABLE } from './contract';
import { EditionPath, EvidencePath, InnovationPath, ScoreRoundPath } from './path-params';

export const EvidenceRequest = /* @__PURE__ */ defineSchema(() => z.extend(DocumentRequest, { kind: z.enum(['PHOTO', 'EVIDENCE', 'VIDEO']) }));
export const ScoreList = /* @__PURE__ */ defineSchema(() => ListOf(Score));

export const putAssignments = /* @__PURE__ */ defineRoute(() => ({
  id: 'putAssignments',
  method: 'PUT',
  path: '/editions/{editionId}/assignments',
  handler: 'put-assignments',
  summary: 'Assign jury and verifiers to categories; record conflicts of interest',
  roles: ['admin'],
  idempotent: false,
  request: { path: EditionPath, body: AssignmentsInput },
  access: WRITES_TABLE,
  sizing: STANDARD_SIZING,
}));

export const getAssignments = /* @__PURE__ */ defineRoute(() => ({
  id: 'getAssignments',
  method: 'GET',
  path: '/editions/{editionId}/assignments',
  handler: 'get-assignments',
  summary: "The edition's panel and declared conflicts",
  roles: ['admin'],
  idempotent: false,
  request: { path: EditionPath },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const putEligibility = /* @__PURE__ */ defineRoute(() => ({
  id: 'putEligibility',
  method: 'PUT',
  path: '/innovations/{id}/eligibility',
  handler: 'put-eligibility',
  summary: 'Administrative screening: eligible or not, with a reason',
  roles: ['admin'],
  idempotent: false,
  request: { path: InnovationPath, body: EligibilityInput },
  access: WRITES_TABLE,
  sizing: STANDARD_SIZING,
}));

export const putScore = /* @__PURE__ */ defineRoute(() => ({
  id: 'putScore',
  method: 'PUT',
  path: '/innovations/{id}/scores/{round}',
  handler: 'put-score',
  summary: "One judge's rubric scores (upsert until the window closes)",
  roles: ['jury'],
  idempotent: false,
  request: { path: ScoreRoundPath, body: ScoreInput },
  access: WRITES_TABLE,
  sizing: STANDARD_SIZING,
}));

export const getScores = /* @__PURE__ */ defineRoute(() => ({
  id: 'getScores',
  method: 'GET',
  path: '/innovations/{id}/scores/{round}',
  handler: 'get-scores',
  summary: 'A judge reads back their own score; the secretariat all scores',
  roles: ['jury', 'admin'],
  idempotent: false,
  request: { path: ScoreRoundPath },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const requestEvidenceUpload = /* @__PURE__ */ defineRoute(() => ({
  id: 'requestEvidenceUpload',
  method: 'POST',
  path: '/innovations/{id}/verification/evidence',
  handler: 'request-evidence-upload',
  summary: 'Presigned upload for one piece of field-verification evidence',
  roles: ['verifier'],
  idempotent: true,
  request: { path: InnovationPath, body: EvidenceRequest },
  access: { table: 'readWrite', bucket: { put: ['uploads'] }, schedules: null },
  sizing: STANDARD_SIZING,
}));

export const getEvidence = /* @__PURE__ */ defineRoute(() => ({
  id: 'getEvidence',
  method: 'GET',
  path: '/innovations/{id}/verification/evidence/{evidenceId}',
  handler: 'get-evidence',
  summary: 'Read one piece of field-verification evidence: 302 to a presigned GET (or {url, expiresAt} with Accept: application/json)',
  roles: ['admin', 'jury', 'verifier'],
  idempotent: false,
  request: { path: EvidencePath },
  access: { table: 'read', bucket: { read: ['uploads', 'submitted'] }, schedules: null },
  sizing: STANDARD_SIZING,
}));

export const getVerification = /* @__PURE__ */ defineRoute(() => ({
  id: 'getVerification',
  method: 'GET',
  path: '/innovations/{id}/verification',
  handler: 'get-verification',
  summary: "Read a nominee's recorded field verification (with its version, to revise it with If-Match); 404 before one is recorded",
  roles: ['admin', 'jury', 'verifier'],
  idempotent: false,
  request: { path: InnovationPath },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const putVerification = /* @__PURE__ */ defineRoute(() => ({
  id: 'putVerification',
  method: 'PUT',
  path: '/innovations/{id}/verification',
  handler: 'put-verification',
  summary: 'Field verification: result, score, findings, evidence',
  roles: ['verifier'],
  idempotent: false,
  request: { path: InnovationPath, body: VerificationInput },
  // Copies each named piece of evidence to `submitted/` and checks the copy (deleting the copies of a refused one).
  access: { table: 'readWrite', bucket: { read: ['uploads', 'submitted'], put: ['submitted'], delete: ['submitted'] }, schedules: null },
  sizing: STANDARD_SIZING,
}));

/** What each route above answers on success. */
export const judgingResponses = /* @__PURE__ */ defineResponses(() => ({
  putAssignments: { statuses: [200], schema: Assignments },
  getAssignments: { statuses: [200], schema: Assignments },
  putEligibility: { statuses: [200], schema: Innovation },
  putScore: { statuses: [201, 200], schema: Score },
  getScores: { statuses: [200], schema: ScoreList },
  requestEvidenceUpload: { statuses: [201], schema: DocumentUpload },
  getEvidence: { statuses: [302, 200], schema: DocumentRead },
  getVerification: { statuses: [200], schema: Verification },
  putVerification: { statuses: [201, 200], schema: Verification },
}));
