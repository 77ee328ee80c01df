/** The stage clock (infra/constructs/stage-clock.ts): the stage-transition function, the boundary
 * schedules of the editions CloudFormation knows, the reconciler, the dead-letter queue and its
 * alarms. Deployed after the Data stack (the function reads and writes the table) and before the Api
 * stack, which imports the exports below so `put-edition` and `put-calendar` can create run-time
 * schedules with the same target, role and dead-letter queue. */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { SEED_EDITION_ID, seedEdition } from '#shared/domain/seed-edition';
import type { KukarConfig } from '#infra/config';
import { stageTransition } from '#shared/contracts/stage-transition.contract';
import { ContractFunction, type ScheduleRefs } from '#infra/constructs/contract-function';
import { RECONCILE_EVERY, StageClock, type EditionCalendar } from '#infra/constructs/stage-clock';
import { StageClockAlarms } from '#infra/constructs/stage-clock-alarms';
import { importDataRefs, type DataStack } from './data-stack';
import { exportNames, importExports } from './stack-exports';

export const scheduleExportNames = (stage: string): ScheduleRefs =>
  exportNames(stage, {
    groupName: 'RuntimeScheduleGroupName',
    functionArn: 'StageTransitionFunctionArn',
    roleArn: 'SchedulerRoleArn',
    deadLetterQueueArn: 'StageClockDeadLetterQueueArn',
  });

/** The topic every alarm of the stage notifies; the Api stack's alarms import it. */
export const alarmTopicExportName = (stage: string): string => exportNames(stage, { topic: 'AlarmTopicArn' }).topic;

/** The Schedules stack's exports of `stage`, for use in another stack (which must depend on it). */
export const importScheduleRefs = (stage: string): ScheduleRefs => importExports(scheduleExportNames(stage));

/** Fixed per stage, so `aws scheduler list-schedules --group-name …` is easy to write. */
export const scheduleGroupNames = (stage: string): { deployed: string; runtime: string } => ({
  deployed: `kukar-${stage}-deployed`,
  runtime: `kukar-${stage}-runtime`,
});

/** The editions whose boundaries CloudFormation schedules. Later editions are created with
 * `PUT /editions/{editionId}`, which schedules their boundaries at run time. */
export const DEPLOYED_CALENDARS: readonly EditionCalendar[] = [{ editionId: SEED_EDITION_ID, calendar: seedEdition }];

/** Boundaries this close to synthesis are left to the reconciler, so a deploy never creates a
 * one-time schedule whose time passes while CloudFormation is still at work. */
export const SCHEDULE_MARGIN_MS = 60 * 60_000;

export interface SchedulesStackProps extends StackProps {
  config: KukarConfig;
  logRetention: logs.RetentionDays;
  data: DataStack;
  calendars?: readonly EditionCalendar[];
}

export class SchedulesStack extends Stack {
  readonly stageTransition: ContractFunction;
  readonly clock: StageClock;
  readonly alarms: StageClockAlarms;

  constructor(scope: Construct, id: string, props: SchedulesStackProps) {
    super(scope, id, props);
    const { stage, scheduleAfter, alarmEmails } = props.config;
    this.addStackDependency(props.data, 'the stage-transition function imports the table the Data stack exports');

    this.stageTransition = new ContractFunction(this, 'StageTransition', { contract: stageTransition, data: importDataRefs(stage), logRetention: props.logRetention });
    this.clock = new StageClock(this, 'StageClock', {
      function: this.stageTransition.function,
      groupNames: scheduleGroupNames(stage),
      calendars: props.calendars ?? DEPLOYED_CALENDARS,
      scheduleAfter: scheduleAfter ? new Date(scheduleAfter) : new Date(Date.now() + SCHEDULE_MARGIN_MS),
    });
    this.alarms = new StageClockAlarms(this, 'Alarms', {
      function: this.clock.function,
      deadLetterQueue: this.clock.deadLetterQueue,
      namePrefix: `Kukar-${stage}`,
      emails: alarmEmails,
      reconcileEvery: RECONCILE_EVERY,
    });

    const names = scheduleExportNames(stage);
    new CfnOutput(this, 'RuntimeScheduleGroupName', {
      value: this.clock.runtimeGroup.scheduleGroupName,
      exportName: names.groupName,
      description: 'Schedule group of the boundary schedules the API creates at run time',
    });
    new CfnOutput(this, 'DeployedScheduleGroupName', {
      value: this.clock.deployedGroup.scheduleGroupName,
      description: 'Schedule group of the boundary schedules and the reconciler CloudFormation creates',
    });
    new CfnOutput(this, 'StageTransitionFunctionArn', { value: this.clock.function.functionArn, exportName: names.functionArn });
    new CfnOutput(this, 'StageTransitionFunctionName', {
      value: this.clock.function.functionName,
      description: 'Invoke with {"action":"reconcile"} to run every boundary that is due',
    });
    new CfnOutput(this, 'SchedulerRoleArn', { value: this.clock.role.roleArn, exportName: names.roleArn });
    new CfnOutput(this, 'DeadLetterQueueArn', { value: this.clock.deadLetterQueue.queueArn, exportName: names.deadLetterQueueArn });
    new CfnOutput(this, 'DeadLetterQueueUrl', { value: this.clock.deadLetterQueue.queueUrl, description: 'Failed boundary runs and deliveries wait here' });
    new CfnOutput(this, 'AlarmTopicArn', {
      value: this.alarms.topic.topicArn,
      exportName: alarmTopicExportName(stage),
      description: "Every alarm of the stage; its recipients are the stage's alarmEmails in cdk.json",
    });
  }
}
