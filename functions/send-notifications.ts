/** The single table's DynamoDB stream (filtered to new `NOTIFICATION#…` items) → Amazon SES. Each
 * record's notification is sent if it is still pending; a failed send is counted, logged and reported
 * as a partial batch failure, so Lambda retries from it and, past its retries, records it in the
 * dead-letter queue. A record whose notification was sent already is skipped: a retried batch never
 * sends twice. */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import type { DynamoDBBatchItemFailure, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { now } from '#shared/clock';
import { notificationKeyOf } from '#shared/data/notifications';
import { sesMailer } from '#shared/data/ses-mailer';
import { logger } from '#shared/logger';
import { deliver } from '#shared/use-cases/notify';

const mailer = sesMailer();

export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (event) => {
    const batchItemFailures: DynamoDBBatchItemFailure[] = [];
    for (const record of event.Records) {
      const key = notificationKeyOf(record.dynamodb?.Keys?.PK?.S ?? '');
      if (!key) continue;
      if ((await deliver(key, mailer, now())) === 'failed') batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
    }
    return { batchItemFailures };
  });
