/** Rankings of a round, the announcement and the public results. */
import * as z from 'zod/mini';
import { defineSchema, IsoInstant } from '#shared/schemas/common.schema';
import { CategoryCode, EditionView } from '#shared/schemas/edition.schema';
import { Ranking, Results } from '#shared/schemas/ranking.schema';
import { defineResponses, defineRoute, RANKING_SIZING, READS_TABLE, STANDARD_SIZING, WRITES_TABLE } from './contract';
import { EditionPath, ExportFormat, RankingRoundPath } from './path-params';

export const RankingView = /* @__PURE__ */ defineSchema(() => z.intersection(Ranking, z.object({ computedBy: z.string() })));
export const RankingRun = /* @__PURE__ */ defineSchema(() => z.intersection(RankingView, z.object({ changed: z.boolean() })));
export const RankingPreview = /* @__PURE__ */ defineSchema(() => z.intersection(Ranking, z.object({ preview: z.literal(true) })));
export const RankingQuery = /* @__PURE__ */ defineSchema(() => z.object({ category: z.optional(CategoryCode), format: ExportFormat }));
export const PublicResults = /* @__PURE__ */ defineSchema(() => z.extend(Results, { announcedAt: z.nullable(IsoInstant) }));

export const computeRanking = /* @__PURE__ */ defineRoute(() => ({
  id: 'computeRanking',
  method: 'POST',
  path: '/editions/{editionId}/rankings/{round}',
  handler: 'compute-ranking',
  summary: "Compute a round's ranking (idempotent)",
  roles: ['admin'],
  idempotent: false,
  request: { path: RankingRoundPath },
  access: WRITES_TABLE,
  sizing: RANKING_SIZING,
}));

export const getRanking = /* @__PURE__ */ defineRoute(() => ({
  id: 'getRanking',
  method: 'GET',
  path: '/editions/{editionId}/rankings/{round}',
  handler: 'get-ranking',
  summary: "A computed ranking with every row's breakdown",
  roles: ['admin', 'jury'],
  idempotent: false,
  request: { path: RankingRoundPath, query: RankingQuery },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const previewRanking = /* @__PURE__ */ defineRoute(() => ({
  id: 'previewRanking',
  method: 'GET',
  path: '/editions/{editionId}/rankings/{round}/preview',
  handler: 'preview-ranking',
  summary: 'The ranking a round would have now, with its judge agreement and disagreement flags; computed, never stored (while the round is scored and after)',
  roles: ['admin'],
  idempotent: false,
  request: { path: RankingRoundPath },
  access: { table: 'read', bucket: null, schedules: null },
  sizing: RANKING_SIZING,
}));

export const announce = /* @__PURE__ */ defineRoute(() => ({
  id: 'announce',
  method: 'POST',
  path: '/editions/{editionId}/announcement',
  handler: 'announce',
  summary: 'Publish the winners: the edition becomes ANNOUNCED',
  roles: ['admin'],
  idempotent: false,
  request: { path: EditionPath },
  access: WRITES_TABLE,
  sizing: STANDARD_SIZING,
}));

export const getResults = /* @__PURE__ */ defineRoute(() => ({
  id: 'getResults',
  method: 'GET',
  path: '/editions/{editionId}/results',
  handler: 'get-results',
  summary: 'Nominees per category from the nomination, with their objection counts; winners once announced',
  roles: 'public',
  idempotent: false,
  request: { path: EditionPath },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

/** What each route above answers on success. */
export const rankingResponses = /* @__PURE__ */ defineResponses(() => ({
  computeRanking: { statuses: [201, 200], schema: RankingRun },
  getRanking: { statuses: [200], schema: RankingView, csv: true },
  previewRanking: { statuses: [200], schema: RankingPreview },
  announce: { statuses: [200], schema: EditionView },
  getResults: { statuses: [200], schema: PublicResults },
}));
