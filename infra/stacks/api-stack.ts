/** What serves requests: one Lambda function per handler of the route table, and the HTTP API built
 * from the same table. Stateless: it can be destroyed and deployed again at any time. */
import { CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { KukarConfig } from '../config';
import { HandlerFunctions } from '../constructs/handler-functions';
import { RouteTableApi } from '../constructs/route-table-api';
import { DOCUMENTS_PREFIX } from '../function-access';
import { dataExportNames, importDataRefs, type DataStack } from './data-stack';
import { importIdentityRefs, type IdentityStack } from './identity-stack';

export interface ApiStackProps extends StackProps {
  config: KukarConfig;
  logRetention: logs.RetentionDays;
  /** The stacks whose exports the API imports (deployed first). */
  data: DataStack;
  identity: IdentityStack;
}

export class ApiStack extends Stack {
  readonly functions: HandlerFunctions;
  readonly httpApi: RouteTableApi;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stage } = props.config;
    this.addStackDependency(props.data, 'the functions import the table and bucket the Data stack exports');
    this.addStackDependency(props.identity, 'the JWT authorizer imports the issuer and app client the Identity stack exports');

    this.functions = new HandlerFunctions(this, 'Handlers', { data: importDataRefs(stage), logRetention: props.logRetention });
    Validations.of(this.functions).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${dataExportNames(stage).bucketArn}/${DOCUMENTS_PREFIX}*]`,
      reason: `Object keys are made per upload at run time (shared/domain/document-policy.ts), so object permissions name the documents prefix "${DOCUMENTS_PREFIX}", the narrowest scope that covers them; only handlers declaring bucket access in infra/function-access.ts get them, with the single action each uses.`,
    });

    const identity = importIdentityRefs(stage);
    this.httpApi = new RouteTableApi(this, 'Api', {
      functions: this.functions,
      issuer: identity.issuer,
      audience: identity.clientId,
      corsOrigins: props.config.corsOrigins,
      logRetention: props.logRetention,
    });

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the HTTP API' });
  }
}
