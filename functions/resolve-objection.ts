/** PUT /innovations/{id}/objections/{objectionId} — API Gateway HTTP API (payload 2.0). The
 * secretariat upholds or rejects an objection with a reason (audited); upheld, the nominee is
 * disqualified and the nomination ranking moves the next entry up. */
import { httpHandler } from '#shared/http/handler';
import { resolveObjection as contract } from '#shared/contracts/objection.contract';
import { resolveObjection } from '#shared/use-cases/resolve-objection';

export const handler = httpHandler(contract, async ({ path, body, caller, now }) => ({ body: await resolveObjection(path.id, path.objectionId, body, caller, now) }));
