/** GET /innovations/{id}/audit and GET /editions/{editionId}/audit — API Gateway HTTP API (payload
 * 2.0). The secretariat reads an audit trail: who changed what, when, before and after. */
import { z } from 'zod';
import { editionSubject, innovationSubject, listAudit } from '../shared/data/audit';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { ListQuery, Slug, SystemId } from '../shared/schemas/common.schema';

export const handler = httpHandler(
  routes.getInnovationAudit,
  { path: z.union([z.object({ id: SystemId }), z.object({ editionId: Slug })]), query: ListQuery },
  async ({ path, query }) => {
    const page = await listAudit('id' in path ? innovationSubject(path.id) : editionSubject(path.editionId), query);
    return { body: { items: page.items, ...(page.nextToken ? { nextToken: page.nextToken } : {}) } };
  },
);
