/** GET /institutions — API Gateway HTTP API (payload 2.0). The registry, for any signed-in user
 * (participants pick the institution they enter for). */
import { listInstitutions } from '#shared/data/institutions';
import { httpHandler } from '#shared/http/handler';
import { listInstitutions as contract } from '#shared/contracts/institution.contract';

export const handler = httpHandler(contract, async ({ query }) => {
  return { body: await listInstitutions(query) };
});
