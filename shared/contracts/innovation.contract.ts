/** A participant's innovation: registration, drafts, documents and the final submission. */
import * as z from 'zod/mini';
import { defineSchema, ListOf } from '#shared/schemas/common.schema';
import { DocumentRead, DocumentRequest, DocumentUpload, Innovation, InnovationInput, InnovationListQuery, InnovationPatch } from '#shared/schemas/innovation.schema';
import { defineResponses, defineRoute, READS_TABLE, STANDARD_SIZING, WRITES_TABLE } from './contract';
import { DocumentPath, EditionPath, InnovationPath } from './path-params';

export const InnovationList = /* @__PURE__ */ defineSchema(() => ListOf(Innovation));
export const MyInnovationsQuery = /* @__PURE__ */ defineSchema(() => z.omit(InnovationListQuery, { category: true }));

export const registerInnovation = /* @__PURE__ */ defineRoute(() => ({
  id: 'registerInnovation',
  method: 'POST',
  path: '/editions/{editionId}/innovations',
  handler: 'register-innovation',
  summary: 'Register an innovation (draft)',
  roles: ['participant'],
  idempotent: true,
  request: { path: EditionPath, body: InnovationInput },
  access: WRITES_TABLE,
  sizing: STANDARD_SIZING,
}));

export const listInnovations = /* @__PURE__ */ defineRoute(() => ({
  id: 'listInnovations',
  method: 'GET',
  path: '/editions/{editionId}/innovations',
  handler: 'list-innovations',
  summary: 'List innovations: admin all, jury/verifier assigned, participant own',
  roles: 'any',
  idempotent: false,
  request: { path: EditionPath, query: InnovationListQuery },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const listMyInnovations = /* @__PURE__ */ defineRoute(() => ({
  id: 'listMyInnovations',
  method: 'GET',
  path: '/innovations',
  handler: 'list-my-innovations',
  summary: "The caller's own innovations in every edition, oldest edition first (paged)",
  roles: ['participant'],
  idempotent: false,
  request: { query: MyInnovationsQuery },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const getInnovation = /* @__PURE__ */ defineRoute(() => ({
  id: 'getInnovation',
  method: 'GET',
  path: '/innovations/{id}',
  handler: 'get-innovation',
  summary: 'One innovation with its documents',
  roles: 'any',
  idempotent: false,
  request: { path: InnovationPath },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const updateInnovation = /* @__PURE__ */ defineRoute(() => ({
  id: 'updateInnovation',
  method: 'PATCH',
  path: '/innovations/{id}',
  handler: 'update-innovation',
  summary: 'Edit a draft',
  roles: ['participant'],
  idempotent: false,
  request: { path: InnovationPath, body: InnovationPatch },
  access: WRITES_TABLE,
  sizing: STANDARD_SIZING,
}));

export const requestDocumentUpload = /* @__PURE__ */ defineRoute(() => ({
  id: 'requestDocumentUpload',
  method: 'POST',
  path: '/innovations/{id}/documents',
  handler: 'request-document-upload',
  summary: 'Presigned upload for one document',
  roles: ['participant'],
  idempotent: true,
  request: { path: InnovationPath, body: DocumentRequest },
  access: { table: 'readWrite', bucket: { put: ['uploads'] }, schedules: null },
  sizing: STANDARD_SIZING,
}));

export const getDocument = /* @__PURE__ */ defineRoute(() => ({
  id: 'getDocument',
  method: 'GET',
  path: '/innovations/{id}/documents/{documentId}',
  handler: 'get-document',
  summary: 'Read a stored document: 302 to a presigned GET (or {url, expiresAt} with Accept: application/json); after submission, the bytes checked at submission',
  roles: 'any',
  idempotent: false,
  request: { path: DocumentPath },
  // Presigned GETs of a draft's uploads and of submitted copies.
  access: { table: 'read', bucket: { read: ['uploads', 'submitted'] }, schedules: null },
  sizing: STANDARD_SIZING,
}));

export const submitInnovation = /* @__PURE__ */ defineRoute(() => ({
  id: 'submitInnovation',
  method: 'POST',
  path: '/innovations/{id}/submit',
  handler: 'submit-innovation',
  summary: 'Final submission',
  roles: ['participant'],
  idempotent: true,
  request: { path: InnovationPath },
  // Copies each upload to `submitted/` (GetObject on the source, PutObject on the copy) and checks the
  // copy; a refused submission deletes the copies it made (no new power: it may overwrite them anyway).
  access: { table: 'readWrite', bucket: { read: ['uploads', 'submitted'], put: ['submitted'], delete: ['submitted'] }, schedules: null },
  sizing: STANDARD_SIZING,
}));

/** What each route above answers on success. */
export const innovationResponses = /* @__PURE__ */ defineResponses(() => ({
  registerInnovation: { statuses: [201], schema: Innovation },
  listInnovations: { statuses: [200], schema: InnovationList },
  listMyInnovations: { statuses: [200], schema: InnovationList },
  getInnovation: { statuses: [200], schema: Innovation },
  updateInnovation: { statuses: [200], schema: Innovation },
  requestDocumentUpload: { statuses: [201], schema: DocumentUpload },
  getDocument: { statuses: [302, 200], schema: DocumentRead },
  submitInnovation: { statuses: [200], schema: Innovation },
}));
