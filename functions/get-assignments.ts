/** GET /editions/{editionId}/assignments — API Gateway HTTP API (payload 2.0). The secretariat reads
 * the panel and the declared conflicts. */
import * as z from 'zod/mini';
import { findAssignments } from '../shared/data/assignments';
import { notFound } from '../shared/errors';
import { msg } from '../shared/messages/catalogue';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { Slug } from '../shared/schemas/common.schema';

export const handler = httpHandler(routes.getAssignments, { path: z.object({ editionId: Slug }) }, async ({ path }) => {
  const assignments = await findAssignments(path.editionId);
  if (!assignments) throw notFound(msg('ASSIGNMENTS_NOT_FOUND', { editionId: path.editionId }));
  return { body: assignments };
});
