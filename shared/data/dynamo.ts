/** The one DynamoDB document client and the single table's name. Created on first use and reused
 * across invocations; the endpoint comes from the SDK's own `AWS_ENDPOINT_URL_DYNAMODB` locally. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { invalidInput } from '../errors';

let client: DynamoDBDocumentClient | undefined;

export const ddb = (): DynamoDBDocumentClient =>
  (client ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }));

/** Lets tests and the fault-injection suite put a different client in place. */
export const useDocumentClient = (c: DynamoDBDocumentClient | undefined): void => {
  client = c;
};

export const tableName = (): string => {
  const name = process.env.TABLE_NAME;
  if (!name) throw new Error('TABLE_NAME is not set');
  return name;
};

export type Key = Record<string, string>;

/** Page tokens are the query's LastEvaluatedKey, opaque to clients. A token is only accepted for the
 * partition it came from, so a forged one is a 400, never a read elsewhere. */
export const encodePageToken = (key: Key | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;

export const decodePageToken = (token: string | undefined, partition: { name: string; value: string }): Key | undefined => {
  if (token === undefined) return undefined;
  try {
    const key = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (
      key !== null &&
      typeof key === 'object' &&
      Object.values(key).every((v) => typeof v === 'string') &&
      (key as Key)[partition.name] === partition.value
    )
      return key as Key;
  } catch {
    // fall through to the 400 below
  }
  throw invalidInput([{ path: ['query', 'nextToken'], message: 'not a page token of this list' }]);
};

export const isConditionFailure = (err: unknown): boolean =>
  (err as Error)?.name === 'ConditionalCheckFailedException';

/** The cancellation reason codes of a failed transaction, in the order of its items. */
export const cancellationCodes = (err: unknown): (string | undefined)[] | undefined =>
  (err as Error)?.name === 'TransactionCanceledException'
    ? ((err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map((r) => r.Code)
    : undefined;
