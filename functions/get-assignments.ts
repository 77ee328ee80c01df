/** GET /editions/{editionId}/assignments — API Gateway HTTP API (payload 2.0). The secretariat reads
 * the panel and the declared conflicts. */
import { findAssignments } from '#shared/data/assignments';
import { notFound } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import { httpHandler } from '#shared/http/handler';
import { getAssignments as contract } from '#shared/contracts/judging.contract';

export const handler = httpHandler(contract, async ({ path }) => {
  const assignments = await findAssignments(path.editionId);
  if (!assignments) throw notFound(msg('ASSIGNMENTS_NOT_FOUND', { editionId: path.editionId }));
  return { body: assignments };
});
