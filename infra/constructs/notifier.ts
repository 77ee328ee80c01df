/** The outbox's sender in AWS: the single table's stream, filtered to new notification items, feeds
 * the `send-notifications` function (shared/contracts/send-notifications.contract.ts), which sends
 * each through SES and reports the ones that failed (partial batch failures). Lambda retries a failed
 * record as many times as the outbox allows sends, then records it in this construct's dead-letter
 * queue; an alarm tells the stage's recipients while anything waits there, another while the function
 * fails whole batches. */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letter-queue';
import { NOTIFICATION_PREFIX } from '#shared/data/keys';
import { MAX_SEND_ATTEMPTS } from '#shared/domain/notifications';

/** How the stream feeds the sender: a failed send is retried until the outbox's attempts are spent
 * (the first try and MAX_SEND_ATTEMPTS − 1 retries), within the stream's 24-hour retention. */
export const NOTIFICATION_STREAM = {
  batchSize: 10,
  retryAttempts: MAX_SEND_ATTEMPTS - 1,
  maxRecordAge: Duration.hours(24),
} as const;

/** The stream actions an event source mapping's function needs (DynamoDB's own example policy). */
export const STREAM_READ_ACTIONS = ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'] as const;

export interface NotifierProps {
  /** The send-notifications function. */
  function: lambda.IFunction;
  tableArn: string;
  tableStreamArn: string;
  /** The stage's alarm topic. */
  topicArn: string;
  /** Alarm names start with it, e.g. `Kukar-prod`. */
  namePrefix: string;
}

export class Notifier extends Construct {
  readonly deadLetterQueue: sqs.Queue;
  readonly mapping: lambda.EventSourceMapping;
  readonly deadLetters: cloudwatch.Alarm;
  readonly functionErrors: cloudwatch.Alarm;

  constructor(scope: Construct, id: string, props: NotifierProps) {
    super(scope, id);
    this.deadLetterQueue = deadLetterQueue(this, 'the notification sender: Lambda records there the stream records whose send failed every retry');

    // The stream's label changes whenever the stream is made again, so the grant names the table's
    // streams, as DynamoDB's own example policy for a Lambda trigger does (acknowledged by the stack,
    // which knows the table's export name).
    iam.Grant.addToPrincipal({ grantee: props.function, actions: [...STREAM_READ_ACTIONS], resourceArns: [`${props.tableArn}/stream/*`] });

    this.mapping = new lambda.EventSourceMapping(this, 'Stream', {
      target: props.function,
      eventSourceArn: props.tableStreamArn,
      startingPosition: lambda.StartingPosition.TRIM_HORIZON,
      ...NOTIFICATION_STREAM,
      reportBatchItemFailures: true,
      // New notification items only: a notification written again (MODIFY) or marked sent is no new send.
      filters: [lambda.FilterCriteria.filter({ eventName: lambda.FilterRule.isEqual('INSERT'), dynamodb: { Keys: { PK: { S: lambda.FilterRule.beginsWith(NOTIFICATION_PREFIX) } } } })],
      // Not `SqsDlq`: it also grants GetQueueAttributes and GetQueueUrl, which sending does not need.
      onFailure: {
        bind: (_mapping, fn) => {
          iam.Grant.addToPrincipal({ grantee: fn, actions: ['sqs:SendMessage'], resourceArns: [this.deadLetterQueue.queueArn] });
          return { destination: this.deadLetterQueue.queueArn };
        },
      },
    });

    const notify = new actions.SnsAction(sns.Topic.fromTopicArn(this, 'Topic', props.topicArn));
    const alarm = (alarmId: string, spec: Omit<cloudwatch.AlarmProps, 'alarmName'>) => {
      const created = new cloudwatch.Alarm(this, alarmId, { alarmName: `${props.namePrefix}-Notifications-${alarmId}`, ...spec });
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      return created;
    };
    this.deadLetters = alarm('DeadLetters', {
      alarmDescription:
        'A notification could not be sent after every retry and waits in the dead-letter queue. Its item in the table (status FAILED, lastError) says why; see the send-notifications logs and docs/operations.md.',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: cloudwatch.Stats.MAXIMUM }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      // SQS stops sending metrics for an idle queue: a waiting message is never forgotten.
      treatMissingData: cloudwatch.TreatMissingData.IGNORE,
    });
    this.functionErrors = alarm('FunctionErrors', {
      alarmDescription: 'The notification sender failed whole batches (not a failed send: the table or the function itself). Lambda retries; see its log group.',
      metric: props.function.metricErrors({ period: Duration.minutes(5), statistic: cloudwatch.Stats.SUM }),
      threshold: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
  }
}
