import { httpHandler, type HttpRequest, type Reply, type Schemas } from './handler';
import { idempotentWhenKeyed } from './middleware/idempotency';
import type { Route } from './routes';

/** `httpHandler` for the creation routes the table marks `idempotent`: retries carrying the same
 * `Idempotency-Key` get the first answer. Kept apart so other handlers never load Powertools
 * idempotency and its DynamoDB client. */
export const idempotentHttpHandler = <R extends Route, S extends Schemas>(route: R, schemas: S, serve: (req: HttpRequest<R, S>) => Promise<Reply>) =>
  Object.assign(httpHandler(route, schemas, serve, [idempotentWhenKeyed(route.handler)]), { idempotent: true as const });
