/** Invokes a handler in this process the way API Gateway's HTTP API would (payload 2.0, JWT
 * authorizer claims flattened), and counts the round trips the AWS clients make. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { MiddlewareStack } from '@smithy/types';
import { apiGatewayEvent } from '#scripts/local/api-gateway-event';
import { lambdaContext } from '#scripts/local/http-server';
import type { Route } from '#shared/contracts/contract';

export type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface Caller {
  sub: string;
  groups: string[];
  institutionId?: string;
}

/** The claims Cognito puts in an ID token (the local stack signs the same ones). */
const claimsOf = (c: Caller): Record<string, unknown> => ({
  sub: c.sub,
  'cognito:groups': c.groups,
  ...(c.institutionId ? { 'custom:institutionId': c.institutionId } : {}),
  token_use: 'id',
});

/** The API Gateway v2 event of one request on `route`: built before the clock starts, so only the
 * handler is timed. */
export interface RequestOptions {
  path: Record<string, string>;
  caller?: Caller;
  body?: unknown;
  headers?: Record<string, string>;
}

export const eventFor = (route: Route, opts: RequestOptions & { now: Date }): APIGatewayProxyEventV2 => {
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(opts.path[name]!));
  const body = opts.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(opts.body));
  return apiGatewayEvent({
    route,
    method: route.method,
    url: new URL(path, 'http://127.0.0.1:3000'),
    headers: { host: '127.0.0.1:3000', 'user-agent': 'bench', ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    pathParameters: opts.path,
    body,
    claims: opts.caller ? claimsOf(opts.caller) : undefined,
    sourceIp: '127.0.0.1',
    now: opts.now,
  });
};

export interface Answer {
  status: number;
  body: any;
}

export const invoke = async (handler: LambdaHandler, route: Route, event: APIGatewayProxyEventV2): Promise<Answer> => {
  const result = await handler(event, lambdaContext(route.handler));
  return { status: result.statusCode ?? 200, body: result.body ? JSON.parse(result.body) : undefined };
};

/** The command a middleware sees, without its `Command` suffix: `GetItem`, `BatchWriteItem`. */
export const commandOf = (context: object): string => String((context as { commandName?: string }).commandName ?? '?').replace(/Command$/, '');

/** Counts each HTTP attempt the clients make, per service and in order: the middleware sits in the
 * finalizeRequest step after the retry middleware, so a retried call counts every time it goes on
 * the wire. */
export class RoundTrips {
  readonly counts: Record<string, number> = {};
  readonly sequence: string[] = [];

  attach(stack: MiddlewareStack<any, any>, service: string): void {
    stack.add(
      (next, context) => async (args) => {
        this.counts[service] = (this.counts[service] ?? 0) + 1;
        const command = commandOf(context);
        this.sequence.push(service === 'DynamoDB' ? command : `${service} ${command}`);
        return next(args);
      },
      { step: 'finalizeRequest', priority: 'low', name: `benchRoundTrips-${service}`, override: true },
    );
  }

  of(service: string): number {
    return this.counts[service] ?? 0;
  }

  reset(): void {
    for (const k of Object.keys(this.counts)) delete this.counts[k];
    this.sequence.length = 0;
  }
}
