/** Issue 18: the public objection window (masa sanggah). An edition that turns it on opens it at the
 * nomination for 5 days; anyone signed in objects to a nominee with a reason and evidence; the
 * secretariat upholds or rejects each (audited); an upheld objection disqualifies the nominee and
 * the next entry of the nomination ranking moves up; the public sees counts and outcomes, never who
 * objected. Played through the local stack with its clock. */
import { seedEdition } from '#shared/domain/seed-edition';
import { ASSESSMENT_KEYS, criteria, expectStatus, refused, score, setClock, uploadWithPresignedPost, useStack } from './support';
import { SAMPLE_PDF, validInnovation } from '#test/support/stack';

const ctx = useStack();
const EDITION = '/editions/pik-2024';
const shift = (iso: string) => iso.replace(/^2023/, '2024');
const AT = {
  REGISTRATION: '2024-10-12T09:00:00+08:00',
  SCREENING: '2024-10-20T09:00:00+08:00',
  ASSESSMENT: '2024-11-05T09:00:00+08:00',
  NOMINATION: '2024-11-20T12:00:00+08:00',
  /** The last second of the window: 5 days from the nomination boundary. */
  WINDOW_LAST_SECOND: '2024-11-25T11:59:59+08:00',
  WINDOW_CLOSED: '2024-11-25T12:00:00+08:00',
};
const t: Record<string, string> = {};
const id: Record<string, string> = {};
const ENTRANTS = [
  ['a', 'opd-diskominfo', 4.6],
  ['b', 'opd-brida', 4.0],
  ['c', 'opd-dinkes', 3.4],
  ['d', 'opd-disdikbud', 2.8],
] as const;
let objectionOnA = '';
let closeSchedule: string[] = [];
let objectionOnB = '';

const get = (path: string, token?: string) => ctx.http.call('GET', path, { token });
const object = (who: string, name: string, body: unknown) => ctx.http.call('POST', `/innovations/${id[name]}/objections`, { token: t[who], body });
const resolve = (who: string, name: string, objectionId: string, body: unknown) => ctx.http.call('PUT', `/innovations/${id[name]}/objections/${objectionId}`, { token: t[who], body });
const statusOf = async (name: string) => expectStatus(await get(`/innovations/${id[name]}`, t.admin), 200).body.status;
const nomineeIds = async () => (expectStatus(await get(`${EDITION}/results`), 200).body.nominees.OPD as { innovationId: string }[]).map((n) => n.innovationId);
const named = (ids: string[]) => ids.map((x) => Object.keys(id).find((k) => id[k] === x));

beforeAll(async () => {
  t.admin = await ctx.http.token('brida-admin', ['admin']);
  t.citizen = await ctx.http.token('warga-1', ['participant']);
  t.juri1 = await ctx.http.token('juri-1', ['jury']);
  t.juri2 = await ctx.http.token('juri-2', ['jury']);
  const edition = {
    ...seedEdition,
    name: 'Pekan Inovasi dan Kreativitas Kutai Kartanegara 2024',
    stages: seedEdition.stages.map((w) => ({ ...w, start: shift(w.start), end: w.end && shift(w.end) })),
    categories: ['OPD'],
    nominationsPerCategory: 2,
    objectionWindow: { days: 5 },
  };
  const created = expectStatus(await ctx.http.call('PUT', EDITION, { token: t.admin, body: edition }), 201);
  closeSchedule = created.body.schedules.created.filter((n: string) => n.includes('OBJECTION'));
  await setClock(ctx.http, AT.REGISTRATION);
  for (const [name, institutionId] of ENTRANTS) {
    t[name] = await ctx.http.token(`peserta-${name}`, ['participant'], institutionId);
    const created = await ctx.http.call('POST', `${EDITION}/innovations`, { token: t[name], body: validInnovation({ title: `Inovasi ${name.toUpperCase()} Pelayanan ${institutionId}`, institutionId }) });
    id[name] = expectStatus(created, 201).body.id;
    const doc = expectStatus(await ctx.http.call('POST', `/innovations/${id[name]}/documents`, { token: t[name], body: { kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } }), 201);
    await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf');
    expectStatus(await ctx.http.call('POST', `/innovations/${id[name]}/submit`, { token: t[name] }), 200);
  }
  await setClock(ctx.http, AT.SCREENING);
  expectStatus(
    await ctx.http.call('PUT', `${EDITION}/assignments`, {
      token: t.admin,
      body: { assignments: [{ userId: 'juri-1', role: 'jury', categories: ['OPD'] }, { userId: 'juri-2', role: 'jury', categories: ['OPD'] }], conflicts: [] },
    }),
    200,
  );
  await setClock(ctx.http, AT.ASSESSMENT);
  for (const [name, , quality] of ENTRANTS)
    for (const judge of ['juri1', 'juri2']) expectStatus(await score(ctx.http, t[judge]!, id[name]!, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, quality) }), 201);
});

test('before the nomination there is no window: filing is a 409 that names it', async () => {
  const answer = await refused(409, () => object('citizen', 'a', { reason: 'Inovasi ini belum berjalan satu tahun.' }), 'OBJECTION_WINDOW_CLOSED');
  expect(answer.body.error.details[0]).toMatchObject({ start: AT.NOMINATION, end: AT.WINDOW_CLOSED });
});

test('the edition shows the window beside its stages', async () => {
  expect(expectStatus(await get(EDITION), 200).body.objectionPeriod).toEqual({ start: AT.NOMINATION, end: AT.WINDOW_CLOSED, open: false });
  expect(expectStatus(await get('/editions/pik-2023'), 200).body.objectionPeriod).toBeUndefined();
});

test('the window opens with the nomination: nominees are public with no objections yet', async () => {
  await setClock(ctx.http, AT.NOMINATION);
  expect(expectStatus(await get(EDITION), 200).body.objectionPeriod.open).toBe(true);
  expect(named(await nomineeIds())).toEqual(['a', 'b']);
  const results = expectStatus(await get(`${EDITION}/results`), 200).body;
  expect(results.nominees.OPD[0].objections).toEqual({ filed: 0, open: 0, upheld: 0, rejected: 0 });
  expect(results.winners).toEqual({});
});

test('a signed-in person objects to a nominee with a reason and evidence (201, a presigned upload); audited', async () => {
  const filed = expectStatus(
    await object('citizen', 'a', { reason: 'Layanan ini sudah ada sejak 2015 dari dinas lain.', evidence: { kind: 'PHOTO', fileName: 'bukti.jpg', contentType: 'image/jpeg', size: 2000 } }),
    201,
  ).body;
  objectionOnA = filed.objection.objectionId;
  expect(filed.objection).toMatchObject({ status: 'OPEN', filedBy: 'warga-1', innovationId: id.a, evidence: [{ kind: 'PHOTO', fileName: 'bukti.jpg' }] });
  expect(filed.upload.upload.method).toBe('POST');
  expect(filed.upload.upload.fields.key).toMatch(new RegExp(`/innovations/${id.a}/objections/${objectionOnA}/`));
  // The secretariat reads the evidence through the document route; nobody else does, and not before it is uploaded.
  const evidenceId = filed.upload.documentId as string;
  const read = (token: string) => ctx.http.call('GET', `/innovations/${id.a}/documents/${evidenceId}`, { token, headers: { accept: 'application/json' } });
  await refused(404, () => read(t.admin!));
  const photo = Buffer.from('\xff\xd8\xff\xe0 bukti sanggahan', 'latin1');
  await uploadWithPresignedPost(filed.upload.upload, photo, 'image/jpeg');
  const grant = expectStatus(await read(t.admin!), 200).body;
  expect(Buffer.from(await (await fetch(grant.url)).arrayBuffer())).toEqual(photo);
  await refused(404, () => read(t.a!));
  await refused(403, () => read(t.citizen!));
  objectionOnB = expectStatus(await object('citizen', 'b', { reason: 'Data dampak tidak sesuai kenyataan.' }), 201).body.objection.objectionId;
  const trail = expectStatus(await get(`/innovations/${id.a}/audit`, t.admin), 200).body.items as Record<string, any>[];
  expect(trail.map((r) => r.action)).toContain('OBJECTION_FILED');
});

test('only nominees, only signed in, and only well-formed objections', async () => {
  await refused(409, () => object('citizen', 'c', { reason: 'Bukan nominasi, tetap disanggah.' }), 'NOT_A_NOMINEE');
  await refused(401, () => ctx.http.call('POST', `/innovations/${id.a}/objections`, { body: { reason: 'Tanpa masuk akun sama sekali.' } }));
  await refused(400, () => object('citizen', 'a', { reason: 'pendek' }));
  await refused(400, () => object('citizen', 'a', { reason: 'Alasan cukup panjang di sini.', evidence: { kind: 'PROPOSAL', fileName: 'x.pdf', contentType: 'application/pdf', size: 10 } }));
});

test('resolving is the secretariat’s (403 for others); a rejected objection changes no nominee', async () => {
  await refused(403, () => resolve('citizen', 'b', objectionOnB, { outcome: 'UPHELD', reason: 'Saya yakin' }), 'FORBIDDEN');
  await refused(403, () => resolve('juri1', 'b', objectionOnB, { outcome: 'UPHELD', reason: 'Saya yakin' }), 'FORBIDDEN');
  const rejected = expectStatus(await resolve('admin', 'b', objectionOnB, { outcome: 'REJECTED', reason: 'Data dampak terbukti di lapangan.' }), 200).body;
  expect(rejected).toMatchObject({ status: 'REJECTED', resolution: { outcome: 'REJECTED', decidedBy: 'brida-admin' } });
  expect(named(await nomineeIds())).toEqual(['a', 'b']);
  await refused(409, () => resolve('admin', 'b', objectionOnB, { outcome: 'UPHELD', reason: 'Berubah pikiran' }), 'OBJECTION_RESOLVED');
});

test('an upheld objection disqualifies the nominee and the next entry moves up, audited', async () => {
  const upheld = expectStatus(await resolve('admin', 'a', objectionOnA, { outcome: 'UPHELD', reason: 'Terbukti duplikasi inovasi dinas lain.' }), 200).body;
  expect(upheld.status).toBe('UPHELD');
  expect(await statusOf('a')).toBe('DISQUALIFIED');
  expect(await statusOf('c')).toBe('NOMINATED');
  expect(named(await nomineeIds())).toEqual(['b', 'c']);
  const ranking = expectStatus(await get(`${EDITION}/rankings/nomination`, t.admin), 200).body.categories.OPD as Record<string, any>[];
  expect(ranking.map((r) => [named([r.innovationId])[0], r.rank, r.nominated])).toEqual([
    ['b', 1, true],
    ['c', 2, true],
    ['d', 3, false],
    ['a', null, false],
  ]);
  expect(ranking[3]!.reason).toBe('disqualified (objection upheld)');
  const trail = expectStatus(await get(`/innovations/${id.a}/audit`, t.admin), 200).body.items as Record<string, any>[];
  expect(trail.find((r) => r.action === 'OBJECTION_RESOLVED')).toMatchObject({ who: 'brida-admin', after: { outcome: 'UPHELD', innovationStatus: 'DISQUALIFIED' } });
  const editionTrail = expectStatus(await get(`${EDITION}/audit?limit=100`, t.admin), 200).body.items as Record<string, any>[];
  expect(editionTrail.filter((r) => r.action === 'RANKING_NOMINATION')).toHaveLength(2);
});

test('resolving it again the same way is idempotent: nothing moves, no new ranking', async () => {
  const before = await nomineeIds();
  expectStatus(await resolve('admin', 'a', objectionOnA, { outcome: 'UPHELD', reason: 'Terbukti duplikasi inovasi dinas lain.' }), 200);
  expect(await nomineeIds()).toEqual(before);
  const editionTrail = expectStatus(await get(`${EDITION}/audit?limit=100`, t.admin), 200).body.items as Record<string, any>[];
  expect(editionTrail.filter((r) => r.action === 'RANKING_NOMINATION')).toHaveLength(2);
});

test('the public sees counts and outcomes per nominee, and the disqualified one, never who objected', async () => {
  const results = expectStatus(await get(`${EDITION}/results`), 200).body;
  expect(results.nominees.OPD.map((n: any) => [named([n.innovationId])[0], n.objections])).toEqual([
    ['b', { filed: 1, open: 0, upheld: 0, rejected: 1 }],
    ['c', { filed: 0, open: 0, upheld: 0, rejected: 0 }],
  ]);
  expect(results.disqualified.OPD).toEqual([{ innovationId: id.a, title: 'Inovasi A Pelayanan opd-diskominfo', objections: { filed: 1, open: 0, upheld: 1, rejected: 0 } }]);
  const text = JSON.stringify(results);
  for (const secret of ['warga-1', 'filedBy', 'brida-admin', 'Layanan ini sudah ada']) expect(text).not.toContain(secret);
  const list = expectStatus(await get(`${EDITION}/objections`, t.admin), 200).body.items as Record<string, any>[];
  // Both were filed at the same (local, standing) second: oldest first, then by id.
  expect(list.map((o) => [o.filedBy, o.status]).sort()).toEqual([
    ['warga-1', 'REJECTED'],
    ['warga-1', 'UPHELD'],
  ]);
  await refused(403, () => get(`${EDITION}/objections`, t.citizen), 'FORBIDDEN');
});

test('the stage clock closes the window as a boundary of its own, scheduled when the edition was made', () => {
  expect(closeSchedule).toEqual(['pik-2024.OBJECTION_CLOSE.20241125T120000']);
});

test('the window closes with the clock: open in its last second, 409 from its end; its tally is audited once', async () => {
  await setClock(ctx.http, AT.WINDOW_LAST_SECOND);
  expectStatus(await object('citizen', 'b', { reason: 'Sanggahan kedua pada detik terakhir.' }), 201);
  const closing = await ctx.http.setClock(AT.WINDOW_CLOSED);
  expect(closing.body.fired).toEqual([expect.objectContaining({ editionId: 'pik-2024', boundary: 'OBJECTION_CLOSE', at: AT.WINDOW_CLOSED })]);
  await refused(409, () => object('citizen', 'b', { reason: 'Sanggahan setelah masa sanggah.' }), 'OBJECTION_WINDOW_CLOSED');
  expect(expectStatus(await get(EDITION), 200).body.objectionPeriod.open).toBe(false);

  await setClock(ctx.http, '2024-11-25T13:00:00+08:00');
  const trail = expectStatus(await get(`${EDITION}/audit`, t.admin), 200).body.items.filter((r: { action: string }) => r.action === 'OBJECTION_PERIOD_CLOSED');
  expect(trail).toEqual([expect.objectContaining({ who: 'system:stage-transition', at: AT.WINDOW_CLOSED, after: { filed: 3, open: 1, upheld: 1, rejected: 1 } })]);
});
