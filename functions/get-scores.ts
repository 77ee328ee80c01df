/** GET /innovations/{id}/scores/{round} — API Gateway HTTP API (payload 2.0). A judge on the entry's
 * panel reads back only their own score (no judge sees another's before the ranking); the secretariat
 * reads all. */
import { assignmentsRef } from '#shared/data/assignments';
import { getAll } from '#shared/data/dynamo';
import { getInnovation } from '#shared/data/innovations';
import { scoreRef, scoresOfInnovation } from '#shared/data/scores';
import { isAdmin, requirePanel } from '#shared/domain/access';
import { httpHandler } from '#shared/http/handler';
import { getScores as contract } from '#shared/contracts/judging.contract';

export const handler = httpHandler(contract, async ({ path, caller }) => {
  const innovation = await getInnovation(path.id);
  if (isAdmin(caller)) return { body: { items: await scoresOfInnovation(path.id, path.round) } };
  // The panel and the judge's own score in one round trip: a judge reads no other score.
  const [assignments, own] = await getAll([assignmentsRef(innovation.editionId), scoreRef(innovation.id, path.round, caller.userId)] as const);
  requirePanel(assignments, caller, innovation, 'jury');
  return { body: { items: own ? [own] : [] } };
});
