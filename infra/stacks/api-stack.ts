/** What serves requests: one Lambda function per handler of the route table, and the HTTP API's stage
 * and routes built from the same table, on the API the Site stack made (CloudFront serves it on the
 * site's origin). Stateless: it can be destroyed and deployed again at any time. The handlers
 * that change a calendar create run-time boundary schedules in the Schedules stack's run-time group.
 * With an SES sender configured, also the outbox's sender on the table's stream (infra/constructs/notifier.ts). */
import { Aws, CfnOutput, Fn, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { ROUTES } from '#shared/contracts/route-table';
import { sendNotifications } from '#shared/contracts/send-notifications.contract';
import type { KukarConfig } from '#infra/config';
import { ApiOperations } from '#infra/constructs/api-operations';
import { ContractFunction, pascal, type MailRefs } from '#infra/constructs/contract-function';
import { Notifier } from '#infra/constructs/notifier';
import { RouteTableApi } from '#infra/constructs/route-table-api';
import { DOCUMENTS_PREFIX, SUBMITTED_PREFIX } from '#infra/function-access';
import { dataExportNames, importDataRefs, tableStreamExportName, type DataStack } from './data-stack';
import { importIdentityRefs, type IdentityStack } from './identity-stack';
import { alarmTopicExportName, importScheduleRefs, scheduleExportNames, type SchedulesStack } from './schedules-stack';
import { importSiteRefs, type SiteStack } from './site-stack';

/** The SES identity the stage sends from (cdk.json `sesFromEmail`, and `sesVerifiedDomain` when the
 * domain is what SES verified), as the Identity stack's user pool also uses it; none without a sender. */
export const mailRefsOf = (config: KukarConfig): MailRefs | undefined => {
  if (!config.sesFromEmail) return undefined;
  const identity = config.sesVerifiedDomain ?? config.sesFromEmail;
  return {
    from: config.sesFromEmail,
    identityArn: `arn:${Aws.PARTITION}:ses:${config.sesRegion ?? Aws.REGION}:${Aws.ACCOUNT_ID}:identity/${identity}`,
    ...(config.sesRegion ? { region: config.sesRegion } : {}),
  };
};

export interface ApiStackProps extends StackProps {
  config: KukarConfig;
  logRetention: logs.RetentionDays;
  /** The stacks whose exports the API imports (deployed first). */
  site: SiteStack;
  data: DataStack;
  identity: IdentityStack;
  schedules: SchedulesStack;
}

export class ApiStack extends Stack {
  /** The function of each handler, by handler name. */
  readonly functions: ReadonlyMap<string, lambda.Function>;
  readonly httpApi: RouteTableApi;
  readonly operations: ApiOperations;
  /** The outbox's sender, when the stage names an SES sender (`sesFromEmail`). */
  readonly notifications?: { function: lambda.Function; notifier: Notifier };

  /** The function serving `handler`. */
  functionOf(handler: string): lambda.Function {
    const fn = this.functions.get(handler);
    if (!fn) throw new Error(`No function serves handler "${handler}"`);
    return fn;
  }

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const { stage } = props.config;
    this.addStackDependency(props.site, 'the stage and routes are added to the HTTP API the Site stack made');
    this.addStackDependency(props.data, 'the functions import the table and bucket the Data stack exports');
    this.addStackDependency(props.identity, 'the JWT authorizer imports the issuer and app client the Identity stack exports');
    this.addStackDependency(props.schedules, 'put-edition and put-calendar import the run-time schedule group, target, role and dead-letter queue');

    const schedules = importScheduleRefs(stage);
    const data = importDataRefs(stage);
    const handlers = new Construct(this, 'Handlers');
    this.functions = new Map(
      ROUTES.map((route) => [
        route.handler,
        new ContractFunction(handlers, pascal(route.handler), { contract: route, description: `${route.method} ${route.path}: ${route.summary}`, data, logRetention: props.logRetention, schedules })
          .function,
      ]),
    );
    Validations.of(handlers).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${dataExportNames(stage).bucketArn}/${DOCUMENTS_PREFIX}*]`,
      reason: `Object keys are made per upload at run time (shared/domain/document-policy.ts), so object permissions name the documents prefix "${DOCUMENTS_PREFIX}", the narrowest scope that covers them; only handlers declaring bucket access in their contract (shared/contracts) get them, with the single action each uses.`,
    });
    Validations.of(handlers).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${dataExportNames(stage).bucketArn}/${SUBMITTED_PREFIX}*]`,
      reason: `A submission (and a recorded verification) copies each document it checks to a key made at run time under "${SUBMITTED_PREFIX}" (shared/domain/document-policy.ts submittedObjectKey, verifiedEvidenceKey), so object permissions name that prefix, the narrowest scope that covers them; only submit-innovation and put-verification may put or delete there (no upload form can reach it), and only the functions whose contract declares it read it.`,
    });
    Validations.of(handlers).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${scheduleExportNames(stage).groupName}/*]`,
      reason:
        'Run-time boundary schedules are named per edition, boundary and time when a calendar changes (shared/domain/boundaries.ts scheduleName), so CreateSchedule/DeleteSchedule name every schedule of the run-time group, the narrowest scope that covers them; the group of the schedules CloudFormation owns is not included, and only handlers whose contract declares schedules: manage get it.',
    });

    const identity = importIdentityRefs(stage);
    const site = importSiteRefs(stage);
    this.httpApi = new RouteTableApi(this, 'Api', {
      api: apigw.HttpApi.fromHttpApiAttributes(this, 'FrontDoor', { httpApiId: site.httpApiId, apiEndpoint: site.httpApiEndpoint }),
      functions: this.functions,
      issuer: identity.issuer,
      audiences: [identity.webClientId, identity.clientId],
      logRetention: props.logRetention,
    });

    this.operations = new ApiOperations(this, 'Operations', {
      api: this.httpApi.api,
      tableName: data.tableName,
      topicArn: Fn.importValue(alarmTopicExportName(stage)),
      deadLetterQueueArn: schedules.deadLetterQueueArn,
      namePrefix: `Kukar-${stage}`,
    });

    const mail = mailRefsOf(props.config);
    if (mail) {
      const sender = new ContractFunction(this, 'SendNotifications', { contract: sendNotifications, data, logRetention: props.logRetention, mail }).function;
      const notifier = new Notifier(this, 'Notifications', {
        function: sender,
        tableArn: data.tableArn,
        tableStreamArn: Fn.importValue(tableStreamExportName(stage)),
        topicArn: Fn.importValue(alarmTopicExportName(stage)),
        namePrefix: `Kukar-${stage}`,
      });
      this.notifications = { function: sender, notifier };
      Validations.of(this).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${dataExportNames(stage).tableArn}/stream/*]`,
        reason: "The table's stream ARN ends in a label made when the stream is enabled, so the notification sender's stream permissions (read actions only, which its event source mapping needs) name the table's streams, as DynamoDB's example policy for a Lambda trigger does.",
      });
    }

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the HTTP API without CloudFront (the web app calls it on the site origin)' });
  }
}
