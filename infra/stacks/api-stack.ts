/** What serves requests: one Lambda function per handler of the route table, and the HTTP API built
 * from the same table. Stateless: it can be destroyed and deployed again at any time. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import type { KukarConfig } from '../config';
import { HandlerFunctions } from '../constructs/handler-functions';
import { RouteTableApi } from '../constructs/route-table-api';

export interface ApiStackProps extends StackProps {
  config: KukarConfig;
  logRetention: logs.RetentionDays;
  table: dynamodb.Table;
  bucket: s3.Bucket;
  userPool: cognito.UserPool;
  client: cognito.IUserPoolClient;
}

export class ApiStack extends Stack {
  readonly functions: HandlerFunctions;
  readonly httpApi: RouteTableApi;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    this.functions = new HandlerFunctions(this, 'Handlers', { table: props.table, bucket: props.bucket, logRetention: props.logRetention });
    this.httpApi = new RouteTableApi(this, 'Api', {
      functions: this.functions,
      userPool: props.userPool,
      client: props.client,
      corsOrigins: props.config.corsOrigins,
      logRetention: props.logRetention,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the HTTP API' });
  }
}
