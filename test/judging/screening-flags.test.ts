/** Issue 18: the eligibility rules flag entries in the secretariat's screening queue when
 * registration closes; the secretariat decides. Through the local stack and its clock. */
import { AT, EDITION, expectStatus, setClock, submitEntry, useStack } from './support';

const ctx = useStack();
const t: Record<string, string> = {};
const id: Record<string, string> = {};

const list = async (query: string) => expectStatus(await ctx.http.call('GET', `${EDITION}/innovations?${query}`, { token: t.admin }), 200).body.items as Record<string, any>[];

beforeAll(async () => {
  await setClock(ctx.http, AT.REGISTRATION);
  t.admin = await ctx.http.token('brida-admin', ['admin']);
  for (const [who, institutionId] of [['p-kominfo', 'opd-diskominfo'], ['p-brida', 'opd-brida'], ['p-dinkes', 'opd-dinkes'], ['p-disdik', 'opd-disdikbud']] as const)
    t[who] = await ctx.http.token(who, ['participant'], institutionId);
  // Registration closes 2023-10-14 00:00 WITA; PENERAPAN needs 12 months by then.
  id.longEnough = await submitEntry(ctx.http, t['p-kominfo']!, { title: 'Sistem Antrean Puskesmas Daring', startedOn: '2022-10-14' });
  id.tooRecent = await submitEntry(ctx.http, t['p-brida']!, { title: 'Gerai Perizinan Terpadu', institutionId: 'opd-brida', startedOn: '2022-10-15' });
  id.original = await submitEntry(ctx.http, t['p-dinkes']!, { title: 'Inovasi Adminduk Keliling untuk Desa', institutionId: 'opd-dinkes' });
  id.copy = await submitEntry(ctx.http, t['p-disdik']!, { title: 'ADMINDUK Kliling di Desa!', institutionId: 'opd-disdikbud' });
});

test('nothing is flagged while registration is open', async () => {
  expect(await list('flag=ANY')).toEqual([]);
});

test('when registration closes, the rules flag entries with their reasons; the secretariat filters by flag', async () => {
  await setClock(ctx.http, AT.SCREENING);
  const flagged = await list('flag=ANY');
  expect(flagged.map((i) => i.id).sort()).toEqual([id.tooRecent, id.original, id.copy].sort());
  const running = await list('flag=RUNNING_TIME');
  expect(running.map((i) => i.id)).toEqual([id.tooRecent]);
  expect(running[0]!.screeningFlags).toEqual([
    expect.objectContaining({ code: 'RUNNING_TIME', startedOn: '2022-10-15', minimumMonths: 12, registrationClose: '2023-10-14T00:00:00+08:00', reason: expect.stringContaining('it reaches that on 2023-10-15') }),
  ]);
  const duplicates = await list('flag=DUPLICATE_TITLE');
  expect(duplicates.map((i) => i.id).sort()).toEqual([id.original, id.copy].sort());
  const copy = duplicates.find((i) => i.id === id.copy)!;
  expect(copy.screeningFlags).toEqual([
    expect.objectContaining({ code: 'DUPLICATE_TITLE', innovationId: id.original, editionId: 'pik-2023', title: 'Inovasi Adminduk Keliling untuk Desa', similarity: expect.any(Number) }),
  ]);
  expect(copy.screeningFlags[0].similarity).toBeGreaterThanOrEqual(0.85);
  expect(copy.screeningFlags[0].reason).toMatch(/^The title is [\d.]+ % like "Inovasi Adminduk Keliling untuk Desa" in this edition$/);
  expect(await list('flag=PREVIOUS_WINNER')).toEqual([]);
  // The status filter combines with the flag filter.
  expect(await list('flag=ANY&status=DRAFT')).toEqual([]);
  expect((await list('flag=ANY&category=OPD')).length).toBe(3);
});

test("each flag's reason is worded from the catalogue in the reader's language", async () => {
  const indonesian = { 'accept-language': 'id' };
  const listed = expectStatus(await ctx.http.call('GET', `${EDITION}/innovations?flag=RUNNING_TIME`, { token: t.admin, headers: indonesian }), 200).body.items as Record<string, any>[];
  expect(listed[0]!.screeningFlags[0].reason).toBe(
    'Inovasi tahap PENERAPAN harus sudah berjalan 12 bulan saat pendaftaran ditutup (14-10-2023 00.00 WITA); dimulai 15-10-2022, baru genap 12 bulan pada 15-10-2023',
  );
  const one = expectStatus(await ctx.http.call('GET', `/innovations/${id.copy}`, { token: t.admin, headers: indonesian }), 200).body;
  expect(one.screeningFlags[0].reason).toMatch(/^Judulnya [\d,]+ % mirip dengan "Inovasi Adminduk Keliling untuk Desa" pada edisi ini$/);
});

test('flagging is audited: who (the stage clock), when (the registration close), and the flags it set', async () => {
  const trail = expectStatus(await ctx.http.call('GET', `/innovations/${id.tooRecent}/audit`, { token: t.admin }), 200).body.items as Record<string, any>[];
  expect(trail.filter((a) => a.action === 'SCREENING_FLAGGED')).toEqual([
    expect.objectContaining({ who: 'system:stage-transition', at: '2023-10-14T00:00:00+08:00', before: { screeningFlags: null }, after: { screeningFlags: [expect.objectContaining({ code: 'RUNNING_TIME' })] } }),
  ]);
  // An entry the rules found nothing in has no such record.
  const clean = expectStatus(await ctx.http.call('GET', `/innovations/${id.longEnough}/audit`, { token: t.admin }), 200).body.items as Record<string, any>[];
  expect(clean.map((a) => a.action)).not.toContain('SCREENING_FLAGGED');
});

test('the flags are the secretariat’s: the owner does not see them', async () => {
  const own = expectStatus(await ctx.http.call('GET', `/innovations/${id.copy}`, { token: t['p-disdik'] }), 200).body;
  expect(own.screeningFlags).toBeUndefined();
  expect(own.flagCodes).toBeUndefined();
  const admin = expectStatus(await ctx.http.call('GET', `/innovations/${id.copy}`, { token: t.admin }), 200).body;
  expect(admin.screeningFlags).toHaveLength(1);
});

test('rules never decide: flagged entries stay SUBMITTED until the secretariat screens them (audited)', async () => {
  for (const i of await list('flag=ANY')) expect(i.status).toBe('SUBMITTED');
  expectStatus(await ctx.http.call('PUT', `/innovations/${id.copy}/eligibility`, { token: t.admin, body: { eligible: false, reason: 'Duplikat dari entri Dinas Kesehatan' } }), 200);
  const trail = expectStatus(await ctx.http.call('GET', `/innovations/${id.copy}/audit`, { token: t.admin }), 200).body.items as Record<string, any>[];
  expect(trail.map((a) => a.action)).toContain('ELIGIBILITY_SET');
  expect((await list('flag=DUPLICATE_TITLE')).find((i) => i.id === id.copy)!.status).toBe('INELIGIBLE');
});

test('a flag that is not one is a 400', async () => {
  expectStatus(await ctx.http.call('GET', `${EDITION}/innovations?flag=SUSPICIOUS`, { token: t.admin }), 400);
});
