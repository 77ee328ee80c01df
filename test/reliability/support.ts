/** Shared tools of the reliability suite: raw HTTP (no URL normalisation), forged tokens, clients
 * that fail on purpose, and a capture of the structured log. */
import { DynamoDBClient, ProvisionedThroughputExceededException, ThrottlingException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SignJWT } from 'jose';
import { request } from 'node:http';
import { LOCAL_AUDIENCE, LOCAL_ISSUER } from '#scripts/local/dev-tokens';
import type { LocalStack } from '#scripts/local/stack';
import { logger } from '#shared/logger';
import type { Answer } from '#test/support/stack';

/** An HTTP request sent byte for byte as given: `fetch` would resolve `%2e%2e` and `..` in the path. */
export const rawRequest = (stack: LocalStack, method: string, path: string, opts: { headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(stack.url);
    const req = request({ host: hostname, port, method, path, headers: { ...opts.headers, ...(opts.body !== undefined ? { 'content-length': String(Buffer.byteLength(opts.body)) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = text ? JSON.parse(text) : undefined;
        } catch {
          // not JSON: keep the text
        }
        resolve({ status: res.statusCode ?? 0, body, headers: new Headers(Object.entries(res.headers).map(([k, v]) => [k, String(v)])) });
      });
    });
    req.on('error', reject);
    req.end(opts.body);
  });

/** A token with the claims of a local development token, signed and shaped as the test chooses. */
export const craftToken = (key: Uint8Array, claims: Record<string, unknown> = {}, opts: { alg?: 'HS256' | 'HS512'; issuer?: string; expires?: string | number; sub?: string } = {}) =>
  new SignJWT({ 'cognito:groups': ['participant'], token_use: 'id', ...claims })
    .setProtectedHeader({ alg: opts.alg ?? 'HS256', typ: 'JWT' })
    .setSubject(opts.sub ?? 'peserta-palsu')
    .setIssuer(opts.issuer ?? LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(opts.expires ?? '1h')
    .sign(key);

/** An unsigned token (`alg: none`) claiming to be the secretariat. */
export const unsignedToken = (): string => {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'brida-admin', 'cognito:groups': ['admin'], iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, exp: 4102444800 })}.`;
};

// ---------------------------------------------------------------------------------------------
// Faults

/** The errors an AWS SDK client raises when a service is throttled, overloaded or slow, shaped as
 * the SDK shapes them (service exceptions with metadata; the HTTP handler's TimeoutError). */
export const FAULTS = {
  provisionedThroughput: () =>
    new ProvisionedThroughputExceededException({ message: 'The level of configured provisioned throughput for the table was exceeded.', $metadata: { httpStatusCode: 400 } }),
  throttling: () => new ThrottlingException({ message: 'Rate of requests exceeds the allowed throughput.', $metadata: { httpStatusCode: 400 } }),
  timeout: () => Object.assign(new Error('Connection timed out after 1000 ms'), { name: 'TimeoutError' }),
  /** A transaction DynamoDB cancelled because the table was throttled (nothing was written). */
  transactionThrottled: () =>
    new TransactionCanceledException({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [ThrottlingError, None]',
      $metadata: { httpStatusCode: 400 },
      CancellationReasons: [{ Code: 'ThrottlingError', Message: 'Throughput exceeds the current capacity of your table or index.' }, { Code: 'None' }],
    }),
  /** Another transaction held one of the items. */
  transactionConflict: () =>
    new TransactionCanceledException({
      message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [None, TransactionConflict]',
      $metadata: { httpStatusCode: 400 },
      CancellationReasons: [{ Code: 'None' }, { Code: 'TransactionConflict', Message: 'Transaction is ongoing for the item' }],
    }),
  slowDown: () => new S3ServiceException({ name: 'SlowDown', $fault: 'server', message: 'Please reduce your request rate.', $metadata: { httpStatusCode: 503 } }),
  s3InternalError: () => new S3ServiceException({ name: 'InternalError', $fault: 'server', message: 'We encountered an internal error. Please try again.', $metadata: { httpStatusCode: 500 } }),
} as const;

export interface FaultPlan {
  /** Which commands fail (by SDK command name, e.g. `TransactWriteItemsCommand`, `GetObjectCommand`)… */
  commands: RegExp;
  /** …with which error. */
  error: () => Error;
  /** How many calls of those commands were failed. */
  failed: number;
}

/** Puts a failure in the client's own middleware stack, inside the retry loop (the `deserialize`
 * step, where a service's answer would be read): with `maxAttempts: 1` the SDK does not retry, so a
 * test sees the error at once, and the commands not selected reach the real engine. */
type Next = (args: unknown) => Promise<unknown>;
interface WithMiddleware {
  middlewareStack: { add(middleware: (next: Next, context: { commandName?: string }) => Next, options: Record<string, unknown>): void };
}

const injectFault = (client: WithMiddleware, plan: FaultPlan): void => {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (plan.commands.test(String(context.commandName))) {
        plan.failed++;
        throw plan.error();
      }
      return next(args);
    },
    { step: 'deserialize', name: 'faultInjection', priority: 'low' },
  );
};

export const faultyDocumentClient = (commands: RegExp, error: () => Error): { client: DynamoDBDocumentClient; plan: FaultPlan } => {
  const plan: FaultPlan = { commands, error, failed: 0 };
  const base = new DynamoDBClient({ maxAttempts: 1 });
  injectFault(base as unknown as WithMiddleware, plan);
  return { client: DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } }), plan };
};

export const faultyS3Client = (commands: RegExp, error: () => Error): { client: S3Client; plan: FaultPlan } => {
  const plan: FaultPlan = { commands, error, failed: 0 };
  const client = new S3Client({ forcePathStyle: true, maxAttempts: 1, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
  injectFault(client as unknown as WithMiddleware, plan);
  return { client, plan };
};

// ---------------------------------------------------------------------------------------------
// The log

export interface LogCapture {
  /** Every line written to stdout and stderr meanwhile. */
  lines(): string[];
  /** The lines that are JSON, parsed. */
  records(): Record<string, unknown>[];
  stop(): void;
}

/** Turns the handlers' logger on (it is silent under jest) and captures what it writes: the Powertools
 * logger prints JSON lines through a Console bound to process.stdout and process.stderr. */
export const captureLog = (level: 'INFO' | 'WARN' | 'DEBUG' = 'INFO'): LogCapture => {
  const captured: string[] = [];
  const spies = [process.stdout, process.stderr].map((stream) =>
    jest.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array) => {
      captured.push(...String(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')).split('\n').filter(Boolean));
      return true;
    }) as typeof stream.write),
  );
  logger.setLogLevel(level);
  // Powertools puts the level back to the one it started with at every warm invocation (its debug
  // sampling); keep the level chosen here for as long as the capture lasts.
  const keepLevel = jest.spyOn(logger, 'refreshSampleRateCalculation').mockImplementation(() => undefined);
  return {
    lines: () => [...captured],
    records: () =>
      captured.flatMap((l) => {
        try {
          return [JSON.parse(l) as Record<string, unknown>];
        } catch {
          return [];
        }
      }),
    stop: () => {
      keepLevel.mockRestore();
      logger.setLogLevel('SILENT');
      for (const s of spies) s.mockRestore();
    },
  };
};
