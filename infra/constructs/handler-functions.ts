/** One Lambda function per handler named in the route table, each allowed only what
 * `infra/function-access.ts` declares for it. Functions that serve no route (a scheduler target, say)
 * are added with `add()` and follow the same rules. */
import { Aws, Duration } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { existsSync } from 'node:fs';
import { TABLE_INDEXES } from '../../shared/data/table-definition';
import { routeList, type Route } from '../../shared/http/routes';
import { RANKING_MEMORY_MB } from '../function-sizing';
import { accessOf, bucketGrants, FUNCTION_ACCESS, requireDeclared, scheduleActions, tableActions, type FunctionAccess } from '../function-access';
import { handlerEntry } from '../paths';
import type { DataRefs } from '../stacks/data-stack';
import type { ScheduleRefs } from '../stacks/schedules-stack';
import { BundledFunction } from './bundled-function';

export interface HandlerFunctionsProps {
  /** The single table and the documents bucket (names for the environment, ARNs for grants). */
  data: DataRefs;
  logRetention: logs.RetentionDays;
  /** The routes whose handlers to deploy; the route table by default (tests pass others). */
  routes?: readonly Route[];
  /** The permission map; `FUNCTION_ACCESS` by default (tests pass others). */
  access?: Readonly<Record<string, FunctionAccess>>;
  /** The run-time schedule group, the stage-transition function, the scheduler's role and the
   * dead-letter queue: required when a handler declares `schedules: 'manage'`. */
  schedules?: ScheduleRefs;
}

export interface FunctionOptions {
  timeout?: Duration;
  memorySize?: number;
}

/** Route handlers that need more than the default: computing a ranking, within the HTTP API's
 * 30-second integration limit. */
const HANDLER_SIZING: Readonly<Record<string, FunctionOptions>> = {
  'compute-ranking': { memorySize: RANKING_MEMORY_MB, timeout: Duration.seconds(29) },
};

/** `get-edition` → `GetEdition`, for construct ids. */
const pascal = (handler: string): string =>
  handler
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');

export class HandlerFunctions extends Construct {
  private readonly functions = new Map<string, BundledFunction>();

  constructor(
    scope: Construct,
    id: string,
    private readonly props: HandlerFunctionsProps,
  ) {
    super(scope, id);
    const routes = props.routes ?? routeList();
    // Check every handler first, so one synth names all that lack an entry or a file.
    const handlers = [...new Set(routes.map((r) => r.handler))];
    requireDeclared(handlers, this.accessMap);
    const withoutFile = handlers.filter((h) => !existsSync(handlerEntry(h)));
    if (withoutFile.length) throw new Error(`The route table names handler(s) with no file in functions/: ${withoutFile.join(', ')}`);
    for (const route of routes) this.add(route.handler, `${route.method} ${route.path}: ${route.summary}`, HANDLER_SIZING[route.handler]);
  }

  private get accessMap(): Readonly<Record<string, FunctionAccess>> {
    return this.props.access ?? FUNCTION_ACCESS;
  }

  /** The function of `handler` (the file `functions/<handler>.ts`), created on first use with the
   * access its entry in function-access.ts declares (table, bucket, run-time schedules, with the
   * environment that goes with them). `options` give a function that does more than answer a request
   * (a scheduler target, say) more memory or time. Grants beyond function-access.ts (a failure
   * destination, say) are added to the returned function by whoever needs them. */
  add(handler: string, description = handler, options: FunctionOptions = {}): lambda.Function {
    const existing = this.functions.get(handler);
    if (existing) return existing.function;
    const access = accessOf(handler, this.accessMap);
    const entry = handlerEntry(handler);
    if (!existsSync(entry)) throw new Error(`Handler "${handler}" has no file ${entry}`);
    const { data, logRetention, schedules } = this.props;
    if (access.schedules === 'manage' && !schedules)
      throw new Error(`Handler "${handler}" manages boundary schedules (infra/function-access.ts) but HandlerFunctions was given no schedule refs`);

    const fn = new BundledFunction(this, pascal(handler), {
      entry,
      description,
      logRetention,
      ...options,
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
      },
    });
    const grantee = fn.function;
    const actions = tableActions(access.table);
    if (actions.length) {
      // The table and each of its indexes by name: no `index/*` wildcard.
      const indexArns = access.table === 'write' ? [] : TABLE_INDEXES.map((i) => `${data.tableArn}/index/${i.indexName}`);
      iam.Grant.addToPrincipal({ grantee, actions, resourceArns: [data.tableArn, ...indexArns] });
    }
    // Object actions on exactly the prefixes declared: the uploads (`editions/`) and the submitted
    // copies (`submitted/`), which only the functions that check what they keep may write.
    for (const grant of bucketGrants(access.bucket))
      iam.Grant.addToPrincipal({ grantee, actions: grant.actions, resourceArns: grant.prefixes.map((p) => `${data.bucketArn}/${p}*`) });
    // Without ListBucket, S3 answers HeadObject on a missing key with 403 instead of 404.
    if (access.bucket?.read?.length) iam.Grant.addToPrincipal({ grantee, actions: ['s3:ListBucket'], resourceArns: [data.bucketArn] });
    const scheduling = scheduleActions(access.schedules);
    if (scheduling.length && schedules) {
      // Schedules of the run-time group only (their names are made at run time, hence `/*`); the
      // group of the schedules CloudFormation owns is out of reach.
      // Pseudo parameters rather than formatArn, whose region and partition become literals when the
      // CLI knows them: the ARN (and the cdk-nag acknowledgement naming it) is then the same everywhere.
      const runtimeSchedules = `arn:${Aws.PARTITION}:scheduler:${Aws.REGION}:${Aws.ACCOUNT_ID}:schedule/${schedules.groupName}/*`;
      iam.Grant.addToPrincipal({ grantee, actions: scheduling, resourceArns: [runtimeSchedules] });
      // CreateSchedule hands the scheduler's role to EventBridge Scheduler, and to nothing else.
      grantee.addToRolePolicy(
        new iam.PolicyStatement({
          actions: ['iam:PassRole'],
          resources: [schedules.roleArn],
          conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
        }),
      );
    }
    this.functions.set(handler, fn);
    return fn.function;
  }

  /** The function serving `handler`; throws for a handler that was never added. */
  get(handler: string): lambda.Function {
    const fn = this.functions.get(handler);
    if (!fn) throw new Error(`No function for handler "${handler}"`);
    return fn.function;
  }

  get handlers(): string[] {
    return [...this.functions.keys()];
  }
}
