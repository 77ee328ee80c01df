/** (use case) --> notifications data --> DynamoDB. The outbox: one item per notification, keyed by
 * its deterministic key, written with the action that causes it (in its transaction where it has
 * one) and only if not there already. A pending item is also on GSI1 (`OUTBOX#PENDING`), which the
 * local stack's delivery reads; sending it takes it off. In AWS the table's stream hands each new item
 * to the sender. Items expire 180 days after they were made. */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Notification } from '#shared/schemas/notification.schema';
import { TTL_ATTRIBUTE } from './table-definition';
import { ddb, getOne, isConditionFailure, queryAll, tableName, withoutKeys } from './dynamo';
import { GSI1, notificationKey, NOTIFICATION_PREFIX, PENDING_NOTIFICATIONS } from './keys';

const KEEP_SECONDS = 180 * 24 * 3600;

const toItem = (n: Notification) => ({
  ...notificationKey(n.key),
  GSI1PK: PENDING_NOTIFICATIONS,
  GSI1SK: `${n.createdAt}#${n.key}`,
  [TTL_ATTRIBUTE]: Math.floor(new Date(n.createdAt).getTime() / 1000) + KEEP_SECONDS,
  ...n,
});

/** The notification's key from its item's table key (`NOTIFICATION#<key>`), as a stream record carries it. */
export const notificationKeyOf = (pk: string): string | undefined => (pk.startsWith(NOTIFICATION_PREFIX) ? pk.slice(NOTIFICATION_PREFIX.length) : undefined);

/** A transaction item that puts `n` unless its key is there. Its key names the version of the
 * aggregate the action writes, so the put can only fail where the action's own condition fails too. */
export const notificationPut = (n: Notification) => ({
  Put: { TableName: tableName(), Item: toItem(n), ConditionExpression: 'attribute_not_exists(PK)' },
});

/** Puts each notification unless its key is there already (an action run again puts nothing new). */
export const enqueueNotifications = async (ns: readonly Notification[]): Promise<void> => {
  await Promise.all(
    ns.map(async (n) => {
      try {
        await ddb().send(new PutCommand(notificationPut(n).Put));
      } catch (err) {
        if (!isConditionFailure(err)) throw err;
      }
    }),
  );
};

export const findNotification = (key: string): Promise<Notification | undefined> => getOne({ key: notificationKey(key), parse: withoutKeys<Notification> });

/** The pending notifications, oldest first (GSI1; sent and failed ones are not on it). */
export const pendingNotifications = async (): Promise<Notification[]> =>
  (await queryAll({ IndexName: GSI1, KeyConditionExpression: 'GSI1PK = :p', ExpressionAttributeValues: { ':p': PENDING_NOTIFICATIONS } })).map(withoutKeys<Notification>);

/** Records a send: SENT, off the pending index. False when it was not pending any more. */
export const markSent = async (key: string, at: string): Promise<boolean> => {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: notificationKey(key),
        UpdateExpression: 'SET #status = :sent, sentAt = :at REMOVE GSI1PK, GSI1SK',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sent': 'SENT', ':pending': 'PENDING', ':at': at },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
};

/** Records a failed send; the last one allowed (`giveUp`) makes it FAILED and takes it off the
 * pending index. False when it was not pending any more (another delivery sent it meanwhile). */
export const markSendFailed = async (key: string, error: string, giveUp: boolean): Promise<boolean> => {
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: notificationKey(key),
        UpdateExpression: giveUp ? 'SET lastError = :error, #status = :failed ADD attempts :one REMOVE GSI1PK, GSI1SK' : 'SET lastError = :error ADD attempts :one',
        ConditionExpression: '#status = :pending',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':error': error, ':one': 1, ':pending': 'PENDING', ...(giveUp ? { ':failed': 'FAILED' } : {}) },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
};
