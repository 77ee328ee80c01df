/** What an edition costs in AWS: a whole edition played through the local stack's HTTP API (1,000
 * entries in 14 categories, 5 judges per category reading and scoring every entry of theirs, field
 * verification and presentation of the nominees, the announcement, and the public looking at the
 * home page and the results), with every function invocation counted and timed, DynamoDB's consumed
 * units (DynamoDB Local answers `ReturnConsumedCapacity`), S3 requests and stored bytes, scheduler
 * invocations, API requests, the handlers' log bytes and the e-mails sent — priced with bench/prices.
 *
 * The handlers run in this process, so the SDK clients' `send` is wrapped here: it asks every data
 * command for its consumed capacity and counts S3 commands by kind. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FUNCTION_ARCHITECTURE } from '#infra/function-sizing';
import { RECONCILE_EVERY_MINUTES, RECONCILE_EVENT } from '#shared/contracts/stage-transition.contract';
import { FUNCTIONS } from '#shared/contracts/route-table';
import { SEED_EDITION_ID, seedEdition } from '#shared/domain/seed-edition';
import { signDevToken } from '#scripts/local/dev-tokens';
import { lambdaContext } from '#scripts/local/http-server';
import { SAMPLE_INSTITUTIONS } from '#scripts/local/sample-institutions';
import { startLocalStack } from '#scripts/local/stack';
import { SAMPLE_JPEG, SAMPLE_PDF, uploadWithPresignedPost, validInnovation } from '#scripts/samples';
import { PRICES, type PriceId } from './prices';
import { atMost, log, onExit, type Table } from './support';

const EDITION = SEED_EDITION_ID;
const JUDGES_PER_CATEGORY = 5;
/** The months the edition runs (registration in October to the announcement in December): the
 * reconciler's schedule and the always-on server are counted over them. */
const EDITION_MONTHS = 3;
const HOURS_PER_MONTH = 730;
/** Lambda adds START, END and REPORT lines to every invocation's log (about 300 bytes together, our
 * estimate; the handlers' own lines are measured). */
const PLATFORM_LOG_BYTES = 300;
/** The always-on server's disk. */
const SERVER_DISK_GB = 20;
/** Requests in flight at once, like a few dozen people using it at the same time. */
const CONCURRENCY = 4;
const TARGET_USD = 1;

const READ_COMMANDS = new Set(['GetItemCommand', 'QueryCommand', 'ScanCommand', 'BatchGetItemCommand', 'TransactGetItemsCommand', 'GetCommand', 'BatchGetCommand', 'TransactGetCommand']);
const WRITE_COMMANDS = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand', 'BatchWriteItemCommand', 'TransactWriteItemsCommand', 'PutCommand', 'UpdateCommand', 'DeleteCommand', 'BatchWriteCommand', 'TransactWriteCommand']);
/** S3's cheaper request class; DELETE is free; everything else is billed as a PUT. */
const S3_GET_CLASS = new Set(['GetObjectCommand', 'HeadObjectCommand']);
const S3_FREE = new Set(['DeleteObjectCommand', 'DeleteObjectsCommand']);

interface Usage {
  invocations: Map<string, { count: number; ms: number }>;
  readUnits: number;
  writeUnits: number;
  s3Put: number;
  s3Get: number;
  logBytes: number;
  emails: number;
}

type Send = (command: { constructor: { name: string }; input: Record<string, unknown> }, ...rest: unknown[]) => Promise<any>;

/** Wraps `send` of the DynamoDB clients (the document client's too: it does not go through the
 * plain client's) and of S3, for the duration of the section. */
const meterClients = (usage: Usage): (() => void) => {
  const restores: (() => void)[] = [];
  const wrap = (proto: { send: Send }, around: (name: string, input: Record<string, unknown>, send: () => Promise<any>) => Promise<any>) => {
    const own = Object.getOwnPropertyDescriptor(proto, 'send');
    const inherited = proto.send;
    proto.send = function (this: unknown, command, ...rest) {
      return around(command.constructor.name, command.input, () => inherited.call(this, command, ...rest));
    };
    restores.push(() => (own ? Object.defineProperty(proto, 'send', own) : delete (proto as Partial<typeof proto>).send));
  };
  const dynamo = async (name: string, input: Record<string, unknown>, send: () => Promise<any>) => {
    const read = READ_COMMANDS.has(name);
    if (!read && !WRITE_COMMANDS.has(name)) return send();
    input.ReturnConsumedCapacity = 'TOTAL';
    const out = await send();
    const consumed = [out?.ConsumedCapacity ?? []].flat() as { CapacityUnits?: number }[];
    const units = consumed.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
    if (read) usage.readUnits += units;
    else usage.writeUnits += units;
    return out;
  };
  wrap(DynamoDBClient.prototype as unknown as { send: Send }, dynamo);
  wrap(DynamoDBDocumentClient.prototype as unknown as { send: Send }, dynamo);
  wrap(S3Client.prototype as unknown as { send: Send }, (name, _input, send) => {
    if (S3_GET_CLASS.has(name)) usage.s3Get++;
    else if (!S3_FREE.has(name)) usage.s3Put++;
    return send();
  });
  return () => restores.forEach((r) => r());
};

/** Counts what the handlers write to stdout (their log lines: CloudWatch Logs in AWS). */
const meterStdout = (usage: Usage): (() => void) => {
  const inner = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    usage.logBytes += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length;
    return (inner as (...a: unknown[]) => boolean).call(process.stdout, chunk, ...rest);
  }) as typeof process.stdout.write;
  return () => {
    process.stdout.write = inner;
  };
};

/** Runs `work` over `items`, `CONCURRENCY` at a time. */
const pool = async <T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<void> => {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) await work(items[next++]!);
  }));
};

/** Plays the edition; answers how many public views and presigned uploads it made. */
const playEdition = async (stack: { url: string; secret: Uint8Array }, entries: number, publicViews: number, usage: Usage) => {
  const token = (sub: string, groups: string[], institutionId?: string) => signDevToken(stack.secret, { sub, groups: groups as never, ...(institutionId ? { institutionId } : {}) });
  const call = async (method: string, path: string, bearer?: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(stack.url + path, {
      method,
      headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json().catch(() => undefined)) as any;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json?.error ?? json)}`);
    return json;
  };
  const clock = async (now: string) => call('POST', '/_local/clock', undefined, { now });
  const upload = async (doc: { upload: { url: string; fields: Record<string, string> } }, bytes: Buffer, type: string) => {
    const res = await uploadWithPresignedPost(doc.upload, bytes, type);
    if (!res.ok) throw new Error(`upload → ${res.status}`);
    usage.s3Put++;
  };

  const admin = await token('sekretariat-brida', ['admin']);
  const categories = seedEdition.categories.map((c) => (typeof c === 'string' ? c : (c as { code: string }).code));
  const institutionOf = new Map(SAMPLE_INSTITUTIONS.map((i) => [i.type as string, i.institutionId]));
  const judges = categories.flatMap((category) => Array.from({ length: JUDGES_PER_CATEGORY }, (_, j) => ({ id: `juri-${category.toLowerCase()}-${j + 1}`, category })));
  const verifiers = categories.map((category) => ({ id: `verifikator-${category.toLowerCase()}`, category }));
  const judgeTokens = new Map(await Promise.all(judges.map(async (j) => [j.id, await token(j.id, ['jury'])] as const)));
  const verifierTokens = new Map(await Promise.all(verifiers.map(async (v) => [v.category, await token(v.id, ['verifier'])] as const)));

  log(`cost: registration — ${entries} entries in ${categories.length} categories`);
  await clock('2023-10-11T08:00:00+08:00');
  const registered: { id: string; category: string; documentId: string; quality: number }[] = [];
  await pool(Array.from({ length: entries }, (_, i) => i), async (i) => {
    const category = categories[i % categories.length]!;
    const institutionId = institutionOf.get(category);
    // One account per entry (an account may enter 20 at most); an institution's staff share its id.
    const who = await token(`peserta-${i}`, ['participant'], institutionId);
    const created = await call('POST', `/editions/${EDITION}/innovations`, who, validInnovation({
      title: `Inovasi ${category} ${i}: ${['layanan', 'data', 'desa', 'sekolah', 'kesehatan'][i % 5]} ${Math.floor(i / 5)}`,
      category,
      institutionId,
      ...(institutionId ? {} : { affiliation: `Komunitas ${i}` }),
    }));
    const doc = await call('POST', `/innovations/${created.id}/documents`, who, { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length });
    await upload(doc, SAMPLE_PDF, 'application/pdf');
    await call('POST', `/innovations/${created.id}/submit`, who);
    await call('GET', `/innovations/${created.id}`, who);
    registered.push({ id: created.id, category, documentId: doc.documentId, quality: (i * 7919) % 100 });
  });

  log('cost: screening and the panel');
  await clock('2023-10-16T09:00:00+08:00');
  await call('GET', `/editions/${EDITION}/innovations?flag=ANY&limit=100`, admin);
  await call('PUT', `/editions/${EDITION}/assignments`, admin, {
    assignments: [...judges.map((j) => ({ userId: j.id, role: 'jury', categories: [j.category] })), ...verifiers.map((v) => ({ userId: v.id, role: 'verifier', categories: [v.category] }))],
    conflicts: [],
  });

  log(`cost: assessment — ${JUDGES_PER_CATEGORY} judges read and score each entry`);
  await clock('2023-11-02T09:00:00+08:00');
  const criteria = (round: 'assessment' | 'presentation', quality: number, judge: number) =>
    Object.fromEntries(seedEdition.rubric[round].map((c) => [c.key, Math.min(5, Math.max(1, 1 + Math.round(((quality + judge * 13) % 100) / 25)))]));
  const judgings = registered.flatMap((e) => judges.filter((j) => j.category === e.category).map((j, n) => ({ e, j, n })));
  // Each judge opens the list of the entries assigned to them.
  await pool(judges, (j) => call('GET', `/editions/${EDITION}/innovations?category=${j.category}&limit=100`, judgeTokens.get(j.id)));
  await pool(judgings, async ({ e, j, n }) => {
    const t = judgeTokens.get(j.id);
    await call('GET', `/innovations/${e.id}`, t);
    await call('GET', `/innovations/${e.id}/documents/${e.documentId}`, t, undefined, { accept: 'application/json' });
    await call('PUT', `/innovations/${e.id}/scores/assessment`, t, { criteria: criteria('assessment', e.quality, n) });
  });

  log('cost: nomination, field verification');
  await clock('2023-11-20T12:00:00+08:00');
  const nomination = await call('GET', `/editions/${EDITION}/rankings/nomination`, admin);
  const nominees = Object.entries(nomination.categories as Record<string, { innovationId: string; nominated: boolean }[]>).flatMap(([category, rows]) =>
    rows.filter((r) => r.nominated).map((r) => ({ id: r.innovationId, category, quality: registered.find((x) => x.id === r.innovationId)!.quality })));
  await clock('2023-11-21T08:00:00+08:00');
  await pool(nominees, async (n) => {
    const t = verifierTokens.get(n.category);
    const evidence = await call('POST', `/innovations/${n.id}/verification/evidence`, t, { kind: 'PHOTO', fileName: 'lokasi.jpg', contentType: 'image/jpeg', size: SAMPLE_JPEG.length });
    await upload(evidence, SAMPLE_JPEG, 'image/jpeg');
    await call('PUT', `/innovations/${n.id}/verification`, t, { result: 'VERIFIED', score: 60 + (n.quality % 40), findings: 'Klaim sesuai dengan kondisi di lapangan.', evidence: [evidence.documentId] });
  });

  log(`cost: presentation of ${nominees.length} nominees`);
  await clock('2023-11-28T09:00:00+08:00');
  await pool(nominees.flatMap((n) => judges.filter((j) => j.category === n.category).map((j, k) => ({ n, j, k }))), ({ n, j, k }) =>
    call('PUT', `/innovations/${n.id}/scores/presentation`, judgeTokens.get(j.id), { criteria: criteria('presentation', n.quality, k) }));

  log(`cost: final ranking, announcement, ${publicViews} public views`);
  await clock('2023-12-09T09:00:00+08:00');
  await call('GET', `/editions/${EDITION}/rankings/final`, admin);
  await call('POST', `/editions/${EDITION}/announcement`, admin);
  // A view of the home page after the announcement reads the edition and its results.
  await pool(Array.from({ length: publicViews }, (_, i) => i), async () => {
    await call('GET', `/editions/${EDITION}`);
    await call('GET', `/editions/${EDITION}/results`);
  });
  return { nominees: nominees.length };
};

const usd = (x: number): string => (x >= 0.1 ? `$${x.toFixed(2)}` : `$${x.toFixed(4)}`);
const count = (x: number): string => Math.round(x).toLocaleString('en-US');
/** A unit price readably: tiny ones per million units. */
const unitPrice = (id: PriceId): string => {
  const { usd: p, unit } = PRICES[id];
  return p < 0.001 ? `$${+(p * 1e6).toPrecision(6)} per million × ${unit}` : `$${p} per ${unit}`;
};

/** `s3Dir`: the folder s3rver keeps its buckets in. */
export const editionCost = async (endpoints: { dynamodb: string; s3: string }, s3Dir: string, entries: number, publicViews: number): Promise<{ tables: Table[]; failures: string[] }> => {
  const usage: Usage = { invocations: new Map(), readUnits: 0, writeUnits: 0, s3Put: 0, s3Get: 0, logBytes: 0, emails: 0 };
  const observe = (fn: string, ms: number) => {
    const i = usage.invocations.get(fn) ?? { count: 0, ms: 0 };
    usage.invocations.set(fn, { count: i.count + 1, ms: i.ms + ms });
  };
  const stack = await startLocalStack({
    endpoints,
    tableName: 'bench-cost',
    bucketName: 'bench-cost',
    observe,
    mailer: (outbox) => ({ send: async (mail) => (usage.emails++, outbox.send(mail)) }),
  });
  onExit(() => stack.stop());
  const unmeter = [meterClients(usage), meterStdout(usage)];
  const started = Date.now();
  let played: { nominees: number };
  let idleReconcile: { ms: number; readUnits: number };
  try {
    played = await playEdition(stack, entries, publicViews, usage);
    // The reconciler runs every few minutes all edition long, nearly always with nothing due: one such
    // run, measured, stands for the others.
    const before = usage.readUnits;
    const { handler } = await import('#functions/stage-transition');
    const t0 = performance.now();
    await handler(RECONCILE_EVENT, lambdaContext('stage-transition'));
    idleReconcile = { ms: performance.now() - t0, readUnits: usage.readUnits - before };
  } finally {
    unmeter.forEach((u) => u());
  }
  const minutes = (Date.now() - started) / 60_000;

  // Read from s3rver's folder: a listing of over 1,000 objects needs OpenSSL's legacy provider there.
  const storedBytes = readdirSync(join(s3Dir, 'bench-cost'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('._S3rver_object'))
    .reduce((sum, f) => sum + statSync(join(s3Dir, 'bench-cost', f)).size, 0);

  const price = (id: PriceId, quantity: number) => quantity * PRICES[id].usd;
  const memoryOf = new Map(FUNCTIONS.map((f) => [f.handler, f.sizing.memoryMb]));
  const reconcilerRuns = Math.round((EDITION_MONTHS * HOURS_PER_MONTH * 60) / RECONCILE_EVERY_MINUTES);
  const fns = [...usage.invocations.entries()].sort(([a], [b]) => a.localeCompare(b));
  const gbSeconds = (fn: string, ms: number) => ((memoryOf.get(fn) ?? NaN) / 1024) * (ms / 1000);
  const invocations = fns.reduce((n, [, i]) => n + i.count, 0) + reconcilerRuns;
  const computeGbS = fns.reduce((s, [fn, i]) => s + gbSeconds(fn, i.ms), 0) + reconcilerRuns * gbSeconds('stage-transition', idleReconcile.ms);
  const apiRequests = fns.filter(([fn]) => fn !== 'stage-transition' && fn !== 'send-notifications').reduce((n, [, i]) => n + i.count, 0);
  const logBytes = usage.logBytes + invocations * PLATFORM_LOG_BYTES;
  const readUnits = usage.readUnits + reconcilerRuns * idleReconcile.readUnits;
  const schedulerRuns = reconcilerRuns + (usage.invocations.get('stage-transition')?.count ?? 0);

  const items: { item: string; quantity: string; price: PriceId; cost: number; group: 'run' | 'stored' }[] = [
    { item: 'Lambda requests', quantity: count(invocations), price: 'lambdaRequest', cost: price('lambdaRequest', invocations), group: 'run' },
    { item: `Lambda compute (${FUNCTION_ARCHITECTURE})`, quantity: `${computeGbS.toFixed(0)} GB-s`, price: 'lambdaArmGbSecond', cost: price('lambdaArmGbSecond', computeGbS), group: 'run' },
    { item: 'API Gateway (HTTP API) requests', quantity: count(apiRequests), price: 'httpApiRequest', cost: price('httpApiRequest', apiRequests), group: 'run' },
    { item: 'DynamoDB read units', quantity: count(readUnits), price: 'dynamoReadUnit', cost: price('dynamoReadUnit', readUnits), group: 'run' },
    { item: 'DynamoDB write units', quantity: count(usage.writeUnits), price: 'dynamoWriteUnit', cost: price('dynamoWriteUnit', usage.writeUnits), group: 'run' },
    { item: 'S3 PUT/POST/COPY/LIST requests', quantity: count(usage.s3Put), price: 's3PutRequest', cost: price('s3PutRequest', usage.s3Put), group: 'run' },
    { item: 'S3 GET/HEAD requests', quantity: count(usage.s3Get), price: 's3GetRequest', cost: price('s3GetRequest', usage.s3Get), group: 'run' },
    { item: 'EventBridge Scheduler invocations', quantity: count(schedulerRuns), price: 'schedulerInvocation', cost: price('schedulerInvocation', schedulerRuns), group: 'run' },
    { item: 'CloudWatch Logs ingested', quantity: `${(logBytes / 1e6).toFixed(1)} MB`, price: 'logsIngestedGb', cost: price('logsIngestedGb', logBytes / 1e9), group: 'run' },
    { item: 'SES e-mails', quantity: count(usage.emails), price: 'sesEmail', cost: price('sesEmail', usage.emails), group: 'run' },
    { item: `S3 storage of the stored bytes, ${EDITION_MONTHS} months`, quantity: `${(storedBytes / 1e6).toFixed(2)} MB`, price: 's3StandardGbMonth', cost: price('s3StandardGbMonth', (storedBytes / 1e9) * EDITION_MONTHS), group: 'stored' },
    { item: `CloudWatch Logs kept, ${EDITION_MONTHS} months`, quantity: `${(logBytes / 1e6).toFixed(1)} MB`, price: 'logsStoredGbMonth', cost: price('logsStoredGbMonth', (logBytes / 1e9) * EDITION_MONTHS), group: 'stored' },
  ];
  const runTotal = items.filter((i) => i.group === 'run').reduce((s, i) => s + i.cost, 0);
  const serverHours = EDITION_MONTHS * HOURS_PER_MONTH;
  const server = price('ec2T3SmallHour', serverHours) + price('ebsGp3GbMonth', SERVER_DISK_GB * EDITION_MONTHS);
  const biggest = [...items].sort((a, b) => b.cost - a.cost).slice(0, 3);
  const verdict = atMost(runTotal, TARGET_USD);

  const perFunction: Table = {
    title: `6a. Edition cost: invocations per function (${count(entries)} entries, ${count(publicViews)} public views, played in ${minutes.toFixed(1)} min)`,
    note: `Every handler invocation through the local stack, with its duration measured in-process on this machine (Node ${process.version}, x86; the functions run ${FUNCTION_ARCHITECTURE} Node 24 in AWS); memory from each function's contract (shared/contracts). stage-transition also runs as the reconciler every ${RECONCILE_EVERY_MINUTES} minutes for ${EDITION_MONTHS} months (${count(reconcilerRuns)} runs of ${idleReconcile.ms.toFixed(0)} ms, ${idleReconcile.readUnits} read units each, measured once with nothing due).`,
    columns: ['function', 'memory', 'invocations', 'mean ms', 'GB-s'],
    rows: [
      ...fns.map(([fn, i]) => [fn, `${memoryOf.get(fn)} MB`, count(i.count), (i.ms / i.count).toFixed(1), gbSeconds(fn, i.ms).toFixed(1)]),
      ['stage-transition (reconciler, idle)', `${memoryOf.get('stage-transition')} MB`, count(reconcilerRuns), idleReconcile.ms.toFixed(1), (reconcilerRuns * gbSeconds('stage-transition', idleReconcile.ms)).toFixed(1)],
    ],
  };
  const cost: Table = {
    title: '6b. Edition cost: what it costs in AWS, beside an always-on server',
    note: `Prices from bench/prices.ts, each with its source and the date it was read; every one is the US East list price (no Jakarta figure was found in the stored pages), free tiers left out. ${played.nominees} nominees verified and presented. Log bytes = the handlers' own lines (measured) + ${PLATFORM_LOG_BYTES} bytes of Lambda's START/END/REPORT lines per invocation (estimate). DynamoDB units include the local stack's own clock and outbox items (a few). Storage is what this run uploaded (sample files of a few hundred bytes): docs/deploy.md estimates real documents. Target: compute, requests and logs ≤ US$${TARGET_USD}. Biggest three items: ${biggest.map((b) => `${b.item} ${usd(b.cost)}`).join('; ')}.`,
    columns: ['item', 'quantity', 'unit price', 'region of price', 'cost (US$)', 'target', 'verdict'],
    rows: [
      ...items.map((i) => [i.item, i.quantity, unitPrice(i.price), PRICES[i.price].region, usd(i.cost), '', '']),
      ['compute, requests and logs (edition)', '', '', '', usd(runTotal), `≤ $${TARGET_USD}`, verdict],
      [`always-on t3.small + ${SERVER_DISK_GB} GB gp3, ${EDITION_MONTHS} months`, `${count(serverHours)} h`, `${unitPrice('ec2T3SmallHour')}; ${unitPrice('ebsGp3GbMonth')}`, PRICES.ec2T3SmallHour.region, usd(server), 'information', 'INFO'],
    ],
  };
  log(`cost: edition ${usd(runTotal)} (${verdict}) vs always-on server ${usd(server)}`);
  return { tables: [perFunction, cost], failures: verdict === 'FAIL' ? [`edition cost ${usd(runTotal)} > $${TARGET_USD}`] : [] };
};
