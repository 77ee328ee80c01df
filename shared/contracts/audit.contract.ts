/** The audit trail: who changed what, when. */
import * as z from 'zod/mini';
import { defineSchema, ListOf, ListQuery } from '#shared/schemas/common.schema';
import { AuditRecord } from '#shared/schemas/judging.schema';
import { defineResponses, defineRoute, READS_TABLE, STANDARD_SIZING } from './contract';
import { EditionPath, ExportFormat, InnovationPath } from './path-params';

export const AuditPage = /* @__PURE__ */ defineSchema(() => ListOf(AuditRecord));
/** A page, or (`format=csv`) the whole trail in one download. */
export const EditionAuditQuery = /* @__PURE__ */ defineSchema(() => z.extend(ListQuery, { format: ExportFormat }));

export const getInnovationAudit = /* @__PURE__ */ defineRoute(() => ({
  id: 'getInnovationAudit',
  method: 'GET',
  path: '/innovations/{id}/audit',
  handler: 'get-innovation-audit',
  summary: 'The audit trail of one innovation',
  roles: ['admin'],
  idempotent: false,
  request: { path: InnovationPath, query: ListQuery },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const getEditionAudit = /* @__PURE__ */ defineRoute(() => ({
  id: 'getEditionAudit',
  method: 'GET',
  path: '/editions/{editionId}/audit',
  handler: 'get-edition-audit',
  summary: 'The audit trail of an edition (panel, calendar, rankings, announcement); as CSV, the whole trail at once',
  roles: ['admin'],
  idempotent: false,
  request: { path: EditionPath, query: EditionAuditQuery },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

/** What each route above answers on success. */
export const auditResponses = /* @__PURE__ */ defineResponses(() => ({
  getInnovationAudit: { statuses: [200], schema: AuditPage },
  getEditionAudit: { statuses: [200], schema: AuditPage, csv: true },
}));
