import type middy from '@middy/core';
import type { Request } from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { callerFromEvent } from '#shared/http/claims';
import { logger } from '#shared/logger';
import type { Route } from '#shared/contracts/contract';

type PluginObject = middy.PluginObject;
type HttpRequest = Request<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>;

/** Who and which request a log line belongs to: the Lambda request id and the caller's `sub`. */
export const requestIds = (request: Pick<HttpRequest, 'event' | 'context'>): { requestId?: string; userId?: string } => ({
  requestId: request.context?.awsRequestId,
  userId: request.event ? callerFromEvent(request.event)?.userId : undefined,
});

/** The access log, as a middy plugin so it sees every request — also those answered early (an
 * idempotent replay) or by the error mapper. At the start the logger's per-request keys are set
 * afresh (a warm Lambda reuses the logger, so a line must never carry the previous request's ids);
 * at the end one INFO line: method, route, path, status, duration, requestId, userId. Never a body,
 * a header or a query string: those carry tokens and participants' contact data. */
export const accessLog = (route: Route): PluginObject => {
  // process.hrtime rather than node:perf_hooks, whose module graph (nine of Node's internal modules)
  // would cost every cold start about 2 % of its instructions (bench, cold load) for one clock.
  const started = new WeakMap<object, bigint>();
  const start = (request: HttpRequest): void => {
    started.set(request, process.hrtime.bigint());
    logger.resetKeys();
    logger.appendKeys({ ...requestIds(request), route: `${route.method} ${route.path}` });
  };
  const end = (request: HttpRequest): void => {
    const at = started.get(request);
    logger.info('request', {
      ...requestIds(request),
      route: `${route.method} ${route.path}`,
      method: route.method,
      path: request.event?.rawPath,
      status: request.response?.statusCode,
      durationMs: at === undefined ? undefined : Math.round(Number(process.hrtime.bigint() - at) / 1e5) / 10,
    });
  };
  return {
    // middy calls both hooks with the request; its typings leave the argument out of `requestStart`.
    requestStart: start as unknown as PluginObject['requestStart'],
    requestEnd: end as unknown as PluginObject['requestEnd'],
  };
};
