import type { RouteContract } from '#shared/contracts/contract';
import { contractHandler, type HttpRequest, type Reply } from './handler';
import { idempotentWhenKeyed } from './middleware/idempotency';

/** `httpHandler` for the creation routes whose contract is `idempotent`: retries carrying the same
 * `Idempotency-Key` get the first answer. Kept apart so other handlers never load Powertools
 * idempotency and its DynamoDB client. */
export const idempotentHttpHandler = <C extends RouteContract & { idempotent: true }>(contract: C, serve: (req: HttpRequest<C>) => Promise<Reply>) =>
  Object.assign(contractHandler(contract, serve, [idempotentWhenKeyed(contract.handler)]), { idempotent: true as const });
