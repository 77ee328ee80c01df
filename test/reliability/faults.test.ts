/** Issue 6: faults of the dependencies. A DynamoDB or S3 client that fails on purpose — throttled,
 * out of provisioned throughput, timed out, cancelled for a transient reason — is put in place for
 * selected commands only: the handler answers 503 with Retry-After, writes nothing (the real client is
 * back before the table is compared), logs the cause, and the same request passes once the
 * dependency is back. The stage-transition function fails loudly (rejects) when its work fails, so
 * the Scheduler's retry and dead-letter queue see it, and the next run completes the boundary. */
import { IdempotencyPersistenceLayerError } from '@aws-lambda-powertools/idempotency';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { handler as stageTransition } from '#functions/stage-transition';
import { lambdaContext } from '#scripts/local/http-server';
import type { LocalStack } from '#scripts/local/stack';
import { useClock } from '#shared/clock';
import { s3, useS3Client } from '#shared/data/document-store';
import { ddb, useDocumentClient } from '#shared/data/dynamo';
import { errorMapper } from '#shared/http/middleware/error-mapper';
import { SAMPLE_PDF, api, startTestStack, tableSnapshot, uploadWithPresignedPost, validInnovation, type Answer } from '#test/support/stack';
import { FAULTS, captureLog, faultyDocumentClient, faultyS3Client, type FaultPlan, type LogCapture } from './support';

let stack: LocalStack;
let http: ReturnType<typeof api>;
let owner: string;
let admin: string;
let realDynamo: DynamoDBDocumentClient;
let realS3: S3Client;
const EDITION = '/editions/pik-2023';
const OWNER = 'peserta-kominfo';

beforeAll(async () => {
  stack = await startTestStack();
  http = api(stack);
  await http.setClock('2023-10-12T09:00:00+08:00');
  owner = await http.token(OWNER, ['participant'], 'opd-diskominfo');
  admin = await http.token('brida-admin', ['admin']);
  realDynamo = ddb();
  realS3 = s3();
});
afterAll(async () => {
  useDocumentClient(realDynamo);
  useS3Client(realS3);
  await stack?.stop();
});

const draftWithProposal = async (): Promise<string> => {
  const id = (await http.call('POST', `${EDITION}/innovations`, { token: owner, body: validInnovation() })).body.id;
  const doc = await http.call('POST', `/innovations/${id}/documents`, { token: owner, body: { kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } });
  expect((await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf')).status).toBeLessThan(300);
  return id;
};

interface Faulty {
  client: DynamoDBDocumentClient | S3Client;
  plan: FaultPlan;
}

/** Runs `request` with the faulty client in place, then puts the real one back and proves nothing was
 * written; answers what came back and what was logged. */
const underFault = async (fault: Faulty, request: () => Promise<Answer>): Promise<{ answer: Answer; log: LogCapture }> => {
  const before = await tableSnapshot();
  const log = captureLog('INFO');
  if (fault.client instanceof S3Client) useS3Client(fault.client);
  else useDocumentClient(fault.client as DynamoDBDocumentClient);
  let answer: Answer;
  try {
    answer = await request();
  } finally {
    useDocumentClient(realDynamo);
    useS3Client(realS3);
    log.stop();
  }
  expect(await tableSnapshot()).toBe(before);
  return { answer, log };
};

const expectUnavailable = ({ answer, log }: { answer: Answer; log: LogCapture }, cause: string, userId?: string) => {
  expect(answer.status).toBe(503);
  expect(answer.headers.get('retry-after')).toBe('1');
  expect(answer.body.error).toEqual({ code: 'SERVICE_UNAVAILABLE', message: expect.any(String) });
  const warnings = log.records().filter((r) => r.level === 'WARN' && r.message === 'dependency unavailable');
  expect(warnings).toEqual([expect.objectContaining({ error: cause, errorMessage: expect.any(String), requestId: expect.any(String), ...(userId ? { userId } : {}) })]);
  expect(log.records().filter((r) => r.level === 'WARN' || r.level === 'ERROR')).toHaveLength(1);
  // The access log line has the same request's id and the status it answered.
  const access = log.records().find((r) => r.message === 'request');
  expect(access).toMatchObject({ level: 'INFO', status: 503, requestId: warnings[0].requestId });
};

describe('DynamoDB faults on the request path', () => {
  test('a submission whose transaction runs out of provisioned throughput: 503, nothing written, the cause logged; a retry passes', async () => {
    const id = await draftWithProposal();
    const fault = faultyDocumentClient(/^TransactWriteItemsCommand$/, FAULTS.provisionedThroughput);
    const submit = () => http.call('POST', `/innovations/${id}/submit`, { token: owner });
    expectUnavailable(await underFault(fault, submit), 'ProvisionedThroughputExceededException', OWNER);
    expect(fault.plan.failed).toBe(1); // maxAttempts 1: the SDK did not retry
    expect((await http.call('GET', `/innovations/${id}`, { token: owner })).body.status).toBe('DRAFT');
    expect((await submit()).status).toBe(200);
  });

  test('a throttled registration: 503, no innovation and no tally written; a retry creates it', async () => {
    const fault = faultyDocumentClient(/^TransactWriteItemsCommand$/, FAULTS.throttling);
    const register = () => http.call('POST', `${EDITION}/innovations`, { token: owner, body: validInnovation({ title: 'Didaftar saat padat' }) });
    expectUnavailable(await underFault(fault, register), 'ThrottlingException', OWNER);
    expect((await register()).status).toBe(201);
  });

  test.each([
    ['throttled inside the transaction (ThrottlingError)', FAULTS.transactionThrottled],
    ['in conflict with another transaction (TransactionConflict)', FAULTS.transactionConflict],
  ])('an edit whose transaction is cancelled %s: 503, not a 500', async (_name, error) => {
    const id = (await http.call('POST', `${EDITION}/innovations`, { token: owner, body: validInnovation() })).body.id;
    const fault = faultyDocumentClient(/^TransactWriteItemsCommand$/, error);
    expectUnavailable(await underFault(fault, () => http.call('PATCH', `/innovations/${id}`, { token: owner, body: { title: 'Judul baru' } })), 'TransactionCanceledException', OWNER);
    expect((await http.call('PATCH', `/innovations/${id}`, { token: owner, body: { title: 'Judul baru' } })).status).toBe(200);
  });

  test('a read that times out: 503', async () => {
    const id = (await http.call('POST', `${EDITION}/innovations`, { token: owner, body: validInnovation() })).body.id;
    const fault = faultyDocumentClient(/^GetItemCommand$/, FAULTS.timeout);
    expectUnavailable(await underFault(fault, () => http.call('GET', `/innovations/${id}`, { token: owner })), 'TimeoutError', OWNER);
  });

  test('a throttled list query: 503', async () => {
    const fault = faultyDocumentClient(/^QueryCommand$/, FAULTS.throttling);
    expectUnavailable(await underFault(fault, () => http.call('GET', `${EDITION}/innovations`, { token: admin })), 'ThrottlingException', 'brida-admin');
  });
});

describe('S3 faults on the request path', () => {
  test.each([
    ['slows down (SlowDown)', FAULTS.slowDown, 'SlowDown'],
    ['times out', FAULTS.timeout, 'TimeoutError'],
    ['fails inside (InternalError)', FAULTS.s3InternalError, 'InternalError'],
  ])('a submission whose document check %s: 503, still a draft; a retry passes', async (_name, error, cause) => {
    const id = await draftWithProposal();
    const fault = faultyS3Client(/^GetObjectCommand$/, error);
    const submit = () => http.call('POST', `/innovations/${id}/submit`, { token: owner });
    expectUnavailable(await underFault(fault, submit), cause, OWNER);
    expect(fault.plan.failed).toBe(1);
    expect((await submit()).status).toBe(200);
  });
});

describe('the error mapper', () => {
  const map = async (error: Error): Promise<APIGatewayProxyStructuredResultV2> => {
    const request = { event: { headers: {}, requestContext: {} } as unknown as APIGatewayProxyEventV2, context: lambdaContext('t') as Context, response: undefined as unknown, error, internal: {} };
    await errorMapper().onError!(request as never);
    return request.response as APIGatewayProxyStructuredResultV2;
  };

  test('a transient error wrapped by a library (the idempotency store, throttled) is a 503 too', async () => {
    const wrapped = new IdempotencyPersistenceLayerError('Failed to save in progress idempotency record', { cause: FAULTS.throttling() });
    expect((await map(wrapped)).statusCode).toBe(503);
  });

  test('a dropped connection is a 503; an unknown error a 500 that reveals nothing', async () => {
    expect((await map(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).statusCode).toBe(503);
    const log = captureLog('INFO');
    const unknown = await map(new Error('secret internals: table kukar at 10.0.0.1'));
    log.stop();
    expect(unknown.statusCode).toBe(500);
    expect(unknown.body).not.toContain('secret');
    // One line, with the error's own text kept for the operator (Powertools drops a `message` key).
    expect(log.records()).toEqual([expect.objectContaining({ level: 'ERROR', message: 'unhandled error', error: 'Error', errorMessage: 'secret internals: table kukar at 10.0.0.1' })]);
  });
});

describe('the stage-transition function', () => {
  const SCREENING_AT = new Date('2023-10-15T09:00:00+08:00');
  let draft: string;
  beforeAll(async () => {
    draft = (await http.call('POST', `${EDITION}/innovations`, { token: owner, body: validInnovation({ title: 'Draf yang tak dikirim' }) })).body.id;
  });

  /** Runs the function as EventBridge Scheduler would, at SCREENING, with `client` in place. */
  const run = async (event: Record<string, unknown>, client?: DynamoDBDocumentClient) => {
    useClock(() => SCREENING_AT);
    if (client) useDocumentClient(client);
    try {
      return await stageTransition(event, lambdaContext('stage-transition'));
    } finally {
      useDocumentClient(realDynamo);
      useClock(() => stack.now());
    }
  };

  test('rejects when the boundary’s work fails (a throttled status update), writing nothing; the reconciler then completes it', async () => {
    const before = await tableSnapshot();
    const fault = faultyDocumentClient(/^UpdateItemCommand$/, FAULTS.throttling);
    await expect(run({ editionId: 'pik-2023', boundary: 'SCREENING' }, fault.client)).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(fault.plan.failed).toBeGreaterThanOrEqual(1);
    expect(await tableSnapshot()).toBe(before); // the boundary is not marked done: it will run again

    // The reconciler tries every edition and throws their failures together…
    const reconcileFault = faultyDocumentClient(/^UpdateItemCommand$/, FAULTS.timeout);
    await expect(run({ action: 'reconcile' }, reconcileFault.client)).rejects.toThrow(/reconciler: 1 edition\(s\) failed/);
    // …and fails at once when it cannot even list the editions.
    const listFault = faultyDocumentClient(/^QueryCommand$/, FAULTS.timeout);
    await expect(run({ action: 'reconcile' }, listFault.client)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(await tableSnapshot()).toBe(before);

    const moved = await http.setClock(SCREENING_AT.toISOString());
    expect(moved.body.fired).toEqual([expect.objectContaining({ boundary: 'SCREENING', result: 'done' })]);
    expect((await http.call('GET', `/innovations/${draft}`, { token: owner })).body.status).toBe('NOT_SUBMITTED');
  });
});
