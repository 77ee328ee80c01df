/** The nomination is final once its window has passed: the panel may change afterwards (a judge
 * leaves, a conflict is declared), but the nominees being verified and heard stay the nominees. */
import { ASSESSMENT_KEYS, AT, EDITION, criteria, expectStatus, score, setClock, submitEntry, useStack } from './support';

const ctx = useStack();
const t: Record<string, string> = {};
const ids: string[] = [];

test('after NOMINATION a panel change does not recompute the nominees', async () => {
  await setClock(ctx.http, AT.REGISTRATION);
  t.admin = await ctx.http.token('brida-admin', ['admin']);
  for (const j of ['juri-a', 'juri-b', 'juri-c']) t[j] = await ctx.http.token(j, ['jury']);
  for (const name of ['brida', 'dinkes', 'diskominfo']) ids.push(await submitEntry(ctx.http, await ctx.http.token(`peserta-${name}`, ['participant'], `opd-${name}`), { institutionId: `opd-${name}` }));
  await setClock(ctx.http, AT.SCREENING);
  const panel = (judges: string[]) => ({ assignments: judges.map((userId) => ({ userId, role: 'jury', categories: ['OPD'] })) });
  expectStatus(await ctx.http.call('PUT', `${EDITION}/assignments`, { token: t.admin, body: panel(['juri-a', 'juri-b', 'juri-c']) }), 200);
  await setClock(ctx.http, AT.ASSESSMENT);
  for (const [i, id] of ids.entries())
    for (const judge of ['juri-a', 'juri-b', 'juri-c']) expectStatus(await score(ctx.http, t[judge]!, id, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, 2 + i) }), 201);

  await setClock(ctx.http, AT.FIELD_VERIFICATION);
  const before = expectStatus(await ctx.http.call('GET', `${EDITION}/rankings/nomination`, { token: t.admin }), 200).body;
  // Two of three judges leave: recomputed now, every entry would fall below the two-judge minimum.
  const current = expectStatus(await ctx.http.call('GET', `${EDITION}/assignments`, { token: t.admin }), 200).body;
  expectStatus(await ctx.http.call('PUT', `${EDITION}/assignments`, { token: t.admin, body: { ...panel(['juri-a']), version: current.version } }), 200);
  const rerun = await ctx.http.call('POST', `${EDITION}/rankings/nomination`, { token: t.admin });
  expect(rerun.status).toBe(200);
  expect(rerun.body.changed).toBe(false);
  const { changed: _changed, ...rest } = rerun.body;
  expect(rest).toEqual(before);
  for (const id of ids) expect((await ctx.http.call('GET', `/innovations/${id}`, { token: t.admin })).body.status).toBe('NOMINATED');
});
