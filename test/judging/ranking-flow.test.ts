/** The whole judging of an edition, end to end through the local stack: two categories (OPD and GURU),
 * twelve entries, three judges of different severity, screening, the nomination ranking, field
 * verification with uploaded evidence, the presentation round, the final ranking, the announcement
 * and the public results — and the audit trail of all of it. The clock plays the seed calendar
 * forward; every refusal on the way writes nothing. */
import { fQuantile } from '#shared/domain/f-quantile';
import { rankFinal, rankNomination, type JudgeScore } from '#shared/domain/ranking';
import { round4 } from '#shared/domain/scoring';
import { seedEdition } from '#shared/domain/seed-edition';
import { tableSnapshot, type Answer } from '#test/support/stack';
import { ASSESSMENT_KEYS, AT, EDITION, PRESENTATION_KEYS, criteria, expectStatus, personal, refused, score, setClock, submitEntry, uploadWithPresignedPost, useStack } from './support';

/** Stored rows also name what they rank (title, institution); the pure ranking does not need them. */
const withoutNames = (categories: Record<string, Record<string, unknown>[]>) =>
  Object.fromEntries(
    Object.entries(categories).map(([code, rows]) => {
      for (const row of rows) expect(typeof row.title).toBe('string');
      return [code, rows.map(({ title: _t, institutionId: _i, ...row }) => row)];
    }),
  );

const ctx = useStack();
const t: Record<string, string> = {};
/** innovation ids by a short name */
const id: Record<string, string> = {};
const entries: { name: string; category: 'OPD' | 'GURU'; owner: string; institutionId?: string; quality: number }[] = [
  { name: 'brida', category: 'OPD', owner: 'peserta-brida', institutionId: 'opd-brida', quality: 3.6 },
  { name: 'diskominfo', category: 'OPD', owner: 'peserta-diskominfo', institutionId: 'opd-diskominfo', quality: 2.4 },
  { name: 'dinkes', category: 'OPD', owner: 'peserta-dinkes', institutionId: 'opd-dinkes', quality: 4.1 },
  { name: 'disdikbud', category: 'OPD', owner: 'peserta-disdikbud', institutionId: 'opd-disdikbud', quality: 3.0 },
  { name: 'dpmptsp', category: 'OPD', owner: 'peserta-dpmptsp', institutionId: 'opd-dpmptsp', quality: 4.8 },
  { name: 'guru-1', category: 'GURU', owner: 'guru-1', quality: 4.3 },
  { name: 'guru-2', category: 'GURU', owner: 'guru-2', quality: 3.4 },
  { name: 'guru-3', category: 'GURU', owner: 'guru-3', quality: 2.2 },
  { name: 'guru-4', category: 'GURU', owner: 'guru-4', quality: 3.9 },
  { name: 'guru-5', category: 'GURU', owner: 'guru-5', quality: 2.8 },
  { name: 'guru-6', category: 'GURU', owner: 'guru-6', quality: 1.8 },
  { name: 'guru-7', category: 'GURU', owner: 'guru-7', quality: 3.2 },
];
const JUDGES = ['juri-keras', 'juri-murah', 'juri-tengah'] as const;
type Judge = (typeof JUDGES)[number];
/** Severity: the harsh judge scores a point lower than the neutral one, the lenient one 0.6 higher. */
const OFFSET: Record<Judge, number> = { 'juri-keras': -1, 'juri-murah': 0.6, 'juri-tengah': 0 };
const DELTA = [0.2, -0.1, 0, 0.1, -0.2, 0.3];
const clamp = (x: number) => Math.min(5, Math.max(1, Math.round(x * 100) / 100));
const rubricScore = (keys: readonly string[], quality: number, judge: Judge) => criteria(keys, (_, i) => clamp(quality + OFFSET[judge] + DELTA[i]!));

/** What the judges sent, per round and innovation: the test's own record to recompute rankings from. */
const sent: Record<'assessment' | 'presentation', Map<string, JudgeScore[]>> = { assessment: new Map(), presentation: new Map() };
const scoreAs = async (judge: Judge, name: string, round: 'assessment' | 'presentation', quality: number): Promise<Answer> => {
  const body = { criteria: rubricScore(round === 'assessment' ? ASSESSMENT_KEYS : PRESENTATION_KEYS, quality, judge) };
  const answer = expectStatus(await score(ctx.http, t[judge]!, id[name]!, round, body), 201);
  sent[round].set(id[name]!, [...(sent[round].get(id[name]!) ?? []), { judgeId: judge, criteria: body.criteria }]);
  return answer;
};

const get = (path: string, token?: string) => ctx.http.call('GET', path, { token });
const statusOf = async (name: string): Promise<string> => expectStatus(await get(`/innovations/${id[name]}`, t.admin), 200).body.status;
const verify = (who: string, name: string, body: unknown) => ctx.http.call('PUT', `/innovations/${id[name]}/verification`, { token: t[who], body });
const requestEvidence = (who: string, name: string, body: unknown) => ctx.http.call('POST', `/innovations/${id[name]}/verification/evidence`, { token: t[who], body });
const auditOf = async (path: string): Promise<Record<string, any>[]> => expectStatus(await get(`${path}/audit?limit=100`, t.admin), 200).body.items;

const PHOTO = Buffer.from('\xff\xd8\xff\xe0 foto kunjungan lapangan \xff\xd9', 'latin1');
let nomination: Answer;
let final: Answer;
let evidenceId: string;

beforeAll(async () => {
  await setClock(ctx.http, AT.REGISTRATION);
  const people: [string, string[], string?][] = [
    ['brida-admin', ['admin']],
    ...JUDGES.map((j): [string, string[]] => [j, ['jury']]),
    ['juri-luar', ['jury']],
    ['verifikator-1', ['verifier']],
    ['verifikator-rsud', ['verifier']],
    ['verifikator-luar', ['verifier']],
    ...entries.map((e): [string, string[], string?] => [e.owner, ['participant'], e.institutionId]),
  ];
  for (const [sub, groups, institutionId] of people) t[sub] = await ctx.http.token(sub, groups, institutionId);
  t.admin = t['brida-admin']!;
  for (const e of entries)
    id[e.name] = await submitEntry(ctx.http, t[e.owner]!, e.category === 'OPD' ? { institutionId: e.institutionId, title: `Inovasi ${e.name}` } : personal('GURU', { title: `Inovasi ${e.name}` }));
});

describe('SCREENING: the panel and the screening', () => {
  beforeAll(() => setClock(ctx.http, AT.SCREENING));

  test('the secretariat assigns three judges and the verifiers; one judge declares a conflict with Dinas Kesehatan', async () => {
    const panel = {
      assignments: [
        ...JUDGES.map((userId) => ({ userId, role: 'jury', categories: ['OPD', 'GURU'] })),
        { userId: 'verifikator-1', role: 'verifier', categories: ['OPD', 'GURU'] },
        { userId: 'verifikator-rsud', role: 'verifier', categories: ['RSUD'] },
      ],
      conflicts: [{ userId: 'juri-tengah', institutionIds: ['opd-dinkes'] }],
    };
    expect(expectStatus(await ctx.http.call('PUT', `${EDITION}/assignments`, { token: t.admin, body: panel }), 200).body.version).toBe(1);
  });

  test('one OPD entry is screened out', async () => {
    const answer = expectStatus(await ctx.http.call('PUT', `/innovations/${id.dpmptsp}/eligibility`, { token: t.admin, body: { eligible: false, reason: 'Belum diterapkan' } }), 200);
    expect(answer.body.status).toBe('INELIGIBLE');
  });

  test('no ranking can be computed yet (409 WRONG_STAGE)', async () => {
    await refused(409, () => ctx.http.call('POST', `${EDITION}/rankings/nomination`, { token: t.admin }), 'WRONG_STAGE');
  });
});

describe('ASSESSMENT: three judges of different severity score every entry they may', () => {
  beforeAll(() => setClock(ctx.http, AT.ASSESSMENT));

  test('each judge scores 10 entries; the conflicted judge skips Dinas Kesehatan; guru-7 gets one judge only', async () => {
    for (const e of entries) {
      if (e.name === 'dpmptsp') continue;
      for (const judge of JUDGES) {
        if (judge === 'juri-tengah' && e.name === 'dinkes') continue;
        if (judge !== 'juri-tengah' && e.name === 'guru-7') continue;
        await scoreAs(judge, e.name, 'assessment', e.quality);
      }
    }
    for (const judge of JUDGES) expect([...sent.assessment.values()].flat().filter((s) => s.judgeId === judge)).toHaveLength(10);
  });

  test('the refused ones were refused: the conflict (403), the screened-out entry (409)', async () => {
    await refused(403, () => score(ctx.http, t['juri-tengah']!, id.dinkes!, 'assessment', { criteria: rubricScore(ASSESSMENT_KEYS, 4, 'juri-tengah') }), 'FORBIDDEN');
    await refused(409, () => score(ctx.http, t['juri-keras']!, id.dpmptsp!, 'assessment', { criteria: rubricScore(ASSESSMENT_KEYS, 4, 'juri-keras') }), 'NOT_ELIGIBLE');
  });

  test('the ranking cannot be computed while the round is open (409 WRONG_STAGE), nor read before it is computed (404)', async () => {
    await refused(409, () => ctx.http.call('POST', `${EDITION}/rankings/nomination`, { token: t.admin }), 'WRONG_STAGE');
    expectStatus(await get(`${EDITION}/rankings/nomination`, t.admin), 404);
  });

  test('while the round is open the secretariat previews it: judge agreement and disagreement flags, nothing stored', async () => {
    const before = await tableSnapshot();
    const preview = expectStatus(await get(`${EDITION}/rankings/nomination/preview`, t.admin), 200).body;
    expect(await tableSnapshot()).toBe(before);
    expect(preview).toMatchObject({ editionId: 'pik-2023', round: 'nomination', preview: true });
    expect(Object.keys(preview.reliability).sort()).toEqual(['GURU', 'OPD']);
    // Three judges of steady severity: they agree on the order, less on the level (absolute agreement).
    const guru = preview.reliability.GURU;
    expect(guru.judges).toEqual(['juri-keras', 'juri-murah', 'juri-tengah']);
    expect(guru.entriesLeftOut).toBe(1); // guru-7 has one judge
    expect(guru.single.icc).toBeGreaterThan(0);
    expect(guru.single.lower).toBeLessThanOrEqual(guru.single.icc);
    expect(guru.average.icc).toBeGreaterThanOrEqual(guru.single.icc);
    expect(['poor', 'moderate', 'good', 'excellent']).toContain(guru.average.band);
    // The harsh and lenient judges differ by 1.6 points on a 1–5 scale: 40 on the 0–100 totals.
    const flagged = Object.values(preview.categories).flat().filter((r: any) => r.disagreement) as Record<string, any>[];
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) expect(r.breakdown.spread).toBeGreaterThan(25);
    expect(preview.reliability.OPD.disagreements.map((d: any) => d.innovationId).sort()).toEqual(
      preview.categories.OPD.filter((r: any) => r.disagreement).map((r: any) => r.innovationId).sort(),
    );
    await refused(403, () => get(`${EDITION}/rankings/nomination/preview`, t['juri-keras']), 'FORBIDDEN');
    await refused(409, () => get(`${EDITION}/rankings/final/preview`, t.admin), 'WRONG_STAGE');
  });
});

describe('NOMINATION: the nomination ranking', () => {
  beforeAll(() => setClock(ctx.http, AT.NOMINATION));

  test('only the secretariat computes a ranking (403); the final one needs its stage (409)', async () => {
    await refused(403, () => ctx.http.call('POST', `${EDITION}/rankings/nomination`, { token: t['juri-keras'] }), 'FORBIDDEN');
    await refused(409, () => ctx.http.call('POST', `${EDITION}/rankings/final`, { token: t.admin }), 'WRONG_STAGE');
    await refused(400, () => ctx.http.call('POST', `${EDITION}/rankings/assessment`, { token: t.admin }), 'INVALID_INPUT');
  });

  test('the secretariat computes it: every assessed entry of both categories, with its breakdown', async () => {
    nomination = await ctx.http.call('POST', `${EDITION}/rankings/nomination`, { token: t.admin });
    // 201 when this call stored it; 200 if the NOMINATION boundary had computed it already.
    expect([200, 201]).toContain(nomination.status);
    expect(nomination.body.changed).toBe(nomination.status === 201);
    expect(nomination.body).toMatchObject({ editionId: 'pik-2023', round: 'nomination', ties: [] });
    expect(Object.keys(nomination.body.categories).sort()).toEqual(['GURU', 'OPD']);
    expect(nomination.body.categories.OPD).toHaveLength(5);
    expect(nomination.body.categories.GURU).toHaveLength(7);
  });

  test('it is exactly what the judging rules give for the scores the judges sent', async () => {
    const byId = new Map(entries.map((e) => [id[e.name]!, e]));
    const innovations = await Promise.all(entries.map(async (e) => expectStatus(await get(`/innovations/${id[e.name]}`, t.admin), 200).body));
    const expected = rankNomination({
      entries: innovations.map((i) => ({ innovationId: i.id, category: byId.get(i.id)!.category, eligible: i.status !== 'INELIGIBLE', submittedAt: i.submittedAt, scores: sent.assessment.get(i.id) ?? [] })),
      rubric: seedEdition.rubric.assessment,
      nominationsPerCategory: seedEdition.nominationsPerCategory,
      minimumNominationScore: null,
      fQuantile,
    });
    expect(withoutNames(nomination.body.categories)).toEqual(expected.categories);
    expect(nomination.body.ties).toEqual(expected.ties);
    expect(nomination.body.reliability).toEqual(expected.reliability);
  });

  test('judge severity is corrected: the harsh judge is raised, the lenient one lowered; raw and adjusted are both shown', () => {
    const rows = [...nomination.body.categories.OPD, ...nomination.body.categories.GURU] as Record<string, any>[];
    const judgeRows = rows.flatMap((r) => r.breakdown.judges as Record<string, any>[]);
    const of = (judge: Judge) => judgeRows.filter((j) => j.judgeId === judge);
    for (const judge of JUDGES) {
      expect(of(judge)).toHaveLength(10);
      for (const j of of(judge)) {
        expect(j).toMatchObject({ corrected: true, judgeEntries: 10 });
        const pooled = rows[0]!.breakdown;
        expect(j.adjusted).toBe(round4(pooled.pooledMean + (pooled.pooledSd * (j.raw - j.judgeMean)) / j.judgeSd));
      }
    }
    const lift = (judge: Judge) => of(judge).reduce((s, j) => s + j.adjusted - j.raw, 0) / 10;
    expect(of('juri-keras')[0]!.judgeMean).toBeLessThan(of('juri-murah')[0]!.judgeMean);
    expect(lift('juri-keras')).toBeGreaterThan(5);
    expect(lift('juri-murah')).toBeLessThan(-5);
    for (const r of rows.filter((r) => r.rank !== null)) expect(r.breakdown.rawMean).not.toBe(r.score);
  });

  test('the top five eligible entries with at least two judges are nominated; the rest are listed with why', () => {
    const opd = nomination.body.categories.OPD as Record<string, any>[];
    const guru = nomination.body.categories.GURU as Record<string, any>[];
    const named = (rows: Record<string, any>[]) => rows.map((r) => [entries.find((e) => id[e.name] === r.innovationId)!.name, r.rank, r.nominated]);
    expect(named(opd)).toEqual([
      ['dinkes', 1, true],
      ['brida', 2, true],
      ['disdikbud', 3, true],
      ['diskominfo', 4, true],
      ['dpmptsp', null, false],
    ]);
    expect(opd[4]).toMatchObject({ score: null, reason: expect.stringMatching(/not eligible/) });
    expect(named(guru)).toEqual([
      ['guru-1', 1, true],
      ['guru-4', 2, true],
      ['guru-2', 3, true],
      ['guru-5', 4, true],
      ['guru-3', 5, true],
      ['guru-6', 6, false],
      ['guru-7', null, false],
    ]);
    expect(guru[6]).toMatchObject({ score: null, reason: expect.stringMatching(/1 judge/) });
    for (const r of [...opd, ...guru]) expect(r.breakdown).toEqual(expect.objectContaining({ judges: expect.any(Array), rubric: expect.any(Array) }));
    // Dinas Kesehatan: two judges (the third declared a conflict), averaged without trimming.
    expect(opd[0].breakdown).toMatchObject({ trimmed: false, dropped: [] });
    expect(opd[0].breakdown.judges.map((j: { judgeId: string }) => j.judgeId)).toEqual(['juri-keras', 'juri-murah']);
  });

  test('nominated entries are NOMINATED; the others are not', async () => {
    for (const name of ['dinkes', 'brida', 'disdikbud', 'diskominfo', 'guru-1', 'guru-2', 'guru-3', 'guru-4', 'guru-5']) expect(await statusOf(name)).toBe('NOMINATED');
    expect(await statusOf('dpmptsp')).toBe('INELIGIBLE');
    for (const name of ['guru-6', 'guru-7']) expect(await statusOf(name)).toMatch(/^(SUBMITTED|ELIGIBLE)$/);
  });

  test('re-running it answers 200 with the same ranking and writes nothing new', async () => {
    const before = await auditOf(EDITION);
    const rerun = expectStatus(await ctx.http.call('POST', `${EDITION}/rankings/nomination`, { token: t.admin }), 200);
    expect({ ...rerun.body, changed: undefined }).toEqual({ ...nomination.body, changed: undefined });
    expect(JSON.stringify({ ...rerun.body, changed: undefined })).toBe(JSON.stringify({ ...nomination.body, changed: undefined }));
    expect(rerun.body.changed).toBe(false);
    expect(await auditOf(EDITION)).toEqual(before);
    expect(before.filter((r) => r.action === 'RANKING_NOMINATION')).toHaveLength(1);
  });

  test('the secretariat and the jury read it with every breakdown; ?category= narrows it; others may not', async () => {
    const { changed: _, ...stored } = nomination.body;
    expect(expectStatus(await get(`${EDITION}/rankings/nomination`, t.admin), 200).body).toEqual(stored);
    expect(expectStatus(await get(`${EDITION}/rankings/nomination`, t['juri-murah']), 200).body).toEqual(stored);
    const guru = expectStatus(await get(`${EDITION}/rankings/nomination?category=GURU`, t.admin), 200);
    expect(guru.body.categories).toEqual({ GURU: nomination.body.categories.GURU });
    await refused(403, () => get(`${EDITION}/rankings/nomination`, t['guru-1']), 'FORBIDDEN');
    await refused(403, () => get(`${EDITION}/rankings/nomination`, t['verifikator-1']), 'FORBIDDEN');
    expectStatus(await get(`${EDITION}/rankings/final`, t.admin), 404);
  });

  test('the nominees are public from the nomination, without objections (the seed edition has no window) and without winners', async () => {
    const results = expectStatus(await get(`${EDITION}/results`), 200).body;
    expect(results.nominees.OPD.length).toBeGreaterThan(0);
    for (const n of Object.values(results.nominees).flat() as Record<string, any>[]) expect(n.objections).toEqual({ filed: 0, open: 0, upheld: 0, rejected: 0 });
    expect(results.winners).toEqual({});
    expect(results.disqualified).toEqual({});
  });

  test('a verification cannot be recorded before FIELD_VERIFICATION (409 WRONG_STAGE)', async () => {
    await refused(409, () => verify('verifikator-1', 'brida', { result: 'VERIFIED', score: 80, findings: 'Terlalu dini' }), 'WRONG_STAGE');
  });
});

describe('FIELD_VERIFICATION: verifiers visit the nominees', () => {
  beforeAll(() => setClock(ctx.http, AT.FIELD_VERIFICATION));

  const photo = { kind: 'PHOTO', fileName: 'C:\\kunjungan\\foto-1.jpg', contentType: 'image/jpeg', size: PHOTO.length };

  test('a verifier not assigned to the category is refused (403), for evidence and for the verification', async () => {
    for (const who of ['verifikator-luar', 'verifikator-rsud']) {
      await refused(403, () => requestEvidence(who, 'brida', photo), 'FORBIDDEN');
      await refused(403, () => verify(who, 'brida', { result: 'VERIFIED', score: 80, findings: 'Sesuai' }), 'FORBIDDEN');
    }
    await refused(403, () => verify('juri-keras', 'brida', { result: 'VERIFIED', score: 80, findings: 'Sesuai' }), 'FORBIDDEN');
  });

  test('an assigned verifier on an entry that is not a nominee is refused (409 NOT_A_NOMINEE)', async () => {
    await refused(409, () => verify('verifikator-1', 'guru-6', { result: 'VERIFIED', score: 80, findings: 'Sesuai' }), 'NOT_A_NOMINEE');
    await refused(409, () => requestEvidence('verifikator-1', 'guru-6', photo), 'NOT_A_NOMINEE');
    await refused(409, () => verify('verifikator-1', 'dpmptsp', { result: 'VERIFIED', score: 80, findings: 'Sesuai' }), 'NOT_A_NOMINEE');
  });

  test('malformed verifications and evidence are 400s', async () => {
    await refused(400, () => verify('verifikator-1', 'brida', { result: 'VERIFIED', score: 101, findings: 'Sesuai' }), 'INVALID_INPUT');
    await refused(400, () => verify('verifikator-1', 'brida', { result: 'MUNGKIN', score: 50, findings: 'Sesuai' }), 'INVALID_INPUT');
    await refused(400, () => verify('verifikator-1', 'brida', { result: 'VERIFIED', score: 50, findings: '  ' }), 'INVALID_INPUT');
    await refused(400, () => requestEvidence('verifikator-1', 'brida', { ...photo, contentType: 'application/x-msdownload' }), 'INVALID_INPUT');
    await refused(400, () => requestEvidence('verifikator-1', 'brida', { ...photo, kind: 'PROPOSAL', contentType: 'application/pdf' }), 'INVALID_INPUT');
  });

  test('the verifier uploads a photo to the presigned POST and records the verification naming it (201)', async () => {
    const slot = expectStatus(await requestEvidence('verifikator-1', 'brida', photo), 201);
    expect(slot.body.upload.method).toBe('POST');
    expect(slot.body.upload.fields.key).toBe(`editions/pik-2023/innovations/${id.brida}/evidence/${slot.body.documentId}`);
    evidenceId = slot.body.documentId;
    expect((await uploadWithPresignedPost(slot.body.upload, PHOTO, 'image/jpeg')).status).toBeLessThan(300);

    const answer = expectStatus(await verify('verifikator-1', 'brida', { result: 'VERIFIED', score: 70, findings: 'Layanan berjalan di tiga desa', evidence: [evidenceId] }), 201);
    expect(answer.body).toMatchObject({ innovationId: id.brida, result: 'VERIFIED', score: 70, verifiedBy: 'verifikator-1', version: 1 });
    expect(answer.body.evidence).toEqual([
      expect.objectContaining({ documentId: evidenceId, kind: 'PHOTO', fileName: 'foto-1.jpg', contentType: 'image/jpeg', size: PHOTO.length }),
    ]);
    expect(JSON.stringify(answer.body)).not.toContain('editions/pik-2023');
  });

  test('the verification is revised with its version (200); a stale version is a 409', async () => {
    const revised = expectStatus(await verify('verifikator-1', 'brida', { result: 'VERIFIED', score: 90, findings: 'Layanan berjalan di lima desa', evidence: [evidenceId], version: 1 }), 200);
    expect(revised.body).toMatchObject({ score: 90, version: 2, evidence: [expect.objectContaining({ documentId: evidenceId })] });
    await refused(409, () => verify('verifikator-1', 'brida', { result: 'VERIFIED', score: 10, findings: 'Lama', version: 1 }), 'VERSION_CONFLICT');
  });

  test('naming evidence that was never requested, or requested but never uploaded, or of another entry, is refused', async () => {
    const unknown = await refused(400, () => verify('verifikator-1', 'dinkes', { result: 'VERIFIED', score: 80, findings: 'Sesuai', evidence: ['00000000-0000-4000-8000-000000000000'] }), 'INVALID_INPUT');
    expect(unknown.body.error.details[0].path).toEqual(['body', 'evidence']);
    await refused(400, () => verify('verifikator-1', 'dinkes', { result: 'VERIFIED', score: 80, findings: 'Sesuai', evidence: [evidenceId] }), 'INVALID_INPUT');

    const slot = expectStatus(await requestEvidence('verifikator-1', 'dinkes', { ...photo, fileName: 'tidak-diunggah.jpg' }), 201);
    await refused(409, () => verify('verifikator-1', 'dinkes', { result: 'VERIFIED', score: 80, findings: 'Sesuai', evidence: [slot.body.documentId] }), 'DOCUMENT_MISMATCH');
  });

  test('the other nominees are verified — one NOT_VERIFIED, one (Diskominfo) never visited', async () => {
    const results: [string, 'VERIFIED' | 'NOT_VERIFIED', number][] = [
      ['dinkes', 'VERIFIED', 80],
      ['disdikbud', 'VERIFIED', 75],
      ['guru-1', 'VERIFIED', 85],
      ['guru-2', 'NOT_VERIFIED', 20],
      ['guru-3', 'VERIFIED', 95],
      ['guru-4', 'VERIFIED', 60],
      ['guru-5', 'VERIFIED', 70],
    ];
    for (const [name, result, value] of results) expectStatus(await verify('verifikator-1', name, { result, score: value, findings: `Kunjungan ${name}` }), 201);
  });
});

describe('PRESENTATION: nominees present; the jury scores them', () => {
  beforeAll(() => setClock(ctx.http, AT.PRESENTATION));

  const presentation = (judge: Judge, name: string) => score(ctx.http, t[judge]!, id[name]!, 'presentation', { criteria: rubricScore(PRESENTATION_KEYS, 3, judge) });

  test('verification is closed now (409 WRONG_STAGE)', async () => {
    await refused(409, () => verify('verifikator-1', 'diskominfo', { result: 'VERIFIED', score: 80, findings: 'Terlambat' }), 'WRONG_STAGE');
  });

  test('an entry that is not a nominee is not scored in the presentation round (409 NOT_A_NOMINEE)', async () => {
    await refused(409, () => presentation('juri-keras', 'guru-6'), 'NOT_A_NOMINEE');
    await refused(409, () => presentation('juri-keras', 'dpmptsp'), 'NOT_A_NOMINEE');
  });

  test('a NOT_VERIFIED nominee is not scored in the presentation round (409 NOT_VERIFIED)', async () => {
    await refused(409, () => presentation('juri-keras', 'guru-2'), 'NOT_VERIFIED');
  });

  test('the conflict still holds (403), and the assessment round is closed (409)', async () => {
    await refused(403, () => presentation('juri-tengah', 'dinkes'), 'FORBIDDEN');
    await refused(409, () => score(ctx.http, t['juri-keras']!, id.brida!, 'assessment', { criteria: rubricScore(ASSESSMENT_KEYS, 3, 'juri-keras') }), 'WRONG_STAGE');
  });

  test('the panel scores the presentations; guru-5 gets only one presentation score', async () => {
    const quality: Record<string, number> = { brida: 4.5, dinkes: 2.5, disdikbud: 3.5, diskominfo: 4.9, 'guru-1': 2.6, 'guru-3': 4.6, 'guru-4': 3.6, 'guru-5': 4.9 };
    for (const [name, q] of Object.entries(quality))
      for (const judge of JUDGES) {
        if (judge === 'juri-tengah' && name === 'dinkes') continue;
        if (judge !== 'juri-keras' && name === 'guru-5') continue;
        await scoreAs(judge, name, 'presentation', q);
      }
  });

  test('a judge reads only their own presentation score', async () => {
    const mine = expectStatus(await get(`/innovations/${id.brida}/scores/presentation`, t['juri-murah']), 200);
    expect(mine.body.items.map((s: { judgeId: string }) => s.judgeId)).toEqual(['juri-murah']);
  });
});

describe('WINNER_DETERMINATION: the final ranking and the announcement', () => {
  beforeAll(() => setClock(ctx.http, AT.WINNER_DETERMINATION));

  test('winners are not public before the announcement: the results show nominees only', async () => {
    // (The announcement before any final ranking, 409 FINAL_RANKING_FIRST: see late-boundary.test.ts.)
    expect(expectStatus(await get(`${EDITION}/results`), 200).body.winners).toEqual({});
  });

  test('the final ranking: places 1–3 per category among complete nominees; the rest listed with why', async () => {
    final = await ctx.http.call('POST', `${EDITION}/rankings/final`, { token: t.admin });
    expect([200, 201]).toContain(final.status);
    expect(final.body).toMatchObject({ round: 'final', ties: [] });
    const named = (rows: Record<string, any>[]) => rows.map((r) => [entries.find((e) => id[e.name] === r.innovationId)!.name, r.place, r.reason ?? null]);
    const opd = final.body.categories.OPD as Record<string, any>[];
    const guru = final.body.categories.GURU as Record<string, any>[];
    expect(opd.filter((r) => r.place !== null).map((r) => r.place)).toEqual([1, 2, 3]);
    expect(guru.filter((r) => r.place !== null).map((r) => r.place)).toEqual([1, 2, 3]);
    expect(named(opd).filter(([, place]) => place === null)).toEqual([['diskominfo', null, expect.stringMatching(/no field verification/)]]);
    // Left-out rows follow the ranked ones, in innovationId order (a display order, not a decision).
    expect(named(guru).filter(([, place]) => place === null).sort()).toEqual([
      ['guru-2', null, expect.stringMatching(/NOT_VERIFIED/)],
      ['guru-5', null, expect.stringMatching(/1 presentation score/)],
    ]);
    for (const r of [...opd, ...guru].filter((r) => r.place !== null)) {
      expect(r.breakdown).toMatchObject({ weights: { assessment: 50, verification: 20, presentation: 30 }, verification: { result: 'VERIFIED' } });
      expect(r.breakdown.judges.length).toBeGreaterThanOrEqual(2);
      expect(r.score).toBe(round4((50 * r.breakdown.assessment + 20 * r.breakdown.verification.score + 30 * r.breakdown.presentation) / 100));
    }
  });

  test('it is exactly what the judging rules give for the nomination scores, verifications and presentation scores', () => {
    const verification: Record<string, { result: 'VERIFIED' | 'NOT_VERIFIED'; score: number }> = {
      brida: { result: 'VERIFIED', score: 90 },
      dinkes: { result: 'VERIFIED', score: 80 },
      disdikbud: { result: 'VERIFIED', score: 75 },
      'guru-1': { result: 'VERIFIED', score: 85 },
      'guru-2': { result: 'NOT_VERIFIED', score: 20 },
      'guru-3': { result: 'VERIFIED', score: 95 },
      'guru-4': { result: 'VERIFIED', score: 60 },
      'guru-5': { result: 'VERIFIED', score: 70 },
    };
    const nominees = (['OPD', 'GURU'] as const).flatMap((category) =>
      (nomination.body.categories[category] as Record<string, any>[]).filter((r) => r.nominated).map((r) => ({ category, row: r, name: entries.find((e) => id[e.name] === r.innovationId)!.name })),
    );
    const expected = rankFinal({
      entries: nominees.map(({ category, row, name }) => ({
        innovationId: row.innovationId,
        category,
        submittedAt: AT.REGISTRATION,
        assessment: row.score,
        verification: verification[name] ?? null,
        presentationScores: sent.presentation.get(row.innovationId) ?? [],
      })),
      rubric: seedEdition.rubric.presentation,
      weights: seedEdition.finalWeights,
      fQuantile,
    });
    expect(withoutNames(final.body.categories)).toEqual(expected.categories);
  });

  test('placed entries are WINNERs with their place; other nominees stay NOMINATED', async () => {
    for (const category of ['OPD', 'GURU'])
      for (const r of final.body.categories[category] as Record<string, any>[]) {
        const innovation = expectStatus(await get(`/innovations/${r.innovationId}`, t.admin), 200).body;
        if (r.place !== null) expect(innovation).toMatchObject({ status: 'WINNER', place: r.place });
        else expect(innovation.status).toBe('NOMINATED');
      }
  });

  test('re-running the final ranking answers 200 with the same body; re-running the nomination changes nothing either', async () => {
    const before = await auditOf(EDITION);
    const rerun = expectStatus(await ctx.http.call('POST', `${EDITION}/rankings/final`, { token: t.admin }), 200);
    expect({ ...rerun.body, changed: undefined }).toEqual({ ...final.body, changed: undefined });
    const renominate = expectStatus(await ctx.http.call('POST', `${EDITION}/rankings/nomination`, { token: t.admin }), 200);
    expect({ ...renominate.body, changed: undefined }).toEqual({ ...nomination.body, changed: undefined });
    expect(await auditOf(EDITION)).toEqual(before);
    expect(await statusOf('dinkes')).toMatch(/WINNER|NOMINATED/);
  });

  test('the secretariat announces (only the secretariat): the edition becomes ANNOUNCED', async () => {
    await refused(403, () => ctx.http.call('POST', `${EDITION}/announcement`, { token: t['juri-keras'] }), 'FORBIDDEN');
    const announced = expectStatus(await ctx.http.call('POST', `${EDITION}/announcement`, { token: t.admin }), 200);
    expect(announced.body).toMatchObject({ currentStage: 'ANNOUNCED', announcedAt: AT.WINNER_DETERMINATION });
    await refused(409, () => ctx.http.call('POST', `${EDITION}/announcement`, { token: t.admin }), 'WRONG_STAGE');
    await refused(409, () => ctx.http.call('POST', `${EDITION}/rankings/final`, { token: t.admin }), 'WRONG_STAGE');
  });
});

describe('ANNOUNCED: the public results', () => {
  test('anyone reads nominees and winners per category, without judges, verifiers or scores', async () => {
    const results = expectStatus(await get(`${EDITION}/results`), 200);
    const names = (xs: { innovationId: string }[]) => xs.map((x) => entries.find((e) => id[e.name] === x.innovationId)!.name);
    expect(names(results.body.nominees.OPD)).toEqual(['dinkes', 'brida', 'disdikbud', 'diskominfo']);
    expect(names(results.body.nominees.GURU)).toEqual(['guru-1', 'guru-4', 'guru-2', 'guru-5', 'guru-3']);
    for (const category of ['OPD', 'GURU']) {
      const placed = (final.body.categories[category] as Record<string, any>[]).filter((r) => r.place !== null).map((r) => ({ place: r.place, innovationId: r.innovationId }));
      expect(results.body.winners[category].map((w: { place: number; innovationId: string }) => ({ place: w.place, innovationId: w.innovationId }))).toEqual(placed);
    }
    expect(results.body.winners.OPD[0]).toEqual({ place: 1, innovationId: expect.any(String), title: expect.stringMatching(/^Inovasi /), institutionId: expect.stringMatching(/^opd-/) });
    expect(results.body.winners.GURU[0]).toEqual({ place: 1, innovationId: expect.any(String), title: expect.stringMatching(/^Inovasi guru-/) });

    const text = JSON.stringify(results.body);
    for (const secret of [...JUDGES, 'verifikator-1', 'brida-admin', 'judgeId', 'breakdown', 'criteria', 'score', 'raw', 'adjusted', 'findings', 'ownerId'])
      expect(text).not.toContain(secret);
  });

  test('a signed-in participant reads them too', async () => {
    expectStatus(await get(`${EDITION}/results`, t['guru-6']), 200);
  });
});

describe('audit', () => {
  test('an entry\'s trail shows every accepted score and verification with who, when, before and after', async () => {
    const trail = await auditOf(`/innovations/${id.brida}`);
    expect(trail.map((r) => [r.action, r.who, r.at])).toEqual([
      ['SCORE_ASSESSMENT', 'juri-keras', AT.ASSESSMENT],
      ['SCORE_ASSESSMENT', 'juri-murah', AT.ASSESSMENT],
      ['SCORE_ASSESSMENT', 'juri-tengah', AT.ASSESSMENT],
      ['VERIFICATION_SET', 'verifikator-1', AT.FIELD_VERIFICATION],
      ['VERIFICATION_SET', 'verifikator-1', AT.FIELD_VERIFICATION],
      ['SCORE_PRESENTATION', 'juri-keras', AT.PRESENTATION],
      ['SCORE_PRESENTATION', 'juri-murah', AT.PRESENTATION],
      ['SCORE_PRESENTATION', 'juri-tengah', AT.PRESENTATION],
    ]);
    const keras = sent.assessment.get(id.brida!)!.find((s) => s.judgeId === 'juri-keras')!;
    expect(trail[0]).toMatchObject({ before: null, after: { criteria: keras.criteria, total: expect.any(Number) } });
    expect(trail[3]).toMatchObject({ before: null, after: { result: 'VERIFIED', score: 70, evidence: [evidenceId] } });
    expect(trail[4]).toMatchObject({ before: { result: 'VERIFIED', score: 70 }, after: { score: 90, findings: 'Layanan berjalan di lima desa' } });
  });

  test('a screened-out entry\'s trail shows the eligibility decision', async () => {
    const trail = await auditOf(`/innovations/${id.dpmptsp}`);
    expect(trail).toEqual([
      expect.objectContaining({ action: 'ELIGIBILITY_SET', who: 'brida-admin', at: AT.SCREENING, after: expect.objectContaining({ status: 'INELIGIBLE', eligibility: expect.objectContaining({ reason: 'Belum diterapkan' }) }) }),
    ]);
  });

  test('the edition\'s trail shows the panel, each ranking run once, and the announcement', async () => {
    const trail = await auditOf(EDITION);
    const actions = trail.map((r) => r.action);
    expect(actions.filter((a) => a === 'ASSIGNMENTS_SET')).toHaveLength(1);
    expect(actions.filter((a) => a === 'RANKING_NOMINATION')).toHaveLength(1);
    expect(actions.filter((a) => a === 'RANKING_FINAL')).toHaveLength(1);
    expect(actions.filter((a) => a === 'ANNOUNCED')).toHaveLength(1);
    const ranking = trail.find((r) => r.action === 'RANKING_NOMINATION')!;
    expect(ranking).toMatchObject({ at: expect.any(String), who: expect.any(String), before: null, after: { rowCount: 12, ties: [] } });
    expect(trail.find((r) => r.action === 'ASSIGNMENTS_SET')).toMatchObject({ who: 'brida-admin', at: AT.SCREENING, before: null });
    expect(trail.find((r) => r.action === 'ANNOUNCED')).toMatchObject({ who: 'brida-admin', at: AT.WINNER_DETERMINATION, after: { announcedAt: AT.WINNER_DETERMINATION } });
  });
});
