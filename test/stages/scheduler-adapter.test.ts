/** Issue 5: the run-time schedules in AWS. `schedulerSchedules` is driven with a real SchedulerClient
 * whose middleware stack records every command (its input and the serialized request) and answers it
 * itself, so nothing leaves the process: the Scheduler stand-in that records calls. */
import { ConflictException, ResourceNotFoundException, SchedulerClient, ValidationException } from '@aws-sdk/client-scheduler';
import { schedulerSchedules } from '#shared/data/boundary-schedules';
import { seedEdition } from '#shared/domain/seed-edition';
import * as z from 'zod/mini';
import { StageTransitionEvent } from '#shared/contracts/stage-transition.contract';

const ENV = {
  SCHEDULE_GROUP_NAME: 'kukar-innovation-week-boundaries',
  STAGE_TRANSITION_FUNCTION_ARN: 'arn:aws:lambda:ap-southeast-3:111122223333:function:stage-transition',
  SCHEDULER_ROLE_ARN: 'arn:aws:iam::111122223333:role/scheduler-invokes-stage-transition',
  STAGE_TRANSITION_DLQ_ARN: 'arn:aws:sqs:ap-southeast-3:111122223333:stage-transition-dlq',
};

interface Call {
  command: string;
  input: Record<string, any>;
  request: { method: string; path: string; body: Record<string, any> | undefined };
}

/** A SchedulerClient that records each command and answers it without the network: with success, or
 * with the error `fail` chooses for that command. */
const recordingScheduler = (fail: (command: string) => Error | undefined = () => undefined) => {
  const calls: Call[] = [];
  const client = new SchedulerClient({ region: 'ap-southeast-3', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
  client.middlewareStack.add(
    (_next, context) => async (args: any) => {
      const raw = args.request?.body;
      const body = raw === undefined || raw === '' ? undefined : JSON.parse(typeof raw === 'string' ? raw : new TextDecoder().decode(raw));
      calls.push({ command: context.commandName as string, input: args.input, request: { method: args.request.method, path: args.request.path, body } });
      const err = fail(context.commandName as string);
      if (err) throw err;
      return { output: { $metadata: {} } as any, response: {} };
    },
    // After serialization and signing (so the wire body is seen), before anything is sent.
    { step: 'finalizeRequest', name: 'recordAndAnswer', priority: 'low' },
  );
  return { client, calls };
};

const exception = <E>(Type: new (opts: any) => E, message: string): E => new Type({ message, $metadata: { httpStatusCode: 400 } });

describe('CreateSchedule for a boundary', () => {
  test('fires at the WITA wall-clock time with Asia/Makassar (not eight hours early), deleted after it fires, flexible window OFF', async () => {
    const { client, calls } = recordingScheduler();
    const name = await schedulerSchedules(client, ENV).create('pik-2023', 'SCREENING', '2023-10-16T00:00:00+08:00');
    expect(name).toBe('pik-2023.SCREENING.20231016T000000');
    expect(calls).toHaveLength(1);
    const [{ command, input, request }] = calls;
    expect(command).toBe('CreateScheduleCommand');
    expect(input).toMatchObject({
      Name: 'pik-2023.SCREENING.20231016T000000',
      GroupName: ENV.SCHEDULE_GROUP_NAME,
      ScheduleExpression: 'at(2023-10-16T00:00:00)',
      ScheduleExpressionTimezone: 'Asia/Makassar',
      ActionAfterCompletion: 'DELETE',
      FlexibleTimeWindow: { Mode: 'OFF' },
    });
    expect(input.ScheduleExpression).not.toBe('at(2023-10-15T16:00:00)');
    // What goes over the wire to the Scheduler API.
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/schedules/pik-2023.SCREENING.20231016T000000');
    expect(request.body).toMatchObject({
      GroupName: ENV.SCHEDULE_GROUP_NAME,
      ScheduleExpression: 'at(2023-10-16T00:00:00)',
      ScheduleExpressionTimezone: 'Asia/Makassar',
      ActionAfterCompletion: 'DELETE',
      FlexibleTimeWindow: { Mode: 'OFF' },
    });
  });

  test('targets the stage-transition function with {editionId, boundary}, a retry policy and a dead-letter queue', async () => {
    const { client, calls } = recordingScheduler();
    await schedulerSchedules(client, ENV).create('pik-2023', 'SCREENING', '2023-10-16T00:00:00+08:00');
    const { Target } = calls[0].input;
    expect(Target).toMatchObject({ Arn: ENV.STAGE_TRANSITION_FUNCTION_ARN, RoleArn: ENV.SCHEDULER_ROLE_ARN, DeadLetterConfig: { Arn: ENV.STAGE_TRANSITION_DLQ_ARN } });
    expect(JSON.parse(Target.Input)).toEqual({ editionId: 'pik-2023', boundary: 'SCREENING' });
    // The event is one the stage-transition function accepts as it is.
    expect(z.parse(StageTransitionEvent, JSON.parse(Target.Input))).toEqual({ editionId: 'pik-2023', boundary: 'SCREENING' });
    // Within the Scheduler's limits: 0–185 attempts, 60–86400 seconds.
    expect(Target.RetryPolicy.MaximumRetryAttempts).toBeGreaterThan(0);
    expect(Target.RetryPolicy.MaximumRetryAttempts).toBeLessThanOrEqual(185);
    expect(Target.RetryPolicy.MaximumEventAgeInSeconds).toBeGreaterThanOrEqual(60);
    expect(Target.RetryPolicy.MaximumEventAgeInSeconds).toBeLessThanOrEqual(86400);
  });

  test('the instant however it is written (UTC, milliseconds) gives the same WITA expression and name', async () => {
    const { client, calls } = recordingScheduler();
    const schedules = schedulerSchedules(client, ENV);
    const names = [
      await schedules.create('pik-2023', 'SCREENING', '2023-10-15T16:00:00Z'),
      await schedules.create('pik-2023', 'SCREENING', '2023-10-15T16:00:00.000Z'),
      await schedules.create('pik-2023', 'SCREENING', '2023-10-16T00:00:00+08:00'),
    ];
    expect(new Set(names)).toEqual(new Set(['pik-2023.SCREENING.20231016T000000']));
    expect(calls.map((c) => c.input.ScheduleExpression)).toEqual(Array(3).fill('at(2023-10-16T00:00:00)'));
  });

  test('every boundary of the seed calendar is scheduled at its own WITA wall-clock time', async () => {
    const { client, calls } = recordingScheduler();
    const schedules = schedulerSchedules(client, ENV);
    for (const w of seedEdition.stages) await schedules.create('pik-2023', w.stage, w.start);
    expect(calls.map((c) => c.input.ScheduleExpression)).toEqual([
      'at(2023-10-11T00:00:00)',
      'at(2023-10-14T00:00:00)',
      'at(2023-11-01T00:00:00)',
      'at(2023-11-20T12:00:00)',
      'at(2023-11-20T18:00:00)',
      'at(2023-11-27T00:00:00)',
      'at(2023-12-09T00:00:00)',
    ]);
    expect(calls.map((c) => JSON.parse(c.input.Target.Input).boundary)).toEqual(seedEdition.stages.map((w) => w.stage));
    expect(new Set(calls.map((c) => c.input.Name)).size).toBe(7);
  });

  test('a ConflictException (the schedule exists already: a re-sent change) is tolerated', async () => {
    const { client, calls } = recordingScheduler((c) => (c === 'CreateScheduleCommand' ? exception(ConflictException, 'Schedule already exists') : undefined));
    await expect(schedulerSchedules(client, ENV).create('pik-2023', 'SCREENING', '2023-10-16T00:00:00+08:00')).resolves.toBe('pik-2023.SCREENING.20231016T000000');
    expect(calls).toHaveLength(1);
  });

  test('any other failure is thrown, so the caller sees it', async () => {
    const { client } = recordingScheduler(() => exception(ValidationException, 'The schedule expression is in the past'));
    await expect(schedulerSchedules(client, ENV).create('pik-2023', 'SCREENING', '2023-10-16T00:00:00+08:00')).rejects.toBeInstanceOf(ValidationException);
    const missingGroup = recordingScheduler(() => exception(ResourceNotFoundException, 'Schedule group not found'));
    await expect(schedulerSchedules(missingGroup.client, ENV).create('pik-2023', 'SCREENING', '2023-10-16T00:00:00+08:00')).rejects.toBeInstanceOf(ResourceNotFoundException);
  });
});

describe('DeleteSchedule for a boundary', () => {
  test('deletes the schedule named for the boundary at that instant, in the group', async () => {
    const { client, calls } = recordingScheduler();
    await expect(schedulerSchedules(client, ENV).remove('pik-2023', 'SCREENING', '2023-10-14T00:00:00+08:00')).resolves.toBe('pik-2023.SCREENING.20231014T000000');
    expect(calls.map((c) => [c.command, c.input])).toEqual([['DeleteScheduleCommand', { Name: 'pik-2023.SCREENING.20231014T000000', GroupName: ENV.SCHEDULE_GROUP_NAME }]]);
    expect(calls[0].request.method).toBe('DELETE');
    expect(calls[0].request.path).toBe('/schedules/pik-2023.SCREENING.20231014T000000');
  });

  test('a ResourceNotFoundException (already fired and deleted, or never made) is tolerated', async () => {
    const { client, calls } = recordingScheduler(() => exception(ResourceNotFoundException, 'Schedule not found'));
    await expect(schedulerSchedules(client, ENV).remove('pik-2023', 'SCREENING', '2023-10-14T00:00:00+08:00')).resolves.toBe('pik-2023.SCREENING.20231014T000000');
    expect(calls).toHaveLength(1);
  });

  test('any other failure is thrown', async () => {
    const { client } = recordingScheduler(() => exception(ConflictException, 'Concurrent modification'));
    await expect(schedulerSchedules(client, ENV).remove('pik-2023', 'SCREENING', '2023-10-14T00:00:00+08:00')).rejects.toBeInstanceOf(ConflictException);
  });
});

test('without its configuration the adapter refuses before calling the Scheduler', async () => {
  for (const missing of Object.keys(ENV)) {
    const { client, calls } = recordingScheduler();
    const env = { ...ENV, [missing]: '' };
    await expect(schedulerSchedules(client, env).create('pik-2023', 'SCREENING', '2023-10-16T00:00:00+08:00')).rejects.toThrow(`${missing} is not set`);
    expect(calls).toEqual([]);
  }
});
