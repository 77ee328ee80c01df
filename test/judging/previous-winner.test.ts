/** Issue 18, across editions: an earlier edition's winner that enters the same innovation again is
 * flagged PREVIOUS_WINNER at the next edition's registration close, with the edition and entry it
 * repeats; an earlier entry that did not win is only a DUPLICATE_TITLE; the rules flag and the
 * secretariat decides (the entry stays SUBMITTED). pik-2023 is played to its announcement by the
 * demo, then pik-2024 takes its entries. */
import { playEdition } from '#scripts/demo/play-edition';
import { seedEdition } from '#shared/domain/seed-edition';
import { expectStatus, setClock, submitEntry, useStack } from './support';

const ctx = useStack();
const NEXT = '/editions/pik-2024';
const shift = (iso: string) => iso.replace(/^2023/, '2024');
let admin = '';
let winner: { innovationId: string; title: string };
let loser: { innovationId: string; title: string };
const ids: Record<string, string> = {};

beforeAll(async () => {
  const played = await playEdition(ctx.stack.url, () => undefined);
  winner = played.winners.OPD![0]!;
  admin = await ctx.http.token('sekretariat-brida', ['admin']);
  const ranking = expectStatus(await ctx.http.call('GET', '/editions/pik-2023/rankings/nomination', { token: admin }), 200).body;
  // The demo's OPD entry whose field visit failed: nominated, never a winner.
  const row = ranking.categories.OPD.find((r: { title: string }) => r.title === 'Rapor Daring Sekolah Pedalaman');
  loser = { innovationId: row.innovationId, title: row.title };
  expect(Object.values(played.winners).flat().map((w) => w.innovationId)).not.toContain(loser.innovationId);

  const next = { ...seedEdition, name: 'Pekan Inovasi dan Kreativitas Kutai Kartanegara 2024', stages: seedEdition.stages.map((w) => ({ ...w, start: shift(w.start), end: w.end && shift(w.end) })) };
  expectStatus(await ctx.http.call('PUT', NEXT, { token: admin, body: next }), 201);
  await setClock(ctx.http, '2024-10-12T09:00:00+08:00');
  for (const [name, title, institutionId] of [
    ['again', winner.title, 'opd-dpmptsp'],
    ['lost-before', loser.title, 'opd-brida'],
    ['new', 'Layanan Izin Usaha Keliling Desa', 'opd-dinkes'],
  ] as const)
    ids[name] = await submitEntry(ctx.http, await ctx.http.token(`peserta-2024-${institutionId}`, ['participant'], institutionId), { title, institutionId, category: 'OPD' }, NEXT);
  await setClock(ctx.http, '2024-10-20T09:00:00+08:00');
}, 120_000);

const flagged = async (flag: string) =>
  (expectStatus(await ctx.http.call('GET', `${NEXT}/innovations?flag=${flag}`, { token: admin }), 200).body.items as { id: string; status: string; screeningFlags: Record<string, unknown>[] }[]);

test("an earlier edition's winner entering again is flagged PREVIOUS_WINNER, naming the edition and entry it repeats", async () => {
  const items = await flagged('PREVIOUS_WINNER');
  expect(items.map((i) => i.id)).toEqual([ids.again]);
  expect(items[0]!.status).toBe('SUBMITTED');
  expect(items[0]!.screeningFlags).toEqual([expect.objectContaining({ code: 'PREVIOUS_WINNER', editionId: 'pik-2023', innovationId: winner.innovationId, title: winner.title, similarity: 1 })]);
});

test('an earlier entry that did not win is a duplicate title only; a new title is not flagged', async () => {
  const items = await flagged('DUPLICATE_TITLE');
  expect(items.map((i) => i.id)).toEqual([ids['lost-before']]);
  expect(items[0]!.screeningFlags).toEqual([expect.objectContaining({ code: 'DUPLICATE_TITLE', editionId: 'pik-2023', innovationId: loser.innovationId })]);
  expect((await flagged('ANY')).map((i) => i.id)).not.toContain(ids.new);
});

test('screening the re-entry out is the secretariat’s decision, recorded on the entry', async () => {
  expectStatus(await ctx.http.call('PUT', `/innovations/${ids.again}/eligibility`, { token: admin, body: { eligible: false, reason: 'Pemenang PIK 2023 dengan inovasi yang sama.' } }), 200);
  const entry = expectStatus(await ctx.http.call('GET', `/innovations/${ids.again}`, { token: admin }), 200).body;
  expect(entry).toMatchObject({ status: 'INELIGIBLE' });
});
