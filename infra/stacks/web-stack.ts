/** The built web app and its config file, deployed last: the config names the user pool, the web
 * client and managed login (Identity stack) and the API's address, which is the site's own origin
 * (Site stack). One build serves every stage; only `/config.json` differs. */
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { SiteConfig } from '#web/src/site-config';
import type { KukarConfig } from '#infra/config';
import { WebAppContent } from '#infra/constructs/web-app-content';
import { managedLoginOrigin, SIGN_IN_CALLBACK_PATH, SIGNED_OUT_PATH } from '#infra/names';
import { WEB_DIST } from '#infra/paths';
import type { ApiStack } from './api-stack';
import { importIdentityRefs, type IdentityStack } from './identity-stack';
import { importSiteRefs, type SiteStack } from './site-stack';

export interface WebStackProps extends StackProps {
  config: KukarConfig;
  site: SiteStack;
  identity: IdentityStack;
  /** Deployed first, so the app never goes live before the API it calls. */
  api: ApiStack;
  /** The Vite build; `web/dist` by default. */
  dist?: string;
}

export class WebStack extends Stack {
  readonly content: WebAppContent;
  /** What `/config.json` tells the app. */
  readonly siteConfig: SiteConfig;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);
    const { stage } = props.config;
    this.addStackDependency(props.site, 'the app goes into the site bucket');
    this.addStackDependency(props.identity, 'the config file names the user pool, the web client and managed login');
    this.addStackDependency(props.api, 'the app calls the API');
    const site = importSiteRefs(stage);
    const identity = importIdentityRefs(stage);
    this.siteConfig = {
      signIn: 'cognito',
      apiUrl: site.origin,
      region: this.region,
      userPoolId: identity.userPoolId,
      clientId: identity.webClientId,
      issuer: identity.issuer,
      signInOrigin: managedLoginOrigin(stage),
      redirectUri: `${site.origin}${SIGN_IN_CALLBACK_PATH}`,
      postLogoutRedirectUri: `${site.origin}${SIGNED_OUT_PATH}`,
    };
    this.content = new WebAppContent(this, 'WebApp', {
      bucket: s3.Bucket.fromBucketName(this, 'SiteBucket', site.bucketName),
      dist: props.dist ?? WEB_DIST,
      config: this.siteConfig,
    });
  }
}
