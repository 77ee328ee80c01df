/** Section 2 — request cost. Four requests are invoked in this process, straight into their
 * handlers with API Gateway v2 events, against DynamoDB Local and s3rver; each is paired, call by
 * call, with the bare SDK calls its rule needs on the same engines and clients. The edition is
 * played forward with the local stack's clock to put the data in the stage each request needs.
 *
 * Submit succeeds once per innovation, so the run registers a fresh draft (with an uploaded PDF
 * proposal) for every submit it measures — one set for the handler, one for the bare SDK calls —
 * rather than timing a request refused at its last step: a refused transaction costs the engine
 * differently and would leave the success path unmeasured. Score and verification are upserts, so
 * they are measured as repeated updates of the same items by their assigned judge/verifier. */
import { BatchGetCommand, GetCommand, TransactWriteCommand, UpdateCommand, type NativeAttributeValue } from '@aws-sdk/lib-dynamodb';
import { CopyObjectCommand, GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { handler as getInnovation } from '#functions/get-innovation';
import { handler as putAssignments } from '#functions/put-assignments';
import { handler as putScore } from '#functions/put-score';
import { handler as putVerification } from '#functions/put-verification';
import { handler as registerInnovation } from '#functions/register-innovation';
import { handler as requestDocumentUpload } from '#functions/request-document-upload';
import { handler as requestEvidenceUpload } from '#functions/request-evidence-upload';
import { handler as submitInnovation } from '#functions/submit-innovation';
import { startLocalStack, type LocalStack } from '#scripts/local/stack';
import { SAMPLE_INSTITUTIONS } from '#scripts/local/sample-institutions';
import { SAMPLE_JPEG, SAMPLE_PDF, validInnovation } from '#scripts/samples';
import { bucketName, s3 } from '#shared/data/document-store';
import { ddb, tableName } from '#shared/data/dynamo';
import { assignmentsKey, auditPartition, editionKey, evidenceKey, innovationKey, scoreKey, tallyKey, verificationKey } from '#shared/data/keys';
import { SEED_EDITION_ID } from '#shared/domain/seed-edition';
import { toWita } from '#shared/vocabulary/wita';
import { routes } from '#shared/contracts/route-table';
import type { Route } from '#shared/contracts/contract';
import { eventFor, invoke, RoundTrips, type Caller, type LambdaHandler, type RequestOptions } from './lambda-invoke';
import { atMost, log, median, ms, quantile, ratio, type Table } from './support';

export const REQUEST_COST_TARGET = 1.3;

type Item = Record<string, NativeAttributeValue>;

const EDITION = SEED_EDITION_ID;
const INSTITUTION = SAMPLE_INSTITUTIONS.find((i) => i.type === 'OPD')!;
const OWNER: Caller = { sub: 'bench-peserta', groups: ['participant'], institutionId: INSTITUTION.institutionId };
const ADMIN: Caller = { sub: 'bench-admin', groups: ['admin'] };
const JURY = ['bench-juri-1', 'bench-juri-2', 'bench-juri-3'].map((sub): Caller => ({ sub, groups: ['jury'] }));
const VERIFIER: Caller = { sub: 'bench-verifikator', groups: ['verifier'] };

const innovationBody = (n: number) => validInnovation({ title: `Layanan Adminduk Keliling Digital ${n}`, category: INSTITUTION.type, institutionId: INSTITUTION.institutionId });

const criteria = (i: number) => ({ kebaruan: 1 + (i % 5), kemanfaatan: 1 + ((i + 1) % 5), efektivitas: 3, replikasi: 1 + ((i + 2) % 5), keberlanjutan: 4, kelengkapan: 5 });

/** The minimum DynamoDB round trips each request's rule allows, and why. */
export const MINIMUM_ROUND_TRIPS = {
  read: { ddb: 1, why: 'GetItem innovation (the owner check needs the item; nothing else)' },
  submit: { ddb: 3, why: 'GetItem innovation → GetItem edition (edition id only known from the innovation) → TransactWrite innovation + institution tally' },
  score: { ddb: 3, why: 'GetItem innovation → BatchGet edition, assignments, this judge\'s score, verification (edition id from the innovation) → TransactWrite score + audit' },
  verify: { ddb: 3, why: 'GetItem innovation → BatchGet edition, assignments, verification and the named evidence slots (their keys come from the path and body) → TransactWrite verification + audit' },
} as const;

type RequestName = keyof typeof MINIMUM_ROUND_TRIPS;

interface Measured {
  name: RequestName;
  label: string;
  handlerMs: number[];
  bareMs: number[];
  ddbTrips: number[];
  s3Trips: number[];
  bareDdbTrips: number[];
  sequence: string;
  bareSequence: string;
}

export interface RequestCostResult {
  tables: Table[];
  failures: string[];
  measured: Measured[];
}

const expectStatus = (what: string, status: number, body: unknown, ...ok: number[]): void => {
  if (!ok.includes(status)) throw new Error(`${what}: HTTP ${status} ${JSON.stringify(body).slice(0, 500)}`);
};

export const requestCost = async (endpoints: { dynamodb: string; s3: string }, iterations: number): Promise<RequestCostResult> => {
  const stack: LocalStack = await startLocalStack({ endpoints, tableName: 'bench-requests', bucketName: 'bench-requests' });
  try {
    return await measureAll(stack, iterations);
  } finally {
    await stack.stop();
  }
};

const measureAll = async (stack: LocalStack, iterations: number): Promise<RequestCostResult> => {
  const trips = new RoundTrips();
  trips.attach(ddb().middlewareStack, 'DynamoDB');
  trips.attach(s3().middlewareStack, 'S3');
  const table = tableName();
  const bucket = bucketName();
  const call = (handler: LambdaHandler, route: Route, opts: RequestOptions) => invoke(handler, route, eventFor(route, { ...opts, now: stack.now() }));

  // The bare SDK calls the rules need, written once for the three requests that share them.
  const getItem = async (key: Item) => (await ddb().send(new GetCommand({ TableName: table, Key: key, ConsistentRead: true }))).Item!;
  const batchGet = async (keys: Item[]) => (await ddb().send(new BatchGetCommand({ RequestItems: { [table]: { Keys: keys, ConsistentRead: true } } }))).Responses![table]!;
  const readHead = async (key: string) => (await s3().send(new GetObjectCommand({ Bucket: bucket, Key: key, Range: 'bytes=0-15' }))).Body!.transformToByteArray();
  /** What the rule does with each upload (shared/use-cases/freeze-copies.ts): copy it inside the bucket, read the copy's first bytes. */
  const copyAndReadHead = async (key: string) => {
    const copy = `submitted/bench/${randomUUID()}`;
    await s3().send(new CopyObjectCommand({ Bucket: bucket, Key: copy, CopySource: `${bucket}/${key}` }));
    return readHead(copy);
  };
  /** One conditional put of the next version of `existing` with its audit record, as the handlers write them. */
  const putWithAudit = (existing: Item, changes: Item, audit: { subject: string; at: string; who: string; action: string; before: Item; after: Item }) =>
    ddb().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: table,
              Item: { ...existing, ...changes, updatedAt: audit.at, version: existing.version + 1 },
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': existing.version },
            },
          },
          { Put: { TableName: table, Item: { PK: auditPartition(audit.subject), SK: `${audit.at}#${randomUUID()}`, ...audit }, ConditionExpression: 'attribute_not_exists(PK)' } },
        ],
      }),
    );

  /** Times `handler` and `bare` alternately `n` times after `warm` unmeasured rounds. */
  const pairUp = async (m: Measured, n: number, warm: number, handlerRun: (i: number) => Promise<void>, bareRun: (i: number) => Promise<void>) => {
    for (let i = 0; i < n + warm; i++) {
      const order = i % 2 === 0 ? (['handler', 'bare'] as const) : (['bare', 'handler'] as const);
      for (const who of order) {
        trips.reset();
        const t = performance.now();
        await (who === 'handler' ? handlerRun(i) : bareRun(i));
        const took = performance.now() - t;
        if (i < warm) continue;
        if (who === 'handler') {
          m.handlerMs.push(took);
          m.ddbTrips.push(trips.of('DynamoDB'));
          m.s3Trips.push(trips.of('S3'));
          m.sequence = trips.sequence.join(' → ');
        } else {
          m.bareMs.push(took);
          m.bareDdbTrips.push(trips.of('DynamoDB'));
          m.bareSequence = trips.sequence.join(' → ');
        }
      }
    }
  };
  const measured = (name: RequestName, label: string): Measured => ({ name, label, handlerMs: [], bareMs: [], ddbTrips: [], s3Trips: [], bareDdbTrips: [], sequence: '', bareSequence: '' });

  // ——— REGISTRATION: drafts with an uploaded proposal ———
  await stack.setClock(new Date('2023-10-12T09:00:00+08:00'));
  const warm = Math.max(3, Math.round(iterations / 10));
  const submits = Math.max(10, Math.round(iterations / 2));
  log(`requests: registering ${2 * (submits + warm)} drafts with a PDF proposal`);
  // One account registers them all: the edition's cap on entries per account (20) is lifted for it.
  await ddb().send(new UpdateCommand({ TableName: table, Key: editionKey(EDITION), UpdateExpression: 'SET maxInnovationsPerOwner = :n', ExpressionAttributeValues: { ':n': 2 * (submits + warm) } }));
  const drafts: string[] = [];
  for (let n = 0; n < 2 * (submits + warm); n++) {
    const reg = await call(registerInnovation, routes.registerInnovation, { path: { editionId: EDITION }, caller: OWNER, body: innovationBody(n) });
    expectStatus('register', reg.status, reg.body, 201);
    const doc = await call(requestDocumentUpload, routes.requestDocumentUpload, {
      path: { id: reg.body.id },
      caller: OWNER,
      body: { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length },
    });
    expectStatus('document upload', doc.status, doc.body, 201);
    await s3().send(new PutObjectCommand({ Bucket: bucket, Key: doc.body.upload.fields.key, Body: SAMPLE_PDF, ContentType: 'application/pdf' }));
    drafts.push(reg.body.id);
  }

  // ——— read: GET /innovations/{id} by its owner ———
  const read = measured('read', 'GET /innovations/{id} (owner)');
  log(`requests: read × ${iterations}`);
  await pairUp(
    read,
    iterations,
    warm,
    async (i) => {
      const r = await call(getInnovation, routes.getInnovation, { path: { id: drafts[i % drafts.length]! }, caller: OWNER });
      expectStatus('read', r.status, r.body, 200);
    },
    async (i) => {
      await getItem(innovationKey(drafts[i % drafts.length]!));
    },
  );

  // ——— submit: POST /innovations/{id}/submit, each on its own draft ———
  const submit = measured('submit', 'POST /innovations/{id}/submit');
  const forHandler = drafts.slice(0, submits + warm);
  const forBare = drafts.slice(submits + warm);
  log(`requests: submit × ${submits} (+ as many bare)`);
  await pairUp(
    submit,
    submits,
    warm,
    async (i) => {
      const r = await call(submitInnovation, routes.submitInnovation, { path: { id: forHandler[i]! }, caller: OWNER });
      expectStatus('submit', r.status, r.body, 200);
    },
    async (i) => {
      const innovation = await getItem(innovationKey(forBare[i]!));
      if (!(await getItem(editionKey(innovation.editionId)))) throw new Error('no edition');
      const docs = innovation.documents as Item[];
      await Promise.all(docs.map((d) => copyAndReadHead(d.key)));
      const at = toWita(stack.now());
      await ddb().send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: table,
                Item: { ...innovation, documents: docs.map((d) => ({ ...d, status: 'UPLOADED' })), status: 'SUBMITTED', submittedAt: at, updatedAt: at, version: innovation.version + 1 },
                ConditionExpression: 'version = :v',
                ExpressionAttributeValues: { ':v': innovation.version },
              },
            },
            {
              Update: {
                TableName: table,
                Key: tallyKey(innovation.editionId, innovation.institutionId),
                UpdateExpression: 'ADD #c :one',
                ExpressionAttributeNames: { '#c': 'submitted' },
                ExpressionAttributeValues: { ':one': 1 },
              },
            },
          ],
        }),
      );
    },
  );
  const submitted = [...forHandler, ...forBare];

  // ——— SCREENING: the panel; ASSESSMENT: scores ———
  await stack.setClock(new Date('2023-10-15T09:00:00+08:00'));
  const panel = await call(putAssignments, routes.putAssignments, {
    path: { editionId: EDITION },
    caller: ADMIN,
    body: {
      assignments: [...JURY.map((j) => ({ userId: j.sub, role: 'jury', categories: [INSTITUTION.type] })), { userId: VERIFIER.sub, role: 'verifier', categories: [INSTITUTION.type] }],
      conflicts: [],
    },
  });
  expectStatus('assignments', panel.status, panel.body, 200, 201);
  await stack.setClock(new Date('2023-11-02T09:00:00+08:00'));
  const scored = submitted.slice(0, 20);
  for (const [j, judge] of JURY.entries())
    for (const [i, id] of scored.entries()) {
      const r = await call(putScore, routes.putScore, { path: { id, round: 'assessment' }, caller: judge, body: { criteria: criteria(i + j) } });
      expectStatus('score', r.status, r.body, 201);
    }

  const score = measured('score', 'PUT /innovations/{id}/scores/assessment');
  const judge = JURY[0]!;
  log(`requests: score × ${iterations}`);
  await pairUp(
    score,
    iterations,
    warm,
    async (i) => {
      const r = await call(putScore, routes.putScore, { path: { id: scored[i % scored.length]!, round: 'assessment' }, caller: judge, body: { criteria: criteria(i), comment: 'Dampak terukur.' } });
      expectStatus('score', r.status, r.body, 200);
    },
    async (i) => {
      const id = scored[(i + 7) % scored.length]!;
      const innovation = await getItem(innovationKey(id));
      const keys = [editionKey(innovation.editionId), assignmentsKey(innovation.editionId), scoreKey(id, 'assessment', judge.sub), verificationKey(id)];
      const existing = (await batchGet(keys)).find((x) => x.SK === keys[2]!.SK)!;
      const at = toWita(stack.now());
      await putWithAudit(existing, { criteria: criteria(i), comment: 'Dampak terukur.', total: 50 }, { subject: `INNOVATION#${id}`, at, who: judge.sub, action: 'SCORE_ASSESSMENT', before: { criteria: existing.criteria }, after: { criteria: criteria(i) } });
    },
  );

  // ——— NOMINATION (the boundary ranks), FIELD_VERIFICATION: evidence and verifications ———
  await stack.setClock(new Date('2023-11-20T13:00:00+08:00'));
  await stack.setClock(new Date('2023-11-21T09:00:00+08:00'));
  const nominees: { id: string; evidence: string; key: string }[] = [];
  for (const id of scored) {
    const ev = await call(requestEvidenceUpload, routes.requestEvidenceUpload, {
      path: { id },
      caller: VERIFIER,
      body: { kind: 'PHOTO', fileName: 'kunjungan.jpg', contentType: 'image/jpeg', size: SAMPLE_JPEG.length },
    });
    if (ev.status === 409) continue; // not a nominee
    expectStatus('evidence upload', ev.status, ev.body, 201);
    await s3().send(new PutObjectCommand({ Bucket: bucket, Key: ev.body.upload.fields.key, Body: SAMPLE_JPEG, ContentType: 'image/jpeg' }));
    nominees.push({ id, evidence: ev.body.documentId, key: ev.body.upload.fields.key });
  }
  if (nominees.length === 0) throw new Error('the nomination boundary nominated nothing');
  const verification = (i: number) => ({ result: 'VERIFIED', score: 60 + (i % 40), findings: 'Layanan berjalan di 12 desa; bukti foto kunjungan terlampir.', evidence: [nominees[i % nominees.length]!.evidence] });
  for (const [i, n] of nominees.entries()) {
    const r = await call(putVerification, routes.putVerification, { path: { id: n.id }, caller: VERIFIER, body: verification(i) });
    expectStatus('verification', r.status, r.body, 201);
  }

  const verify = measured('verify', 'PUT /innovations/{id}/verification (1 evidence)');
  log(`requests: verify × ${iterations}`);
  await pairUp(
    verify,
    iterations,
    warm,
    async (i) => {
      const r = await call(putVerification, routes.putVerification, { path: { id: nominees[i % nominees.length]!.id }, caller: VERIFIER, body: verification(i) });
      expectStatus('verification', r.status, r.body, 200);
    },
    async (i) => {
      const n = nominees[(i + 1) % nominees.length]!;
      const innovation = await getItem(innovationKey(n.id));
      const keys = [editionKey(innovation.editionId), assignmentsKey(innovation.editionId), verificationKey(n.id), evidenceKey(n.id, n.evidence)];
      const got = await batchGet(keys);
      const existing = got.find((x) => x.SK === keys[2]!.SK)!;
      const { key, ...evidence } = got.find((x) => x.SK === keys[3]!.SK)!;
      await copyAndReadHead(key);
      const at = toWita(stack.now());
      await putWithAudit(existing, { ...verification(i), evidence: [evidence] }, { subject: `INNOVATION#${n.id}`, at, who: VERIFIER.sub, action: 'VERIFICATION_SET', before: { score: existing.score }, after: { score: verification(i).score } });
    },
  );

  return report([submit, score, verify, read], iterations, submits);
};

const mode = (xs: number[]): number => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? Number.NaN;
};

const report = (all: Measured[], iterations: number, submits: number): RequestCostResult => {
  const failures: string[] = [];
  const latency: string[][] = [];
  const trips: string[][] = [];
  for (const m of all) {
    const r = median(m.handlerMs) / median(m.bareMs);
    const v = atMost(r, REQUEST_COST_TARGET);
    if (v === 'FAIL') failures.push(`request ${m.name} ${ratio(r)} > ${REQUEST_COST_TARGET}`);
    latency.push([m.label, String(m.handlerMs.length), ms(median(m.handlerMs)), ms(quantile(m.handlerMs, 0.9)), ms(median(m.bareMs)), ms(quantile(m.bareMs, 0.9)), ratio(r), `≤ ${REQUEST_COST_TARGET}`, v]);
    const min = MINIMUM_ROUND_TRIPS[m.name];
    const worst = Math.max(...m.ddbTrips);
    const tv = worst === min.ddb && mode(m.ddbTrips) === min.ddb ? 'PASS' : 'FAIL';
    if (tv === 'FAIL') failures.push(`round trips ${m.name} ${worst} > ${min.ddb}`);
    trips.push([m.label, String(mode(m.ddbTrips)) + (worst !== mode(m.ddbTrips) ? ` (max ${worst})` : ''), String(mode(m.s3Trips)), m.sequence, `= ${min.ddb}: ${min.why}`, tv]);
  }
  return {
    failures,
    measured: all,
    tables: [
      {
        title: `2a. Request cost — in-process handler vs the bare SDK calls its rule needs (median; ${iterations} calls each, submit ${submits})`,
        note:
          'DynamoDB Local and s3rver on loopback, the same SDK clients for both sides, calls interleaved. Bare = GetItem/BatchGet/CopyObject/GetObject/TransactWrite ' +
          'written directly with the SDK in the rule\'s minimum (verify: the evidence slot read in the BatchGet; submit and verify: each upload copied inside the bucket and the copy\'s first bytes read, as the check of what was uploaded does). Submit: each call on a fresh draft with an uploaded PDF. ' +
          'Logs are produced at INFO as in production and discarded.',
        columns: ['request', 'n', 'handler ms', 'p90', 'bare SDK ms', 'p90', 'ratio', 'target', 'verdict'],
        rows: latency,
      },
      {
        title: '2b. DynamoDB round trips per request (counted by an SDK middleware on the document client)',
        columns: ['request', 'DynamoDB', 'S3', 'handler sends', 'minimum the rule allows', 'verdict'],
        rows: trips,
      },
    ],
  };
};
