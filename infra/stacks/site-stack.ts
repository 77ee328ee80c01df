/** The site's front door, deployed first: the CloudFront distribution (and so the site's origin), the
 * bucket of the built web app, and the bare HTTP API that CloudFront serves on the same origin.
 *
 * Why first: the site's origin is CloudFront's own `d….cloudfront.net` name, known only once the
 * distribution exists (unless the stage names its own `siteDomain`: the same order serves both), and
 * three things need it — the documents bucket's CORS (Data stack), the
 * managed-login callback URLs (Identity stack) and the config file. The content security policy, made
 * here, names in turn the documents bucket and the managed-login domain: both have names fixed from
 * stage, account and region (infra/names.ts), so it needs neither stack. The API needs no CORS for the
 * app at all: it is served on the site's origin, so its address is simply the site's. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import type { Construct } from 'constructs';
import { ROUTES } from '#shared/contracts/route-table';
import type { KukarConfig } from '#infra/config';
import { httpApiFrontDoor } from '#infra/constructs/route-table-api';
import { SiteDistribution } from '#infra/constructs/site-distribution';
import { documentsOrigin, managedLoginOrigin } from '#infra/names';
import { exportNames, importExports } from './stack-exports';

export interface SiteRefs {
  /** `https://d123.cloudfront.net` */
  origin: string;
  distributionId: string;
  distributionDomainName: string;
  bucketName: string;
  httpApiId: string;
  httpApiEndpoint: string;
}

export const siteExportNames = (stage: string): SiteRefs =>
  exportNames(stage, {
    origin: 'SiteOrigin',
    distributionId: 'SiteDistributionId',
    distributionDomainName: 'SiteDomainName',
    bucketName: 'SiteBucketName',
    httpApiId: 'HttpApiId',
    httpApiEndpoint: 'HttpApiEndpoint',
  });

/** The Site stack's exports of `stage`, for use in another stack (which must depend on it). */
export const importSiteRefs = (stage: string): SiteRefs => importExports(siteExportNames(stage));

/** The first path segment of every API route: CloudFront sends these to the API, the rest to the app. */
export const API_PATH_SEGMENTS: readonly string[] = [...new Set(ROUTES.map((route) => route.path.split('/')[1]!))];

export interface SiteStackProps extends StackProps {
  config: KukarConfig;
}

export class SiteStack extends Stack {
  readonly site: SiteDistribution;
  readonly httpApi: apigw.HttpApi;

  constructor(scope: Construct, id: string, props: SiteStackProps) {
    super(scope, id, props);
    const { stage, corsOrigins, siteDomain, siteCertificateArn } = props.config;
    this.httpApi = httpApiFrontDoor(this, 'HttpApi', corsOrigins);
    this.site = new SiteDistribution(this, 'Site', {
      apiDomainName: `${this.httpApi.apiId}.execute-api.${this.region}.${this.urlSuffix}`,
      apiPathSegments: API_PATH_SEGMENTS,
      documentsOrigin: documentsOrigin(stage),
      signInOrigin: managedLoginOrigin(stage),
      ...(siteDomain && siteCertificateArn ? { customDomain: { domainName: siteDomain, certificateArn: siteCertificateArn } } : {}),
    });

    const names = siteExportNames(stage);
    new CfnOutput(this, 'SiteUrl', { value: this.site.origin, exportName: names.origin, description: 'The competition site (web app and API): open it in a browser' });
    new CfnOutput(this, 'SiteDistributionId', { value: this.site.distribution.distributionId, exportName: names.distributionId });
    new CfnOutput(this, 'SiteDomainName', {
      value: this.site.distribution.distributionDomainName,
      exportName: names.distributionDomainName,
      description: "CloudFront's own name: the target of the CNAME record of siteDomain",
    });
    new CfnOutput(this, 'SiteBucketName', { value: this.site.bucket.bucketName, exportName: names.bucketName, description: 'The built web app (written by the Web stack)' });
    new CfnOutput(this, 'HttpApiId', { value: this.httpApi.apiId, exportName: names.httpApiId });
    new CfnOutput(this, 'HttpApiEndpoint', { value: this.httpApi.apiEndpoint, exportName: names.httpApiEndpoint, description: 'The API without CloudFront (for curl and the AWS CLI)' });
  }
}
