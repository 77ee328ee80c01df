/** Issue 18: the national field set (Kemendagri's Indeks Inovasi Daerah / KIPP) on the innovation
 * profile, and the secretariat's export of the entries in it (JSON and CSV). */
import { NATIONAL_FIELDS } from '#shared/schemas/innovation.schema';
import { AT, EDITION, expectStatus, setClock, submitEntry, useStack } from '#test/judging/support';
import { validInnovation } from '#test/support/stack';

const ctx = useStack();
const t: Record<string, string> = {};
let full = '';
let plain = '';

const NATIONAL = {
  initiator: 'OPD',
  form: 'PELAYANAN_PUBLIK',
  governmentAffair: 'Administrasi kependudukan dan pencatatan sipil',
  trialStartedOn: '2021-06-01',
  implementedOn: '2022-03-01',
  design: 'Petugas keliling dengan aplikasi antrean daring.',
  aims: 'Mendekatkan layanan adminduk ke desa terpencil.',
  benefits: 'Warga tidak perlu ke kota kabupaten.',
  results: 'Waktu layanan turun dari 14 hari menjadi 2 hari.',
  videoUrl: 'https://www.youtube.com/watch?v=abc123',
};

beforeAll(async () => {
  await setClock(ctx.http, AT.REGISTRATION);
  t.admin = await ctx.http.token('brida-admin', ['admin']);
  t.kominfo = await ctx.http.token('p-kominfo', ['participant'], 'opd-diskominfo');
  t.brida = await ctx.http.token('p-brida', ['participant'], 'opd-brida');
  full = await submitEntry(ctx.http, t.kominfo!, NATIONAL);
  plain = await submitEntry(ctx.http, t.brida!, { title: 'Gerai Perizinan Terpadu', institutionId: 'opd-brida' });
});

test('the national fields are optional at registration and kept as sent', async () => {
  const stored = expectStatus(await ctx.http.call('GET', `/innovations/${full}`, { token: t.kominfo }), 200).body;
  expect(stored).toMatchObject(NATIONAL);
  const other = expectStatus(await ctx.http.call('GET', `/innovations/${plain}`, { token: t.brida }), 200).body;
  for (const f of NATIONAL_FIELDS) expect(other[f]).toBeUndefined();
});

test('a video link must be https; the enumerations are closed', async () => {
  const post = (more: Record<string, unknown>) => ctx.http.call('POST', `${EDITION}/innovations`, { token: t.kominfo, body: validInnovation(more) });
  expectStatus(await post({ videoUrl: 'http://www.youtube.com/watch?v=abc123' }), 400);
  expectStatus(await post({ initiator: 'BUPATI' }), 400);
  expectStatus(await post({ form: 'DIGITAL' }), 400);
  expectStatus(await post({ implementedOn: '2022-02-30' }), 400);
});

test('the secretariat exports every entry with every national field, as JSON and as CSV', async () => {
  const json = expectStatus(await ctx.http.call('GET', `${EDITION}/export/iid`, { token: t.admin }), 200).body;
  expect(json.winnersOnly).toBe(false);
  for (const f of NATIONAL_FIELDS) expect(json.fields).toContain(f);
  const row = (json.items as Record<string, unknown>[]).find((i) => i.id === full)!;
  expect(row).toMatchObject({ ...NATIONAL, category: 'OPD', institutionId: 'opd-diskominfo', status: 'SUBMITTED' });
  expect((json.items as Record<string, unknown>[]).find((i) => i.id === plain)).toMatchObject({ initiator: null, videoUrl: null });

  const csv = await ctx.http.call('GET', `${EDITION}/export/iid?format=csv`, { token: t.admin });
  expect(csv.status).toBe(200);
  const text = typeof csv.body === 'string' ? csv.body : JSON.stringify(csv.body);
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]!.split(',');
  for (const f of NATIONAL_FIELDS) expect(header).toContain(f);
  expect(text).toContain('https://www.youtube.com/watch?v=abc123');
  expect(text).toContain('PELAYANAN_PUBLIK');
});

test('?winners=true exports the winners only (none before the final ranking); only the secretariat exports', async () => {
  expect(expectStatus(await ctx.http.call('GET', `${EDITION}/export/iid?winners=true`, { token: t.admin }), 200).body).toMatchObject({ winnersOnly: true, items: [] });
  expectStatus(await ctx.http.call('GET', `${EDITION}/export/iid`, { token: t.kominfo }), 403);
  expectStatus(await ctx.http.call('GET', `${EDITION}/export/iid`), 401);
});
