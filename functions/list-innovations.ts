/** GET /editions/{editionId}/innovations — API Gateway HTTP API (payload 2.0). The secretariat lists
 * every innovation of an edition; a participant lists their own. Filters: category, status. */
import { z } from 'zod';
import { listInnovationsOfEdition, listInnovationsOfOwner } from '../shared/data/innovations';
import { isAdmin } from '../shared/domain/access';
import { innovationView } from '../shared/domain/innovation-rules';
import { forbidden } from '../shared/errors';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { Slug } from '../shared/schemas/common.schema';
import { InnovationListQuery } from '../shared/schemas/innovation.schema';

export const handler = httpHandler(
  routes.listInnovations,
  { path: z.object({ editionId: Slug }), query: InnovationListQuery },
  async ({ path, query, caller }) => {
    let page;
    if (isAdmin(caller)) page = await listInnovationsOfEdition(path.editionId, query);
    else if (caller.groups.includes('participant')) page = await listInnovationsOfOwner(caller.userId, path.editionId, query);
    else throw forbidden('Only the secretariat, assigned judges and participants list innovations');
    return { body: { items: page.items.map(innovationView), ...(page.nextToken ? { nextToken: page.nextToken } : {}) } };
  },
);
