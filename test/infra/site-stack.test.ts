/** The site in AWS: CloudFront serves the built web app from a private bucket (origin access control,
 * read by this distribution only) and the API on the same origin; HTTPS only, HTTP/2 and HTTP/3,
 * compressed; hashed assets cached long, index.html and the config file revalidated, page addresses
 * answered with index.html; a content security policy naming exactly the site, the documents bucket
 * and managed login, with HSTS, nosniff, no framing and a referrer policy. Then what the site's origin
 * reaches: the documents bucket's CORS, the managed-login client's callback URLs, the config file. */
import { Match } from 'aws-cdk-lib/assertions';
import { runInNewContext } from 'node:vm';
import { API_PATH_SEGMENTS } from '#infra/stacks/site-stack';
import { ROUTES } from '#shared/contracts/route-table';
import { resourcesOf, synthesize, type Synthesized } from './support';

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

/** CloudFront's managed policies (their ids are fixed by AWS). */
const CACHING_OPTIMIZED = '658327ea-f89d-4fab-a63d-7e88639e58f6';
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

const SITE_ORIGIN = { 'Fn::ImportValue': 'Kukar-dev-SiteOrigin' };
const distributionConfig = () => Object.values(resourcesOf(s.templates.site, 'AWS::CloudFront::Distribution'))[0].Properties!.DistributionConfig;
const behaviours = () => {
  const config = distributionConfig();
  return [{ PathPattern: 'default', ...config.DefaultCacheBehavior }, ...config.CacheBehaviors] as Record<string, any>[];
};
const originIdOf = (kind: 'S3' | 'API') =>
  distributionConfig().Origins.find((o: Record<string, unknown>) => (kind === 'S3' ? 'S3OriginConfig' in o : 'CustomOriginConfig' in o)).Id as string;
const csp = (): string => {
  const [policy] = Object.values(resourcesOf(s.templates.site, 'AWS::CloudFront::ResponseHeadersPolicy'));
  const value = s.site.resolve(policy.Properties!.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
  // Fn::Join of literals and pseudo parameters: written out with ${AWS::…} placeholders.
  const parts = typeof value === 'string' ? [value] : (value['Fn::Join'][1] as unknown[]);
  return parts.map((p) => (typeof p === 'string' ? p : `\${${(p as { Ref: string }).Ref}}`)).join('');
};
const directives = () => Object.fromEntries(csp().split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('distribution', () => {
  it('serves HTTPS only (redirecting HTTP), over HTTP/2 and HTTP/3, with index.html at the root', () => {
    expect(distributionConfig()).toMatchObject({ Enabled: true, HttpVersion: 'http2and3', DefaultRootObject: 'index.html' });
    for (const b of behaviours()) expect({ path: b.PathPattern, policy: b.ViewerProtocolPolicy }).toEqual({ path: b.PathPattern, policy: 'redirect-to-https' });
  });

  it('reads the site bucket through origin access control (not an identity), and the bucket lets only this distribution read', () => {
    const [oacId] = Object.keys(resourcesOf(s.templates.site, 'AWS::CloudFront::OriginAccessControl'));
    s.templates.site.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: { OriginAccessControlOriginType: 's3', SigningBehavior: 'always', SigningProtocol: 'sigv4' },
    });
    const s3Origin = distributionConfig().Origins.find((o: Record<string, unknown>) => 'S3OriginConfig' in o);
    expect(s3Origin).toMatchObject({ OriginAccessControlId: { 'Fn::GetAtt': [oacId, 'Id'] }, S3OriginConfig: { OriginAccessIdentity: '' } });
    expect(resourcesOf(s.templates.site, 'AWS::CloudFront::CloudFrontOriginAccessIdentity')).toEqual({});

    const [distributionId] = Object.keys(resourcesOf(s.templates.site, 'AWS::CloudFront::Distribution'));
    const [bucketId] = Object.keys(resourcesOf(s.templates.site, 'AWS::S3::Bucket'));
    s.templates.site.hasResourceProperties('AWS::S3::Bucket', {
      PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
    });
    const [policy] = Object.values(resourcesOf(s.templates.site, 'AWS::S3::BucketPolicy'));
    const allows = (policy.Properties!.PolicyDocument.Statement as Record<string, any>[]).filter((st) => st.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0]).toMatchObject({
      Principal: { Service: 'cloudfront.amazonaws.com' },
      Action: 's3:GetObject',
      Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/*']] },
      Condition: { StringEquals: { 'AWS:SourceArn': expect.anything() } },
    });
    // The distribution's own ARN: no other distribution (of this account or another) can read it.
    expect(JSON.stringify(allows[0].Condition.StringEquals['AWS:SourceArn'])).toContain(`{"Ref":"${distributionId}"}`);
  });

  it('caches hashed assets for long, revalidates index.html and config.json, and compresses both', () => {
    const byPath = Object.fromEntries(behaviours().map((b) => [b.PathPattern, b]));
    expect(byPath['/assets/*']).toMatchObject({ CachePolicyId: CACHING_OPTIMIZED, Compress: true, TargetOriginId: originIdOf('S3') });
    expect(byPath.default).toMatchObject({ Compress: true, TargetOriginId: originIdOf('S3') });
    const revalidate = resourcesOf(s.templates.site, 'AWS::CloudFront::CachePolicy')[byPath.default.CachePolicyId.Ref];
    expect(revalidate.Properties!.CachePolicyConfig).toMatchObject({
      MinTTL: 0,
      DefaultTTL: 0,
      ParametersInCacheKeyAndForwardedToOrigin: { EnableAcceptEncodingGzip: true, EnableAcceptEncodingBrotli: true },
    });
  });

  it('answers page addresses with index.html on the bucket only, so the API keeps its own 404s', () => {
    const [fnId, fn] = Object.entries(resourcesOf(s.templates.site, 'AWS::CloudFront::Function'))[0];
    const withFunction = behaviours().filter((b) => b.FunctionAssociations);
    expect(withFunction.map((b) => b.PathPattern)).toEqual(['default']);
    expect(withFunction[0].FunctionAssociations).toEqual([{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [fnId, 'FunctionARN'] } }]);
    expect(fn.Properties!.FunctionConfig.Runtime).toBe('cloudfront-js-2.0');
    const handler = runInNewContext(`${fn.Properties!.FunctionCode}; handler`) as (e: { request: { uri: string } }) => { uri: string };
    const served = (uri: string) => handler({ request: { uri } }).uri;
    expect(['/', '/inovasi', '/inovasi/abc-123/langkah/2', '/penilaian/x'].map(served)).toEqual(Array(4).fill('/index.html'));
    expect(['/config.json', '/assets/index-abc123.js', '/index.html'].map(served)).toEqual(['/config.json', '/assets/index-abc123.js', '/index.html']);
  });

  it('sends every API route to the HTTP API on the same origin: never cached, every method, every header but Host', () => {
    expect([...API_PATH_SEGMENTS].sort()).toEqual([...new Set(ROUTES.map((r) => r.path.split('/')[1]))].sort());
    const api = behaviours().filter((b) => b.TargetOriginId === originIdOf('API'));
    expect(api.map((b) => b.PathPattern).sort()).toEqual(API_PATH_SEGMENTS.flatMap((seg) => [`/${seg}`, `/${seg}/*`]).sort());
    for (const b of api)
      expect(b).toMatchObject({
        CachePolicyId: CACHING_DISABLED,
        OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
        AllowedMethods: ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE'],
      });
    const apiOrigin = distributionConfig().Origins.find((o: Record<string, unknown>) => 'CustomOriginConfig' in o);
    const [httpApiId] = Object.keys(resourcesOf(s.templates.site, 'AWS::ApiGatewayV2::Api'));
    expect(JSON.stringify(apiOrigin.DomainName)).toContain(httpApiId);
    expect(apiOrigin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
  });
});

describe('response headers', () => {
  it('puts one policy on every behaviour: CSP, HSTS, nosniff, frame denial, referrer policy, all overriding the origin', () => {
    const [policyId, policy] = Object.entries(resourcesOf(s.templates.site, 'AWS::CloudFront::ResponseHeadersPolicy'))[0];
    for (const b of behaviours()) expect({ path: b.PathPattern, policy: b.ResponseHeadersPolicyId }).toEqual({ path: b.PathPattern, policy: { Ref: policyId } });
    expect(policy.Properties!.ResponseHeadersPolicyConfig.SecurityHeadersConfig).toMatchObject({
      ContentSecurityPolicy: { Override: true },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31536000, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
    });
  });

  it('allows exactly the site, the documents bucket and managed login, camera previews as blob: images, and nothing inline', () => {
    const documents = 'https://kukar-dev-docs-${AWS::AccountId}-${AWS::Region}.s3.${AWS::Region}.${AWS::URLSuffix}';
    const signIn = 'https://kukar-dev-${AWS::AccountId}.auth.${AWS::Region}.amazoncognito.com';
    expect(directives()).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'blob:', documents],
      'connect-src': ["'self'", documents, signIn],
      'font-src': ["'self'"],
      'manifest-src': ["'self'"],
      'form-action': ["'self'"],
      'base-uri': ["'none'"],
      'object-src': ["'none'"],
      'frame-ancestors': ["'none'"],
      'upgrade-insecure-requests': [],
    });
  });

  it('names the documents bucket and the managed-login domain the other stacks create', () => {
    s.templates.data.hasResourceProperties('AWS::S3::Bucket', {
      BucketName: { 'Fn::Join': ['', ['kukar-dev-docs-', { Ref: 'AWS::AccountId' }, '-', { Ref: 'AWS::Region' }]] },
      VersioningConfiguration: { Status: 'Enabled' },
    });
    s.templates.identity.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: { 'Fn::Join': ['', ['kukar-dev-', { Ref: 'AWS::AccountId' }]] },
      ManagedLoginVersion: 2,
    });
  });
});

describe("the site's origin, where it is needed", () => {
  it("lets the site's origin (and only it, by default) upload to and read from the documents bucket", () => {
    s.templates.data.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedMethods: ['POST', 'GET'], AllowedOrigins: [SITE_ORIGIN] })] },
    });
  });

  it('gives the API no CORS by default (the app calls it on its own origin), and the configured origins when asked', () => {
    const api = () => Object.values(resourcesOf(s.templates.site, 'AWS::ApiGatewayV2::Api'))[0].Properties!;
    expect(api().CorsConfiguration).toBeUndefined();
    const dev = synthesize({ corsOrigins: 'http://127.0.0.1:5173' });
    dev.templates.site.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.objectLike({ AllowOrigins: ['http://127.0.0.1:5173'] }) });
    dev.templates.data.hasResourceProperties('AWS::S3::Bucket', {
      CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: [SITE_ORIGIN, 'http://127.0.0.1:5173'] })] },
    });
  });

  it("signs the web app in with managed login: authorization code only, no secret, OpenID scopes, back to the site's own pages", () => {
    const clients = Object.values(resourcesOf(s.templates.identity, 'AWS::Cognito::UserPoolClient')).map((c) => c.Properties!);
    const web = clients.find((c) => c.AllowedOAuthFlows);
    expect(web).toMatchObject({
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      GenerateSecret: false,
      SupportedIdentityProviders: ['COGNITO'],
      CallbackURLs: [{ 'Fn::Join': ['', [SITE_ORIGIN, '/masuk/selesai']] }],
      LogoutURLs: [{ 'Fn::Join': ['', [SITE_ORIGIN, '/']] }],
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
    });
    s.templates.identity.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', { UseCognitoProvidedValues: true });
    // The operators' client never redirects a browser.
    expect(clients.filter((c) => !c.AllowedOAuthFlows).map((c) => c.AllowedOAuthFlowsUserPoolClient ?? false)).toEqual([false]);
  });

  it('has the JWT authorizer accept ID tokens of both clients', () => {
    s.templates.api.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: { Issuer: { 'Fn::ImportValue': 'Kukar-dev-UserPoolIssuer' }, Audience: [{ 'Fn::ImportValue': 'Kukar-dev-UserPoolWebClientId' }, { 'Fn::ImportValue': 'Kukar-dev-UserPoolClientId' }] },
    });
  });
});

describe('the built app and its config file (Web stack)', () => {
  const deployments = () => Object.values(resourcesOf(s.templates.web, 'Custom::CDKBucketDeployment')).map((d) => d.Properties!);

  it('uploads the hashed assets for a year, then index.html and /config.json revalidated, never pruning', () => {
    const [assets, pages] = [deployments().find((d) => d.DestinationBucketKeyPrefix === 'assets/'), deployments().find((d) => !d.DestinationBucketKeyPrefix)];
    expect(assets).toMatchObject({ DestinationBucketName: { 'Fn::ImportValue': 'Kukar-dev-SiteBucketName' }, Prune: false, SystemMetadata: { 'cache-control': 'public, max-age=31536000, immutable' } });
    expect(pages).toMatchObject({ DestinationBucketName: { 'Fn::ImportValue': 'Kukar-dev-SiteBucketName' }, Prune: false, SystemMetadata: { 'cache-control': 'no-cache' } });
    const [pagesId] = Object.entries(resourcesOf(s.templates.web, 'Custom::CDKBucketDeployment')).find(([, d]) => !d.Properties!.DestinationBucketKeyPrefix)!;
    const [assetsId] = Object.entries(resourcesOf(s.templates.web, 'Custom::CDKBucketDeployment')).find(([, d]) => d.Properties!.DestinationBucketKeyPrefix)!;
    expect(resourcesOf(s.templates.web)[pagesId].DependsOn).toEqual(expect.arrayContaining([assetsId]));
  });

  it('writes /config.json with Cognito sign-in, the API on the site origin, the pool, the web client, the issuer and managed login', () => {
    const pages = deployments().find((d) => !d.DestinationBucketKeyPrefix)!;
    // Source.jsonData: the deploy-time values are markers the copier replaces (JSON-escaped).
    const markers = Object.assign({}, ...(pages.SourceMarkers as Record<string, unknown>[])) as Record<string, unknown>;
    const values = JSON.stringify(Object.values(markers));
    for (const name of ['Kukar-dev-SiteOrigin', 'Kukar-dev-UserPoolId', 'Kukar-dev-UserPoolWebClientId', 'Kukar-dev-UserPoolIssuer']) expect(values).toContain(name);
    expect(pages.SourceMarkersConfig).toEqual(expect.arrayContaining([{ jsonEscape: true }]));
    const join = (...parts: unknown[]) => ({ 'Fn::Join': ['', parts] });
    expect(s.web.resolve(s.web.siteConfig)).toEqual({
      signIn: 'cognito',
      apiUrl: SITE_ORIGIN,
      region: { Ref: 'AWS::Region' },
      userPoolId: { 'Fn::ImportValue': 'Kukar-dev-UserPoolId' },
      clientId: { 'Fn::ImportValue': 'Kukar-dev-UserPoolWebClientId' },
      issuer: { 'Fn::ImportValue': 'Kukar-dev-UserPoolIssuer' },
      signInOrigin: join('https://kukar-dev-', { Ref: 'AWS::AccountId' }, '.auth.', { Ref: 'AWS::Region' }, '.amazoncognito.com'),
      redirectUri: join(SITE_ORIGIN, '/masuk/selesai'),
      postLogoutRedirectUri: join(SITE_ORIGIN, '/'),
    });
  });
});

describe("the site's own domain", () => {
  const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';
  let custom: Synthesized;
  beforeAll(() => {
    custom = synthesize({ siteDomain: 'inovasi.kukarkab.go.id', siteCertificateArn: certificateArn });
  });

  it('serves it with its certificate, SNI and TLS 1.2 at least', () => {
    const config = Object.values(resourcesOf(custom.templates.site, 'AWS::CloudFront::Distribution'))[0].Properties!.DistributionConfig;
    expect(config).toMatchObject({
      Aliases: ['inovasi.kukarkab.go.id'],
      ViewerCertificate: { AcmCertificateArn: certificateArn, MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' },
    });
  });

  it('makes it the origin every other stack uses', () => {
    custom.templates.site.hasOutput('SiteUrl', { Value: 'https://inovasi.kukarkab.go.id', Export: { Name: 'Kukar-dev-SiteOrigin' } });
  });
});

it('deploys the Site stack first and the Web stack last', () => {
  expect(s.site.dependencies).toEqual([]);
  for (const stack of [s.data, s.identity, s.api, s.web]) expect(stack.dependencies).toContain(s.site);
  expect(s.web.dependencies).toEqual(expect.arrayContaining([s.identity, s.api]));
});
