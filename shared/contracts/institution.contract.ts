/** The institution registry and the one-agency-one-innovation report built on it. */
import * as z from 'zod/mini';
import { defineSchema, ListOf, ListQuery, Slug } from '../schemas/common.schema';
import { ComplianceReport, Institution, InstitutionInput } from '../schemas/institution.schema';
import { defineRoute, STANDARD_SIZING } from './contract';
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
  response: { statuses: [200], schema: InstitutionList },
  access: { table: 'read', bucket: null, schedules: null },
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
  response: { statuses: [201, 200], schema: Institution },
  access: { table: 'readWrite', bucket: null, schedules: null },
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
  response: { statuses: [200], schema: ComplianceReport, csv: true },
  access: { table: 'read', bucket: null, schedules: null },
  sizing: STANDARD_SIZING,
}));
