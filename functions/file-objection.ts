/** POST /innovations/{id}/objections — API Gateway HTTP API (payload 2.0). Any signed-in person
 * objects to a nominee while the edition's objection window is open (409 outside it), with a reason
 * and optionally one piece of evidence, answered with its presigned upload. Audited. */
import { idempotentHttpHandler } from '#shared/http/idempotent-handler';
import { fileObjection as contract } from '#shared/contracts/objection.contract';
import { fileObjection } from '#shared/use-cases/objections';

export const handler = idempotentHttpHandler(contract, async ({ path, body, caller, now }) => ({ status: 201, body: await fileObjection(path.id, body, caller, now) }));
