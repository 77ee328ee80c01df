/** GET /innovations/{id}/scores/{round} — API Gateway HTTP API (payload 2.0). A judge on the entry's
 * panel reads back only their own score (no judge sees another's before the ranking); the secretariat
 * reads all. */
import * as z from 'zod/mini';
import { findAssignments } from '../shared/data/assignments';
import { getInnovation } from '../shared/data/innovations';
import { scoresOfInnovation } from '../shared/data/scores';
import { isAdmin, requirePanel } from '../shared/domain/access';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { SystemId } from '../shared/schemas/common.schema';
import { RoundName } from '../shared/schemas/edition.schema';

export const handler = httpHandler(routes.getScores, { path: z.object({ id: SystemId, round: RoundName }) }, async ({ path, caller }) => {
  const innovation = await getInnovation(path.id);
  if (isAdmin(caller)) return { body: { items: await scoresOfInnovation(path.id, path.round) } };
  requirePanel(await findAssignments(innovation.editionId), caller, innovation, 'jury');
  const scores = await scoresOfInnovation(path.id, path.round);
  return { body: { items: scores.filter((s) => s.judgeId === caller.userId) } };
});
