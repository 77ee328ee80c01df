/** GET /editions/{editionId}/rankings/{round} — API Gateway HTTP API (payload 2.0). The secretariat
 * and the jury read a computed ranking, each row with its breakdown; `?category=` narrows it. */
import { z } from 'zod';
import { findRankingHeader, rankingView } from '../shared/data/rankings';
import { notFound } from '../shared/errors';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { Slug } from '../shared/schemas/common.schema';
import { CategoryCode } from '../shared/schemas/edition.schema';
import { RankingRound } from '../shared/schemas/ranking.schema';

export const handler = httpHandler(
  routes.getRanking,
  { path: z.object({ editionId: Slug, round: RankingRound }), query: z.object({ category: CategoryCode.optional() }) },
  async ({ path, query }) => {
    const header = await findRankingHeader(path.editionId, path.round);
    if (!header) throw notFound(`The ${path.round} ranking of ${path.editionId} (not computed yet)`);
    return { body: await rankingView(header, query.category) };
  },
);
