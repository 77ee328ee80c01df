/** Who is who: the Cognito user pool, its groups and the app client the HTTP API's JWT authorizer
 * trusts. The API reaches them through the named exports below (see `importIdentityRefs`). */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { KukarConfig } from '#infra/config';
import { UserDirectory } from '#infra/constructs/user-directory';
import { exportNames, importExports } from './stack-exports';

/** What the API needs to check tokens: the issuer (`https://cognito-idp.<region>.amazonaws.com/<poolId>`)
 * and the audience (the app client id). */
export interface IdentityRefs {
  userPoolId: string;
  issuer: string;
  clientId: string;
}

export const identityExportNames = (stage: string): IdentityRefs =>
  exportNames(stage, { userPoolId: 'UserPoolId', issuer: 'UserPoolIssuer', clientId: 'UserPoolClientId' });

/** The Identity stack's exports of `stage`, for use in another stack (which must depend on it). */
export const importIdentityRefs = (stage: string): IdentityRefs => importExports(identityExportNames(stage));

export interface IdentityStackProps extends StackProps {
  config: KukarConfig;
  logRetention: logs.RetentionDays;
}

export class IdentityStack extends Stack {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: IdentityStackProps) {
    super(scope, id, props);
    const { stage, adminEmail, sesFromEmail, sesRegion, sesVerifiedDomain } = props.config;
    const directory = new UserDirectory(this, 'Users', { logRetention: props.logRetention, adminEmail, sesFromEmail, sesRegion, sesVerifiedDomain });
    this.userPool = directory.userPool;
    this.client = directory.client;

    const names = identityExportNames(stage);
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId, exportName: names.userPoolId, description: 'Cognito user pool id' });
    new CfnOutput(this, 'UserPoolClientId', {
      value: this.client.userPoolClientId,
      exportName: names.clientId,
      description: 'App client id (the audience of the ID tokens the API accepts)',
    });
    new CfnOutput(this, 'Issuer', { value: this.userPool.userPoolProviderUrl, exportName: names.issuer, description: 'JWT issuer the API trusts' });
  }
}
