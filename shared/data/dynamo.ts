/** The one DynamoDB document client and the single table's name. Created on first use and reused
 * across invocations; the endpoint comes from the SDK's own `AWS_ENDPOINT_URL_DYNAMODB` locally. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  paginateQuery,
  QueryCommand,
  TransactWriteCommand,
  type BatchGetCommandOutput,
  type QueryCommandInput,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { invalidInput, unavailable } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';

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

/** Where a page token may lead: the query's partition (on the table or an index) and, when the query
 * narrows its sort key with a prefix, that prefix. */
export interface PageScope {
  index?: 'GSI1' | 'GSI2';
  partition: string;
  sortPrefix?: string;
}

/** Page tokens are the query's LastEvaluatedKey, opaque to clients. A token is only accepted with
 * exactly the key attributes of the query's index, inside the query's partition and sort prefix, so a
 * forged one is a 400, never a read elsewhere or an engine error. */
const encodePageToken = (key: Key | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;

export const decodePageToken = (token: string | undefined, scope: PageScope): Key | undefined => {
  if (token === undefined) return undefined;
  const [pk, sk] = scope.index ? [`${scope.index}PK`, `${scope.index}SK`] : ['PK', 'SK'];
  const expected = [...new Set(['PK', 'SK', pk, sk])].sort();
  try {
    const key = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (
      key !== null &&
      typeof key === 'object' &&
      !Array.isArray(key) &&
      JSON.stringify(Object.keys(key).sort()) === JSON.stringify(expected) &&
      Object.values(key).every((v) => typeof v === 'string' && v.length > 0 && v.length <= 1024) &&
      (key as Key)[pk] === scope.partition &&
      (key as Key)[sk].startsWith(scope.sortPrefix ?? '')
    )
      return key as Key;
  } catch {
    // fall through to the 400 below
  }
  throw invalidInput([{ path: ['nextToken'], message: msg('PAGE_TOKEN_FOREIGN') }]);
};

export const isConditionFailure = (err: unknown): boolean =>
  (err as Error)?.name === 'ConditionalCheckFailedException';

/** The cancellation reason codes of a failed transaction, in the order of its items. */
const cancellationCodes = (err: unknown): (string | undefined)[] | undefined =>
  (err as Error)?.name === 'TransactionCanceledException'
    ? ((err as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map((r) => r.Code)
    : undefined;

/** The most items one TransactWriteItems takes. */
export const TRANSACTION_ITEMS = 100;

/** Cancellation reasons that say "not now": another transaction held an item (a hot institution
 * tally at the closing minute), or the table was throttled. Nothing was written; a retry may pass. */
const TRANSIENT_CANCELLATIONS = new Set(['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded']);

/** Runs a transaction; a failed condition on item `i` becomes the error `onConditionFailure(i)`, and a
 * cancellation for a transient reason a 503 with Retry-After (the SDK does not retry those). */
export const transactWrite = async (items: NonNullable<TransactWriteCommandInput['TransactItems']>, onConditionFailure: (index: number) => Error): Promise<void> => {
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: items }));
  } catch (err) {
    const codes = cancellationCodes(err);
    const failed = codes?.findIndex((c) => c === 'ConditionalCheckFailed') ?? -1;
    if (failed >= 0) throw onConditionFailure(failed);
    if (codes?.some((c) => c !== undefined && TRANSIENT_CANCELLATIONS.has(c)))
      throw unavailable(msg('TOO_MANY_CHANGES'), err);
    throw err;
  }
};

/** A reference to one item and how to read it: lets a handler fetch items of several aggregates in
 * one BatchGetItem round trip while each aggregate keeps its own key and mapping. */
export interface ItemRef<T> {
  key: Key;
  parse(item: Record<string, unknown>): T;
}

export type Resolved<R> = { [K in keyof R]: R[K] extends ItemRef<infer T> ? T | undefined : never };

/** Strongly consistent BatchGetItem of the refs (100 keys a request), answered in the refs' order. */
export const getAll = async <R extends readonly ItemRef<unknown>[]>(refs: R): Promise<Resolved<R>> => {
  const id = (k: Record<string, unknown>) => `${k.PK}\u0000${k.SK}`;
  const found = new Map<string, Record<string, unknown>>();
  const keys = [...new Map(refs.map((r) => [id(r.key), r.key])).values()];
  for (let i = 0; i < keys.length; i += 100) {
    let pending: Key[] | undefined = keys.slice(i, i + 100);
    while (pending?.length) {
      const out: BatchGetCommandOutput = await ddb().send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending, ConsistentRead: true } } }));
      for (const item of out.Responses?.[tableName()] ?? []) found.set(id(item), item);
      pending = out.UnprocessedKeys?.[tableName()]?.Keys as Key[] | undefined;
    }
  }
  return refs.map((r) => {
    const item = found.get(id(r.key));
    return item ? r.parse(item) : undefined;
  }) as Resolved<R>;
};

/** One item by its ref: a strongly consistent GetItem (for one item, cheaper than a BatchGet). */
export const getOne = async <T>(ref: ItemRef<T>): Promise<T | undefined> => {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: ref.key, ConsistentRead: true }));
  return Item ? ref.parse(Item) : undefined;
};

/** The `ProjectionExpression` (with its attribute names) that reads only `fields`. */
export const projectionOf = (fields: readonly string[] | undefined) =>
  fields ? { ProjectionExpression: fields.map((_, i) => `#f${i}`).join(', '), ExpressionAttributeNames: Object.fromEntries(fields.map((f, i) => [`#f${i}`, f])) } : {};

/** One page of a list: the query limited to `page.limit`, continuing from the client's `nextToken`
 * (checked against `scope`), with the next token when there is more. */
export const queryPage = async <T>(
  input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey' | 'Limit'>,
  scope: PageScope,
  page: { limit: number; nextToken?: string },
  parse: (item: Record<string, unknown>) => T,
): Promise<{ items: T[]; nextToken?: string }> => {
  const out = await ddb().send(
    new QueryCommand({ ...input, TableName: tableName(), Limit: page.limit, ExclusiveStartKey: decodePageToken(page.nextToken, scope) }),
  );
  const nextToken = encodePageToken(out.LastEvaluatedKey as Key | undefined);
  return { items: (out.Items ?? []).map(parse), ...(nextToken ? { nextToken } : {}) };
};

export const BATCH_WRITE = 25;
export const PARALLEL_BATCHES = 8;

/** BatchWriteItem calls per batch, the first included, before its unprocessed items are given up. */
export const BATCH_WRITE_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 50;
const BACKOFF_CAP_MS = 2000;

/** The wait before retry `retry` (1 for the first retry): exponential backoff with full jitter, a
 * random time between 0 and min(cap, base × 2^(retry − 1)), as AWS advises for unprocessed items.
 * With 8 attempts a batch waits at most 50 + 100 + … + 1600 + 2000 ms = 5.15 s in all, half that on
 * average. */
export const backoffDelay = (retry: number, random: () => number = Math.random): number =>
  random() * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** (retry - 1));

/** The global timer rather than node:timers/promises: one built-in fewer to load at every cold start. */
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What is left of a batch that DynamoDB would not take (throughput exceeded, throttled) within
 * BATCH_WRITE_ATTEMPTS calls: thrown as the cause of a 503, so a route answers "try again" and the
 * stage transition fails loudly, to be retried by its schedule. */
export class UnprocessedItemsError extends Error {
  override readonly name = 'UnprocessedItemsError';

  constructor(
    readonly unprocessed: Record<string, unknown>[],
    readonly attempts: number,
  ) {
    super(`BatchWriteItem left ${unprocessed.length} item(s) unprocessed after ${attempts} attempts`);
  }
}

/** Many puts or deletes: BatchWriteItem 25 a request, a few requests at a time, unprocessed items
 * retried with exponential backoff and full jitter, at most BATCH_WRITE_ATTEMPTS calls a batch; items
 * still unprocessed then reject the whole write with a 503 (SERVICE_UNAVAILABLE) whose cause is an
 * UnprocessedItemsError, and no further batch is started. Not atomic: for seeds and for ranking rows
 * written before their header points to them. Requests are taken from the iterable as batches go
 * out, so a caller can make them as they are written (tens of thousands of ranking rows) instead of
 * holding them all. */
export const batchWrite = async (requests: Iterable<Record<string, unknown>>): Promise<void> => {
  const source = requests[Symbol.iterator]();
  let failed = false;
  const nextBatch = (): Record<string, unknown>[] => {
    const batch: Record<string, unknown>[] = [];
    while (!failed && batch.length < BATCH_WRITE) {
      const next = source.next();
      if (next.done) break;
      batch.push(next.value);
    }
    return batch;
  };
  const writeBatch = async (batch: Record<string, unknown>[]) => {
    let pending = batch;
    for (let attempt = 1; ; attempt++) {
      const out = await ddb().send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }));
      pending = (out.UnprocessedItems?.[tableName()] ?? []) as Record<string, unknown>[];
      if (!pending.length) return;
      if (attempt === BATCH_WRITE_ATTEMPTS) throw unavailable(msg('SERVICE_UNAVAILABLE'), new UnprocessedItemsError(pending, attempt));
      await sleep(backoffDelay(attempt));
    }
  };
  const worker = async () => {
    try {
      for (let batch = nextBatch(); batch.length; batch = nextBatch()) await writeBatch(batch);
    } catch (err) {
      failed = true;
      throw err;
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_BATCHES }, worker));
};

/** Item attributes without the table's key attributes. */
export const withoutKeys = <T>(item: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !/^(PK|SK|GSI\d+PK|GSI\d+SK)$/.test(k))) as T;

/** Every item a query answers, following its pages (lib-dynamodb's paginator; a `Limit` in `input`
 * sets the size of each page, not of the answer). */
export const queryAll = async (input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateQuery({ client: ddb() }, { ...input, TableName: tableName() })) items.push(...(page.Items ?? []));
  return items;
};

/** A transaction Put guarded by optimistic locking: the stored `version` must still be
 * `expectedVersion`, or (undefined) the item must not exist yet. */
export const versionedPut = (item: Record<string, unknown>, expectedVersion: number | undefined) => ({
  Put: {
    TableName: tableName(),
    Item: item,
    ...(expectedVersion === undefined
      ? { ConditionExpression: 'attribute_not_exists(PK)' }
      : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': expectedVersion } }),
  },
});
