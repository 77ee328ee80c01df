/** GET /health — API Gateway HTTP API (payload 2.0). Liveness only: touches no dependency and loads
 * none of the request chain (middy, logger, validation, messages), so it answers as long as Node runs
 * and its cold start is Node's own. It takes no input and cannot fail; API Gateway's access log
 * records each call. */
import { now } from '../shared/clock';
import { toWita } from '../shared/domain/wita';
import { json } from '../shared/http/response';
import { routes } from '../shared/http/routes';

const health = async () => json(200, { status: 'ok', now: toWita(now()) });

// The route and (no) schemas travel with the handler, as httpHandler's do, for the API description.
export const handler = Object.assign(health, { route: routes.health, schemas: {} });
