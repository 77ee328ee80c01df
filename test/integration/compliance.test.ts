/** Satu Instansi Satu Inovasi: per edition, every institution of the registry with how many
 * innovations it registered and submitted; compliant once it has submitted one. */
import { SAMPLE_INSTITUTIONS } from '#scripts/local/sample-institutions';
import { DURING_REGISTRATION, EDITION, personalEntry, refusedWithoutWrite, registerDraft, setClock, submittedInnovation, useStack } from './support';

const ctx = useStack();
let admin: string;

interface Row {
  institutionId: string;
  name: string;
  type: string;
  registered: number;
  submitted: number;
}
const report = async () => {
  const answer = await ctx.http.call('GET', `${EDITION}/compliance`, { token: admin });
  expect(answer.status).toBe(200);
  return answer.body as { editionId: string; total: number; compliant: number; institutions: Row[] };
};
const row = (r: { institutions: Row[] }, id: string) => r.institutions.find((i) => i.institutionId === id);

beforeAll(async () => {
  admin = await ctx.http.token('brida-admin', ['admin']);
});

test('before anyone registers, every institution is listed with nothing registered or submitted', async () => {
  const r = await report();
  expect(r).toMatchObject({ editionId: 'pik-2023', total: SAMPLE_INSTITUTIONS.length, compliant: 0 });
  expect(r.institutions).toHaveLength(SAMPLE_INSTITUTIONS.length);
  for (const i of r.institutions) expect(i).toMatchObject({ registered: 0, submitted: 0 });
  expect(row(r, 'rsud-parikesit')).toEqual({ institutionId: 'rsud-parikesit', name: 'RSUD Aji Muhammad Parikesit', type: 'RSUD', registered: 0, submitted: 0 });
});

test('the report counts registered and submitted innovations per institution; only a submission makes it compliant', async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
  const kominfo = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
  const rsud = await ctx.http.token('peserta-rsud', ['participant'], 'rsud-parikesit');
  const teacher = await ctx.http.token('guru-1', ['participant']);
  await submittedInnovation(ctx.http, kominfo, { title: 'Inovasi Pertama' });
  await submittedInnovation(ctx.http, kominfo, { title: 'Inovasi Kedua' });
  await registerDraft(ctx.http, kominfo, { title: 'Inovasi Ketiga (draf)' });
  await registerDraft(ctx.http, rsud, { title: 'Antrean Daring', category: 'RSUD', institutionId: 'rsud-parikesit' });
  await submittedInnovation(ctx.http, teacher, personalEntry());

  const r = await report();
  expect(row(r, 'opd-diskominfo')).toMatchObject({ registered: 3, submitted: 2 });
  expect(row(r, 'rsud-parikesit')).toMatchObject({ registered: 1, submitted: 0 });
  expect(row(r, 'opd-brida')).toMatchObject({ registered: 0, submitted: 0 });
  expect(r.total).toBe(SAMPLE_INSTITUTIONS.length);
  expect(r.compliant).toBe(1); // two submissions by one institution count once; a personal entry counts for nobody
});

test('the institutions still to chase come first, then the compliant ones, each group by name', async () => {
  const r = await report();
  const firstCompliant = r.institutions.findIndex((i) => i.submitted > 0);
  expect(firstCompliant).toBe(r.institutions.length - 1);
  const pending = r.institutions.slice(0, firstCompliant).map((i) => i.name);
  expect(pending).toEqual([...pending].sort((a, b) => a.localeCompare(b, 'id')));
});

test('an institution added to the registry later appears in the report, not compliant', async () => {
  expect((await ctx.http.call('PUT', '/institutions/opd-dispar', { token: admin, body: { name: 'Dinas Pariwisata', type: 'OPD' } })).status).toBe(201);
  const r = await report();
  expect(r.total).toBe(SAMPLE_INSTITUTIONS.length + 1);
  expect(row(r, 'opd-dispar')).toMatchObject({ registered: 0, submitted: 0 });
});

test('the report of an unknown edition is 404', async () => {
  const answer = await ctx.http.call('GET', '/editions/pik-1999/compliance', { token: admin });
  expect(answer.status).toBe(404);
});

test('only the secretariat reads the report: a participant or a judge is 403, and nothing is written', async () => {
  for (const token of [await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo'), await ctx.http.token('juri-1', ['jury'])]) {
    const answer = await refusedWithoutWrite(() => ctx.http.call('GET', `${EDITION}/compliance`, { token }));
    expect(answer.status).toBe(403);
  }
});
