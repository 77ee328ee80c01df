/** (handler) --> boundary schedules --> EventBridge Scheduler. One-time schedules created at run time
 * for boundaries a calendar change or a new edition sets: deterministic names, WITA wall-clock
 * `at(...)` with `Asia/Makassar`, deleted by the Scheduler after they fire. Schedules CloudFormation
 * made for the seed edition live in another group and are never touched here. */
import { ConflictException, CreateScheduleCommand, DeleteScheduleCommand, ResourceNotFoundException, SchedulerClient } from '@aws-sdk/client-scheduler';
import { boundaryEvent } from '#shared/contracts/stage-transition.contract';
import { BOUNDARY_DELIVERY_RETRY, boundaryAt, scheduleName, type Boundary } from '#shared/domain/boundaries';
import { TIME_ZONE } from '#shared/vocabulary/wita';

export interface BoundarySchedules {
  /** Makes sure a schedule fires `boundary` of `editionId` at `instant`; answers its name. */
  create(editionId: string, boundary: Boundary, instant: string): Promise<string>;
  /** Removes the schedule for `boundary` at `instant` if there is one; answers its name. */
  remove(editionId: string, boundary: Boundary, instant: string): Promise<string>;
}

export const schedulerSchedules = (client: SchedulerClient, env: NodeJS.ProcessEnv = process.env): BoundarySchedules => {
  const need = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is not set`);
    return value;
  };
  return {
    create: async (editionId, boundary, instant) => {
      const Name = scheduleName(editionId, boundary, instant);
      try {
        await client.send(
          new CreateScheduleCommand({
            Name,
            GroupName: need('SCHEDULE_GROUP_NAME'),
            ScheduleExpression: boundaryAt(instant),
            ScheduleExpressionTimezone: TIME_ZONE,
            FlexibleTimeWindow: { Mode: 'OFF' },
            ActionAfterCompletion: 'DELETE',
            Description: `${editionId}: ${boundary} starts`,
            Target: {
              Arn: need('STAGE_TRANSITION_FUNCTION_ARN'),
              RoleArn: need('SCHEDULER_ROLE_ARN'),
              Input: JSON.stringify(boundaryEvent(editionId, boundary)),
              RetryPolicy: { MaximumRetryAttempts: BOUNDARY_DELIVERY_RETRY.maximumRetryAttempts, MaximumEventAgeInSeconds: BOUNDARY_DELIVERY_RETRY.maximumEventAgeSeconds },
              DeadLetterConfig: { Arn: need('STAGE_TRANSITION_DLQ_ARN') },
            },
          }),
        );
      } catch (err) {
        if (!(err instanceof ConflictException)) throw err;
      }
      return Name;
    },
    remove: async (editionId, boundary, instant) => {
      const Name = scheduleName(editionId, boundary, instant);
      try {
        await client.send(new DeleteScheduleCommand({ Name, GroupName: need('SCHEDULE_GROUP_NAME') }));
      } catch (err) {
        if (!(err instanceof ResourceNotFoundException)) throw err;
      }
      return Name;
    },
  };
};

/** Locally there is no Scheduler: the local scheduler fires boundaries straight from the calendar
 * when its clock moves, so a schedule only has to be named. */
const calendarDriven: BoundarySchedules = {
  create: async (editionId, boundary, instant) => scheduleName(editionId, boundary, instant),
  remove: async (editionId, boundary, instant) => scheduleName(editionId, boundary, instant),
};

let current: BoundarySchedules | undefined;

export const boundarySchedules = (): BoundarySchedules =>
  (current ??= process.env.SCHEDULE_GROUP_NAME ? schedulerSchedules(new SchedulerClient({})) : calendarDriven);

/** Lets tests put a recording stand-in in place (there is no AWS account here). */
export const useBoundarySchedules = (s: BoundarySchedules | undefined): void => {
  current = s;
};
