/** POST /editions/{editionId}/rankings/{round} — API Gateway HTTP API (payload 2.0). The secretariat
 * computes (or re-runs) a round's ranking once its window has closed; the stage boundary does the
 * same unattended. Idempotent: the same stored scores give the same ranking, stored once. */
import * as z from 'zod/mini';
import { rankingView } from '../shared/data/rankings';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { Slug } from '../shared/schemas/common.schema';
import { RankingRound } from '../shared/schemas/ranking.schema';
import { computeRanking } from '../shared/use-cases/compute-ranking';

export const handler = httpHandler(
  routes.computeRanking,
  { path: z.object({ editionId: Slug, round: RankingRound }) },
  async ({ path, caller, now }) => {
    const run = await computeRanking(path.editionId, path.round, caller.userId, now);
    return { status: run.changed ? 201 : 200, body: { ...(await rankingView(run.header)), changed: run.changed } };
  },
);
