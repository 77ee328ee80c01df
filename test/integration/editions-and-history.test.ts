/** The editions anyone can list (the web app's home finds the current one there), and a participant's
 * own innovations across every edition they entered. */
import { seedEdition } from '#shared/domain/seed-edition';
import { personalEntry, register, setClock, useStack, validInnovation } from './support';

const ctx = useStack();
const shift = (instant: string | null) => instant && instant.replace(/^2023-/, '2024-');
const nextYear = { ...seedEdition, name: 'Pekan Inovasi dan Kreativitas Kutai Kartanegara 2024', stages: seedEdition.stages.map((w) => ({ ...w, start: shift(w.start)!, end: shift(w.end) })) };

test('editions are listed newest first with their current stage; a participant lists their innovations of both', async () => {
  const admin = await ctx.http.token('brida-admin', ['admin']);
  expect((await ctx.http.call('PUT', '/editions/pik-2024', { token: admin, body: nextYear })).status).toBe(201);
  const editions = await ctx.http.call('GET', '/editions');
  expect(editions.status).toBe(200);
  expect(editions.body.items.map((e: { id: string; currentStage: string }) => [e.id, e.currentStage])).toEqual([
    ['pik-2024', 'UPCOMING'],
    ['pik-2023', 'UPCOMING'],
  ]);

  const guru = await ctx.http.token('guru-1', ['participant']);
  const other = await ctx.http.token('guru-2', ['participant']);
  await setClock(ctx.http, '2023-10-12T09:00:00+08:00');
  const first = (await register(ctx.http, guru, personalEntry({ title: 'Kelas Literasi Desa' }))).body.id;
  await register(ctx.http, other, personalEntry({ title: 'Bukan milik guru-1' }));
  await setClock(ctx.http, '2024-10-12T09:00:00+08:00');
  const secondAnswer = await ctx.http.call('POST', '/editions/pik-2024/innovations', { token: guru, body: validInnovation(personalEntry({ title: 'Kelas Literasi Desa, tahun kedua' })) });
  expect(secondAnswer.status).toBe(201);

  const mine = await ctx.http.call('GET', '/innovations', { token: guru });
  expect(mine.status).toBe(200);
  expect(mine.body.items.map((i: { id: string; editionId: string; status: string }) => [i.editionId, i.status])).toEqual([
    ['pik-2023', 'NOT_SUBMITTED'],
    ['pik-2024', 'DRAFT'],
  ]);
  expect(mine.body.items[0].id).toBe(first);
  const drafts = await ctx.http.call('GET', '/innovations?status=DRAFT', { token: guru });
  expect(drafts.body.items.map((i: { editionId: string }) => i.editionId)).toEqual(['pik-2024']);
  const paged = await ctx.http.call('GET', '/innovations?limit=1', { token: guru });
  expect(paged.body.items).toHaveLength(1);
  const rest = await ctx.http.call('GET', `/innovations?limit=1&nextToken=${encodeURIComponent(paged.body.nextToken)}`, { token: guru });
  expect(rest.body.items[0].editionId).toBe('pik-2024');
  expect((await ctx.http.call('GET', '/innovations', { token: admin })).status).toBe(403);
  expect((await ctx.http.call('GET', '/innovations')).status).toBe(401);
});
