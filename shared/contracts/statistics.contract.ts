/** The secretariat's dashboard figures of an edition, counted on the server. */
import { EditionStatistics } from '#shared/schemas/statistics.schema';
import { defineResponses, defineRoute, READS_TABLE, STANDARD_SIZING } from './contract';
import { EditionPath } from './path-params';

export const getStatistics = /* @__PURE__ */ defineRoute(() => ({
  id: 'getStatistics',
  method: 'GET',
  path: '/editions/{editionId}/statistics',
  handler: 'get-statistics',
  summary: "The edition's figures: entries per category and status, drafts and submissions, registrations and submissions per WITA day, the compliance share",
  roles: ['admin'],
  idempotent: false,
  request: { path: EditionPath },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

/** What the route above answers on success. */
export const statisticsResponses = /* @__PURE__ */ defineResponses(() => ({
  getStatistics: { statuses: [200], schema: EditionStatistics },
}));
