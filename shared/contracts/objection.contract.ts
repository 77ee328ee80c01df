/** The public objection window (masa sanggah): filing, the secretariat's list and its decisions. */
import * as z from 'zod/mini';
import { defineSchema, SystemId } from '#shared/schemas/common.schema';
import { DocumentUpload } from '#shared/schemas/innovation.schema';
import { Objection, ObjectionInput, ObjectionResolution } from '#shared/schemas/objection.schema';
import { defineResponses, defineRoute, STANDARD_SIZING } from './contract';
import { EditionPath, InnovationPath } from './path-params';

export const ObjectionPath = /* @__PURE__ */ defineSchema(() => z.object({ id: SystemId, objectionId: SystemId }));
export const FiledObjection = /* @__PURE__ */ defineSchema(() => z.object({ objection: Objection, upload: z.optional(DocumentUpload) }));
export const ObjectionList = /* @__PURE__ */ defineSchema(() => z.object({ items: z.array(Objection) }));

export const fileObjection = /* @__PURE__ */ defineRoute(() => ({
  id: 'fileObjection',
  method: 'POST',
  path: '/innovations/{id}/objections',
  handler: 'file-objection',
  summary: 'Object to a nominee during the objection window (any signed-in person); with evidence, a presigned upload',
  roles: 'any',
  idempotent: true,
  request: { path: InnovationPath, body: ObjectionInput },
  access: { table: 'readWrite', bucket: { put: ['uploads'] }, schedules: null },
  sizing: STANDARD_SIZING,
}));

export const listObjections = /* @__PURE__ */ defineRoute(() => ({
  id: 'listObjections',
  method: 'GET',
  path: '/editions/{editionId}/objections',
  handler: 'list-objections',
  summary: "The edition's objections with who filed them and their resolution (secretariat)",
  roles: ['admin'],
  idempotent: false,
  request: { path: EditionPath },
  access: { table: 'read', bucket: null, schedules: null },
  sizing: STANDARD_SIZING,
}));

export const resolveObjection = /* @__PURE__ */ defineRoute(() => ({
  id: 'resolveObjection',
  method: 'PUT',
  path: '/innovations/{id}/objections/{objectionId}',
  handler: 'resolve-objection',
  summary: 'Uphold or reject an objection with a reason; upheld, the nominee is disqualified and the next entry moves up',
  roles: ['admin'],
  idempotent: false,
  request: { path: ObjectionPath, body: ObjectionResolution },
  access: { table: 'readWrite', bucket: null, schedules: null },
  sizing: STANDARD_SIZING,
}));

export const objectionResponses = /* @__PURE__ */ defineResponses(() => ({
  fileObjection: { statuses: [201], schema: FiledObjection },
  listObjections: { statuses: [200], schema: ObjectionList },
  resolveObjection: { statuses: [200], schema: Objection },
}));
