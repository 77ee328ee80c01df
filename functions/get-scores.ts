/** GET /innovations/{id}/scores/{round} — API Gateway HTTP API (payload 2.0). A judge reads back
 * only their own score (no judge sees another's before the ranking); the secretariat reads all. */
import { z } from 'zod';
import { getInnovation } from '../shared/data/innovations';
import { scoresOfInnovation } from '../shared/data/scores';
import { isAdmin } from '../shared/domain/access';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { SystemId } from '../shared/schemas/common.schema';
import { RoundName } from '../shared/schemas/edition.schema';

export const handler = httpHandler(routes.getScores, { path: z.object({ id: SystemId, round: RoundName }) }, async ({ path, caller }) => {
  await getInnovation(path.id);
  const scores = await scoresOfInnovation(path.id, path.round);
  return { body: { items: isAdmin(caller) ? scores : scores.filter((s) => s.judgeId === caller.userId) } };
});
