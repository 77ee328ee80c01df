/** What the IT team watches during the registration week: alarms on the API (server errors), on
 * every function (errors and throttles, account-wide) and on the table (throttled reads and writes),
 * all notifying the stage's alarm topic; and one dashboard of the same, beside the stage clock's
 * dead-letter queue. Each alarm wants 2 bad periods out of 3, so one bad minute does not page anyone
 * twice, and no traffic reads as healthy. */
import { Duration } from 'aws-cdk-lib';
import type * as apigw from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface ApiOperationsProps {
  api: apigw.IHttpApi;
  tableName: string;
  /** The stage's alarm topic (the Schedules stack's). */
  topicArn: string;
  /** The stage clock's dead-letter queue, shown on the dashboard. */
  deadLetterQueueArn: string;
  /** Alarm and dashboard names start with it, e.g. `Kukar-prod`. */
  namePrefix: string;
}

const PERIOD = Duration.minutes(5);

export class ApiOperations extends Construct {
  readonly alarms: cloudwatch.Alarm[];
  readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: ApiOperationsProps) {
    super(scope, id);
    const notify = new actions.SnsAction(sns.Topic.fromTopicArn(this, 'Topic', props.topicArn));
    const lambdaMetric = (metricName: string) => new cloudwatch.Metric({ namespace: 'AWS/Lambda', metricName, period: PERIOD, statistic: cloudwatch.Stats.SUM });
    const tableMetric = (metricName: string) =>
      new cloudwatch.Metric({ namespace: 'AWS/DynamoDB', metricName, dimensionsMap: { TableName: props.tableName }, period: PERIOD, statistic: cloudwatch.Stats.SUM });

    const serverErrors = props.api.metricServerError({ period: PERIOD, statistic: cloudwatch.Stats.SUM });
    const functionErrors = lambdaMetric('Errors');
    const throttles = lambdaMetric('Throttles');
    const tableThrottles = new cloudwatch.MathExpression({
      expression: 'r + w',
      usingMetrics: { r: tableMetric('ReadThrottleEvents'), w: tableMetric('WriteThrottleEvents') },
      period: PERIOD,
      label: 'Throttled table reads and writes',
    });

    const alarm = (alarmId: string, alarmDescription: string, metric: cloudwatch.IMetric, threshold: number) => {
      const created = new cloudwatch.Alarm(this, alarmId, {
        alarmName: `${props.namePrefix}-${alarmId}`,
        alarmDescription,
        metric,
        threshold,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      created.addAlarmAction(notify);
      created.addOkAction(notify);
      return created;
    };
    this.alarms = [
      alarm('ApiServerErrors', 'The API answered 5 or more 5xx in two of the last three 5-minute periods: see the API access logs and the functions\' logs (docs/deploy.md, Operate).', serverErrors, 5),
      alarm('FunctionErrors', 'Lambda functions of the account failed (crashed, timed out or ran out of memory) in two of the last three 5-minute periods: see the functions\' logs.', functionErrors, 1),
      alarm('FunctionThrottles', 'Lambda refused invocations for lack of concurrency: ask for a higher concurrency quota before the registration rush (docs/deploy.md).', throttles, 1),
      alarm('TableThrottles', 'DynamoDB throttled reads or writes of the table: see the dashboard; on-demand tables adapt within minutes, a sudden spike may need a retry.', tableThrottles, 1),
    ];

    const deadLetters = sqs.Queue.fromQueueArn(this, 'DeadLetterQueue', props.deadLetterQueueArn).metricApproximateNumberOfMessagesVisible({ period: PERIOD, statistic: cloudwatch.Stats.MAXIMUM });
    const graph = (title: string, left: cloudwatch.IMetric[]) => new cloudwatch.GraphWidget({ title, left, width: 12, height: 6 });
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      dashboardName: `${props.namePrefix}-RegistrationWeek`,
      defaultInterval: Duration.hours(6),
      widgets: [
        [new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 3 })],
        [
          graph('API requests and errors', [
            props.api.metricCount({ period: PERIOD, statistic: cloudwatch.Stats.SUM }),
            props.api.metricClientError({ period: PERIOD, statistic: cloudwatch.Stats.SUM }),
            serverErrors,
          ]),
          graph('API latency (ms)', [props.api.metricLatency({ period: PERIOD, statistic: cloudwatch.Stats.p(50) }), props.api.metricLatency({ period: PERIOD, statistic: cloudwatch.Stats.p(99) })]),
        ],
        [
          graph('Functions: concurrency, errors, throttles', [
            new cloudwatch.Metric({ namespace: 'AWS/Lambda', metricName: 'ConcurrentExecutions', period: PERIOD, statistic: cloudwatch.Stats.MAXIMUM }),
            functionErrors,
            throttles,
          ]),
          graph('Table: capacity used and throttles', [tableMetric('ConsumedReadCapacityUnits'), tableMetric('ConsumedWriteCapacityUnits'), tableThrottles]),
        ],
        [graph('Stage clock: failed boundaries waiting', [deadLetters])],
      ],
    });
  }
}
