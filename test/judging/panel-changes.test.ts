/** The panel may change from SCREENING to PRESENTATION. A ranking counts only the scores of judges
 * who are still on the entry's panel without a conflict: a conflict declared after scoring, or a
 * judge taken off the panel, takes their scores out when the ranking is (re)computed — and a
 * recomputation replaces the stored ranking whole, with its audit record. */
import { ASSESSMENT_KEYS, AT, EDITION, PRESENTATION_KEYS, criteria, expectStatus, refused, score, setClock, submitEntry, useStack } from './support';
import { tableSnapshot } from '#test/support/stack';

const ctx = useStack();
const t: Record<string, string> = {};
const id: Record<string, string> = {};
const OPD = ['brida', 'dinkes', 'disdikbud'] as const;
let version = 0;

const panel = async (assignments: { userId: string; role: string; categories: string[] }[], conflicts: { userId: string; institutionIds: string[] }[] = []) => {
  const answer = expectStatus(await ctx.http.call('PUT', `${EDITION}/assignments`, { token: t.admin, body: { assignments, conflicts, ...(version ? { version } : {}) } }), 200);
  version = answer.body.version;
};
const jury = (...userIds: string[]) => userIds.map((userId) => ({ userId, role: 'jury', categories: ['OPD'] }));
const verifier = { userId: 'verifikator-1', role: 'verifier', categories: ['OPD'] };
const compute = (round: string) => ctx.http.call('POST', `${EDITION}/rankings/${round}`, { token: t.admin });
const rowOf = (ranking: { body: { categories: { OPD: { innovationId: string }[] } } }, name: string) => ranking.body.categories.OPD.find((r) => r.innovationId === id[name]) as Record<string, any>;
const judgesOf = (row: Record<string, any>) => (row.breakdown.judges as { judgeId: string }[]).map((j) => j.judgeId);
const statusOf = async (name: string) => expectStatus(await ctx.http.call('GET', `/innovations/${id[name]}`, { token: t.admin }), 200).body.status;
/** Ranking rows stored in the table, all generations together. */
const storedRankingRows = async () => (JSON.parse(await tableSnapshot()) as string[]).map((i) => JSON.parse(i) as { PK: string }).filter((i) => i.PK.startsWith('RANKING#'));

beforeAll(async () => {
  await setClock(ctx.http, AT.REGISTRATION);
  t.admin = await ctx.http.token('brida-admin', ['admin']);
  for (const j of ['juri-a', 'juri-b', 'juri-c']) t[j] = await ctx.http.token(j, ['jury']);
  t['verifikator-1'] = await ctx.http.token('verifikator-1', ['verifier']);
  for (const name of OPD) id[name] = await submitEntry(ctx.http, await ctx.http.token(`peserta-${name}`, ['participant'], `opd-${name}`), { institutionId: `opd-${name}`, title: `Inovasi ${name}` });

  await setClock(ctx.http, AT.SCREENING);
  await panel([...jury('juri-a', 'juri-b', 'juri-c'), verifier]);

  await setClock(ctx.http, AT.ASSESSMENT);
  for (const [i, name] of OPD.entries())
    for (const [j, judge] of ['juri-a', 'juri-b', 'juri-c'].entries())
      expectStatus(await score(ctx.http, t[judge]!, id[name]!, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, 2 + i + j * 0.5) }), 201);
  await setClock(ctx.http, AT.NOMINATION);
});

test('with the whole panel, every entry counts all three judges', async () => {
  const ranking = await compute('nomination');
  expect([200, 201]).toContain(ranking.status);
  for (const name of OPD) expect(judgesOf(rowOf(ranking, name))).toEqual(['juri-a', 'juri-b', 'juri-c']);
  for (const name of OPD) expect(await statusOf(name)).toBe('NOMINATED');
});

test('a conflict declared after scoring takes that judge\'s score out of that entry only', async () => {
  await panel([...jury('juri-a', 'juri-b', 'juri-c'), verifier], [{ userId: 'juri-c', institutionIds: ['opd-dinkes'] }]);
  // Three runs at once (a boundary and the secretariat, say): one stores it, the others answer it.
  const runs = await Promise.all([1, 2, 3].map(() => compute('nomination')));
  expect(runs.map((r) => r.status).sort()).toEqual([200, 200, 201]);
  const ranking = runs.find((r) => r.status === 201)!;
  expect(ranking.body.changed).toBe(true);
  for (const r of runs) expect({ ...r.body, changed: undefined }).toEqual({ ...ranking.body, changed: undefined });
  expect(judgesOf(rowOf(ranking, 'dinkes'))).toEqual(['juri-a', 'juri-b']);
  expect(judgesOf(rowOf(ranking, 'brida'))).toEqual(['juri-a', 'juri-b', 'juri-c']);
});

test('a judge taken off the panel no longer counts; an entry left with one judge is left out and no longer nominated', async () => {
  await panel([...jury('juri-a', 'juri-c'), verifier], [{ userId: 'juri-c', institutionIds: ['opd-dinkes'] }]);
  const ranking = expectStatus(await compute('nomination'), 201);
  expect(judgesOf(rowOf(ranking, 'brida'))).toEqual(['juri-a', 'juri-c']);
  expect(rowOf(ranking, 'dinkes')).toMatchObject({ rank: null, nominated: false, score: null, reason: expect.stringMatching(/1 judge/) });
  expect(await statusOf('dinkes')).toBe('ELIGIBLE');
  expect(await statusOf('brida')).toBe('NOMINATED');

  // The stored ranking is the new one, whole: the earlier generations' rows are gone.
  const { changed: _, ...stored } = ranking.body;
  expect(expectStatus(await ctx.http.call('GET', `${EDITION}/rankings/nomination`, { token: t.admin }), 200).body).toEqual(stored);
  expect(await storedRankingRows()).toHaveLength(3);
});

test('each computation that changed the ranking is in the edition\'s trail, chained by digest', async () => {
  const trail = (expectStatus(await ctx.http.call('GET', `${EDITION}/audit`, { token: t.admin }), 200).body.items as Record<string, any>[]).filter((r) => r.action === 'RANKING_NOMINATION');
  expect(trail).toHaveLength(3);
  expect(trail[1].before.digest).toBe(trail[0].after.digest);
  expect(trail[2].before.digest).toBe(trail[1].after.digest);
  expect(new Set(trail.map((r) => r.after.digest)).size).toBe(3);
});

test('the final ranking counts presentation scores the same way', async () => {
  await setClock(ctx.http, AT.FIELD_VERIFICATION);
  for (const name of ['brida', 'disdikbud'])
    expectStatus(await ctx.http.call('PUT', `/innovations/${id[name]}/verification`, { token: t['verifikator-1'], body: { result: 'VERIFIED', score: 80, findings: 'Sesuai' } }), 201);

  await setClock(ctx.http, AT.PRESENTATION);
  await refused(403, () => score(ctx.http, t['juri-b']!, id.brida!, 'presentation', { criteria: criteria(PRESENTATION_KEYS, 4) }), 'FORBIDDEN');
  for (const name of ['brida', 'disdikbud'])
    for (const judge of ['juri-a', 'juri-c']) expectStatus(await score(ctx.http, t[judge]!, id[name]!, 'presentation', { criteria: criteria(PRESENTATION_KEYS, 4) }), 201);
  // Declared after the presentation: juri-c's presentation score of Disdikbud no longer counts.
  await panel([...jury('juri-a', 'juri-c'), verifier], [{ userId: 'juri-c', institutionIds: ['opd-dinkes', 'opd-disdikbud'] }]);

  await setClock(ctx.http, AT.WINNER_DETERMINATION);
  const ranking = await compute('final');
  expect([200, 201]).toContain(ranking.status);
  expect(rowOf(ranking, 'brida')).toMatchObject({ rank: 1, place: 1 });
  expect(rowOf(ranking, 'brida').breakdown.judges.map((j: { judgeId: string }) => j.judgeId)).toEqual(['juri-a', 'juri-c']);
  expect(rowOf(ranking, 'disdikbud')).toMatchObject({ rank: null, place: null, reason: expect.stringMatching(/1 presentation score/) });
  expect(await statusOf('brida')).toBe('WINNER');
  expect(await statusOf('disdikbud')).toBe('NOMINATED');
});
