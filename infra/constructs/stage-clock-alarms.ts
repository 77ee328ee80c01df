/** Tells someone when the stage clock fails, and owns the topic every alarm of the stage notifies:
 * an alarm while anything waits in the dead-letter queue, one when the oldest message there is an
 * hour old, and one while the stage-transition function has failed a run within the last hour (each
 * failure is retried, by Lambda and by the reconciler, but a boundary that keeps failing needs a
 * person). The stage's alarm recipients (cdk.json) are subscribed to the topic. */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface StageClockAlarmsProps {
  function: lambda.IFunction;
  deadLetterQueue: sqs.IQueue;
  /** Alarm names start with it, e.g. `Kukar-prod`. */
  namePrefix: string;
  /** Subscribed to the alarm topic (SNS e-mails each a confirmation link first). */
  emails: readonly string[];
  /** The reconciler's period: a failing boundary throws once per run. */
  reconcileEvery: Duration;
}

/** A failed run is retried by the reconciler every `reconcileEvery`: the errors alarm looks at that
 * many minutes at a time, over an hour, so a boundary that keeps failing keeps the alarm on instead
 * of turning it off and on with an e-mail each way. */
const WINDOW = Duration.hours(1);

export class StageClockAlarms extends Construct {
  readonly topic: sns.Topic;
  readonly deadLetters: cloudwatch.Alarm;
  readonly deadLetterAge: cloudwatch.Alarm;
  readonly functionErrors: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: StageClockAlarmsProps) {
    super(scope, id);
    // TLS-only. Not encrypted with KMS: it carries alarm notifications only (name, state, metric),
    // and CloudWatch cannot publish to a topic under the AWS-managed SNS key.
    this.topic = new sns.Topic(this, 'Topic', { displayName: `${props.namePrefix} alarms`, enforceSSL: true });
    for (const email of props.emails) this.topic.addSubscription(new subscriptions.EmailSubscription(email));
    const notify = new actions.SnsAction(this.topic);
    const alarm = (alarmId: string, spec: Omit<cloudwatch.AlarmProps, 'alarmName'>) => {
      const created = new cloudwatch.Alarm(this, alarmId, { alarmName: `${props.namePrefix}-StageClock-${alarmId}`, ...spec });
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      return created;
    };

    // SQS stops sending the queue's metrics after hours without activity: missing data keeps the
    // alarm as it was (a waiting message is never forgotten), rather than reading as "empty".
    const queuePeriod = Duration.minutes(5);
    this.deadLetters = alarm('DeadLetters', {
      alarmDescription:
        'A stage boundary or reconciler run failed for good and waits in the dead-letter queue. Read the message (and the stage-transition logs), fix the cause, then invoke stage-transition with {"action":"reconcile"} (docs/deploy.md).',
      metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: queuePeriod, statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.IGNORE,
    });
    this.deadLetterAge = alarm('DeadLetterAge', {
      alarmDescription: 'A failed boundary has waited in the dead-letter queue for over an hour: nobody has handled it yet (docs/deploy.md).',
      metric: props.deadLetterQueue.metricApproximateAgeOfOldestMessage({ period: queuePeriod, statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: WINDOW.toSeconds(),
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.IGNORE,
    });
    this.functionErrors = alarm('FunctionErrors', {
      alarmDescription:
        'The stage-transition function threw within the last hour: a boundary or the reconciler failed. Lambda and the reconciler retry; see its log group for the error (docs/deploy.md).',
      metric: props.function.metricErrors({ period: props.reconcileEvery, statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: Math.round(WINDOW.toMinutes() / props.reconcileEvery.toMinutes()),
      datapointsToAlarm: 1,
      // No run in a period is no failure.
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}
