/** Who is who: the Cognito user pool, its groups and the app client the HTTP API's JWT authorizer
 * trusts. The API reaches them through the named exports below (see `importIdentityRefs`). */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { KukarConfig } from '#infra/config';
import { UserDirectory } from '#infra/constructs/user-directory';
import { managedLoginOrigin, managedLoginPrefix, SIGN_IN_CALLBACK_PATH, SIGNED_OUT_PATH } from '#infra/names';
import { importSiteRefs, type SiteStack } from './site-stack';
import { exportNames, importExports } from './stack-exports';

/** What the API needs to check tokens: the issuer (`https://cognito-idp.<region>.amazonaws.com/<poolId>`)
 * and the audiences (the app clients' ids); and what the web app's config file names. */
export interface IdentityRefs {
  userPoolId: string;
  issuer: string;
  clientId: string;
  webClientId: string;
}

export const identityExportNames = (stage: string): IdentityRefs =>
  exportNames(stage, { userPoolId: 'UserPoolId', issuer: 'UserPoolIssuer', clientId: 'UserPoolClientId', webClientId: 'UserPoolWebClientId' });

/** The Identity stack's exports of `stage`, for use in another stack (which must depend on it). */
export const importIdentityRefs = (stage: string): IdentityRefs => importExports(identityExportNames(stage));

export interface IdentityStackProps extends StackProps {
  config: KukarConfig;
  logRetention: logs.RetentionDays;
  /** The site managed login sends people back to (deployed first). */
  site: SiteStack;
}

export class IdentityStack extends Stack {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;
  readonly webClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: IdentityStackProps) {
    super(scope, id, props);
    const { stage, adminEmail, sesFromEmail, sesRegion, sesVerifiedDomain } = props.config;
    this.addStackDependency(props.site, "managed login's callback and sign-out URLs import the site's origin");
    const site = importSiteRefs(stage).origin;
    const directory = new UserDirectory(this, 'Users', {
      logRetention: props.logRetention,
      adminEmail,
      sesFromEmail,
      sesRegion,
      sesVerifiedDomain,
      webSignIn: { domainPrefix: managedLoginPrefix(stage), callbackUrls: [`${site}${SIGN_IN_CALLBACK_PATH}`], logoutUrls: [`${site}${SIGNED_OUT_PATH}`] },
    });
    this.userPool = directory.userPool;
    this.client = directory.client;
    this.webClient = directory.webClient;

    const names = identityExportNames(stage);
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId, exportName: names.userPoolId, description: 'Cognito user pool id' });
    new CfnOutput(this, 'UserPoolClientId', {
      value: this.client.userPoolClientId,
      exportName: names.clientId,
      description: 'App client id (the audience of the ID tokens the API accepts)',
    });
    new CfnOutput(this, 'UserPoolWebClientId', {
      value: this.webClient.userPoolClientId,
      exportName: names.webClientId,
      description: "The web app's client (managed login, authorization code with PKCE)",
    });
    new CfnOutput(this, 'ManagedLoginUrl', { value: managedLoginOrigin(stage), description: 'Managed login (the sign-in pages)' });
    new CfnOutput(this, 'Issuer', { value: this.userPool.userPoolProviderUrl, exportName: names.issuer, description: 'JWT issuer the API trusts' });
  }
}
