/** The institution registry and the one-agency-one-innovation report built on it. */
import * as z from 'zod/mini';
import { defineSchema, ListOf, ListQuery, Slug } from '#shared/schemas/common.schema';
import { ComplianceReport, Institution, InstitutionInput } from '#shared/schemas/institution.schema';
import { defineResponses, defineRoute, READS_TABLE, STANDARD_SIZING, WRITES_TABLE } from './contract';
import { EditionPath, ExportFormat } from './path-params';

export const InstitutionPath = /* @__PURE__ */ defineSchema(() => z.object({ institutionId: Slug }));
export const InstitutionList = /* @__PURE__ */ defineSchema(() => ListOf(Institution));
export const ComplianceQuery = /* @__PURE__ */ defineSchema(() => z.object({ format: ExportFormat }));

export const listInstitutions = /* @__PURE__ */ defineRoute(() => ({
  id: 'listInstitutions',
  method: 'GET',
  path: '/institutions',
  handler: 'list-institutions',
  summary: 'The institution registry',
  roles: 'any',
  idempotent: false,
  request: { query: ListQuery },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const putInstitution = /* @__PURE__ */ defineRoute(() => ({
  id: 'putInstitution',
  method: 'PUT',
  path: '/institutions/{institutionId}',
  handler: 'put-institution',
  summary: 'Create or update an institution',
  roles: ['admin'],
  idempotent: false,
  request: { path: InstitutionPath, body: InstitutionInput },
  access: WRITES_TABLE,
  sizing: STANDARD_SIZING,
}));

export const getCompliance = /* @__PURE__ */ defineRoute(() => ({
  id: 'getCompliance',
  method: 'GET',
  path: '/editions/{editionId}/compliance',
  handler: 'get-compliance',
  summary: 'One-agency-one-innovation compliance report',
  roles: ['admin'],
  idempotent: false,
  request: { path: EditionPath, query: ComplianceQuery },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

/** What each route above answers on success. */
export const institutionResponses = /* @__PURE__ */ defineResponses(() => ({
  listInstitutions: { statuses: [200], schema: InstitutionList },
  putInstitution: { statuses: [201, 200], schema: Institution },
  getCompliance: { statuses: [200], schema: ComplianceReport, csv: true },
}));
