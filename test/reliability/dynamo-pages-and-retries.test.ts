/** The data layer's loops over DynamoDB's pages and partial answers, against DynamoDB Local.
 *
 * `queryAll` follows every page of a query (lib-dynamodb's paginator).
 *
 * BatchWriteItem may answer with UnprocessedItems (throughput exceeded, throttled): `batchWrite`
 * retries them with exponential backoff and full jitter, a bounded number of times, and then fails
 * with a 503 that names what is left. Against DynamoDB Local, with one fault injected by a middleware
 * on the document client: for the first `times` BatchWriteItem calls, only the first request of the
 * call reaches the engine and the others come back as UnprocessedItems, as DynamoDB answers them. */
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { BATCH_WRITE, BATCH_WRITE_ATTEMPTS, backoffDelay, batchWrite, ddb, queryAll, UnprocessedItemsError } from '#shared/data/dynamo';
import { AppError } from '#shared/errors';
import { useStack } from '#test/support/stack';

useStack();

type Request = Record<string, unknown>;
interface Fault {
  /** BatchWriteItem calls seen, and how many of them answered with unprocessed items. */
  calls: number;
  faulted: number;
}

/** Makes the first `times` BatchWriteItem calls of `client` process only their first request. */
const unprocessedItemsFor = (client: DynamoDBDocumentClient, times: number): Fault => {
  const fault: Fault = { calls: 0, faulted: 0 };
  client.middlewareStack.add(
    (next) => async (args) => {
      const input = (args as { input: { RequestItems?: Record<string, unknown> } }).input;
      const [table, requests] = Object.entries(input.RequestItems ?? {})[0] ?? [];
      if (!table || !Array.isArray(requests)) return next(args); // not a BatchWriteItem
      fault.calls++;
      if (fault.faulted >= times) return next(args);
      fault.faulted++;
      const [first, ...rest] = requests as Request[];
      const out = await next({ ...args, input: { ...input, RequestItems: { [table]: [first] } } });
      (out.output as { UnprocessedItems?: Record<string, Request[]> }).UnprocessedItems = { [table]: rest };
      return out;
    },
    { step: 'initialize', name: 'unprocessedItems' },
  );
  return fault;
};

const puts = (pk: string, count: number): Request[] =>
  Array.from({ length: count }, (_, i) => ({ PutRequest: { Item: { PK: pk, SK: String(i).padStart(4, '0') } } }));
const stored = async (pk: string) => (await queryAll({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': pk } })).map((i) => i.SK);
const keys = (count: number, from = 0) => Array.from({ length: count }, (_, i) => String(from + i).padStart(4, '0'));

afterEach(() => {
  ddb().middlewareStack.remove('unprocessedItems');
});

test('queryAll follows every page of a query, in order', async () => {
  await batchWrite(puts('PAGED', 30));
  let queries = 0;
  ddb().middlewareStack.add(
    (next) => async (args) => {
      if ((args as { input: { KeyConditionExpression?: string } }).input.KeyConditionExpression) queries++;
      return next(args);
    },
    { step: 'initialize', name: 'countQueries' },
  );
  try {
    // A Limit is the size of each page: 7 + 7 + 7 + 7 + 2.
    expect((await queryAll({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': 'PAGED' }, Limit: 7 })).map((i) => i.SK)).toEqual(keys(30));
    expect(queries).toBe(5);
    expect((await queryAll({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': 'PAGED' }, ScanIndexForward: false, Limit: 10 })).map((i) => i.SK)).toEqual(keys(30).reverse());
    // 30 items in pages of 10: the third page is full, so a fourth (empty) one is asked for.
    expect(queries).toBe(5 + 4);
    expect(await queryAll({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': 'NOTHING' } })).toEqual([]);
  } finally {
    ddb().middlewareStack.remove('countQueries');
  }
});

test('the wait before each retry is a random time up to base × 2^(retry−1), capped', () => {
  const retries = Array.from({ length: BATCH_WRITE_ATTEMPTS }, (_, i) => i + 1);
  expect(retries.map((r) => backoffDelay(r, () => 1))).toEqual([50, 100, 200, 400, 800, 1600, 2000, 2000]);
  expect(retries.map((r) => backoffDelay(r, () => 0))).toEqual(retries.map(() => 0));
  expect(backoffDelay(3, () => 0.5)).toBe(100);
  // Full jitter: spread over the whole range, not bunched at its top.
  const waits = Array.from({ length: 2000 }, () => backoffDelay(4));
  expect(Math.min(...waits)).toBeGreaterThanOrEqual(0);
  expect(Math.max(...waits)).toBeLessThan(400);
  expect(waits.filter((w) => w < 100).length).toBeGreaterThan(300);
  expect(waits.filter((w) => w >= 300).length).toBeGreaterThan(300);
});

test('items DynamoDB leaves unprocessed are written by the retries', async () => {
  const fault = unprocessedItemsFor(ddb(), 3);
  await batchWrite(puts('RETRIED', 3 * BATCH_WRITE));
  expect(fault.faulted).toBe(3);
  expect(fault.calls).toBe(3 + 3); // three batches, three retries
  expect(await stored('RETRIED')).toEqual(keys(3 * BATCH_WRITE));
});

test(`items still unprocessed after ${BATCH_WRITE_ATTEMPTS} attempts fail the write with a 503 naming them`, async () => {
  const fault = unprocessedItemsFor(ddb(), Infinity);
  const requests = puts('GIVEN-UP', BATCH_WRITE_ATTEMPTS + 2);
  const err = await batchWrite(requests).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect(err).toMatchObject({ kind: 'unavailable', code: 'SERVICE_UNAVAILABLE' });
  const cause = (err as AppError).cause;
  expect(cause).toBeInstanceOf(UnprocessedItemsError);
  expect(cause).toMatchObject({ name: 'UnprocessedItemsError', attempts: BATCH_WRITE_ATTEMPTS, message: `BatchWriteItem left 2 item(s) unprocessed after ${BATCH_WRITE_ATTEMPTS} attempts` });
  expect((cause as UnprocessedItemsError).unprocessed).toEqual(requests.slice(BATCH_WRITE_ATTEMPTS));
  expect(fault.calls).toBe(BATCH_WRITE_ATTEMPTS);
  // Each attempt wrote one request: what was processed is stored, what was not is not.
  expect(await stored('GIVEN-UP')).toEqual(keys(BATCH_WRITE_ATTEMPTS));
});
