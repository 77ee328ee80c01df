/** The site's front door: one CloudFront distribution serving the built web app from a private bucket
 * (origin access control) and the HTTP API on the same origin, HTTPS only, HTTP/2 and HTTP/3,
 * compressed, with security headers and a content security policy on every answer.
 *
 * Caching: `/assets/*` (Vite's hashed file names) is cached for a year at the edge and in browsers;
 * everything else from the bucket (`index.html`, `/config.json`) is revalidated on every request; the
 * API is never cached and gets every viewer header but Host (API Gateway routes on its own host name).
 * A page address (`/inovasi/…`, no file extension) is answered with `index.html` by a CloudFront
 * Function on the bucket's behaviour only, so the API's own 403 and 404 stay JSON. */
import { Duration, Validations } from 'aws-cdk-lib';
import * as acm from 'aws-cdk-lib/aws-certificatemanager';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface SiteDistributionProps {
  /** The HTTP API's host name (`<id>.execute-api.<region>.amazonaws.com`), served on the site's origin. */
  apiDomainName: string;
  /** The first path segments of the API's routes (`editions`, `health`…): each gets an API behaviour. */
  apiPathSegments: readonly string[];
  /** Origins the app talks to besides its own: the documents bucket and managed login. */
  documentsOrigin: string;
  signInOrigin: string;
  /** The site's own host name and its ACM certificate (us-east-1); by default CloudFront's name. */
  customDomain?: { domainName: string; certificateArn: string };
}

/** One year: hashed assets never change under their name. */
export const ASSET_MAX_AGE = Duration.days(365);

/** What the page may load and talk to, exactly: its own files and API, the documents bucket (uploads
 * with progress, presigned reads, photos) and the managed-login domain (token endpoint: code
 * exchange and refresh); `blob:` images are the camera's previews, `data:` the empty favicon. No
 * inline script or style, no frames, no plugins, and it may not be framed. */
export const contentSecurityPolicy = ({ documentsOrigin, signInOrigin }: Pick<SiteDistributionProps, 'documentsOrigin' | 'signInOrigin'>): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: blob: ${documentsOrigin}`,
    `connect-src 'self' ${documentsOrigin} ${signInOrigin}`,
    "font-src 'self'",
    "manifest-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
    'upgrade-insecure-requests',
  ].join('; ');

/** Page addresses (no file extension in the last segment) get the app's index.html. */
const SPA_FALLBACK = `function handler(event) {
  var request = event.request;
  if (!/\\.[a-z0-9]+$/i.test(request.uri)) request.uri = '/index.html';
  return request;
}`;

export class SiteDistribution extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly headers: cloudfront.ResponseHeadersPolicy;
  /** `https://inovasi.kukarkab.go.id`, or `https://d123.cloudfront.net` without a custom domain. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: SiteDistributionProps) {
    super(scope, id);
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'The site bucket holds only the public build of the web app and is read solely by CloudFront through origin access control; its server access log would record nothing but CloudFront fetching the same files.',
    });

    this.headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Kukar Innovation Week: CSP, HSTS, nosniff, no framing, referrer policy',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy(props), override: true },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });

    const siteOrigin = origins.S3BucketOrigin.withOriginAccessControl(this.bucket);
    // index.html and config.json: the edge asks the bucket each time (ETag), so a deploy shows at once.
    const revalidate = new cloudfront.CachePolicy(this, 'Revalidate', {
      comment: 'index.html and config.json: never kept at the edge without asking the bucket',
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    const apiBehavior: cloudfront.BehaviorOptions = {
      origin: new origins.HttpOrigin(props.apiDomainName, { protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY, originSslProtocols: [cloudfront.OriginSslPolicy.TLS_V1_2] }),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
      cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
      originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.headers,
    };
    const { customDomain } = props;
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: 'Kukar Innovation Week: web app and API',
      ...(customDomain
        ? {
            domainNames: [customDomain.domainName],
            certificate: acm.Certificate.fromCertificateArn(this, 'Certificate', customDomain.certificateArn),
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      // Edges in Asia (Jakarta among them) without paying for South America and Oceania.
      priceClass: cloudfront.PriceClass.PRICE_CLASS_200,
      defaultRootObject: 'index.html',
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        compress: true,
        cachePolicy: revalidate,
        responseHeadersPolicy: this.headers,
        functionAssociations: [
          {
            eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
            function: new cloudfront.Function(this, 'SpaFallback', { code: cloudfront.FunctionCode.fromInline(SPA_FALLBACK), comment: 'Page addresses get index.html' }),
          },
        ],
      },
      additionalBehaviors: {
        '/assets/*': {
          origin: siteOrigin,
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          compress: true,
          cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: this.headers,
        },
        ...Object.fromEntries(props.apiPathSegments.flatMap((segment) => [[`/${segment}`, apiBehavior], [`/${segment}/*`, apiBehavior]])),
      },
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'No geo restriction: the competition is Kukar\'s, but jurors, verifiers travelling and the public may open it from anywhere, and the content is public or behind sign-in.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason: 'No AWS WAF web ACL (a fixed monthly charge per ACL and rule, a budget decision for the regency): the API behind the distribution throttles the whole stage (infra/constructs/route-table-api.ts) and checks every token; add a web ACL in infra/constructs/site-distribution.ts when the budget allows.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR3',
      reason: 'No CloudFront access log: every API request is logged by API Gateway\'s access log (one JSON line per request), and the static files are the same public build for everyone; standard logs would need an ACL-enabled bucket, which the account otherwise avoids.',
    });
    if (!customDomain)
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain (siteDomain) the distribution uses the default *.cloudfront.net certificate, for which CloudFront fixes the viewer TLS policy; with siteDomain and its certificate the policy is TLSv1.2_2021.',
      });
    this.origin = `https://${customDomain?.domainName ?? this.distribution.distributionDomainName}`;
  }
}
