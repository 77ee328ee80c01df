/** Who is who: the Cognito user pool, its groups and the app client the HTTP API's JWT authorizer
 * trusts. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { KukarConfig } from '../config';
import { UserDirectory } from '../constructs/user-directory';

export interface IdentityStackProps extends StackProps {
  config: KukarConfig;
  logRetention: logs.RetentionDays;
}

export class IdentityStack extends Stack {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: IdentityStackProps) {
    super(scope, id, props);
    const { adminEmail, sesFromEmail, sesRegion } = props.config;
    const directory = new UserDirectory(this, 'Users', { logRetention: props.logRetention, adminEmail, sesFromEmail, sesRegion });
    this.userPool = directory.userPool;
    this.client = directory.client;

    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId, description: 'Cognito user pool id' });
    new CfnOutput(this, 'UserPoolClientId', { value: this.client.userPoolClientId, description: 'App client id (the JWT audience)' });
    new CfnOutput(this, 'Issuer', { value: this.userPool.userPoolProviderUrl, description: 'JWT issuer the API trusts' });
  }
}
