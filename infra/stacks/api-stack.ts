/** What serves requests: one Lambda function per handler of the route table, and the HTTP API built
 * from the same table. Stateless: it can be destroyed and deployed again at any time. The handlers
 * that change a calendar create run-time boundary schedules in the Schedules stack's run-time group. */
import { CfnOutput, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { KukarConfig } from '../config';
import { HandlerFunctions } from '../constructs/handler-functions';
import { RouteTableApi } from '../constructs/route-table-api';
import { DOCUMENTS_PREFIX, SUBMITTED_PREFIX } from '../function-access';
import { dataExportNames, importDataRefs, type DataStack } from './data-stack';
import { importIdentityRefs, type IdentityStack } from './identity-stack';
import { importScheduleRefs, scheduleExportNames, type SchedulesStack } from './schedules-stack';

export interface ApiStackProps extends StackProps {
  config: KukarConfig;
  logRetention: logs.RetentionDays;
  /** The stacks whose exports the API imports (deployed first). */
  data: DataStack;
  identity: IdentityStack;
  schedules: SchedulesStack;
}

export class ApiStack extends Stack {
  readonly functions: HandlerFunctions;
  readonly httpApi: RouteTableApi;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stage } = props.config;
    this.addStackDependency(props.data, 'the functions import the table and bucket the Data stack exports');
    this.addStackDependency(props.identity, 'the JWT authorizer imports the issuer and app client the Identity stack exports');
    this.addStackDependency(props.schedules, 'put-edition and put-calendar import the run-time schedule group, target, role and dead-letter queue');

    const schedules = importScheduleRefs(stage);
    this.functions = new HandlerFunctions(this, 'Handlers', { data: importDataRefs(stage), logRetention: props.logRetention, schedules });
    Validations.of(this.functions).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${dataExportNames(stage).bucketArn}/${DOCUMENTS_PREFIX}*]`,
      reason: `Object keys are made per upload at run time (shared/domain/document-policy.ts), so object permissions name the documents prefix "${DOCUMENTS_PREFIX}", the narrowest scope that covers them; only handlers declaring bucket access in infra/function-access.ts get them, with the single action each uses.`,
    });
    Validations.of(this.functions).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${dataExportNames(stage).bucketArn}/${SUBMITTED_PREFIX}*]`,
      reason: `A submission (and a recorded verification) copies each document it checks to a key made at run time under "${SUBMITTED_PREFIX}" (shared/domain/document-policy.ts submittedObjectKey, verifiedEvidenceKey), so object permissions name that prefix, the narrowest scope that covers them; only submit-innovation and put-verification may put or delete there (no upload form can reach it), and only the handlers declaring it in infra/function-access.ts read it.`,
    });
    Validations.of(this.functions).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${scheduleExportNames(stage).groupName}/*]`,
      reason:
        'Run-time boundary schedules are named per edition, boundary and time when a calendar changes (shared/domain/boundaries.ts scheduleName), so CreateSchedule/DeleteSchedule name every schedule of the run-time group, the narrowest scope that covers them; the group of the schedules CloudFormation owns is not included, and only handlers declaring schedules: manage in infra/function-access.ts get it.',
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
