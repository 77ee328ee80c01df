/** Issue 6: the logs. Every request leaves one JSON access line (method, route, status, duration)
 * carrying its own requestId and userId; no line ever carries the bearer token or a participant's
 * contact data — not on success, not when a dependency fails, not even when an operator turns on
 * Powertools' event logging. */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { apiGatewayEvent } from '#scripts/local/api-gateway-event';
import { lambdaContext } from '#scripts/local/http-server';
import type { LocalStack } from '#scripts/local/stack';
import { ddb, useDocumentClient } from '#shared/data/dynamo';
import { routes } from '#shared/contracts/route-table';
import { api, startTestStack, validInnovation } from '#test/support/stack';
import { FAULTS, captureLog, faultyDocumentClient, type LogCapture } from './support';

let stack: LocalStack;
let http: ReturnType<typeof api>;
let token: string;
const USER = 'peserta-log';
const CONTACT = { name: 'Nur Aisyah Rahmadani', email: 'nur.aisyah.rahasia@kukarkab.go.id', phone: '+62 812 9876 5432' };
const body = validInnovation({ title: 'Inovasi yang dicatat', contact: CONTACT });

beforeAll(async () => {
  stack = await startTestStack();
  http = api(stack);
  await http.setClock('2023-10-12T09:00:00+08:00');
  token = await http.token(USER, ['participant'], 'opd-diskominfo');
});
afterAll(() => stack?.stop());

/** What must never be written to a log. */
const secrets = () => [token, token.split('.')[2], CONTACT.email, CONTACT.phone, CONTACT.name];

const expectClean = (log: LogCapture) => {
  const lines = log.lines().filter((l) => l.startsWith('{'));
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) for (const secret of secrets()) expect([line.includes(secret), secret]).toEqual([false, secret]);
};

const capture = async <T>(run: () => Promise<T>): Promise<{ result: T; log: LogCapture }> => {
  const log = captureLog('INFO');
  try {
    return { result: await run(), log };
  } finally {
    log.stop();
  }
};

test('a registration logs one JSON access line with its requestId, userId and duration, and neither the token nor the contact', async () => {
  const started = Date.now();
  const { result, log } = await capture(() => http.call('POST', '/editions/pik-2023/innovations', { token, body }));
  const elapsedMs = Date.now() - started;
  expect(result.status).toBe(201);
  const records = log.records();
  expect(log.lines().filter((l) => l.startsWith('{')).length).toBe(records.length); // every line is JSON
  expect(records).toEqual([
    expect.objectContaining({
      level: 'INFO',
      message: 'request',
      method: 'POST',
      route: 'POST /editions/{editionId}/innovations',
      path: '/editions/pik-2023/innovations',
      status: 201,
      durationMs: expect.any(Number),
      requestId: expect.any(String),
      userId: USER,
    }),
  ]);
  // The request's own time, in milliseconds: more than nothing, no more than the whole call took.
  expect(records[0]!.durationMs).toBeGreaterThan(0);
  expect(records[0]!.durationMs).toBeLessThanOrEqual(elapsedMs + 1);
  expectClean(log);
});

test('a registration that meets a throttled table logs the cause with the same requestId and userId, and nothing secret', async () => {
  const real = ddb();
  const fault = faultyDocumentClient(/^TransactWriteItemsCommand$/, FAULTS.throttling);
  const { result, log } = await capture(async () => {
    useDocumentClient(fault.client);
    try {
      return await http.call('POST', '/editions/pik-2023/innovations', { token, body });
    } finally {
      useDocumentClient(real);
    }
  });
  expect(result.status).toBe(503);
  const records = log.records();
  expect(records.map((r) => [r.level, r.message])).toEqual([
    ['WARN', 'dependency unavailable'],
    ['INFO', 'request'],
  ]);
  for (const r of records) expect(r).toMatchObject({ requestId: records[1].requestId, userId: USER });
  expectClean(log);
});

test('each request’s lines carry its own ids: an anonymous request after a participant’s has no userId, a refused one its own', async () => {
  const { log } = await capture(async () => {
    await http.call('GET', '/innovations/00000000-0000-4000-8000-000000000000', { token });
    await http.call('GET', '/editions/pik-2023');
    await http.call('POST', '/editions/pik-2023/innovations', { token, body: validInnovation({ summary: 'x'.repeat(70 * 1024), contact: CONTACT }) });
  });
  const lines = log.records().filter((r) => r.message === 'request');
  expect(lines.map((r) => [r.route, r.status, r.userId])).toEqual([
    ['GET /innovations/{id}', 404, USER],
    ['GET /editions/{editionId}', 200, undefined],
    ['POST /editions/{editionId}/innovations', 413, USER],
  ]);
  expect(new Set(lines.map((r) => r.requestId)).size).toBe(3);
  expectClean(log);
});

test('with POWERTOOLS_LOGGER_LOG_EVENT=true the event (token, body) is still never logged', async () => {
  const saved = { LOG_LEVEL: process.env.LOG_LEVEL, POWERTOOLS_LOGGER_LOG_EVENT: process.env.POWERTOOLS_LOGGER_LOG_EVENT };
  Object.assign(process.env, { LOG_LEVEL: 'INFO', POWERTOOLS_LOGGER_LOG_EVENT: 'true' });
  let handler!: (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;
  try {
    // A fresh copy of the handler and its logger, as a cold Lambda would load them with that variable set.
    jest.isolateModules(() => {
      (require('../../shared/clock') as typeof import('#shared/clock')).useClock(() => stack.now());
      handler = (require('../../functions/register-innovation') as typeof import('#functions/register-innovation')).handler;
    });
  } finally {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  const claims = { sub: USER, token_use: 'id', 'cognito:groups': ['participant'], 'custom:institutionId': 'opd-diskominfo' };
  const event = apiGatewayEvent({
    route: routes.registerInnovation,
    method: 'POST',
    url: new URL('http://127.0.0.1/editions/pik-2023/innovations'),
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    pathParameters: { editionId: 'pik-2023' },
    body: Buffer.from(JSON.stringify(body)),
    claims,
    sourceIp: '127.0.0.1',
    now: stack.now(),
  });
  const { result, log } = await capture(() => handler(event, lambdaContext('register-innovation')));
  expect(result.statusCode).toBe(201);
  expect(log.records().map((r) => r.message)).toEqual(['request']);
  expectClean(log);
});
