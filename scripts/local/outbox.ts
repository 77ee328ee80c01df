/** The local stack's mailer and outbox (never deployed): what would have been e-mailed is kept with
 * the data, one item per send (a notification sent twice would show twice), and read back with
 * `GET /_local/outbox`. Pending notifications are delivered through the same use case as the
 * deployed sender (`deliverPending`), after each request and on a short timer that retries failures. */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, queryAll, tableName } from '#shared/data/dynamo';
import { LOCAL_OUTBOX_PARTITION } from '#shared/data/keys';
import type { Mailer } from '#shared/domain/notifications';
import { logger } from '#shared/logger';
import type { InvocationObserver } from './http-server';
import type { LocalOutbox } from '#shared/schemas/notification.schema';
import { deliverPending } from '#shared/use-cases/notify';
import { toWita } from '#shared/vocabulary/wita';

export const localOutboxMailer = (now: () => Date): Mailer => ({
  send: async (mail) => {
    const sentAt = toWita(now());
    await ddb().send(new PutCommand({ TableName: tableName(), Item: { PK: LOCAL_OUTBOX_PARTITION, SK: `${sentAt}#${new Date().toISOString()}#${randomUUID()}`, ...mail, sentAt } }));
  },
});

/** Everything the local mailer sent, newest first (by the local clock, then by the real one: the
 * local clock stands still between settings). */
export const readOutbox = async (): Promise<LocalOutbox> => {
  const items = await queryAll({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': LOCAL_OUTBOX_PARTITION }, ScanIndexForward: false });
  return { items: items.map(({ key, event, to, subject, text, createdAt, sentAt }) => ({ key, event, to, subject, text, createdAt, sentAt }) as LocalOutbox['items'][number]) };
};

/** Delivery runs one at a time. `run` answers when a run that starts after the call has ended: it
 * joins the run waiting to start if there is one (many requests at once share one run). `retry` runs
 * again only when the last run left a failure behind (the timer's job), so an idle stack reads nothing. */
export const outboxDelivery = (mailer: Mailer, now: () => Date, observe?: InvocationObserver) => {
  let tail: Promise<void> = Promise.resolve();
  let waiting: Promise<void> | undefined;
  let failed = false;
  const once = async (): Promise<void> => {
    waiting = undefined;
    try {
      const started = performance.now();
      const results = await deliverPending(mailer, now());
      // In AWS the table's stream invokes the sender only when something was queued.
      if (results.length) observe?.('send-notifications', performance.now() - started);
      failed = results.includes('failed');
    } catch (err) {
      failed = true;
      logger.error('local outbox delivery failed; the next run retries', { error: (err as Error).message });
    }
  };
  const run = (): Promise<void> => (waiting ??= tail = tail.then(once));
  const retry = (): Promise<void> => (failed ? run() : Promise.resolve());
  return { run, retry };
};
