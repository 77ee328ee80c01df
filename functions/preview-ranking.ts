/** GET /editions/{editionId}/rankings/{round}/preview — API Gateway HTTP API (payload 2.0). The
 * secretariat sees the ranking a round would have now — each category's judge agreement and the
 * entries whose judges disagree beyond the edition's threshold — while the round is still being
 * scored, so a judge can be added in time. Computed from the stored scores; nothing is stored. */
import { httpHandler } from '#shared/http/handler';
import { previewRanking as contract } from '#shared/contracts/ranking.contract';
import { loadFQuantile, previewRanking } from '#shared/use-cases/compute-ranking';

// Every request of this function ranks: jStat loads with the function, not in its first request.
void loadFQuantile();

export const handler = httpHandler(contract, async ({ path, now }) => ({ body: await previewRanking(path.editionId, path.round, now) }));
