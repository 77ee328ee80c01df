/** The calendar is the truth, not whether a schedule has fired. The local stack runs every boundary as
 * soon as its clock passes it, so to see a late scheduler this file moves only the handlers' clock
 * (`useClock`, which the in-process handlers read) past a boundary that has not fired: the rules of
 * the new stage apply at once, and what the boundary would have computed is refused (409) until it
 * exists. When the boundary finally fires, late, it changes nothing the secretariat already did. */
import { useClock } from '#shared/clock';
import { ASSESSMENT_KEYS, AT, EDITION, PRESENTATION_KEYS, criteria, expectStatus, refused, score, setClock, submitEntry, useStack } from './support';

const ctx = useStack();
const t: Record<string, string> = {};
const ids: string[] = [];

/** Runs `body` with the handlers' clock at `at`, while the stack's clock (and its scheduler) stay put. */
const withHandlersAt = async (at: string, body: () => Promise<void>) => {
  useClock(() => new Date(at));
  try {
    await body();
  } finally {
    useClock(() => ctx.stack.now());
  }
};

beforeAll(async () => {
  await setClock(ctx.http, AT.REGISTRATION);
  t.admin = await ctx.http.token('brida-admin', ['admin']);
  for (const j of ['juri-a', 'juri-b']) t[j] = await ctx.http.token(j, ['jury']);
  t.verifier = await ctx.http.token('verifikator-1', ['verifier']);
  for (const name of ['brida', 'dinkes']) ids.push(await submitEntry(ctx.http, await ctx.http.token(`peserta-${name}`, ['participant'], `opd-${name}`), { institutionId: `opd-${name}` }));
  await setClock(ctx.http, AT.SCREENING);
  expectStatus(
    await ctx.http.call('PUT', `${EDITION}/assignments`, {
      token: t.admin,
      body: { assignments: [{ userId: 'juri-a', role: 'jury', categories: ['OPD'] }, { userId: 'juri-b', role: 'jury', categories: ['OPD'] }, { userId: 'verifikator-1', role: 'verifier', categories: ['OPD'] }] },
    }),
    200,
  );
  await setClock(ctx.http, AT.ASSESSMENT);
  for (const [i, id] of ids.entries())
    for (const judge of ['juri-a', 'juri-b']) expectStatus(await score(ctx.http, t[judge]!, id, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, 3 + i) }), 201);
});

test('past the NOMINATION boundary before it fired: scoring is closed, and the final ranking needs the nomination first', async () => {
  await withHandlersAt(AT.NOMINATION, async () => {
    await refused(409, () => score(ctx.http, t['juri-a']!, ids[0]!, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, 5) }), 'WRONG_STAGE');
  });
  await withHandlersAt(AT.WINNER_DETERMINATION, async () => {
    await refused(409, () => ctx.http.call('POST', `${EDITION}/rankings/final`, { token: t.admin }), 'NOMINATION_FIRST');
    await refused(409, () => ctx.http.call('POST', `${EDITION}/announcement`, { token: t.admin }), 'FINAL_RANKING_FIRST');
  });
});

test('past the WINNER_DETERMINATION boundary before it fired: the secretariat computes the final ranking and announces; the late boundary changes nothing', async () => {
  await setClock(ctx.http, AT.FIELD_VERIFICATION); // the NOMINATION boundary fires on the way
  for (const id of ids) expectStatus(await ctx.http.call('PUT', `/innovations/${id}/verification`, { token: t.verifier, body: { result: 'VERIFIED', score: 80, findings: 'Sesuai' } }), 201);
  await setClock(ctx.http, AT.PRESENTATION);
  for (const [i, id] of ids.entries())
    for (const judge of ['juri-a', 'juri-b']) expectStatus(await score(ctx.http, t[judge]!, id, 'presentation', { criteria: criteria(PRESENTATION_KEYS, 4 - i) }), 201);

  let final: Record<string, any> = {};
  await withHandlersAt(AT.WINNER_DETERMINATION, async () => {
    await refused(409, () => score(ctx.http, t['juri-a']!, ids[0]!, 'presentation', { criteria: criteria(PRESENTATION_KEYS, 5) }), 'WRONG_STAGE');
    await refused(409, () => ctx.http.call('POST', `${EDITION}/announcement`, { token: t.admin }), 'FINAL_RANKING_FIRST');
    final = expectStatus(await ctx.http.call('POST', `${EDITION}/rankings/final`, { token: t.admin }), 201).body;
    expect(final.categories.OPD.map((r: { place: number }) => r.place)).toEqual([1, 2]);
    expectStatus(await ctx.http.call('POST', `${EDITION}/announcement`, { token: t.admin }), 200);
    expect(expectStatus(await ctx.http.call('GET', `${EDITION}/results`), 200).body.winners.OPD).toHaveLength(2);
  });

  // The scheduler catches up after the announcement: its run is stamped with the boundary's instant,
  // finds the same ranking stored, and leaves it (and the trail) as it was.
  await setClock(ctx.http, '2023-12-10T09:00:00+08:00');
  const { changed: _, ...stored } = final;
  expect(expectStatus(await ctx.http.call('GET', `${EDITION}/rankings/final`, { token: t.admin }), 200).body).toEqual(stored);
  expect(stored.computedBy).toBe('brida-admin');
  const trail = expectStatus(await ctx.http.call('GET', `${EDITION}/audit?limit=100`, { token: t.admin }), 200).body.items as { action: string }[];
  expect(trail.filter((r) => r.action === 'RANKING_FINAL')).toHaveLength(1);
  expect(expectStatus(await ctx.http.call('GET', `${EDITION}/results`), 200).body.winners.OPD).toHaveLength(2);
});
