/** The stage clock as deployed: one one-time schedule per boundary of the seed edition at its WITA
 * wall-clock time in Asia/Makassar, the reconciler every 15 minutes, all invoking the stage-transition
 * function through a role that may do nothing else, with retries and a dead-letter queue that raises
 * an alarm; and the calendar handlers set up to make run-time schedules just like them. */
import { TimeZone } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import type { SchedulerClient } from '@aws-sdk/client-scheduler';
import { BOUNDARY_RETRY } from '#infra/constructs/stage-clock';
import { RANKING_SIZING } from '#shared/contracts/contract';
import { importScheduleRefs, SCHEDULE_MARGIN_MS, scheduleExportNames } from '#infra/stacks/schedules-stack';
import { schedulerSchedules } from '#shared/data/boundary-schedules';
import { seedEdition, SEED_EDITION_ID } from '#shared/domain/seed-edition';
import { ROUTES } from '#shared/contracts/route-table';
import { asArray, BEFORE_SEED_EDITION, logicalIdOf, resourcesOf, synthesize, type Synthesized } from './support';

/** Registration closes (SCREENING) at 14 Oct 00:00 WITA, nominations at 20 Nov 12:00 WITA, … */
const SEED_AT: Record<string, string> = {
  REGISTRATION: 'at(2023-10-11T00:00:00)',
  SCREENING: 'at(2023-10-14T00:00:00)',
  ASSESSMENT: 'at(2023-11-01T00:00:00)',
  NOMINATION: 'at(2023-11-20T12:00:00)',
  FIELD_VERIFICATION: 'at(2023-11-20T18:00:00)',
  PRESENTATION: 'at(2023-11-27T00:00:00)',
  WINNER_DETERMINATION: 'at(2023-12-09T00:00:00)',
};

let s: Synthesized;
beforeAll(() => {
  s = synthesize({ scheduleAfter: BEFORE_SEED_EDITION, alarmEmails: ['inovasi@kukarkab.go.id', 'diskominfo@kukarkab.go.id'] });
});

const schedulesIn = (template: Template) => Object.values(resourcesOf(template, 'AWS::Scheduler::Schedule')).map((r) => r.Properties!);
const ids = () => {
  const clock = s.schedules.clock;
  return {
    fn: logicalIdOf(s.schedules, clock.function),
    role: logicalIdOf(s.schedules, clock.role),
    dlq: logicalIdOf(s.schedules, clock.deadLetterQueue),
    deployed: logicalIdOf(s.schedules, clock.deployedGroup),
    runtime: logicalIdOf(s.schedules, clock.runtimeGroup),
  };
};
const oneTime = (template: Template) => schedulesIn(template).filter((p) => (p.ScheduleExpression as string).startsWith('at('));

describe('boundary schedules of the seed edition', () => {
  it('has one per boundary, at its WITA wall-clock time in Asia/Makassar', () => {
    const found = Object.fromEntries(oneTime(s.templates.schedules).map((p) => [JSON.parse(p.Target.Input as string).boundary, p.ScheduleExpression]));
    expect(found).toEqual(SEED_AT);
    for (const p of oneTime(s.templates.schedules)) {
      expect(p.ScheduleExpressionTimezone).toBe('Asia/Makassar');
      expect(p.FlexibleTimeWindow).toEqual({ Mode: 'OFF' });
      expect(p.State).toBe('ENABLED');
    }
  });

  it('avoids the trap of ScheduleExpression.at(date, zone), which writes the UTC wall-clock (eight hours early)', () => {
    const screening = seedEdition.stages.find((w) => w.stage === 'SCREENING')!.start;
    expect(scheduler.ScheduleExpression.at(new Date(screening), TimeZone.ASIA_MAKASSAR).expressionString).toBe('at(2023-10-13T16:00:00)');
    expect(schedulesIn(s.templates.schedules).map((p) => p.ScheduleExpression)).not.toContain('at(2023-10-13T16:00:00)');
  });

  it.each(Object.keys(SEED_AT))('%s invokes the stage-transition function with {editionId, boundary}, retries for 6 hours, then the dead-letter queue', (boundary) => {
    const { fn, role, dlq } = ids();
    const [p] = oneTime(s.templates.schedules).filter((q) => q.ScheduleExpression === SEED_AT[boundary]);
    expect(p.GroupName).toBe('kukar-dev-deployed');
    expect(p.Target).toEqual({
      Arn: { 'Fn::GetAtt': [fn, 'Arn'] },
      RoleArn: { 'Fn::GetAtt': [role, 'Arn'] },
      Input: `{"editionId":"${SEED_EDITION_ID}","boundary":"${boundary}"}`,
      RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 6 * 3600 },
      DeadLetterConfig: { Arn: { 'Fn::GetAtt': [dlq, 'Arn'] } },
    });
  });

  it('are named like the run-time schedules (edition, boundary, WITA time), so a moved boundary is a new schedule', () => {
    expect(oneTime(s.templates.schedules).map((p) => p.Name).sort()).toEqual(
      [
        'pik-2023.ASSESSMENT.20231101T000000',
        'pik-2023.FIELD_VERIFICATION.20231120T180000',
        'pik-2023.NOMINATION.20231120T120000',
        'pik-2023.PRESENTATION.20231127T000000',
        'pik-2023.REGISTRATION.20231011T000000',
        'pik-2023.SCREENING.20231014T000000',
        'pik-2023.WINNER_DETERMINATION.20231209T000000',
      ].sort(),
    );
  });
});

describe('boundaries whose time has passed', () => {
  it('are left to the reconciler: only boundaries strictly after scheduleAfter are deployed', () => {
    const template = synthesize({ scheduleAfter: '2023-11-20T12:00:00+08:00' }).templates.schedules;
    expect(oneTime(template).map((p) => p.ScheduleExpression)).toEqual([SEED_AT.FIELD_VERIFICATION, SEED_AT.PRESENTATION, SEED_AT.WINNER_DETERMINATION]);
  });

  it('are judged against the time of synthesis by default: the 2023 edition gets none today, the reconciler stays', () => {
    const template = synthesize().templates.schedules;
    expect(schedulesIn(template).map((p) => p.ScheduleExpression)).toEqual(['rate(15 minutes)']);
  });

  it('leave a margin of an hour by default, so a deploy never creates a schedule whose time passes during the deploy', () => {
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2023-11-20T11:30:00+08:00'));
    try {
      // 11:30 WITA: NOMINATION (12:00) is within the hour, FIELD_VERIFICATION (18:00) is not.
      const template = synthesize().templates.schedules;
      expect(oneTime(template).map((p) => p.ScheduleExpression)).toEqual([SEED_AT.FIELD_VERIFICATION, SEED_AT.PRESENTATION, SEED_AT.WINNER_DETERMINATION]);
    } finally {
      now.mockRestore();
    }
    expect(SCHEDULE_MARGIN_MS).toBe(60 * 60_000);
  });
});

describe('the reconciler', () => {
  it('runs every 15 minutes with {"action":"reconcile"}, through the same role and dead-letter queue', () => {
    const { fn, role, dlq } = ids();
    const reconcilers = schedulesIn(s.templates.schedules).filter((p) => (p.ScheduleExpression as string).startsWith('rate('));
    expect(reconcilers).toHaveLength(1);
    expect(reconcilers[0]).toMatchObject({
      ScheduleExpression: 'rate(15 minutes)',
      GroupName: 'kukar-dev-deployed',
      FlexibleTimeWindow: { Mode: 'OFF' },
      Target: {
        Arn: { 'Fn::GetAtt': [fn, 'Arn'] },
        RoleArn: { 'Fn::GetAtt': [role, 'Arn'] },
        Input: '{"action":"reconcile"}',
        RetryPolicy: { MaximumRetryAttempts: 10, MaximumEventAgeInSeconds: 15 * 60 },
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [dlq, 'Arn'] } },
      },
    });
  });
});

describe('schedule groups', () => {
  it('keeps CloudFormation\'s schedules in one group and leaves the run-time group to the API', () => {
    const groups = Object.values(resourcesOf(s.templates.schedules, 'AWS::Scheduler::ScheduleGroup')).map((r) => r.Properties!.Name);
    expect(groups.sort()).toEqual(['kukar-dev-deployed', 'kukar-dev-runtime']);
    for (const p of schedulesIn(s.templates.schedules)) expect(p.GroupName).toBe('kukar-dev-deployed');
  });

  it('creates each schedule after its group and after the role and its permissions (the group is named by a literal)', () => {
    const { deployed, role } = ids();
    const policy = logicalIdOf(s.schedules, s.schedules.clock.role.node.findChild('DefaultPolicy'));
    const all = Object.values(resourcesOf(s.templates.schedules, 'AWS::Scheduler::Schedule'));
    expect(all).toHaveLength(8);
    for (const r of all) expect(r.DependsOn).toEqual(expect.arrayContaining([deployed, role, policy]));
  });
});

describe('the scheduler role', () => {
  it('can be assumed by EventBridge Scheduler only, for schedules of this account\'s two groups', () => {
    const { role, deployed, runtime } = ids();
    const props = resourcesOf(s.templates.schedules, 'AWS::IAM::Role')[role].Properties!;
    expect(props.AssumeRolePolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Principal: { Service: 'scheduler.amazonaws.com' },
        Condition: {
          StringEquals: {
            'aws:SourceAccount': { Ref: 'AWS::AccountId' },
            'aws:SourceArn': [{ 'Fn::GetAtt': [deployed, 'Arn'] }, { 'Fn::GetAtt': [runtime, 'Arn'] }],
          },
        },
      },
    ]);
    expect(props.ManagedPolicyArns).toBeUndefined();
    expect(props.Policies).toBeUndefined();
  });

  it('may only invoke the stage-transition function (not its versions or aliases) and send to the dead-letter queue', () => {
    const { role, fn, dlq } = ids();
    const statements = Object.values(resourcesOf(s.templates.schedules, 'AWS::IAM::Policy'))
      .filter((p) => asArray(p.Properties!.Roles).some((r: { Ref?: string }) => r.Ref === role))
      .flatMap((p) => p.Properties!.PolicyDocument.Statement);
    expect(statements).toEqual([
      { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: { 'Fn::GetAtt': [fn, 'Arn'] } },
      { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: { 'Fn::GetAtt': [dlq, 'Arn'] } },
    ]);
  });
});

describe('the stage-transition function', () => {
  it('has room for rankings of thousands of entries', () => {
    const props = resourcesOf(s.templates.schedules, 'AWS::Lambda::Function')[ids().fn].Properties!;
    expect(props).toMatchObject({ MemorySize: RANKING_SIZING.memoryMb, Timeout: 300, Runtime: 'nodejs24.x' });
    expect(RANKING_SIZING.memoryMb).toBe(1024);
    expect(props.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps --max-old-space-size=768');
    expect(resourcesOf(s.templates.schedules, 'AWS::Lambda::Function')).toEqual({ [ids().fn]: expect.anything() });
  });

  it('is retried by Lambda when a run throws, then recorded in the dead-letter queue', () => {
    const { fn, dlq } = ids();
    const configs = Object.values(resourcesOf(s.templates.schedules, 'AWS::Lambda::EventInvokeConfig')).map((r) => r.Properties!);
    expect(configs).toEqual([
      {
        FunctionName: { Ref: fn },
        Qualifier: '$LATEST',
        MaximumRetryAttempts: 2,
        MaximumEventAgeInSeconds: 6 * 3600,
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [dlq, 'Arn'] } } },
      },
    ]);
  });
});

describe('dead-letter queue and alarms', () => {
  it('keeps failed events 14 days, encrypted, over TLS only', () => {
    const { dlq } = ids();
    expect(resourcesOf(s.templates.schedules, 'AWS::SQS::Queue')[dlq].Properties).toEqual({ MessageRetentionPeriod: 14 * 86400, SqsManagedSseEnabled: true });
    const [policy] = Object.values(resourcesOf(s.templates.schedules, 'AWS::SQS::QueuePolicy'));
    expect(policy.Properties!.PolicyDocument.Statement).toEqual([
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    ]);
  });

  it('raises an alarm as soon as a message waits in the dead-letter queue, when one has waited an hour, and while the function fails', () => {
    const { dlq, fn } = ids();
    const alarms = Object.values(resourcesOf(s.templates.schedules, 'AWS::CloudWatch::Alarm')).map((r) => r.Properties!);
    const topic = Object.keys(resourcesOf(s.templates.schedules, 'AWS::SNS::Topic'));
    expect(topic).toHaveLength(1);
    expect(alarms).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          AlarmName: 'Kukar-dev-StageClock-DeadLetters',
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlq, 'QueueName'] } }],
          ComparisonOperator: 'GreaterThanThreshold',
          Threshold: 0,
          EvaluationPeriods: 1,
          // A queue gone quiet keeps the alarm as it was: a waiting message is never forgotten.
          TreatMissingData: 'ignore',
          AlarmActions: [{ Ref: topic[0] }],
          OKActions: [{ Ref: topic[0] }],
        }),
        expect.objectContaining({
          AlarmName: 'Kukar-dev-StageClock-DeadLetterAge',
          MetricName: 'ApproximateAgeOfOldestMessage',
          Threshold: 3600,
          TreatMissingData: 'ignore',
          AlarmActions: [{ Ref: topic[0] }],
        }),
        expect.objectContaining({
          AlarmName: 'Kukar-dev-StageClock-FunctionErrors',
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: fn } }],
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          Threshold: 1,
          // Four 15-minute periods, any one failing: a boundary that fails at every reconciler run keeps
          // the alarm on for the hour after its last failure, rather than flapping with each run.
          Period: 900,
          EvaluationPeriods: 4,
          DatapointsToAlarm: 1,
          TreatMissingData: 'notBreaching',
          AlarmActions: [{ Ref: topic[0] }],
        }),
      ]),
    );
    expect(alarms).toHaveLength(3);
  });

  it("e-mails the stage's alarm recipients, over a TLS-only topic the Api stack's alarms import", () => {
    const subscriptions = Object.values(resourcesOf(s.templates.schedules, 'AWS::SNS::Subscription')).map((r) => r.Properties!);
    expect(subscriptions).toEqual([
      expect.objectContaining({ Protocol: 'email', Endpoint: 'inovasi@kukarkab.go.id' }),
      expect.objectContaining({ Protocol: 'email', Endpoint: 'diskominfo@kukarkab.go.id' }),
    ]);
    const outputs = s.templates.schedules.toJSON().Outputs as Record<string, { Export?: { Name: string } }>;
    expect(outputs.AlarmTopicArn.Export).toEqual({ Name: 'Kukar-dev-AlarmTopicArn' });
    const [policy] = Object.values(resourcesOf(s.templates.schedules, 'AWS::SNS::TopicPolicy'));
    expect(JSON.stringify(policy.Properties!.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
    const without = synthesize({ scheduleAfter: BEFORE_SEED_EDITION }).templates.schedules;
    expect(Object.keys(resourcesOf(without, 'AWS::SNS::Subscription'))).toEqual([]);
  });
});

describe('run-time schedules from put-edition and put-calendar', () => {
  const SCHEDULE_ENV = ['SCHEDULE_GROUP_NAME', 'STAGE_TRANSITION_FUNCTION_ARN', 'SCHEDULER_ROLE_ARN', 'STAGE_TRANSITION_DLQ_ARN'];
  const environmentOf = (handler: string): Record<string, unknown> =>
    resourcesOf(s.templates.api, 'AWS::Lambda::Function')[logicalIdOf(s.api, s.api.functionOf(handler))].Properties!.Environment.Variables;

  it.each(['put-edition', 'put-calendar'])('%s gets the run-time group, the target, the role and the dead-letter queue from the Schedules stack', (handler) => {
    const names = scheduleExportNames('dev');
    expect(environmentOf(handler)).toMatchObject({
      SCHEDULE_GROUP_NAME: { 'Fn::ImportValue': names.groupName },
      STAGE_TRANSITION_FUNCTION_ARN: { 'Fn::ImportValue': names.functionArn },
      SCHEDULER_ROLE_ARN: { 'Fn::ImportValue': names.roleArn },
      STAGE_TRANSITION_DLQ_ARN: { 'Fn::ImportValue': names.deadLetterQueueArn },
    });
  });

  it('no other handler does', () => {
    for (const handler of new Set<string>(ROUTES.map((r) => r.handler)))
      if (handler !== 'put-edition' && handler !== 'put-calendar') expect({ handler, keys: Object.keys(environmentOf(handler)).filter((k) => SCHEDULE_ENV.includes(k)) }).toEqual({ handler, keys: [] });
  });

  it('imports what the Schedules stack exports: the run-time group, the function, the role and the queue', () => {
    const outputs = s.templates.schedules.toJSON().Outputs as Record<string, { Value: unknown; Export?: { Name: string } }>;
    const exported = (name: string) => Object.values(outputs).find((o) => o.Export?.Name === name)?.Value;
    const { fn, role, dlq } = ids();
    const names = scheduleExportNames('dev');
    expect(exported(names.groupName)).toBe('kukar-dev-runtime');
    expect(exported(names.functionArn)).toEqual({ 'Fn::GetAtt': [fn, 'Arn'] });
    expect(exported(names.roleArn)).toEqual({ 'Fn::GetAtt': [role, 'Arn'] });
    expect(exported(names.deadLetterQueueArn)).toEqual({ 'Fn::GetAtt': [dlq, 'Arn'] });
    expect(s.api.resolve(importScheduleRefs('dev').groupName)).toEqual({ 'Fn::ImportValue': names.groupName });
    expect(s.api.dependencies).toContain(s.schedules);
    expect(s.schedules.dependencies).toContain(s.data);
  });

  it('makes run-time schedules like the deployed ones: same expression, time zone, retry policy, target, role and queue', async () => {
    const env = Object.fromEntries(SCHEDULE_ENV.map((k) => [k, `<${k}>`]));
    const sent: Record<string, any>[] = [];
    const client = { send: async (command: { input: Record<string, any> }) => void sent.push(command.input) } as unknown as SchedulerClient;
    const screening = seedEdition.stages.find((w) => w.stage === 'SCREENING')!.start;
    await schedulerSchedules(client, env).create(SEED_EDITION_ID, 'SCREENING', screening);

    const [deployed] = oneTime(s.templates.schedules).filter((p) => JSON.parse(p.Target.Input as string).boundary === 'SCREENING');
    expect(sent).toEqual([
      expect.objectContaining({
        Name: deployed.Name,
        GroupName: '<SCHEDULE_GROUP_NAME>',
        ScheduleExpression: deployed.ScheduleExpression,
        ScheduleExpressionTimezone: deployed.ScheduleExpressionTimezone,
        FlexibleTimeWindow: deployed.FlexibleTimeWindow,
        ActionAfterCompletion: 'DELETE',
        Target: {
          Arn: '<STAGE_TRANSITION_FUNCTION_ARN>',
          RoleArn: '<SCHEDULER_ROLE_ARN>',
          Input: deployed.Target.Input,
          RetryPolicy: deployed.Target.RetryPolicy,
          DeadLetterConfig: { Arn: '<STAGE_TRANSITION_DLQ_ARN>' },
        },
      }),
    ]);
    expect(deployed.Target.RetryPolicy).toEqual({ MaximumRetryAttempts: BOUNDARY_RETRY.retryAttempts, MaximumEventAgeInSeconds: BOUNDARY_RETRY.maxEventAge.toSeconds() });
  });
});
