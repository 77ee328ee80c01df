/** The secretariat's dashboard figures (`GET /editions/{id}/statistics`) on the real engines: what
 * was registered and submitted, per category, status and WITA day, and the compliance share; and the
 * edition's audit trail as one CSV download. */
import { SAMPLE_INSTITUTIONS } from '#scripts/local/sample-institutions';
import { DURING_REGISTRATION, EDITION, personalEntry, refusedWithoutWrite, registerDraft, setClock, submittedInnovation, useStack } from './support';

const ctx = useStack();
let admin: string;

const statistics = async () => {
  const answer = await ctx.http.call('GET', `${EDITION}/statistics`, { token: admin });
  expect(answer.status).toBe(200);
  return answer.body;
};

beforeAll(async () => {
  admin = await ctx.http.token('brida-admin', ['admin']);
});

test('before anyone registers: no entries, every category of the edition listed, the registry counted', async () => {
  const s = await statistics();
  expect(s).toMatchObject({ editionId: 'pik-2023', total: 0, submitted: 0, drafts: 0, perDay: [], compliance: { total: SAMPLE_INSTITUTIONS.length, compliant: 0, share: 0 } });
  expect(s.byCategory).toHaveLength(14);
});

test('the figures match what was registered and submitted, on the day it happened (WITA)', async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
  const kominfo = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
  const rsud = await ctx.http.token('peserta-rsud', ['participant'], 'rsud-parikesit');
  const teacher = await ctx.http.token('guru-1', ['participant']);
  await submittedInnovation(ctx.http, kominfo, { title: 'Inovasi Pertama' });
  await registerDraft(ctx.http, kominfo, { title: 'Inovasi Kedua (draf)' });
  await registerDraft(ctx.http, rsud, { title: 'Antrean Daring', category: 'RSUD', institutionId: 'rsud-parikesit' });
  await setClock(ctx.http, '2023-10-13T10:00:00+08:00');
  await submittedInnovation(ctx.http, teacher, personalEntry());

  const s = await statistics();
  expect(s).toMatchObject({ total: 4, submitted: 2, drafts: 2, byStatus: { DRAFT: 2, SUBMITTED: 2 } });
  const category = (code: string) => s.byCategory.find((c: { category: string }) => c.category === code);
  expect(category('OPD')).toMatchObject({ total: 2, byStatus: { DRAFT: 1, SUBMITTED: 1 } });
  expect(category('RSUD')).toMatchObject({ total: 1, byStatus: { DRAFT: 1 } });
  expect(category('GURU')).toMatchObject({ total: 1, byStatus: { SUBMITTED: 1 } });
  expect(s.perDay).toEqual([
    { day: '2023-10-12', registered: 3, submitted: 1 },
    { day: '2023-10-13', registered: 1, submitted: 1 },
  ]);
  expect(s.compliance).toEqual({ total: SAMPLE_INSTITUTIONS.length, compliant: 1, share: 1 / SAMPLE_INSTITUTIONS.length });
});

test('when registration closes, drafts never submitted still count as drafts, as NOT_SUBMITTED', async () => {
  await setClock(ctx.http, '2023-10-14T00:00:01+08:00');
  const s = await statistics();
  expect(s).toMatchObject({ total: 4, submitted: 2, drafts: 2, byStatus: { DRAFT: 0, NOT_SUBMITTED: 2, SUBMITTED: 2 } });
});

test('an unknown edition is 404; a participant or a judge is 403 and nothing is written', async () => {
  expect((await ctx.http.call('GET', '/editions/pik-1999/statistics', { token: admin })).status).toBe(404);
  for (const token of [await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo'), await ctx.http.token('juri-1', ['jury'])]) {
    const answer = await refusedWithoutWrite(() => ctx.http.call('GET', `${EDITION}/statistics`, { token }));
    expect(answer.status).toBe(403);
  }
});

test("the edition's audit trail downloads whole as CSV, a calendar change with its before and after", async () => {
  const edition = (await ctx.http.call('GET', EDITION)).body;
  const stages = edition.stages
    .filter((w: { stage: string }) => !['UPCOMING', 'ANNOUNCED'].includes(w.stage))
    .map((w: { stage: string; start: string; end: string | null }) => ({ stage: w.stage, start: w.start, end: w.end }));
  // Screening (not ended) moves its end and assessment its start by a day.
  stages[1].end = stages[2].start = '2023-11-02T00:00:00+08:00';
  expect((await ctx.http.call('PUT', `${EDITION}/calendar`, { token: admin, body: { stages, version: edition.version } })).status).toBe(200);

  const csv = await ctx.http.call('GET', `${EDITION}/audit?format=csv`, { token: admin });
  expect(csv.status).toBe(200);
  expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
  expect(csv.headers.get('content-disposition')).toContain('audit-pik-2023.csv');
  const lines = (csv.body as string).replace(/^\uFEFF/, '').trim().split('\n');
  expect(lines[0]).toBe('at,who,action,before,after');
  expect(lines.some((l) => l.includes('brida-admin,CALENDAR_CHANGED') && l.includes('2023-11-02T00:00:00+08:00'))).toBe(true);
  // The JSON page is unchanged.
  expect((await ctx.http.call('GET', `${EDITION}/audit`, { token: admin })).body.items.at(-1).action).toBe('CALENDAR_CHANGED');
});
