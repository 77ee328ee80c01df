/** Tells someone when the stage clock fails: an alarm when anything waits in its dead-letter queue,
 * and one when the stage-transition function fails a run (each failure is retried, by Lambda and by
 * the reconciler, but a boundary that keeps failing needs a person). Both notify an SNS topic; the
 * admin e-mail, when configured, is subscribed to it. */
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
  /** Subscribed to the alarm topic (SNS e-mails a confirmation link first). */
  email?: string;
}

export class StageClockAlarms extends Construct {
  readonly topic: sns.Topic;
  readonly deadLetters: cloudwatch.Alarm;
  readonly functionErrors: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: StageClockAlarmsProps) {
    super(scope, id);
    // TLS-only. Not encrypted with KMS: it carries alarm notifications only (name, state, metric),
    // and CloudWatch cannot publish to a topic under the AWS-managed SNS key.
    this.topic = new sns.Topic(this, 'Topic', { displayName: `${props.namePrefix} stage clock alarms`, enforceSSL: true });
    if (props.email) this.topic.addSubscription(new subscriptions.EmailSubscription(props.email));
    const notify = new actions.SnsAction(this.topic);

    // Every alarm looks at one 5-minute period, treats no data as fine, and notifies on alarm and on recovery.
    const period = Duration.minutes(5);
    const alarm = (id: string, spec: Pick<cloudwatch.AlarmProps, 'alarmDescription' | 'metric' | 'threshold' | 'comparisonOperator'>) => {
      const created = new cloudwatch.Alarm(this, id, {
        alarmName: `${props.namePrefix}-StageClock-${id}`,
        ...spec,
        evaluationPeriods: 1,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      return created;
    };

    this.deadLetters = alarm('DeadLetters', {
      alarmDescription:
        'A stage boundary or reconciler run failed for good and waits in the dead-letter queue. Read the message (and the stage-transition logs), fix the cause, then invoke stage-transition with {"action":"reconcile"} (docs/deploy.md).',
      metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
    });
    this.functionErrors = alarm('FunctionErrors', {
      alarmDescription:
        'The stage-transition function threw: a boundary or the reconciler failed. Lambda and the reconciler retry; see its log group for the error (docs/deploy.md).',
      metric: props.function.metricErrors({ period, statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
  }
}
