/** Desk assessment scores (PUT/GET /innovations/{id}/scores/{round}): only an assigned judge without a
 * conflict, only during ASSESSMENT, only on the rubric's scale, upserted with optimistic locking, and
 * no judge reads another's score. Played through SCREENING → ASSESSMENT → NOMINATION. Every refusal
 * writes nothing. */
import { ASSESSMENT_KEYS, AT, EDITION, PRESENTATION_KEYS, criteria, draftEntry, expectStatus, failingPaths, personal, refused, score, setClock, submitEntry, useStack } from './support';

const ctx = useStack();
const t: Record<string, string> = {};
let brida: string;
let dinkes: string;
let guru: string;
let ineligible: string;
let draft: string;

const good = criteria(ASSESSMENT_KEYS, (_, i) => 3 + (i % 2)); // 3, 4, 3, 4, 3, 4

beforeAll(async () => {
  await setClock(ctx.http, AT.REGISTRATION);
  const tokens: [string, string[], string?][] = [
    ['admin', ['admin']],
    ['juri-1', ['jury']],
    ['juri-2', ['jury']],
    ['juri-3', ['jury']],
    ['juri-luar', ['jury']],
    ['verifikator-1', ['verifier']],
    ['peserta-brida', ['participant'], 'opd-brida'],
    ['peserta-dinkes', ['participant'], 'opd-dinkes'],
    ['guru-1', ['participant']],
    ['guru-2', ['participant']],
    ['guru-3', ['participant']],
  ];
  for (const [sub, groups, institution] of tokens) t[sub] = await ctx.http.token(sub === 'admin' ? 'brida-admin' : sub, groups, institution);
  brida = await submitEntry(ctx.http, t['peserta-brida']!, { institutionId: 'opd-brida', title: 'Sistem Informasi Riset Daerah' });
  dinkes = await submitEntry(ctx.http, t['peserta-dinkes']!, { institutionId: 'opd-dinkes', title: 'Posyandu Digital' });
  guru = await submitEntry(ctx.http, t['guru-1']!, personal('GURU', { title: 'Kelas Literasi Sungai' }));
  ineligible = await submitEntry(ctx.http, t['guru-2']!, personal('GURU', { title: 'Bank Sampah Sekolah' }));
  draft = await draftEntry(ctx.http, t['guru-3']!, personal('GURU', { title: 'Belum Dikirim' }));

  await setClock(ctx.http, AT.SCREENING);
  expectStatus(
    await ctx.http.call('PUT', `${EDITION}/assignments`, {
      token: t.admin,
      body: {
        assignments: [
          { userId: 'juri-1', role: 'jury', categories: ['OPD', 'GURU'] },
          { userId: 'juri-2', role: 'jury', categories: ['OPD'] },
          { userId: 'juri-3', role: 'jury', categories: ['GURU'] },
          { userId: 'verifikator-1', role: 'verifier', categories: ['OPD', 'GURU'] },
        ],
        conflicts: [{ userId: 'juri-2', institutionIds: ['opd-dinkes'] }],
      },
    }),
    200,
  );
  expectStatus(await ctx.http.call('PUT', `/innovations/${ineligible}/eligibility`, { token: t.admin, body: { eligible: false, reason: 'Bukan karya guru' } }), 200);
});

describe('during SCREENING', () => {
  test('an assigned judge cannot score yet: 409 WRONG_STAGE naming the stage and the ASSESSMENT window', async () => {
    const answer = await refused(409, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: good }), 'WRONG_STAGE');
    expect(answer.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: 'current stage', stage: 'SCREENING' }),
        expect.objectContaining({ message: 'allowed stage', stage: 'ASSESSMENT', start: '2023-11-01T00:00:00+08:00', end: '2023-11-20T12:00:00+08:00' }),
      ]),
    );
  });
});

describe('during ASSESSMENT', () => {
  beforeAll(() => setClock(ctx.http, AT.ASSESSMENT));

  test('a judge assigned to no category, or not to this one, is refused (403)', async () => {
    await refused(403, () => score(ctx.http, t['juri-luar']!, brida, 'assessment', { criteria: good }), 'FORBIDDEN');
    await refused(403, () => score(ctx.http, t['juri-2']!, guru, 'assessment', { criteria: good }), 'FORBIDDEN');
    await refused(403, () => score(ctx.http, t['juri-3']!, brida, 'assessment', { criteria: good }), 'FORBIDDEN');
  });

  test('a judge who declared a conflict with the entry\'s institution is refused (403)', async () => {
    const answer = await refused(403, () => score(ctx.http, t['juri-2']!, dinkes, 'assessment', { criteria: good }), 'FORBIDDEN');
    expect(answer.body.error.message).toMatch(/conflict/i);
    // …and cannot read the entry either.
    await refused(403, () => ctx.http.call('GET', `/innovations/${dinkes}`, { token: t['juri-2'] }), 'FORBIDDEN');
  });

  test('only the jury scores (403 for the owner, a verifier, the secretariat)', async () => {
    for (const who of ['peserta-brida', 'verifikator-1', 'admin']) await refused(403, () => score(ctx.http, t[who]!, brida, 'assessment', { criteria: good }), 'FORBIDDEN');
  });

  test('a score off the scale is a 400 naming each criterion', async () => {
    const answer = await refused(400, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: { ...good, kebaruan: 6, kemanfaatan: 0 } }), 'INVALID_INPUT');
    expect(answer.body.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ['body', 'criteria', 'kebaruan'] }),
        expect.objectContaining({ path: ['body', 'criteria', 'kemanfaatan'] }),
      ]),
    );
    expect(failingPaths(answer)).toHaveLength(2);
    const low = await refused(400, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: { ...good, kelengkapan: 0.99 } }), 'INVALID_INPUT');
    expect(failingPaths(low)).toEqual(['body.criteria.kelengkapan']);
  });

  test('a missing criterion is a 400 naming it', async () => {
    const { kelengkapan: _, ...missing } = good;
    const answer = await refused(400, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: missing }), 'INVALID_INPUT');
    expect(failingPaths(answer)).toEqual(['body.criteria.kelengkapan']);
    const none = await refused(400, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: {} }), 'INVALID_INPUT');
    expect(failingPaths(none)).toHaveLength(ASSESSMENT_KEYS.length);
  });

  test('a criterion not in this round\'s rubric, a non-number, or no criteria at all are 400s', async () => {
    expect(failingPaths(await refused(400, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: { ...good, penguasaan: 3 } }), 'INVALID_INPUT'))).toEqual(['body.criteria.penguasaan']);
    expect(failingPaths(await refused(400, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: { ...good, kebaruan: '4' } }), 'INVALID_INPUT'))).toEqual(['body.criteria.kebaruan']);
    await refused(400, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: criteria(PRESENTATION_KEYS, 3) }), 'INVALID_INPUT');
    await refused(400, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { comment: 'tanpa nilai' }), 'INVALID_INPUT');
    await refused(400, () => ctx.http.call('PUT', `/innovations/${brida}/scores/final`, { token: t['juri-1'], body: { criteria: good } }), 'INVALID_INPUT');
  });

  test('the presentation round is not open yet: 409 WRONG_STAGE', async () => {
    await refused(409, () => score(ctx.http, t['juri-1']!, brida, 'presentation', { criteria: criteria(PRESENTATION_KEYS, 3) }), 'WRONG_STAGE');
  });

  test('an entry screened out, or never submitted, is not assessed (409)', async () => {
    await refused(409, () => score(ctx.http, t['juri-1']!, ineligible, 'assessment', { criteria: good }), 'NOT_ELIGIBLE');
    await refused(409, () => score(ctx.http, t['juri-1']!, draft, 'assessment', { criteria: good }), 'NOT_ELIGIBLE');
  });

  test('a judge\'s score is upserted: 201 then 200, the version counts up, the total is the weighted sum on 0–100', async () => {
    const first = expectStatus(await score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, 5), comment: 'Sangat baik' }), 201);
    expect(first.body).toMatchObject({ innovationId: brida, round: 'assessment', judgeId: 'juri-1', category: 'OPD', total: 100, comment: 'Sangat baik', version: 1 });
    expect(first.headers.get('etag')).toBe('"1"');

    const second = expectStatus(await score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, 1) }), 200);
    expect(second.body).toMatchObject({ total: 0, version: 2, createdAt: first.body.createdAt });

    // kebaruan 25 and kemanfaatan 25 at the top, the rest at the bottom: 50.
    const third = expectStatus(await score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: { ...criteria(ASSESSMENT_KEYS, 1), kebaruan: 5, kemanfaatan: 5 }, version: 2 }), 200);
    expect(third.body).toMatchObject({ total: 50, version: 3 });
    // (3-1)/4 of every weight: 50; the weights 25/25/15/15/15/5 of a 1–5 scale.
    expect(expectStatus(await score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, 3) }), 200).body).toMatchObject({ total: 50, version: 4 });
    expect(expectStatus(await score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: good }), 200).body).toMatchObject({ total: 61.25, version: 5 });
  });

  test('a revision based on a stale version is a 409 VERSION_CONFLICT (in the body or as If-Match)', async () => {
    await refused(409, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: good, version: 2 }), 'VERSION_CONFLICT');
    await refused(409, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: good }, { 'if-match': '"4"' }), 'VERSION_CONFLICT');
    // A first score must not claim a version.
    await refused(409, () => score(ctx.http, t['juri-2']!, brida, 'assessment', { criteria: good, version: 1 }), 'VERSION_CONFLICT');
    expect(expectStatus(await score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: good }, { 'if-match': '"5"' }), 200).body.version).toBe(6);
  });

  test('a judge reads back only their own score; the secretariat reads all', async () => {
    expectStatus(await score(ctx.http, t['juri-2']!, brida, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, 2), comment: 'Cukup' }), 201);
    expectStatus(await score(ctx.http, t['juri-3']!, guru, 'assessment', { criteria: good }), 201);

    const mine = expectStatus(await ctx.http.call('GET', `/innovations/${brida}/scores/assessment`, { token: t['juri-1'] }), 200);
    expect(mine.body.items.map((s: { judgeId: string }) => s.judgeId)).toEqual(['juri-1']);
    const theirs = expectStatus(await ctx.http.call('GET', `/innovations/${brida}/scores/assessment`, { token: t['juri-2'] }), 200);
    expect(theirs.body.items).toEqual([expect.objectContaining({ judgeId: 'juri-2', total: 25, comment: 'Cukup' })]);
    expect(JSON.stringify(theirs.body)).not.toContain('juri-1');
    // A judge off the entry's panel learns nothing about it, not even that it has no scores.
    await refused(403, () => ctx.http.call('GET', `/innovations/${brida}/scores/assessment`, { token: t['juri-luar'] }), 'FORBIDDEN');

    const all = expectStatus(await ctx.http.call('GET', `/innovations/${brida}/scores/assessment`, { token: t.admin }), 200);
    expect(all.body.items.map((s: { judgeId: string }) => s.judgeId).sort()).toEqual(['juri-1', 'juri-2']);
    expect(expectStatus(await ctx.http.call('GET', `/innovations/${brida}/scores/presentation`, { token: t.admin }), 200).body.items).toEqual([]);
    await refused(403, () => ctx.http.call('GET', `/innovations/${brida}/scores/assessment`, { token: t['peserta-brida'] }), 'FORBIDDEN');
  });

  test('a score is accepted in the last second of the window', async () => {
    await setClock(ctx.http, AT.ASSESSMENT_LAST_SECOND);
    expectStatus(await score(ctx.http, t['juri-1']!, guru, 'assessment', { criteria: good }), 201);
  });
});

describe('after ASSESSMENT ends', () => {
  beforeAll(() => setClock(ctx.http, AT.NOMINATION));

  test('neither a new score nor a revision is accepted: 409 WRONG_STAGE', async () => {
    const answer = await refused(409, () => score(ctx.http, t['juri-1']!, brida, 'assessment', { criteria: good }), 'WRONG_STAGE');
    expect(answer.body.error.details[0]).toMatchObject({ stage: 'NOMINATION', start: AT.NOMINATION });
    await refused(409, () => score(ctx.http, t['juri-2']!, brida, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, 4) }), 'WRONG_STAGE');
    await refused(409, () => score(ctx.http, t['juri-1']!, dinkes, 'assessment', { criteria: good }), 'WRONG_STAGE');
  });

  test('the entry\'s audit trail has every accepted score with who, when, before and after', async () => {
    const trail = expectStatus(await ctx.http.call('GET', `/innovations/${brida}/audit`, { token: t.admin }), 200).body.items as Record<string, any>[];
    const scores = trail.filter((r) => r.action === 'SCORE_ASSESSMENT');
    expect(scores.map((r) => [r.who, r.after.total])).toEqual([
      ['juri-1', 100],
      ['juri-1', 0],
      ['juri-1', 50],
      ['juri-1', 50],
      ['juri-1', 61.25],
      ['juri-1', 61.25],
      ['juri-2', 25],
    ]);
    expect(scores[0]).toMatchObject({ at: AT.ASSESSMENT, before: null, after: { criteria: criteria(ASSESSMENT_KEYS, 5), comment: 'Sangat baik' } });
    expect(scores[1]).toMatchObject({ before: { total: 100, criteria: criteria(ASSESSMENT_KEYS, 5) }, after: { total: 0, criteria: criteria(ASSESSMENT_KEYS, 1) } });
    expect(trail.filter((r) => r.action !== 'SCORE_ASSESSMENT')).toEqual([]);
  });
});
