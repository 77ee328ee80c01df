/** The panel (PUT/GET /editions/{editionId}/assignments, admin, SCREENING–PRESENTATION) and the
 * administrative screening (PUT /innovations/{id}/eligibility, admin, SCREENING), played through the
 * seed calendar: REGISTRATION → SCREENING → ASSESSMENT → WINNER_DETERMINATION. Every refusal writes
 * nothing. */
import { AT, EDITION, draftEntry, expectStatus, failingPaths, personal, refused, setClock, submitEntry, useStack } from './support';

const ctx = useStack();
let admin: string;
let jury: string;
let participant: string;
let submitted: string;
let other: string;
let draft: string;

const PANEL = {
  assignments: [
    { userId: 'juri-1', role: 'jury', categories: ['OPD', 'GURU'] },
    { userId: 'juri-2', role: 'jury', categories: ['OPD'] },
    { userId: 'verifikator-1', role: 'verifier', categories: ['OPD', 'GURU'] },
  ],
  conflicts: [{ userId: 'juri-2', institutionIds: ['opd-dinkes'] }],
};

const putPanel = (token: string, body: unknown) => ctx.http.call('PUT', `${EDITION}/assignments`, { token, body });
const screen = (token: string, id: string, body: unknown) => ctx.http.call('PUT', `/innovations/${id}/eligibility`, { token, body });

beforeAll(async () => {
  await setClock(ctx.http, AT.REGISTRATION);
  [admin, jury, participant] = await Promise.all([
    ctx.http.token('brida-admin', ['admin']),
    ctx.http.token('juri-1', ['jury']),
    ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo'),
  ]);
  submitted = await submitEntry(ctx.http, participant);
  other = await submitEntry(ctx.http, await ctx.http.token('guru-1', ['participant']), personal('GURU'));
  draft = await draftEntry(ctx.http, await ctx.http.token('guru-2', ['participant']), personal('GURU'));
});

describe('during REGISTRATION', () => {
  test('the panel cannot be set yet: 409 WRONG_STAGE naming the stage, its window and when it is allowed', async () => {
    const answer = await refused(409, () => putPanel(admin, PANEL), 'WRONG_STAGE');
    expect(answer.body.error.details[0]).toMatchObject({ stage: 'REGISTRATION', start: '2023-10-11T00:00:00+08:00', end: '2023-10-14T00:00:00+08:00' });
    expect(answer.body.error.details.filter((d: { message: string }) => d.message === 'allowed stage').map((d: { stage: string }) => d.stage)).toEqual([
      'SCREENING',
      'ASSESSMENT',
      'NOMINATION',
      'FIELD_VERIFICATION',
      'PRESENTATION',
    ]);
  });

  test('nor is screening possible: 409 WRONG_STAGE', async () => {
    await refused(409, () => screen(admin, submitted, { eligible: false, reason: 'Belum diterapkan' }), 'WRONG_STAGE');
  });
});

describe('during SCREENING', () => {
  beforeAll(() => setClock(ctx.http, AT.SCREENING));

  test('before any panel is set, GET answers 404', async () => {
    expectStatus(await ctx.http.call('GET', `${EDITION}/assignments`, { token: admin }), 404);
  });

  test('only the secretariat sets the panel (403 for a judge or a participant)', async () => {
    await refused(403, () => putPanel(jury, PANEL), 'FORBIDDEN');
    await refused(403, () => putPanel(participant, PANEL), 'FORBIDDEN');
  });

  test('an unknown category is a 400 naming the field', async () => {
    const body = { ...PANEL, assignments: [{ userId: 'juri-1', role: 'jury', categories: ['OPD', 'BUKAN_KATEGORI'] }] };
    const answer = await refused(400, () => putPanel(admin, body), 'INVALID_INPUT');
    expect(failingPaths(answer)).toContain('body.assignments.0.categories.1');
  });

  test('other malformed panels are 400s too: a user twice in one role, an unknown role, no categories', async () => {
    await refused(400, () => putPanel(admin, { assignments: [PANEL.assignments[0], PANEL.assignments[0]] }), 'INVALID_INPUT');
    await refused(400, () => putPanel(admin, { assignments: [{ userId: 'juri-1', role: 'ketua', categories: ['OPD'] }] }), 'INVALID_INPUT');
    await refused(400, () => putPanel(admin, { assignments: [{ userId: 'juri-1', role: 'jury', categories: [] }] }), 'INVALID_INPUT');
  });

  test('the secretariat sets the panel; GET answers it', async () => {
    const put = expectStatus(await putPanel(admin, PANEL), 200);
    expect(put.body).toMatchObject({ editionId: 'pik-2023', ...PANEL, updatedBy: 'brida-admin', updatedAt: AT.SCREENING, version: 1 });

    const got = expectStatus(await ctx.http.call('GET', `${EDITION}/assignments`, { token: admin }), 200);
    expect(got.body).toEqual(put.body);
  });

  test('only the secretariat reads the panel (403 for a judge)', async () => {
    await refused(403, () => ctx.http.call('GET', `${EDITION}/assignments`, { token: jury }), 'FORBIDDEN');
  });

  test('a change based on the current version passes; one based on a stale version is a 409 VERSION_CONFLICT', async () => {
    const next = { ...PANEL, assignments: [...PANEL.assignments, { userId: 'juri-3', role: 'jury', categories: ['GURU'] }], version: 1 };
    expect(expectStatus(await putPanel(admin, next), 200).body.version).toBe(2);
    await refused(409, () => putPanel(admin, { ...PANEL, version: 1 }), 'VERSION_CONFLICT');
    const got = await ctx.http.call('GET', `${EDITION}/assignments`, { token: admin });
    expect(got.body.version).toBe(2);
    expect(got.body.assignments).toHaveLength(4);
  });

  test('the secretariat marks a submitted entry ineligible, with its reason', async () => {
    const answer = expectStatus(await screen(admin, other, { eligible: false, reason: '  Inovasi belum diterapkan minimal satu tahun  ' }), 200);
    expect(answer.body).toMatchObject({
      id: other,
      status: 'INELIGIBLE',
      eligibility: { eligible: false, reason: 'Inovasi belum diterapkan minimal satu tahun', decidedBy: 'brida-admin', decidedAt: AT.SCREENING },
    });
    const read = await ctx.http.call('GET', `/innovations/${other}`, { token: admin });
    expect(read.body).toMatchObject({ status: 'INELIGIBLE', eligibility: { reason: 'Inovasi belum diterapkan minimal satu tahun' } });
  });

  test('…and may reverse that decision (eligible again)', async () => {
    expect(expectStatus(await screen(admin, other, { eligible: true }), 200).body).toMatchObject({ status: 'ELIGIBLE', eligibility: { eligible: true, reason: '' } });
    expect(expectStatus(await screen(admin, other, { eligible: false, reason: 'Dokumen tidak lengkap' }), 200).body.status).toBe('INELIGIBLE');
  });

  test('a reason is required when an entry is ineligible (400 naming body.reason), blank counts as none', async () => {
    for (const body of [{ eligible: false }, { eligible: false, reason: '' }, { eligible: false, reason: '   ' }]) {
      const answer = await refused(400, () => screen(admin, submitted, body), 'INVALID_INPUT');
      expect(failingPaths(answer)).toEqual(['body.reason']);
    }
    await refused(400, () => screen(admin, submitted, { reason: 'tanpa keputusan' }), 'INVALID_INPUT');
  });

  test('a draft is never screened: 409', async () => {
    const answer = await refused(409, () => screen(admin, draft, { eligible: true }));
    expect(answer.body.error.code).toMatch(/NOT_SUBMITTED/);
  });

  test('only the secretariat screens (403 for the owner or a judge); an unknown entry is a 404', async () => {
    await refused(403, () => screen(participant, submitted, { eligible: true }), 'FORBIDDEN');
    await refused(403, () => screen(jury, submitted, { eligible: true }), 'FORBIDDEN');
    await refused(404, () => screen(admin, '00000000-0000-4000-8000-000000000000', { eligible: true }), 'NOT_FOUND');
  });
});

describe('during ASSESSMENT', () => {
  beforeAll(() => setClock(ctx.http, AT.ASSESSMENT));

  test('screening is closed: 409 WRONG_STAGE', async () => {
    const answer = await refused(409, () => screen(admin, submitted, { eligible: false, reason: 'Terlambat' }), 'WRONG_STAGE');
    expect(answer.body.error.details[0]).toMatchObject({ stage: 'ASSESSMENT' });
  });

  test('the panel may still change', async () => {
    expect(expectStatus(await putPanel(admin, { ...PANEL, version: 2 }), 200).body.version).toBe(3);
  });
});

describe('after PRESENTATION', () => {
  beforeAll(() => setClock(ctx.http, AT.WINNER_DETERMINATION));

  test('the panel is frozen: 409 WRONG_STAGE', async () => {
    const answer = await refused(409, () => putPanel(admin, PANEL), 'WRONG_STAGE');
    expect(answer.body.error.details[0]).toMatchObject({ stage: 'WINNER_DETERMINATION' });
  });

  test('before the announcement the results show the nominees and no winners', async () => {
    // (NOMINATION_FIRST and FINAL_RANKING_FIRST: see late-boundary.test.ts — here the boundaries ran.)
    const answer = await ctx.http.call('GET', `${EDITION}/results`);
    expect(answer.status).toBe(200);
    expect(answer.body.winners).toEqual({});
  });
});

describe('audit', () => {
  test('the edition trail has every accepted panel change with who, when, before and after', async () => {
    const trail = expectStatus(await ctx.http.call('GET', `${EDITION}/audit`, { token: admin }), 200).body.items as Record<string, any>[];
    const changes = trail.filter((r) => r.action === 'ASSIGNMENTS_SET');
    expect(changes).toHaveLength(3);
    expect(changes[0]).toMatchObject({ who: 'brida-admin', at: AT.SCREENING, before: null, after: { assignments: PANEL.assignments, conflicts: PANEL.conflicts } });
    expect(changes[1].before).toEqual(changes[0].after);
    expect(changes[2]).toMatchObject({ at: AT.ASSESSMENT, before: changes[1].after, after: changes[0].after });
  });

  test('the entry trail has every accepted eligibility change, oldest first', async () => {
    // (The rules' flags, if any, are recorded beside them: screening-flags.test.ts.)
    const trail = (expectStatus(await ctx.http.call('GET', `/innovations/${other}/audit`, { token: admin }), 200).body.items as Record<string, any>[]).filter((r) => r.action !== 'SCREENING_FLAGGED');
    expect(trail.map((r) => [r.action, r.who, r.at, r.after.status])).toEqual([
      ['ELIGIBILITY_SET', 'brida-admin', AT.SCREENING, 'INELIGIBLE'],
      ['ELIGIBILITY_SET', 'brida-admin', AT.SCREENING, 'ELIGIBLE'],
      ['ELIGIBILITY_SET', 'brida-admin', AT.SCREENING, 'INELIGIBLE'],
    ]);
    expect(trail[0].before).toMatchObject({ status: expect.stringMatching(/SUBMITTED|ELIGIBLE/), eligibility: null });
    expect(trail[1].before).toMatchObject({ status: 'INELIGIBLE', eligibility: { reason: 'Inovasi belum diterapkan minimal satu tahun' } });
  });

  test('only the secretariat reads a trail (403 for a judge)', async () => {
    await refused(403, () => ctx.http.call('GET', `/innovations/${other}/audit`, { token: jury }), 'FORBIDDEN');
    await refused(403, () => ctx.http.call('GET', `${EDITION}/audit`, { token: jury }), 'FORBIDDEN');
  });
});
