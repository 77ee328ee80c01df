/** `npm run seed:aws` loads the repo's edition and institution files into a deployment through its
 * API, as an admin; run again, it changes nothing. Here against the local stack, the same API. */
import { resolve } from 'node:path';
import { readSeedFiles, seed } from '#scripts/seed/seed-aws';
import { DURING_REGISTRATION, setClock, useStack } from './support';

const ctx = useStack();
const files = readSeedFiles(resolve(__dirname, '../../scripts/seed/edition.json'), resolve(__dirname, '../../scripts/seed/institutions.json'));

test('creates the edition and writes every institution; a second run leaves the edition as it is', async () => {
  const admin = await ctx.http.token('brida-admin', ['admin']);
  const first = await seed(ctx.stack.url, admin, files);
  expect(first.edition).toEqual({ id: 'pik-2027', outcome: 'created' });
  expect([...first.institutions.created, ...first.institutions.updated].sort()).toEqual(files.institutions.map((i) => i.institutionId).sort());

  const edition = await ctx.http.call('GET', '/editions/pik-2027');
  expect(edition.body).toMatchObject({ id: 'pik-2027', name: files.edition.name, categories: files.edition.categories, currentStage: 'UPCOMING', version: 1 });
  const audit = async () => (await ctx.http.call('GET', '/editions/pik-2027/audit', { token: admin })).body.items.length;
  const auditBefore = await audit();

  const second = await seed(ctx.stack.url, admin, files);
  expect(second.edition.outcome).toBe('unchanged');
  expect(second.institutions.created).toEqual([]);
  expect((await ctx.http.call('GET', '/editions/pik-2027')).body.version).toBe(1);
  expect(await audit()).toBe(auditBefore);

  const renamed = await seed(ctx.stack.url, admin, { ...files, edition: { ...files.edition, name: `${files.edition.name} (revisi)` } });
  expect(renamed.edition.outcome).toBe('revised');
  expect((await ctx.http.call('GET', '/editions/pik-2027')).body).toMatchObject({ name: `${files.edition.name} (revisi)`, version: 2 });
});

test('an edition that has started is left as it is; a participant token is refused before anything is written', async () => {
  const admin = await ctx.http.token('brida-admin', ['admin']);
  await setClock(ctx.http, DURING_REGISTRATION);
  const started = await seed(ctx.stack.url, admin, { ...files, edition: { ...files.edition, id: 'pik-2023' } });
  expect(started.edition.outcome).toBe('started, left as it is');
  const participant = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
  await expect(seed(ctx.stack.url, participant, files)).rejects.toThrow(/institution opd-brida: HTTP 403/);
});
