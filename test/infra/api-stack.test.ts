/** The HTTP API is the route table, no more and no less: each route once, behind the JWT authorizer
 * unless public, integrated with the function of its handler. */
import { Match } from 'aws-cdk-lib/assertions';
import { ApiStack } from '#infra/stacks/api-stack';
import { RANKING_SIZING, STANDARD_SIZING } from '#shared/contracts/contract';
import { ROUTES } from '#shared/contracts/route-table';
import { logicalIdOf, resourcesOf, synthesize, type Synthesized } from './support';

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

const routeResources = () => Object.values(resourcesOf(s.templates.api, 'AWS::ApiGatewayV2::Route'));
const integrationId = (target: unknown): string => {
  const parts = (target as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1];
  return (parts.find((p) => typeof p === 'object') as { Ref: string }).Ref;
};

describe('routes from the route table', () => {
  const routes = ROUTES;
  const handlers = [...new Set(routes.map((r) => r.handler))];

  it('declares every route of the table exactly once, and no other', () => {
    const keys = routeResources().map((r) => r.Properties!.RouteKey as string);
    expect(keys.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s: authorizer and integration', (routeKey, route) => {
    const authorizerId = Object.keys(resourcesOf(s.templates.api, 'AWS::ApiGatewayV2::Authorizer'))[0];
    const [resource] = routeResources().filter((r) => r.Properties!.RouteKey === routeKey);
    const props = resource.Properties!;
    if (route.roles === 'public') {
      expect(props.AuthorizationType ?? 'NONE').toBe('NONE');
      expect(props.AuthorizerId).toBeUndefined();
    } else {
      expect(props.AuthorizationType).toBe('JWT');
      expect(props.AuthorizerId).toEqual({ Ref: authorizerId });
    }
    const integration = resourcesOf(s.templates.api, 'AWS::ApiGatewayV2::Integration')[integrationId(props.Target)];
    const fnLogicalId = logicalIdOf(s.api, s.api.functionOf(route.handler));
    expect(integration.Properties).toMatchObject({
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [fnLogicalId, 'Arn'] },
    });
  });

  it('deploys one function per distinct handler, each from functions/<handler>.ts', () => {
    const functions = resourcesOf(s.templates.api, 'AWS::Lambda::Function');
    expect(Object.keys(functions)).toHaveLength(handlers.length);
    expect([...s.api.functions.keys()].sort()).toEqual([...handlers].sort());
  });

  it('lets API Gateway invoke each function only from this API (the one the Site stack made)', () => {
    const permissions = Object.values(resourcesOf(s.templates.api, 'AWS::Lambda::Permission'));
    expect(permissions.length).toBeGreaterThanOrEqual(routes.length);
    for (const p of permissions) {
      expect(p.Properties).toMatchObject({ Action: 'lambda:InvokeFunction', Principal: 'apigateway.amazonaws.com' });
      expect(JSON.stringify(p.Properties!.SourceArn)).toContain('{"Fn::ImportValue":"Kukar-dev-HttpApiId"}');
    }
    for (const r of routeResources()) expect(r.Properties!.ApiId).toEqual({ 'Fn::ImportValue': 'Kukar-dev-HttpApiId' });
  });
});

describe('JWT authorizer', () => {
  it('trusts the user pool as issuer and its two app clients as audiences, as the Identity stack exports them', () => {
    const authorizers = Object.values(resourcesOf(s.templates.api, 'AWS::ApiGatewayV2::Authorizer'));
    expect(authorizers).toHaveLength(1);
    expect(authorizers[0].Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Issuer: { 'Fn::ImportValue': 'Kukar-dev-UserPoolIssuer' },
        Audience: [{ 'Fn::ImportValue': 'Kukar-dev-UserPoolWebClientId' }, { 'Fn::ImportValue': 'Kukar-dev-UserPoolClientId' }],
      },
    });
    const outputs = s.templates.identity.toJSON().Outputs as Record<string, { Value: unknown; Export?: { Name: string } }>;
    const exported = (name: string) => Object.values(outputs).find((o) => o.Export?.Name === name)?.Value;
    expect(exported('Kukar-dev-UserPoolIssuer')).toEqual(s.identity.resolve(s.identity.userPool.userPoolProviderUrl));
    expect(exported('Kukar-dev-UserPoolClientId')).toEqual(s.identity.resolve(s.identity.client.userPoolClientId));
    expect(exported('Kukar-dev-UserPoolWebClientId')).toEqual(s.identity.resolve(s.identity.webClient.userPoolClientId));
  });
});

describe('functions', () => {
  it('run Node.js 24 on ARM with 512 MB, ~10 s (compute-ranking and preview-ranking: 1 GB, 29 s), source maps and a heap limit of ¾ of their memory, the table and bucket names, and their own log group', () => {
    const functions = resourcesOf(s.templates.api, 'AWS::Lambda::Function');
    const logGroups = resourcesOf(s.templates.api, 'AWS::Logs::LogGroup');
    const ranking = Object.values(functions).filter((fn) =>
      ['POST /editions/{editionId}/rankings/{round}', 'GET /editions/{editionId}/rankings/{round}/preview'].some((route) => String(fn.Properties!.Description).startsWith(route)),
    );
    expect(ranking).toHaveLength(2);
    for (const fn of Object.values(functions)) {
      const big = ranking.includes(fn);
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: big ? RANKING_SIZING.memoryMb : STANDARD_SIZING.memoryMb,
        Timeout: big ? 29 : 10,
        Handler: 'index.handler',
        Environment: {
          Variables: {
            NODE_OPTIONS: big ? '--enable-source-maps --max-old-space-size=768' : '--enable-source-maps --max-old-space-size=384',
            POWERTOOLS_SERVICE_NAME: 'kukar-innovation-week',
            TABLE_NAME: { 'Fn::ImportValue': 'Kukar-dev-TableName' },
            BUCKET_NAME: { 'Fn::ImportValue': 'Kukar-dev-DocumentsBucketName' },
          },
        },
      });
      const logGroup = logGroups[fn.Properties!.LoggingConfig.LogGroup.Ref];
      expect(logGroup.Properties!.RetentionInDays).toBeGreaterThan(0);
    }
  });

  it('use no AWS managed policy (each role writes only to its own log group)', () => {
    for (const role of Object.values(resourcesOf(s.templates.api, 'AWS::IAM::Role'))) expect(role.Properties!.ManagedPolicyArns).toBeUndefined();
  });
});

describe('default stage', () => {
  it('throttles and logs every request as JSON to a log group', () => {
    s.templates.api.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: Match.anyValue(), ThrottlingBurstLimit: Match.anyValue() },
      AccessLogSettings: { DestinationArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('AccessLogs'), 'Arn'] }, Format: Match.stringLikeRegexp('requestId') },
      ApiId: { 'Fn::ImportValue': 'Kukar-dev-HttpApiId' },
    });
  });

  it('outputs the API URL', () => {
    s.templates.api.hasOutput('ApiUrl', {});
  });
});

it('answers CORS preflights for configured origins with the headers the handlers read', () => {
  const custom = synthesize({ corsOrigins: 'https://inovasi.kukarkab.go.id,https://admin.inovasi.kukarkab.go.id' });
  custom.templates.site.hasResourceProperties('AWS::ApiGatewayV2::Api', {
    ProtocolType: 'HTTP',
    CorsConfiguration: Match.objectLike({
      AllowOrigins: ['https://inovasi.kukarkab.go.id', 'https://admin.inovasi.kukarkab.go.id'],
      AllowHeaders: Match.arrayWith(['authorization', 'content-type', 'if-match', 'idempotency-key']),
    }),
  });
});

it('names the stacks after the stage', () => {
  const prod = synthesize({ stage: 'prod' });
  expect([prod.site, prod.data, prod.identity, prod.schedules, prod.api, prod.web].map((st) => st.stackName)).toEqual([
    'Kukar-prod-Site',
    'Kukar-prod-Data',
    'Kukar-prod-Identity',
    'Kukar-prod-Schedules',
    'Kukar-prod-Api',
    'Kukar-prod-Web',
  ]);
  expect(prod.api).toBeInstanceOf(ApiStack);
  expect(prod.api.dependencies.map((d) => d.stackName)).toEqual(expect.arrayContaining(['Kukar-prod-Data', 'Kukar-prod-Identity']));
});

describe('operations: alarms and the registration-week dashboard', () => {
  const alarms = () => Object.values(resourcesOf(s.templates.api, 'AWS::CloudWatch::Alarm')).map((r) => r.Properties!);
  const topic = { 'Fn::ImportValue': 'Kukar-dev-AlarmTopicArn' };

  it('watches API 5xx, function errors and throttles, and table throttles, on the stage alarm topic, two bad periods of three', () => {
    expect(alarms().map((a) => a.AlarmName).sort()).toEqual(['Kukar-dev-ApiServerErrors', 'Kukar-dev-FunctionErrors', 'Kukar-dev-FunctionThrottles', 'Kukar-dev-TableThrottles']);
    for (const a of alarms())
      expect(a).toMatchObject({ EvaluationPeriods: 3, DatapointsToAlarm: 2, TreatMissingData: 'notBreaching', AlarmActions: [topic], OKActions: [topic] });
    const byName = Object.fromEntries(alarms().map((a) => [a.AlarmName, a]));
    expect(byName['Kukar-dev-ApiServerErrors']).toMatchObject({ Namespace: 'AWS/ApiGateway', MetricName: '5xx', Threshold: 5 });
    expect(byName['Kukar-dev-FunctionThrottles']).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: 'Throttles', Threshold: 1 });
    const tableMetrics = (byName['Kukar-dev-TableThrottles'].Metrics as { MetricStat?: { Metric: { MetricName: string; Dimensions: unknown } } }[]).filter((m) => m.MetricStat);
    expect(tableMetrics.map((m) => m.MetricStat!.Metric.MetricName).sort()).toEqual(['ReadThrottleEvents', 'WriteThrottleEvents']);
    for (const m of tableMetrics) expect(m.MetricStat!.Metric.Dimensions).toEqual([{ Name: 'TableName', Value: { 'Fn::ImportValue': 'Kukar-dev-TableName' } }]);
  });

  it('draws one dashboard with the alarms, the API, the functions, the table and the dead-letter queue', () => {
    const [dashboard] = Object.values(resourcesOf(s.templates.api, 'AWS::CloudWatch::Dashboard'));
    expect(dashboard.Properties!.DashboardName).toBe('Kukar-dev-RegistrationWeek');
    const body = JSON.stringify(s.api.resolve(dashboard.Properties!.DashboardBody));
    for (const title of ['Alarms', 'API requests and errors', 'API latency (ms)', 'Functions: concurrency, errors, throttles', 'Table: capacity used and throttles', 'Stage clock: failed boundaries waiting'])
      expect(body).toContain(title);
    expect(body).toContain('ApproximateNumberOfMessagesVisible');
  });
});
