/** POST /editions/{editionId}/rankings/{round} — API Gateway HTTP API (payload 2.0). The secretariat
 * computes (or re-runs) a round's ranking once its window has closed; the stage boundary does the
 * same unattended. Idempotent: the same stored scores give the same ranking, stored once. */
import { rankingView } from '#shared/data/rankings';
import { httpHandler } from '#shared/http/handler';
import { computeRanking as contract } from '#shared/contracts/ranking.contract';
import { loadFQuantile, computeRanking } from '#shared/use-cases/compute-ranking';

// Every request of this function ranks: jStat loads with the function, not in its first request.
void loadFQuantile();

export const handler = httpHandler(contract, async ({ path, caller, now }) => {
  const run = await computeRanking(path.editionId, path.round, caller.userId, now);
  return { status: run.changed ? 201 : 200, body: { ...(await rankingView(run.header)), changed: run.changed } };
});
