/** A dead-letter queue: encrypted, TLS only, keeping what failed for 14 days, the longest SQS
 * allows, so an operator back from a long weekend still finds it. It is itself the end of the line,
 * so cdk-nag's rule that a queue have a dead-letter queue is acknowledged with what sends to it. */
import { Duration, Validations } from 'aws-cdk-lib';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

export const deadLetterQueue = (scope: Construct, sentBy: string): sqs.Queue => {
  const queue = new sqs.Queue(scope, 'DeadLetterQueue', {
    encryption: sqs.QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue is itself the dead-letter queue of ${sentBy}; an alarm watches it and nothing consumes it automatically.`,
  });
  return queue;
};
