/** One Lambda function for one function contract (shared/contracts): the file
 * `functions/<handler>.ts` bundled as every function is, sized as the contract says, and allowed
 * exactly the table, bucket, schedule and mail access the contract declares, with the environment each
 * needs. */
import { Aws, Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import type { FunctionContract } from '#shared/contracts/contract';
import { TABLE_INDEXES } from '#shared/data/table-definition';
import { bucketGrants, scheduleActions, tableActions } from '#infra/function-access';
import { handlerEntry } from '#infra/paths';
import { BundledFunction } from './bundled-function';

/** The single table and the documents bucket, as the Data stack exports them: names for the
 * environment, ARNs for grants. */
export interface DataRefs {
  tableName: string;
  tableArn: string;
  bucketName: string;
  bucketArn: string;
}

/** What a function needs to create run-time boundary schedules (shared/data/boundary-schedules.ts). */
export interface ScheduleRefs {
  /** The run-time schedule group (not the one CloudFormation's schedules are in). */
  groupName: string;
  functionArn: string;
  /** The scheduler's execution role, passed to EventBridge Scheduler with each schedule. */
  roleArn: string;
  deadLetterQueueArn: string;
}

/** The SES identity a function that sends mail sends from (infra/config.ts `sesFromEmail`…). */
export interface MailRefs {
  /** The sender address, an address of the identity. */
  from: string;
  /** The identity: the address itself, or its verified domain. `ses:SendEmail` is granted on it alone. */
  identityArn: string;
  /** The SES region (the identity's), when not the function's own. */
  region?: string;
}

export interface ContractFunctionProps {
  contract: FunctionContract;
  /** What the summary says, or more (a route's method and path). */
  description?: string;
  data: DataRefs;
  logRetention: logs.RetentionDays;
  /** Required when the contract manages schedules. */
  schedules?: ScheduleRefs;
  /** Required when the contract sends mail. */
  mail?: MailRefs;
}

/** `get-edition` → `GetEdition`, for construct ids. */
export const pascal = (handler: string): string =>
  handler
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

export class ContractFunction extends Construct {
  readonly function: lambda.Function;

  constructor(scope: Construct, id: string, props: ContractFunctionProps) {
    super(scope, id);
    const { contract, data, schedules, mail } = props;
    const { access, handler, sizing } = contract;
    const entry = handlerEntry(handler);
    if (!existsSync(entry)) throw new Error(`The contract of "${handler}" names no file: ${entry} is missing`);
    if (access.schedules === 'manage' && !schedules) throw new Error(`"${handler}" manages boundary schedules (its contract) but was given no schedule refs`);
    if (access.mail === 'send' && !mail) throw new Error(`"${handler}" sends mail (its contract) but was given no SES identity`);

    const fn = new BundledFunction(this, 'Bundled', {
      entry,
      description: props.description ?? contract.summary,
      logRetention: props.logRetention,
      memorySize: sizing.memoryMb,
      timeout: Duration.seconds(sizing.timeoutSeconds),
      environment: {
        TABLE_NAME: data.tableName,
        BUCKET_NAME: data.bucketName,
        ...(access.schedules === 'manage' && schedules
          ? {
              SCHEDULE_GROUP_NAME: schedules.groupName,
              STAGE_TRANSITION_FUNCTION_ARN: schedules.functionArn,
              SCHEDULER_ROLE_ARN: schedules.roleArn,
              STAGE_TRANSITION_DLQ_ARN: schedules.deadLetterQueueArn,
            }
          : {}),
        ...(access.mail === 'send' && mail ? { MAIL_FROM: mail.from, ...(mail.region ? { SES_REGION: mail.region } : {}) } : {}),
      },
    }).function;
    this.function = fn;

    const actions = tableActions(access.table);
    if (actions.length) {
      // The table and each of its indexes by name: no `index/*` wildcard.
      const indexArns = access.table === 'write' ? [] : TABLE_INDEXES.map((i) => `${data.tableArn}/index/${i.indexName}`);
      iam.Grant.addToPrincipal({ grantee: fn, actions, resourceArns: [data.tableArn, ...indexArns] });
    }
    // Object actions on exactly the prefixes declared: the uploads (`editions/`) and the submitted
    // copies (`submitted/`), which only the functions that check what they keep may write.
    for (const grant of bucketGrants(access.bucket))
      iam.Grant.addToPrincipal({ grantee: fn, actions: grant.actions, resourceArns: grant.prefixes.map((p) => `${data.bucketArn}/${p}*`) });
    // Without ListBucket, S3 answers HeadObject on a missing key with 403 instead of 404.
    if (access.bucket?.read?.length) iam.Grant.addToPrincipal({ grantee: fn, actions: ['s3:ListBucket'], resourceArns: [data.bucketArn] });
    // Sending from the stage's identity only: no other identity, no other SES action.
    if (access.mail === 'send' && mail) iam.Grant.addToPrincipal({ grantee: fn, actions: ['ses:SendEmail'], resourceArns: [mail.identityArn] });
    if (access.schedules === 'manage' && schedules) {
      // Schedules of the run-time group only (their names are made at run time, hence `/*`); the
      // group of the schedules CloudFormation owns is out of reach. Pseudo parameters rather than
      // formatArn, whose region and partition become literals when the CLI knows them: the ARN (and
      // the cdk-nag acknowledgement naming it) is then the same everywhere.
      const runtimeSchedules = `arn:${Aws.PARTITION}:scheduler:${Aws.REGION}:${Aws.ACCOUNT_ID}:schedule/${schedules.groupName}/*`;
      iam.Grant.addToPrincipal({ grantee: fn, actions: scheduleActions(access.schedules), resourceArns: [runtimeSchedules] });
      // CreateSchedule hands the scheduler's role to EventBridge Scheduler, and to nothing else.
      fn.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['iam:PassRole'],
          resources: [schedules.roleArn],
          conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
        }),
      );
    }
  }
}
