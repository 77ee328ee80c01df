/** The embedded local stack: real engines on loopback, the table and bucket provisioned, the seed
 * edition and sample registry loaded, the settable clock, the HTTP API from the route table, and the
 * outbox where notifications land instead of SES. */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { useClock } from '#shared/clock';
import { createEdition, findEdition } from '#shared/data/editions';
import { putInstitutions } from '#shared/data/institutions';
import { SEED_EDITION_ID, seedEdition } from '#shared/domain/seed-edition';
import { toWita } from '#shared/vocabulary/wita';
import { Edition } from '#shared/schemas/edition.schema';
import { buildOpenApi } from '#scripts/openapi';
import { startDynamoDb, startS3, type Engine } from './engines';
import { handler as stageTransition } from '#functions/stage-transition';
import { RECONCILE_EVENT } from '#shared/contracts/stage-transition.contract';
import { createLocalServer, invocation, lambdaContext, type InvocationObserver, type LocalServerDeps } from './http-server';
import { advanceClock, readClock } from './local-clock';
import { ensureBucket, ensureTable } from './provision';
import { SAMPLE_INSTITUTIONS } from './sample-institutions';
import type { TrustedIssuer } from './trusted-issuer';
import { serveWebApp } from './web-app';
import { localOutboxMailer, outboxDelivery, readOutbox } from './outbox';
import type { Mailer } from '#shared/domain/notifications';
import { CONFIG_PATH, type SiteConfig } from '#web/src/site-config';

export interface LocalStackOptions {
  port?: number;
  /** Where engines keep their data; omitted: DynamoDB in memory and a temporary S3 folder. */
  dataDir?: string;
  /** Use engines already running (tests share one pair per run) instead of starting our own. */
  endpoints?: { dynamodb: string; s3: string };
  tableName?: string;
  bucketName?: string;
  secret?: Uint8Array;
  documents?: LocalServerDeps['documents'];
  /** The built web app to serve beside the API (`web/dist`); omitted: the API alone. */
  webDist?: string;
  /** Wraps the local outbox's mailer (tests inject a failing one). */
  mailer?: (outbox: Mailer) => Mailer;
  /** How often a failed delivery is retried besides after each request (ms). */
  deliveryEveryMs?: number;
  /** Headers added to every file of the web app (the Cognito browser test: the site's content security policy). */
  webHeaders?: Record<string, string>;
  /** Also accept this OpenID Connect provider's ID tokens (the Cognito browser test's mock provider). */
  trustedIssuer?: TrustedIssuer;
  /** Told of every function invocation (API routes, boundaries, notification sends) with its duration. */
  observe?: InvocationObserver;
}

export interface LocalStack {
  url: string;
  secret: Uint8Array;
  now(): Date;
  setClock(to: Date): Promise<unknown[]>;
  stop(): Promise<void>;
}

/** The environment the handlers read, as the Lambda functions get it from CDK. */
const useEnvironment = (endpoints: { dynamodb: string; s3: string }, tableName: string, bucketName: string): void => {
  useEngines(endpoints);
  Object.assign(process.env, { TABLE_NAME: tableName, BUCKET_NAME: bucketName });
};

/** Points the SDK clients at the loopback engines (the SDK reads these variables itself). */
export const useEngines = (endpoints: { dynamodb: string; s3: string }): void => {
  Object.assign(process.env, {
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_REGION: process.env.AWS_REGION ?? 'ap-southeast-3',
    // s3rver's fixed credentials; DynamoDB Local (sharedDb) accepts any.
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
  });
  delete process.env.AWS_SESSION_TOKEN;
  delete process.env.AWS_PROFILE;
};

/** Loads the seed edition and the sample registry unless they are there already. */
export const loadSeedData = async (): Promise<void> => {
  if (!(await findEdition(SEED_EDITION_ID))) {
    const at = toWita(new Date());
    await createEdition(Edition.parse({ ...seedEdition, id: SEED_EDITION_ID, createdAt: at, updatedAt: at, version: 1 }));
    await putInstitutions(SAMPLE_INSTITUTIONS);
  }
};

const devSecret = (dataDir: string | undefined): Uint8Array => {
  if (!dataDir) return randomBytes(32);
  const file = join(dataDir, 'dev-jwt-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
};

export const resetDataDir = (dataDir: string): void => rmSync(dataDir, { recursive: true, force: true });

export const startLocalStack = async (opts: LocalStackOptions = {}): Promise<LocalStack> => {
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const engines: Engine[] = [];
  let endpoints = opts.endpoints;
  if (!endpoints) {
    const s3Dir = opts.dataDir ? join(opts.dataDir, 's3') : join(process.env.TMPDIR ?? '/tmp', `pik-s3-${process.pid}`);
    const [dynamo, s3] = await Promise.all([startDynamoDb({ dataDir: opts.dataDir && join(opts.dataDir, 'dynamodb') }), startS3({ dataDir: s3Dir })]);
    engines.push(dynamo, s3);
    endpoints = { dynamodb: dynamo.endpoint, s3: s3.endpoint };
  }
  const tableName = opts.tableName ?? 'kukar-innovation-week';
  const bucketName = opts.bucketName ?? 'kukar-innovation-week-documents';
  useEnvironment(endpoints, tableName, bucketName);
  await Promise.all([ensureTable(tableName), ensureBucket(bucketName)]);
  await loadSeedData();

  let current = await readClock();
  useClock(() => current);
  const setClock = async (to: Date): Promise<unknown[]> => {
    await advanceClock(current, to);
    current = to;
    // The local scheduler: every boundary the clock has passed fires now, through the same function
    // EventBridge Scheduler invokes in AWS (its reconciler mode: every due boundary of every edition).
    const { runs } = await invocation(opts.observe, 'stage-transition', () => stageTransition(RECONCILE_EVENT, lambdaContext('stage-transition')));
    return runs;
  };
  const secret = opts.secret ?? devSecret(opts.dataDir);
  let openApi: unknown;
  // The web app's settings: the local development sign-in on the same origin (tests may serve others).
  const localSite: SiteConfig = { signIn: 'local' };
  const documents = { '/openapi.json': () => (openApi ??= buildOpenApi()), [CONFIG_PATH]: () => localSite, ...opts.documents };
  const { webDist, webHeaders } = opts;
  const webApp = webDist ? (...[req, res, pathname]: Parameters<typeof serveWebApp>) => serveWebApp(req, res, pathname, webDist, webHeaders) : undefined;
  const outbox = localOutboxMailer(() => current);
  const delivery = outboxDelivery(opts.mailer?.(outbox) ?? outbox, () => current, opts.observe);
  const retries = setInterval(() => void delivery.retry(), opts.deliveryEveryMs ?? 5000);
  retries.unref();
  const server: Server = createLocalServer({ secret, now: () => current, setClock, documents, webApp, deliver: delivery.run, outbox: readOutbox, trustedIssuer: opts.trustedIssuer, observe: opts.observe });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    secret,
    now: () => current,
    setClock,
    stop: async () => {
      clearInterval(retries);
      server.closeAllConnections();
      await delivery.run();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(engines.map((e) => e.stop()));
    },
  };
};
