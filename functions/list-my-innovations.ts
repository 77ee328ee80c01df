/** GET /innovations — API Gateway HTTP API (payload 2.0). A participant's own innovations in every
 * edition they entered, oldest edition first, paged; `?status=` filters. */
import { listMyInnovations as contract } from '#shared/contracts/innovation.contract';
import { listInnovationsOfOwner } from '#shared/data/innovations';
import { innovationView } from '#shared/domain/innovation-rules';
import { httpHandler } from '#shared/http/handler';

export const handler = httpHandler(contract, async ({ query, caller }) => {
  const page = await listInnovationsOfOwner(caller.userId, undefined, query);
  return { body: { ...page, items: page.items.map((i) => innovationView(i)) } };
});
