/** The built web app in the site bucket: hashed assets first, kept for a year in browsers (old ones
 * stay, so a phone midway through the previous version still finds its lazy pages), then `index.html`
 * and the stage's `/config.json`, revalidated on every load (CloudFront keeps them no longer either). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultStackSynthesizer, Stack, Token, Validations } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as deploy from 'aws-cdk-lib/aws-s3-deployment';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import { Construct } from 'constructs';
import { CONFIG_PATH, type SiteConfig } from '#web/src/site-config';

export interface WebAppContentProps {
  bucket: s3.IBucket;
  /** The Vite build (`web/dist`). */
  dist: string;
  config: SiteConfig;
}

export const ASSETS_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const PAGE_CACHE_CONTROL = 'no-cache';

export class WebAppContent extends Construct {
  readonly assets: deploy.BucketDeployment;
  readonly pages: deploy.BucketDeployment;

  constructor(scope: Construct, id: string, props: WebAppContentProps) {
    super(scope, id);
    if (!existsSync(join(props.dist, 'index.html')))
      throw new Error(`The web app is not built (${props.dist}/index.html is missing): run "npm run web:build" first ("npx cdk synth" does it for you)`);
    this.assets = new deploy.BucketDeployment(this, 'Assets', {
      destinationBucket: props.bucket,
      destinationKeyPrefix: 'assets/',
      sources: [deploy.Source.asset(join(props.dist, 'assets'))],
      cacheControl: [deploy.CacheControl.fromString(ASSETS_CACHE_CONTROL)],
      prune: false,
    });
    this.pages = new deploy.BucketDeployment(this, 'Pages', {
      destinationBucket: props.bucket,
      sources: [deploy.Source.asset(props.dist, { exclude: ['assets', 'assets/*', '.vite', '.vite/*'] }), deploy.Source.jsonData(CONFIG_PATH.slice(1), props.config)],
      cacheControl: [deploy.CacheControl.fromString(PAGE_CACHE_CONTROL)],
      // The assets under assets/ are the other deployment's: never prune them from here.
      prune: false,
    });
    // A new index.html only once the files it names are there.
    this.pages.node.addDependency(this.assets);
    this.acknowledgeCopier(props.bucket);
  }

  /** CDK's copier (one Lambda function per stack, shared by both deployments) runs only while
   * CloudFormation deploys: its role and runtime are CDK's, not ours to narrow. cdk-nag names the
   * findings with the ARNs as synthesized: literal where account and region are known. */
  private acknowledgeCopier(bucket: s3.IBucket): void {
    const stack = Stack.of(this);
    // cdk-nag names an account or region unknown at synth by its pseudo parameter, e.g. `<AWS::Region>`.
    const asNagNames = (value: string, pseudo: string) => (Token.isUnresolved(value) ? pseudo : value);
    const partition = Token.isUnresolved(stack.region) ? '<AWS::Partition>' : (RegionInfo.get(stack.region).partition ?? 'aws');
    const resolved = stack.resolve(bucket.bucketName) as string | { 'Fn::ImportValue': string };
    const siteBucket = typeof resolved === 'string' ? resolved : resolved['Fn::ImportValue'];
    const assetsBucket = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-${asNagNames(stack.account, '<AWS::AccountId>')}-${asNagNames(stack.region, '<AWS::Region>')}`;
    const wildcards = ['Action::s3:GetBucket*', 'Action::s3:GetObject*', 'Action::s3:List*', 'Action::s3:Abort*', 'Action::s3:DeleteObject*', `Resource::arn:${partition}:s3:::${assetsBucket}/*`, `Resource::arn:${partition}:s3:::${siteBucket}/*`];
    Validations.of(this.pages.handlerRole).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason: "CDK's BucketDeployment copier writes its logs with the AWS managed AWSLambdaBasicExecutionRole; it runs only during a deploy and touches no data of the competition.",
      },
      ...wildcards.map((finding) => ({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason:
          "CDK's BucketDeployment copier reads the build from the CDK assets bucket and writes every file of it into the site bucket: the file names are the build's, so its grant (CDK's own) covers those buckets' objects; the site bucket holds nothing but the build.",
      })),
    );
    const copier = Stack.of(this).node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (copier)
      Validations.of(copier).acknowledge({
        id: 'AwsSolutions-L1',
        reason: "CDK's BucketDeployment copier runs on the Python runtime its version of aws-cdk-lib ships with; it is updated with aws-cdk-lib, and runs only during a deploy.",
      });
  }
}
