/** The HTTP API, generated from the route contracts (`shared/contracts/route-table.ts`) — the same list
 * the local server is built from. Every route that is not `public` goes through a JWT authorizer trusting the
 * user pool's ID tokens for the app clients; roles are then checked by the handler from the
 * `cognito:groups` claim.
 *
 * The API itself (`httpApiFrontDoor`) is made in the Site stack, before everything else, so CloudFront
 * can serve it on the site's origin; its stage, routes, integrations and authorizer are added here,
 * in the Api stack, to the imported API. */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import { CORS_ALLOWED_HEADERS, type Route } from '#shared/contracts/contract';
import { ROUTES } from '#shared/contracts/route-table';

export interface RouteTableApiProps {
  /** The HTTP API (made by `httpApiFrontDoor` in the Site stack) that gets the stage and the routes. */
  api: apigw.IHttpApi;
  /** The function serving each handler of the routes, by handler name. */
  functions: ReadonlyMap<string, lambda.IFunction>;
  /** Tokens must come from this issuer (the user pool's provider URL)… */
  issuer: string;
  /** …for one of these audiences (the app clients' ids). */
  audiences: string[];
  logRetention: logs.RetentionDays;
  /** The routes to serve; every route by default (tests pass others). */
  routes?: readonly Route[];
  /** Steady-state requests per second and burst for the whole stage. */
  throttle?: { rateLimit: number; burstLimit: number };
}

export const DEFAULT_THROTTLE = { rateLimit: 50, burstLimit: 100 };

/** One JSON line per request; no request bodies, no tokens, only the caller's opaque `sub`. */
const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  latencyMs: '$context.responseLatency',
  integrationLatencyMs: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  sub: '$context.authorizer.claims.sub',
};

/** The bare HTTP API, with no stage or route yet. The web app reaches it on its own origin, through
 * CloudFront, so it answers CORS preflights only for `corsOrigins` (other tools' origins), if any. */
export const httpApiFrontDoor = (scope: Construct, id: string, corsOrigins: string[]): apigw.HttpApi =>
  new apigw.HttpApi(scope, id, {
    description: 'Kukar Innovation Week API (generated from the route contracts, shared/contracts)',
    createDefaultStage: false,
    ...(corsOrigins.length
      ? {
          corsPreflight: {
            allowOrigins: corsOrigins,
            allowMethods: [
              apigw.CorsHttpMethod.GET,
              apigw.CorsHttpMethod.POST,
              apigw.CorsHttpMethod.PUT,
              apigw.CorsHttpMethod.PATCH,
              apigw.CorsHttpMethod.DELETE,
              apigw.CorsHttpMethod.OPTIONS,
            ],
            // The request headers the handlers read (shared/http): optimistic locking and idempotent creation.
            allowHeaders: CORS_ALLOWED_HEADERS,
            exposeHeaders: ['etag', 'location'],
            allowCredentials: false,
            maxAge: Duration.hours(corsOrigins.includes('*') ? 1 : 12),
          },
        }
      : {}),
  });

export class RouteTableApi extends Construct {
  readonly api: apigw.IHttpApi;
  readonly stage: apigw.HttpStage;
  readonly authorizer: HttpJwtAuthorizer;
  readonly accessLogs: logs.LogGroup;

  constructor(scope: Construct, id: string, props: RouteTableApiProps) {
    super(scope, id);
    this.api = props.api;

    this.accessLogs = new logs.LogGroup(this, 'AccessLogs', { retention: props.logRetention, removalPolicy: RemovalPolicy.DESTROY });
    this.stage = new apigw.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle ?? DEFAULT_THROTTLE,
      accessLogSettings: {
        destination: new apigw.LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });

    // ID tokens: they carry `cognito:groups` and `custom:institutionId`, and their `aud` is the client id.
    this.authorizer = new HttpJwtAuthorizer('CognitoJwt', props.issuer, {
      jwtAudience: props.audiences,
      identitySource: ['$request.header.Authorization'],
    });

    const integrations = new Map<string, HttpLambdaIntegration>();
    const integrationOf = (handler: string): HttpLambdaIntegration => {
      let integration = integrations.get(handler);
      if (!integration) {
        const fn = props.functions.get(handler);
        if (!fn) throw new Error(`No function serves handler "${handler}"`);
        integration = new HttpLambdaIntegration(`${handler}-integration`, fn, {
          payloadFormatVersion: apigw.PayloadFormatVersion.VERSION_2_0,
        });
        integrations.set(handler, integration);
      }
      return integration;
    };

    for (const route of props.routes ?? ROUTES) {
      const isPublic = route.roles === 'public';
      const created = new apigw.HttpRoute(this, `${route.method}${route.path}`, {
        httpApi: this.api,
        routeKey: apigw.HttpRouteKey.with(route.path, apigw.HttpMethod[route.method]),
        integration: integrationOf(route.handler),
        ...(isPublic ? {} : { authorizer: this.authorizer }),
      });
      if (isPublic)
        Validations.of(created).acknowledge({
          id: 'AwsSolutions-APIG4',
          reason: `${route.method} ${route.path} is public by design (its contract: roles 'public'): ${route.summary}. It only reads what anyone may see; stage throttling bounds it.`,
        });
    }
  }

  /** The API's base URL (default stage), e.g. https://abc123.execute-api.ap-southeast-3.amazonaws.com/ */
  get url(): string {
    return this.stage.url;
  }
}
