/** GET /health — API Gateway HTTP API (payload 2.0). Liveness only: touches no dependency. */
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { toWita } from '../shared/domain/wita';

export const handler = httpHandler(routes.health, {}, async ({ now }) => ({ body: { status: 'ok', now: toWita(now) } }));
