/** The local HTTP API: built from the route table, it turns each request into an API Gateway v2
 * event and invokes the very handler the Lambda would run. Also serves the local-only `/_local/*`
 * endpoints (development tokens, the settable clock and the outbox). */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import { AppError, notFound, tooLarge, unauthorized } from '#shared/errors';
import { errorResponse } from '#shared/http/error-response';
import { json } from '#shared/http/response';
import { CORS_ALLOWED_HEADERS } from '#shared/contracts/contract';
import { ROUTES } from '#shared/contracts/route-table';
import { ROLES } from '#shared/vocabulary/roles';
import { parseOr400 } from '#shared/http/validation';
import { msg } from '#shared/messages/catalogue';
import { requestLanguage, type Language } from '#shared/messages/language';
import { toWita } from '#shared/vocabulary/wita';
import { IsoInstant } from '#shared/schemas/common.schema';
import { apiGatewayEvent, routeMatcher } from './api-gateway-event';
import { signDevToken, verifyDevToken } from './dev-tokens';
import { issuerVerifier, type TrustedIssuer } from './trusted-issuer';

type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** What the server needs from the stack around it. */
export interface LocalServerDeps {
  secret: Uint8Array;
  now(): Date;
  /** Moves the clock (forward only) and runs the boundary work now due; answers what fired. */
  setClock(to: Date): Promise<unknown[]>;
  /** Extra read-only documents served as JSON (e.g. `/openapi.json`). */
  documents?: Record<string, () => unknown>;
  /** Also accept this provider's tokens, besides the development ones (the Cognito browser test). */
  trustedIssuer?: TrustedIssuer;
  /** Serves the web app's files and pages for a GET that is not the API's; false leaves it to the API. */
  webApp?: (req: IncomingMessage, res: ServerResponse, pathname: string) => boolean;
  /** Delivers the pending notifications (after each request that succeeded, and before the outbox is read). */
  deliver(): Promise<void>;
  /** What the local mailer sent (`GET /_local/outbox`). */
  outbox(): Promise<unknown>;
  /** Told of every function invocation with its duration (the benchmark prices an edition with it). */
  observe?: InvocationObserver;
}

export type InvocationObserver = (functionName: string, ms: number) => void;

/** Runs `work` as one invocation of `functionName`, timed for the observer if there is one. */
export const invocation = async <T>(observe: InvocationObserver | undefined, functionName: string, work: () => Promise<T>): Promise<T> => {
  const started = performance.now();
  try {
    return await work();
  } finally {
    observe?.(functionName, performance.now() - started);
  }
};

const OUTBOX_PATH = '/_local/outbox';

/** API Gateway refuses request bodies over 10 MB. */
const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

const TokenRequest = z.strictObject({
  sub: z.string().check(z.minLength(1), z.maxLength(128)),
  groups: z.array(z.enum(ROLES)).check(z.maxLength(4)),
  institutionId: z.optional(z.string().check(z.maxLength(64))),
});
const ClockRequest = z.strictObject({ now: IsoInstant });

const handlers = new Map<string, Promise<LambdaHandler>>();
const loadHandler = (name: string): Promise<LambdaHandler> => {
  if (!handlers.has(name)) handlers.set(name, import(`../../functions/${name}`).then((m: { handler: LambdaHandler }) => m.handler));
  return handlers.get(name)!;
};

export const lambdaContext = (name: string): Context =>
  ({
    awsRequestId: randomUUID(),
    functionName: name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${name}`,
    memoryLimitInMB: '512',
    logGroupName: `/aws/lambda/${name}`,
    logStreamName: 'local',
    callbackWaitsForEmptyEventLoop: false,
    getRemainingTimeInMillis: () => 29_000,
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  }) as Context;

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the client gets its 413 rather than a reset.
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_REQUEST_BYTES) chunks.push(c);
    });
    req.on('end', () => (size > MAX_REQUEST_BYTES ? reject(tooLarge(msg('REQUEST_TOO_LARGE'))) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });

const send = (res: ServerResponse, result: APIGatewayProxyStructuredResultV2): void => {
  res.writeHead(result.statusCode ?? 200, {
    'access-control-allow-origin': '*',
    ...Object.fromEntries(Object.entries(result.headers ?? {}).map(([k, v]) => [k, String(v)])),
  });
  res.end(result.isBase64Encoded && result.body ? Buffer.from(result.body, 'base64') : result.body);
};

/** The local server's own refusals, worded like the handlers' (the error mapper's) in the request's
 * language. Anything else is a local bug: its own text helps whoever runs the stack. */
const errorResult = (err: unknown, language: Language): APIGatewayProxyStructuredResultV2 =>
  err instanceof AppError ? errorResponse(err, language) : json(500, { error: { code: 'INTERNAL', message: (err as Error).message } });

const parseJson = (body: Buffer): unknown => {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new AppError('invalid-input', 'INVALID_JSON', msg('INVALID_JSON'));
  }
};

export const createLocalServer = (deps: LocalServerDeps): Server => {
  const matchers = ROUTES.map(routeMatcher);
  const fromIssuer = deps.trustedIssuer && issuerVerifier(deps.trustedIssuer);
  const verifyToken = async (token: string) => (await verifyDevToken(deps.secret, token)) ?? (await fromIssuer?.(token));

  const local = async (method: string, path: string, body: Buffer): Promise<APIGatewayProxyStructuredResultV2 | undefined> => {
    if (path === '/_local/token' && method === 'POST') {
      const req = parseOr400(TokenRequest, parseJson(body), 'body');
      return json(200, { token: await signDevToken(deps.secret, req) });
    }
    if (path === '/_local/clock' && method === 'GET') return json(200, { now: toWita(deps.now()) });
    if (path === OUTBOX_PATH && method === 'GET') {
      await deps.deliver();
      return json(200, await deps.outbox());
    }
    if (path === '/_local/clock' && method === 'POST') {
      const { now } = parseOr400(ClockRequest, parseJson(body), 'body');
      const fired = await deps.setClock(new Date(now));
      return json(200, { now: toWita(deps.now()), fired });
    }
    const doc = method === 'GET' ? deps.documents?.[path] : undefined;
    return doc ? json(200, await doc()) : undefined;
  };

  const api = async (req: IncomingMessage, url: URL, body: Buffer): Promise<APIGatewayProxyStructuredResultV2> => {
    const method = req.method ?? 'GET';
    const candidates = matchers.map((m) => ({ route: m.route, params: m.match(url.pathname) })).filter((c) => c.params);
    const hit = candidates.find((c) => c.route.method === method);
    if (!hit) {
      if (method === 'OPTIONS' && candidates.length) return { statusCode: 204, headers: { 'access-control-allow-methods': candidates.map((c) => c.route.method).join(','), 'access-control-allow-headers': CORS_ALLOWED_HEADERS.join(',') } };
      throw notFound(msg('ROUTE_NOT_FOUND', { method, path: url.pathname }));
    }
    let claims: Record<string, unknown> | undefined;
    const auth = req.headers.authorization;
    if (auth) {
      // Like the JWT authorizer: a bad token is refused before the handler runs, on every route it guards.
      claims = /^Bearer\s+(\S+)$/i.test(auth) ? await verifyToken(auth.replace(/^Bearer\s+/i, '')) : undefined;
      if (!claims && hit.route.roles !== 'public') throw unauthorized(msg('TOKEN_INVALID'));
    } else if (hit.route.roles !== 'public') throw unauthorized(msg('TOKEN_MISSING'));
    const event = apiGatewayEvent({ route: hit.route, method, url, headers: req.headers, pathParameters: hit.params!, body, claims, sourceIp: req.socket.remoteAddress ?? '127.0.0.1', now: deps.now() });
    const handler = await loadHandler(hit.route.handler);
    return invocation(deps.observe, hit.route.handler, () => handler(event, lambdaContext(hit.route.handler)));
  };

  const isApiPath = (pathname: string): boolean =>
    pathname.startsWith('/_local/') || Boolean(deps.documents?.[pathname]) || matchers.some((m) => m.match(pathname));

  return createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (deps.webApp && !isApiPath(url.pathname) && deps.webApp(req, res, url.pathname)) return;
      const body = await readBody(req);
      const result = (await local(req.method ?? 'GET', url.pathname, body)) ?? (await api(req, url, body));
      // Like the table's stream in AWS, what the request queued is sent; here before the answer, so
      // whoever reads the table after an answer finds it settled. A refused or failed request queued
      // nothing (its writes are all or none); reading the outbox delivered first.
      if ((result.statusCode ?? 200) < 400 && url.pathname !== OUTBOX_PATH) await deps.deliver();
      send(res, result);
    } catch (err) {
      send(res, errorResult(err, requestLanguage(req.headers)));
    }
  });
};
