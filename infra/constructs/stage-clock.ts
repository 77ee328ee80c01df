/** The stage clock: EventBridge Scheduler runs the `stage-transition` function at every stage
 * boundary, and every 15 minutes as the reconciler.
 *
 *   deployed group  one one-time `at(...)` schedule per boundary of each edition CloudFormation knows
 *                   (the seed edition), in WITA wall-clock time with `Asia/Makassar`, and the reconciler
 *   runtime group   one-time schedules `put-edition` and `put-calendar` create (and delete) at run time
 *                   for new or moved boundaries (shared/data/boundary-schedules.ts); CloudFormation
 *                   creates the group and never touches its schedules
 *
 * The calendar is the truth: a schedule only says "look now". The function runs what is due and not
 * done, refuses what is early, and throws on failure. A failed delivery is retried by the schedule
 * and then lands in the dead-letter queue; a failed run is retried by Lambda's asynchronous
 * invocation and then lands in the same queue. The reconciler runs anything due that was missed. */
import { Duration, RemovalPolicy, Stack, TimeZone } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as targets from 'aws-cdk-lib/aws-scheduler-targets';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letter-queue';
import { boundariesOf, BOUNDARY_DELIVERY_RETRY, BOUNDARY_WORK, boundaryAt, boundaryInstant, scheduleName, type Boundary } from '#shared/domain/boundaries';
import type { Dated } from '#shared/domain/calendar';
import { TIME_ZONE, toSecond } from '#shared/vocabulary/wita';
import { boundaryEvent, RECONCILE_EVENT, RECONCILE_EVERY_MINUTES } from '#shared/contracts/stage-transition.contract';

export const RECONCILE_EVERY = Duration.minutes(RECONCILE_EVERY_MINUTES);

/** A boundary schedule retries its delivery as the run-time schedules do, then gives the event to
 * the dead-letter queue. */
export const BOUNDARY_RETRY = {
  retryAttempts: BOUNDARY_DELIVERY_RETRY.maximumRetryAttempts,
  maxEventAge: Duration.seconds(BOUNDARY_DELIVERY_RETRY.maximumEventAgeSeconds),
};
/** A reconciler event older than the next run is worth nothing. */
export const RECONCILE_RETRY = { retryAttempts: 10, maxEventAge: RECONCILE_EVERY };
/** Lambda's own retries of a run that threw (asynchronous invocation; 2 is its maximum). */
export const RUN_RETRY = { retryAttempts: 2, maxEventAge: Duration.hours(6) };

if (TimeZone.ASIA_MAKASSAR.timezoneName !== TIME_ZONE) throw new Error(`WITA is ${TIME_ZONE}, CDK's Makassar zone is ${TimeZone.ASIA_MAKASSAR.timezoneName}`);

/** `at(...)` in WITA wall-clock time, read by EventBridge in `Asia/Makassar`. Not
 * `ScheduleExpression.at(date, zone)`: that writes the UTC wall-clock, eight hours early. */
export const boundaryExpression = (instant: string): scheduler.ScheduleExpression =>
  scheduler.ScheduleExpression.expression(boundaryAt(instant), TimeZone.ASIA_MAKASSAR);

export interface EditionCalendar {
  editionId: string;
  calendar: Dated;
}

export interface PlannedBoundary {
  editionId: string;
  boundary: Boundary;
  instant: string;
}

/** The boundaries CloudFormation schedules: those strictly after `after`. One whose time has passed
 * is left to the reconciler (and the deploy after a boundary removes its fired schedule). */
export const plannedBoundaries = (calendars: readonly EditionCalendar[], after: Date): PlannedBoundary[] =>
  calendars.flatMap(({ editionId, calendar }) =>
    boundariesOf(calendar).map((boundary) => ({ editionId, boundary, instant: boundaryInstant(calendar, boundary) })).filter(
      (b) => toSecond(b.instant) > toSecond(after),
    ),
  );

export interface StageClockProps {
  /** The stage-transition function (shared/contracts/stage-transition.contract.ts) the schedules invoke. */
  function: lambda.Function;
  /** Fixed names, so operators can list them: the deployed group and the run-time group. */
  groupNames: { deployed: string; runtime: string };
  /** The editions whose boundaries CloudFormation schedules. */
  calendars: readonly EditionCalendar[];
  /** Only boundaries after this instant are scheduled by CloudFormation. */
  scheduleAfter: Date;
}

/** `LambdaInvoke` with a narrower grant: `lambda:InvokeFunction` on the function itself, not also on
 * every version and alias of it (`<arn>:*`), which the stock target adds. */
class InvokeFunction extends targets.LambdaInvoke {
  constructor(
    private readonly invoked: lambda.IFunction,
    props: targets.ScheduleTargetBaseProps,
  ) {
    super(invoked, props);
  }

  protected override addTargetActionToRole(role: iam.IRole): void {
    iam.Grant.addToPrincipal({ grantee: role, actions: ['lambda:InvokeFunction'], resourceArns: [this.invoked.functionArn] });
  }
}

export class StageClock extends Construct {
  readonly function: lambda.Function;
  readonly deadLetterQueue: sqs.Queue;
  /** The execution role of every boundary schedule, deployed or made at run time. */
  readonly role: iam.Role;
  readonly deployedGroup: scheduler.ScheduleGroup;
  readonly runtimeGroup: scheduler.ScheduleGroup;
  readonly boundarySchedules: scheduler.Schedule[];
  readonly reconciler: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: StageClockProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.deadLetterQueue = deadLetterQueue(this, "the stage clock: EventBridge Scheduler (schedule DeadLetterConfig) and Lambda (the function's on-failure destination) send it what failed");

    this.function = props.function;
    // Scheduler invokes Lambda asynchronously: a run that throws is retried by Lambda, then recorded
    // (event and error) in the dead-letter queue. Not `SqsDestination`: it also grants
    // GetQueueAttributes and GetQueueUrl, which sending does not need.
    this.function.configureAsyncInvoke({
      ...RUN_RETRY,
      onFailure: {
        bind: (_scope, fn) => {
          iam.Grant.addToPrincipal({ grantee: fn, actions: ['sqs:SendMessage'], resourceArns: [this.deadLetterQueue.queueArn] });
          return { destination: this.deadLetterQueue.queueArn };
        },
      },
    });

    // Both groups go with the stack: a retained group would block the next deploy of the same name.
    // Run-time schedules lost that way are covered by the reconciler within 15 minutes.
    this.deployedGroup = new scheduler.ScheduleGroup(this, 'DeployedGroup', { scheduleGroupName: props.groupNames.deployed, removalPolicy: RemovalPolicy.DESTROY });
    this.runtimeGroup = new scheduler.ScheduleGroup(this, 'RuntimeGroup', { scheduleGroupName: props.groupNames.runtime, removalPolicy: RemovalPolicy.DESTROY });

    // Scheduler may assume it for schedules of these two groups of this account only.
    this.role = new iam.Role(this, 'SchedulerRole', {
      description: 'EventBridge Scheduler: invokes the stage-transition function and sends what failed to its dead-letter queue',
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: {
          StringEquals: {
            'aws:SourceAccount': stack.account,
            'aws:SourceArn': [this.deployedGroup.scheduleGroupArn, this.runtimeGroup.scheduleGroupArn],
          },
        },
      }),
    });
    // Each schedule's target grants it what that schedule needs, the same for all: invoke this
    // function (InvokeFunction below) and send to the dead-letter queue.

    const target = (input: object, retry: { retryAttempts: number; maxEventAge: Duration }) =>
      new InvokeFunction(this.function, { role: this.role, deadLetterQueue: this.deadLetterQueue, input: scheduler.ScheduleTargetInput.fromObject(input), ...retry });

    // The group is named by a literal, so CloudFormation would not order a schedule after it, nor
    // after the role's policy: say so.
    const inDeployedGroup = (schedule: scheduler.Schedule): scheduler.Schedule => {
      schedule.node.addDependency(this.deployedGroup, this.role);
      return schedule;
    };

    this.boundarySchedules = plannedBoundaries(props.calendars, props.scheduleAfter).map(({ editionId, boundary, instant }) => {
      const name = scheduleName(editionId, boundary, instant);
      return inDeployedGroup(
        new scheduler.Schedule(this, `Boundary-${name}`, {
          scheduleName: name,
          scheduleGroup: this.deployedGroup,
          description: `${editionId}: ${boundary} starts (${BOUNDARY_WORK[boundary]})`,
          schedule: boundaryExpression(instant),
          timeWindow: scheduler.TimeWindow.off(),
          target: target(boundaryEvent(editionId, boundary), BOUNDARY_RETRY),
        }),
      );
    });

    this.reconciler = inDeployedGroup(
      new scheduler.Schedule(this, 'Reconciler', {
        scheduleName: 'reconcile',
        scheduleGroup: this.deployedGroup,
        description: 'Runs every stage boundary that is due and not done (a missed or failed one)',
        schedule: scheduler.ScheduleExpression.rate(RECONCILE_EVERY),
        timeWindow: scheduler.TimeWindow.off(),
        target: target(RECONCILE_EVENT, RECONCILE_RETRY),
      }),
    );
  }
}
