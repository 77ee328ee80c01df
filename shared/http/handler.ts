import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy, { type MiddlewareObj } from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { now } from '#shared/clock';
import type { RequestSchemas, Route, RouteContract } from '#shared/contracts/contract';
import { AppError, forbidden, tooLarge, unauthorized } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { Caller } from '#shared/vocabulary/caller';
import { callerFromEvent } from './claims';
import { logger } from '#shared/logger';
import { accessLog } from './middleware/access-log';
import { errorMapper } from './middleware/error-mapper';
import { json } from './response';
import { decodeUtf8 } from './utf8';
import { parseOr400 } from './validation';

/** Larger JSON bodies are refused before parsing; documents never pass through the API. */
export const MAX_BODY_BYTES = 64 * 1024;

type Infer<S> = S extends z.core.$ZodType ? z.infer<S> : undefined;

export interface HttpRequest<C extends RouteContract> {
  path: Infer<C['request']['path']>;
  query: Infer<C['request']['query']>;
  body: Infer<C['request']['body']>;
  caller: C['roles'] extends 'public' ? Caller | undefined : Caller;
  now: Date;
  headers: Record<string, string | undefined>;
}

export interface Reply {
  status?: number;
  body: unknown;
  headers?: Record<string, string>;
  /** A body that is not JSON (CSV exports); `headers` then carries its content type. */
  text?: string;
}

const withInvalidUtf8 = new WeakSet<APIGatewayProxyEventV2>();
const hadInvalidUtf8 = (event: APIGatewayProxyEventV2): boolean => withInvalidUtf8.has(event);

/** API Gateway hands a body that is not text base64-encoded (`isBase64Encoded`). A JSON body is
 * decoded here, once for every route, without replacing what is not UTF-8: such bytes are carried
 * to the validation, which refuses the field that holds them (400 naming it) — never U+FFFD stored. */
const utf8Body = (): MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => ({
  before: async ({ event }) => {
    if (!event.body || !event.isBase64Encoded) return;
    const { text, invalid } = decodeUtf8(Buffer.from(event.body, 'base64'));
    event.body = text;
    event.isBase64Encoded = false;
    if (invalid) withInvalidUtf8.add(event);
  },
});

const authorize = (route: Route, caller: Caller | undefined): void => {
  if (route.roles === 'public') return;
  if (!caller) throw unauthorized();
  if (route.roles !== 'any' && !caller.groups.some((g) => (route.roles as readonly string[]).includes(g)))
    throw forbidden(msg('ROLE_REQUIRED', { roles: route.roles }));
};

/** The rules read their input from the body, or from the query where a route has no body: an error
 * naming fields of the input names them where they sit in the request. */
const locatedIn = (schemas: RequestSchemas, err: unknown): unknown => (err instanceof AppError ? err.within(schemas.body ? 'body' : 'query') : err);

/** A Lambda handler serving one route contract (API Gateway HTTP API, payload format 2.0):
 * normalize headers → check the caller's role → parse JSON → validate path, query and body with the
 * contract's zod schemas → run `serve` → answer JSON. Errors of every step are mapped once by
 * `errorMapper`. A contract marked idempotent is served by `idempotentHttpHandler`. */
export const httpHandler = <C extends RouteContract & { idempotent: false }>(contract: C, serve: (req: HttpRequest<C>) => Promise<Reply>) =>
  contractHandler(contract, serve, []);

/** `httpHandler` with the middlewares only some handlers need (idempotency), so the others do not load them. */
export const contractHandler = <C extends RouteContract>(
  contract: C,
  serve: (req: HttpRequest<C>) => Promise<Reply>,
  extra: MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>[],
) => {
  const route: Route = contract;
  const schemas = contract.request;
  const chain = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Error, Context>(accessLog(route))
    .use(errorMapper())
    .use(injectLambdaContext(logger, { resetKeys: true, logEvent: false }))
    .use(httpHeaderNormalizer())
    .use({
      before: async ({ event }) => {
        if (event.body && Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8') > MAX_BODY_BYTES)
          throw tooLarge(msg('BODY_TOO_LARGE', { maxBytes: MAX_BODY_BYTES }));
      },
    })
    // The role is checked before the body is parsed: a caller without the role learns nothing more.
    .use({
      before: async ({ event }) => {
        authorize(route, callerFromEvent(event));
      },
    });
  if (schemas.body) chain.use(utf8Body()).use(httpJsonBodyParser());
  for (const m of extra) chain.use(m);
  return chain.handler(async (event) => {
    const caller = callerFromEvent(event);
    const req = {
      path: schemas.path ? parseOr400(schemas.path, event.pathParameters ?? {}, 'path') : undefined,
      query: schemas.query ? parseOr400(schemas.query, event.queryStringParameters ?? {}, 'query') : undefined,
      body: schemas.body ? parseOr400(schemas.body, event.body, 'body', hadInvalidUtf8(event)) : undefined,
      caller,
      now: now(),
      headers: event.headers,
    } as HttpRequest<C>;
    const reply = await serve(req).catch((err: unknown) => {
      throw locatedIn(schemas, err);
    });
    if (reply.text !== undefined) return { statusCode: reply.status ?? 200, headers: reply.headers, body: reply.text };
    return json(reply.status ?? 200, reply.body, reply.headers);
  });
};
