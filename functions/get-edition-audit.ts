/** GET /editions/{editionId}/audit — API Gateway HTTP API (payload 2.0). The secretariat reads an
 * edition's audit trail: panel, calendar changes, ranking runs, announcement. */
import * as z from 'zod/mini';
import { auditPage, editionSubject } from '../shared/data/audit';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { ListQuery, Slug } from '../shared/schemas/common.schema';

export const handler = httpHandler(routes.getEditionAudit, { path: z.object({ editionId: Slug }), query: ListQuery }, async ({ path, query }) => ({
  body: await auditPage(editionSubject(path.editionId), query),
}));
