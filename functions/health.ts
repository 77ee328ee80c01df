/** GET /health — API Gateway HTTP API (payload 2.0). Liveness only: touches no dependency and loads
 * none of the request chain (middy, logger, validation, messages), so it answers as long as Node runs
 * and its cold start is Node's own. It takes no input and cannot fail; API Gateway's access log
 * records each call. */
import { now } from '#shared/clock';
import { toWita } from '#shared/vocabulary/wita';
import { json } from '#shared/http/response';

export const handler = async () => json(200, { status: 'ok', now: toWita(now()) });
