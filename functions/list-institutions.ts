/** GET /institutions — API Gateway HTTP API (payload 2.0). The registry, for any signed-in user
 * (participants pick the institution they enter for). */
import { listInstitutions } from '../shared/data/institutions';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { ListQuery } from '../shared/schemas/common.schema';

export const handler = httpHandler(routes.listInstitutions, { query: ListQuery }, async ({ query }) => {
  return { body: await listInstitutions(query) };
});
