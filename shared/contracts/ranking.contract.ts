/** Rankings of a round, the announcement and the public results. */
import * as z from 'zod/mini';
import { defineSchema, IsoInstant } from '../schemas/common.schema';
import { CategoryCode, EditionView } from '../schemas/edition.schema';
import { Ranking, Results } from '../schemas/ranking.schema';
import { defineResponses, defineRoute, RANKING_SIZING, READS_TABLE, STANDARD_SIZING, WRITES_TABLE } from './contract';
import { EditionPath, ExportFormat, RankingRoundPath } from './path-params';

export const RankingView = /* @__PURE__ */ defineSchema(() => z.intersection(Ranking, z.object({ computedBy: z.string() })));
export const RankingRun = /* @__PURE__ */ defineSchema(() => z.intersection(RankingView, z.object({ changed: z.boolean() })));
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
  summary: 'Nominees and winners per category, once announced',
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
  announce: { statuses: [200], schema: EditionView },
  getResults: { statuses: [200], schema: PublicResults },
}));
