/** A local stack per test file on the run's shared engines, with its own table and bucket, and a
 * small client for its HTTP API. */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { ddb, tableName } from '#shared/data/dynamo';
import { startLocalStack, type LocalStack, type LocalStackOptions } from '#scripts/local/stack';

export const engineEndpoints = () => {
  const dynamodb = process.env.TEST_DYNAMODB_ENDPOINT;
  const s3 = process.env.TEST_S3_ENDPOINT;
  if (!dynamodb || !s3) throw new Error('test engines are not running (jest globalSetup)');
  return { dynamodb, s3 };
};

export const startTestStack = (opts: Partial<LocalStackOptions> = {}): Promise<LocalStack> =>
  startLocalStack({ endpoints: engineEndpoints(), tableName: `t-${randomUUID()}`, bucketName: `b-${randomUUID()}`, ...opts });

export type Http = ReturnType<typeof api>;

/** Starts this file's stack before its tests and stops it after; read `ctx.http` inside tests. */
export const useStack = (): { stack: LocalStack; http: Http } => {
  const ctx = {} as { stack: LocalStack; http: Http };
  beforeAll(async () => {
    ctx.stack = await startTestStack();
    ctx.http = api(ctx.stack);
  });
  afterAll(() => ctx.stack?.stop());
  return ctx;
};

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A client of the stack's API. It asks for English messages unless told otherwise (`acceptLanguage`:
 * another header value, or null to send none), so tests can read what they assert; a call's own
 * `headers` win over it. */
export const api = (stack: LocalStack, { acceptLanguage = 'en' }: { acceptLanguage?: string | null } = {}) => {
  const call = async <T = any>(method: string, path: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<Answer<T>> => {
    const res = await fetch(stack.url + path, {
      method,
      headers: {
        ...(acceptLanguage !== null ? { 'accept-language': acceptLanguage } : {}),
        ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...opts.headers,
      },
      body: opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body),
    });
    const text = await res.text();
    let body: any = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, body, headers: res.headers };
  };
  const token = async (sub: string, groups: string[], institutionId?: string): Promise<string> =>
    (await call<{ token: string }>('POST', '/_local/token', { body: { sub, groups, ...(institutionId ? { institutionId } : {}) } })).body.token;
  const setClock = async (now: string) => call('POST', '/_local/clock', { body: { now } });
  return { call, token, setClock };
};

/** Every item of the file's table, sorted: tests compare it before and after a refused request. */
export const tableSnapshot = async (): Promise<string> => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await ddb().send(new ScanCommand({ TableName: tableName(), ExclusiveStartKey: start }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return JSON.stringify(items.map((i) => JSON.stringify(i, Object.keys(i).sort())).sort());
};

export { SAMPLE_JPEG, SAMPLE_PDF, uploadWithPresignedPost, validInnovation } from '#scripts/samples';
