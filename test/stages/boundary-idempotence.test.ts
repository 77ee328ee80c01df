/** Issue 5: boundary work is idempotent and its order does not matter. The same edition, played to
 * just after the NOMINATION boundary with no boundary run yet, ends in the same stored state whether
 * its boundaries are fired in order (and again, twice), fired out of order (NOMINATION first, which
 * must run the earlier undone ones first), or left to the reconciler alone.
 *
 * How it is driven:
 * - Three local stacks, each with its own table (A, B, C). The stacks share this process, so
 *   `TABLE_NAME`/`BUCKET_NAME` and the clock are process-wide: `use(X)` points the handlers at X's
 *   table, and the clock is set with `useClock` (shared/clock.ts).
 * - The data is played once, through stack A's HTTP API, moving the clock with `useClock` only —
 *   never with `POST /_local/clock` or `stack.setClock`, which would run the reconciler and fire the
 *   boundaries as they pass. Stage checks follow the calendar, not the boundaries, so registration,
 *   screening, panel assignment and assessment scores all work with no boundary done.
 * - Table A is then copied item for item into B and C, so the three start identical (same innovation
 *   ids: no id mapping needed, and the comparison is of whole tables).
 * - The stage-transition function is invoked directly, as EventBridge Scheduler would:
 *   `{editionId, boundary}` for a one-time schedule, `{action: 'reconcile'}` for the reconciler.
 * - Tables are compared whole, except that an audit record's sort key carries the host's millisecond
 *   clock and a random id (to order records of the same second); those are cut off. */
import { BatchWriteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { handler as stageTransition } from '#functions/stage-transition';
import { lambdaContext } from '#scripts/local/http-server';
import type { LocalStack } from '#scripts/local/stack';
import { useClock } from '#shared/clock';
import { ddb } from '#shared/data/dynamo';
import type { BoundaryRun } from '#shared/use-cases/run-boundaries';
import { SAMPLE_PDF, api, startTestStack, tableSnapshot, uploadWithPresignedPost, validInnovation, type Answer } from '#test/support/stack';

type Name = 'A' | 'B' | 'C';
const NAMES: Name[] = ['A', 'B', 'C'];
const tables = Object.fromEntries(NAMES.map((n) => [n, `t-${n}-${randomUUID()}`])) as Record<Name, string>;
const buckets = Object.fromEntries(NAMES.map((n) => [n, `b-${n.toLowerCase()}-${randomUUID()}`])) as Record<Name, string>;
const stacks = {} as Record<Name, LocalStack>;

/** Points the handlers (and `tableSnapshot`) at stack X's table and bucket. */
const use = (name: Name): void => {
  process.env.TABLE_NAME = tables[name];
  process.env.BUCKET_NAME = buckets[name];
};
const setNow = (iso: string): void => {
  const t = new Date(iso);
  useClock(() => t);
};

/** Just after the NOMINATION boundary (2023-11-20 12:00 WITA). */
const AFTER_NOMINATION = '2023-11-20T12:00:01+08:00';
const BOUNDARY_AT = {
  REGISTRATION: '2023-10-11T00:00:00+08:00',
  SCREENING: '2023-10-14T00:00:00+08:00',
  ASSESSMENT: '2023-11-01T00:00:00+08:00',
  NOMINATION: '2023-11-20T12:00:00+08:00',
  FIELD_VERIFICATION: '2023-11-20T18:00:00+08:00',
  PRESENTATION: '2023-11-27T00:00:00+08:00',
  WINNER_DETERMINATION: '2023-12-09T00:00:00+08:00',
} as const;
type B = keyof typeof BOUNDARY_AT;
const DUE: B[] = ['REGISTRATION', 'SCREENING', 'ASSESSMENT', 'NOMINATION'];
const NOT_YET: B[] = ['FIELD_VERIFICATION', 'PRESENTATION', 'WINNER_DETERMINATION'];

const run = (boundary: B, result: BoundaryRun['result']) => ({ editionId: 'pik-2023', boundary, at: BOUNDARY_AT[boundary], result });

const fire = async (name: Name, event: unknown): Promise<BoundaryRun[]> => {
  use(name);
  return (await stageTransition(event, lambdaContext('stage-transition'))).runs;
};
const fireBoundary = (name: Name, boundary: B) => fire(name, { editionId: 'pik-2023', boundary });

const scanAll = async (table: string): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await ddb().send(new ScanCommand({ TableName: table, ExclusiveStartKey: start, ConsistentRead: true }));
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
};

/** A table's whole state, sorted, with the audit sort keys' sequence and random id cut off. */
const stateOf = async (name: Name): Promise<string[]> =>
  (await scanAll(tables[name]))
    .map((i) => (String(i.PK).startsWith('AUDIT#') ? { ...i, SK: String(i.SK).replace(/#\d{15}#[0-9a-f-]{36}$/, '') } : i))
    .map((i) => JSON.stringify(i, Object.keys(i).sort()))
    .sort();

const copyTable = async (from: Name, to: Name): Promise<void> => {
  const items = await scanAll(tables[from]);
  for (let i = 0; i < items.length; i += 25) {
    let request: Record<string, any> | undefined = { [tables[to]]: items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) };
    while (request && Object.keys(request).length) request = (await ddb().send(new BatchWriteCommand({ RequestItems: request }))).UnprocessedItems;
  }
};

const expectStatus = (answer: Answer, status: number): Answer => {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
};

const ASSESSMENT_KEYS = ['kebaruan', 'kemanfaatan', 'efektivitas', 'replikasi', 'keberlanjutan', 'kelengkapan'];

/** The entries, in registration order. `scores` per criterion (same from each judge) and how many
 * judges score it; `draft`: never submitted; `ineligible`: screened out. */
const ENTRIES = [
  { key: 'opd-1', institutionId: 'opd-brida', scores: [5, 5, 5, 5, 5, 5], judges: 3 },
  { key: 'opd-2', institutionId: 'opd-diskominfo', scores: [5, 5, 4, 4, 4, 4], judges: 3 },
  { key: 'opd-3', institutionId: 'opd-dinkes', scores: [4, 4, 4, 4, 4, 4], judges: 3, eligible: true },
  { key: 'opd-4', institutionId: 'opd-disdikbud', scores: [4, 4, 3, 3, 3, 3], judges: 3 },
  { key: 'opd-5', institutionId: 'opd-dpmptsp', scores: [3, 3, 3, 3, 3, 3], judges: 3 },
  { key: 'opd-6', institutionId: 'opd-brida', scores: [2, 2, 2, 2, 2, 2], judges: 3 },
  { key: 'opd-ineligible', institutionId: 'opd-diskominfo', scores: [], judges: 0, ineligible: true },
  { key: 'opd-draft', institutionId: 'opd-dinkes', scores: [], judges: 0, draft: true },
  { key: 'guru-a', scores: [4, 4, 4, 4, 4, 4], judges: 2 },
  { key: 'guru-b', scores: [5, 5, 5, 5, 5, 5], judges: 1 },
] as const;
const JUDGES = ['juri-1', 'juri-2', 'juri-3'];

/** Plays pik-2023 on stack A up to just after the NOMINATION boundary without running any boundary. */
const playWithoutBoundaries = async (): Promise<void> => {
  use('A');
  const http = api(stacks.A);
  const admin = await http.token('brida-admin', ['admin']);
  const ids: Record<string, string> = {};

  // REGISTRATION, one entry a second.
  for (const [n, e] of ENTRIES.entries()) {
    setNow(new Date(Date.parse('2023-10-12T09:00:00+08:00') + n * 1000).toISOString());
    const institutional = 'institutionId' in e;
    const token = await http.token(`peserta-${e.key}`, ['participant'], institutional ? e.institutionId : undefined);
    const body = validInnovation({
      title: `Inovasi ${e.key}`,
      ...(institutional ? { category: 'OPD', institutionId: e.institutionId } : { category: 'GURU', institutionId: undefined, affiliation: 'SDN 001 Tenggarong' }),
    });
    const created = expectStatus(await http.call('POST', '/editions/pik-2023/innovations', { token, body }), 201);
    ids[e.key] = created.body.id;
    const doc = expectStatus(await http.call('POST', `/innovations/${created.body.id}/documents`, { token, body: { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } }), 201);
    expect((await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf')).status).toBeLessThan(300);
    if (!('draft' in e)) expectStatus(await http.call('POST', `/innovations/${created.body.id}/submit`, { token }), 200);
  }

  // SCREENING: the panel, one entry screened out and one confirmed.
  setNow('2023-10-20T09:00:00+08:00');
  expectStatus(
    await http.call('PUT', '/editions/pik-2023/assignments', {
      token: admin,
      body: { assignments: JUDGES.map((userId) => ({ userId, role: 'jury', categories: ['OPD', 'GURU'] })), conflicts: [] },
    }),
    200,
  );
  for (const e of ENTRIES) {
    if ('ineligible' in e) expectStatus(await http.call('PUT', `/innovations/${ids[e.key]}/eligibility`, { token: admin, body: { eligible: false, reason: 'Bukan inovasi pelayanan publik' } }), 200);
    if ('eligible' in e) expectStatus(await http.call('PUT', `/innovations/${ids[e.key]}/eligibility`, { token: admin, body: { eligible: true } }), 200);
  }

  // ASSESSMENT: the desk scores.
  setNow('2023-11-05T09:00:00+08:00');
  const judgeTokens = await Promise.all(JUDGES.map((j) => http.token(j, ['jury'])));
  for (const e of ENTRIES)
    for (const token of judgeTokens.slice(0, e.judges)) {
      const criteria = Object.fromEntries(ASSESSMENT_KEYS.map((k, i) => [k, e.scores[i]]));
      expectStatus(await http.call('PUT', `/innovations/${ids[e.key]}/scores/assessment`, { token, body: { criteria } }), 201);
    }
  setNow(AFTER_NOMINATION);
};

beforeAll(async () => {
  for (const n of NAMES) stacks[n] = await startTestStack({ tableName: tables[n], bucketName: buckets[n] });
  await playWithoutBoundaries();
  await copyTable('A', 'B');
  await copyTable('A', 'C');
}, 120_000);
afterAll(async () => {
  for (const n of NAMES) await stacks[n]?.stop();
});

test('the three tables start identical, with no boundary done', async () => {
  const a = await stateOf('A');
  expect(a.length).toBeGreaterThan(20);
  expect(await stateOf('B')).toEqual(a);
  expect(await stateOf('C')).toEqual(a);
  expect(a.filter((i) => i.includes('"SK":"BOUNDARY#'))).toEqual([]);
});

test('a boundary fired before its time answers "not due" and changes nothing', async () => {
  use('A');
  const before = await tableSnapshot();
  setNow('2023-11-20T11:59:59+08:00');
  expect(await fireBoundary('A', 'NOMINATION')).toEqual([run('NOMINATION', 'not due')]);
  setNow(AFTER_NOMINATION);
  for (const b of NOT_YET) expect(await fireBoundary('A', b)).toEqual([run(b, 'not due')]);
  use('A');
  expect(await tableSnapshot()).toEqual(before);
});

test('A: the boundaries fired in order each run once; fired again, twice, they change nothing', async () => {
  setNow(AFTER_NOMINATION);
  for (const b of DUE) expect(await fireBoundary('A', b)).toEqual([run(b, 'done')]);
  use('A');
  const once = await tableSnapshot();
  for (let pass = 0; pass < 2; pass++) for (const b of DUE) expect(await fireBoundary('A', b)).toEqual([run(b, 'already done')]);
  use('A');
  expect(await tableSnapshot()).toEqual(once);
});

test('B: NOMINATION fired first runs the earlier undone boundaries first; the others, out of order, are already done', async () => {
  setNow(AFTER_NOMINATION);
  expect(await fireBoundary('B', 'NOMINATION')).toEqual(DUE.map((b) => run(b, 'done')));
  use('B');
  const after = await tableSnapshot();
  for (const b of ['ASSESSMENT', 'REGISTRATION', 'NOMINATION', 'SCREENING'] as B[]) expect(await fireBoundary('B', b)).toEqual([run(b, 'already done')]);
  expect(await fireBoundary('B', 'FIELD_VERIFICATION')).toEqual([run('FIELD_VERIFICATION', 'not due')]);
  use('B');
  expect(await tableSnapshot()).toEqual(after);
});

test('C: the reconciler alone runs every due boundary once, in order; run again it does nothing', async () => {
  setNow(AFTER_NOMINATION);
  expect(await fire('C', { action: 'reconcile' })).toEqual(DUE.map((b) => run(b, 'done')));
  use('C');
  const after = await tableSnapshot();
  expect(await fire('C', { action: 'reconcile' })).toEqual([]);
  use('C');
  expect(await tableSnapshot()).toEqual(after);
});

test('A, B and C end in the same stored state', async () => {
  const a = await stateOf('A');
  expect(await stateOf('B')).toEqual(a);
  expect(await stateOf('C')).toEqual(a);
});

test('that state is the boundaries\' work, stamped with their calendar instants', async () => {
  const items = await scanAll(tables.A);
  const innovations = items.filter((i) => i.SK === '#INNOVATION');
  const byTitle = Object.fromEntries(innovations.map((i) => [String(i.title).replace('Inovasi ', ''), i]));
  expect(Object.fromEntries(Object.entries(byTitle).map(([k, i]) => [k, i.status]))).toEqual({
    'opd-1': 'NOMINATED',
    'opd-2': 'NOMINATED',
    'opd-3': 'NOMINATED',
    'opd-4': 'NOMINATED',
    'opd-5': 'NOMINATED',
    'opd-6': 'ELIGIBLE',
    'opd-ineligible': 'INELIGIBLE',
    'opd-draft': 'NOT_SUBMITTED',
    'guru-a': 'NOMINATED',
    'guru-b': 'ELIGIBLE',
  });
  // Each status moved at its boundary's instant, though the work ran at 12:00:01 on 20 November.
  expect(byTitle['opd-draft'].updatedAt).toBe(BOUNDARY_AT.SCREENING);
  expect(byTitle['opd-6'].updatedAt).toBe(BOUNDARY_AT.ASSESSMENT);
  expect(byTitle['opd-1'].updatedAt).toBe(BOUNDARY_AT.NOMINATION);
  expect(items.filter((i) => String(i.SK).startsWith('BOUNDARY#')).map((i) => [i.boundary, i.at]).sort()).toEqual(DUE.map((b) => [b, BOUNDARY_AT[b]]).sort());
  const header = items.find((i) => i.PK === 'EDITION#pik-2023' && i.SK === 'RANKING#nomination');
  expect(header).toMatchObject({ computedAt: BOUNDARY_AT.NOMINATION, computedBy: 'system:stage-transition', version: 1 });
  expect(items.filter((i) => i.SK === 'RANKING#final')).toEqual([]);
});
