/** Turns a Node HTTP request into the event API Gateway's HTTP API (payload format 2.0) hands a
 * Lambda, with the JWT authorizer's claims flattened the way AWS flattens them. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { flattenClaimsLikeHttpApi } from '#shared/http/claims';
import type { Route } from '#shared/contracts/contract';
import { isValidUtf8 } from '#shared/http/utf8';

export interface RouteMatcher {
  route: Route;
  match(path: string): Record<string, string> | undefined;
}

export const routeMatcher = (route: Route): RouteMatcher => {
  const names: string[] = [];
  const pattern = new RegExp(
    '^' +
      route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      }) +
      '/?$',
  );
  return {
    route,
    match: (path) => {
      const m = pattern.exec(path);
      if (!m) return undefined;
      try {
        return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])]));
      } catch {
        return undefined;
      }
    },
  };
};

/** Content types whose bodies are text. */
const isTextContentType = (contentType: string | undefined): boolean =>
  contentType !== undefined && /^\s*(text\/|application\/([\w.+-]*\+)?(json|xml|javascript|x-www-form-urlencoded)\b)/i.test(contentType);

const joinHeaders = (headers: IncomingHttpHeaders): Record<string, string> =>
  Object.fromEntries(
    Object.entries(headers)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(',') : String(v)]),
  );

export const apiGatewayEvent = (args: {
  route: Route;
  method: string;
  url: URL;
  headers: IncomingHttpHeaders;
  pathParameters: Record<string, string>;
  body: Buffer;
  claims?: Record<string, unknown>;
  sourceIp: string;
  now: Date;
}): APIGatewayProxyEventV2 => {
  // A Map, then own properties (as API Gateway's JSON gives them): `?__proto__=x` stays a parameter.
  const params = new Map<string, string>();
  for (const [k, v] of args.url.searchParams) params.set(k, params.has(k) ? `${params.get(k)},${v}` : v);
  const query: Record<string, string> = Object.fromEntries(params);
  const headers = joinHeaders(args.headers);
  const hasBody = args.body.length > 0;
  // API Gateway passes a body on as text only when it is text: a textual content type and bytes that
  // are UTF-8. Anything else reaches the Lambda base64-encoded (`isBase64Encoded`), and the handler
  // decides what to make of the bytes — never a string with U+FFFD where the bytes were not UTF-8.
  const isBinary = hasBody && !(isTextContentType(headers['content-type']) && isValidUtf8(args.body));
  const text = hasBody && !isBinary ? args.body.toString('utf8') : undefined;
  const routeKey = `${args.route.method} ${args.route.path}`;
  return {
    version: '2.0',
    routeKey,
    rawPath: args.url.pathname,
    rawQueryString: args.url.search.slice(1),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(args.pathParameters).length ? { pathParameters: args.pathParameters } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: { method: args.method, path: args.url.pathname, protocol: 'HTTP/1.1', sourceIp: args.sourceIp, userAgent: headers['user-agent'] ?? '' },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: args.now.toUTCString(),
      timeEpoch: args.now.getTime(),
      ...(args.claims ? { authorizer: { jwt: { claims: flattenClaimsLikeHttpApi(args.claims), scopes: null } } } : {}),
    } as APIGatewayProxyEventV2['requestContext'],
    ...(hasBody ? { body: isBinary ? args.body.toString('base64') : text } : {}),
    isBase64Encoded: isBinary,
  };
};
