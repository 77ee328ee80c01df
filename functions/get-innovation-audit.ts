/** GET /innovations/{id}/audit — API Gateway HTTP API (payload 2.0). The secretariat reads an
 * innovation's audit trail: scores, verification, screening — who, when, before and after. */
import * as z from 'zod/mini';
import { auditPage, innovationSubject } from '../shared/data/audit';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { ListQuery, SystemId } from '../shared/schemas/common.schema';

export const handler = httpHandler(routes.getInnovationAudit, { path: z.object({ id: SystemId }), query: ListQuery }, async ({ path, query }) => ({
  body: await auditPage(innovationSubject(path.id), query),
}));
