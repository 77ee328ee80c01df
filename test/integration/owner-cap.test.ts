/** Issue 14: one account registers at most the edition's `maxInnovationsPerOwner` innovations (20 by
 * default): the next is a 409 TOO_MANY_INNOVATIONS that writes nothing. The cap is a counter updated
 * in the registration's own transaction, so registrations sent all at once cannot pass it either. */
import { DURING_REGISTRATION, EDITION, personalEntry, refusedWithoutWrite, register, setClock, useStack } from './support';

const ctx = useStack();

beforeAll(async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
});

const countOwn = async (token: string): Promise<number> => {
  let total = 0;
  let nextToken: string | undefined;
  do {
    const page = await ctx.http.call('GET', `${EDITION}/innovations?limit=100${nextToken ? `&nextToken=${nextToken}` : ''}`, { token });
    total += page.body.items.length;
    nextToken = page.body.nextToken;
  } while (nextToken);
  return total;
};

test('the edition says how many innovations one account may register: 20 by default', async () => {
  const edition = await ctx.http.call('GET', EDITION);
  expect(edition.body.maxInnovationsPerOwner).toBe(20);
});

test('the 21st registration of one account is 409 TOO_MANY_INNOVATIONS naming the cap, and writes nothing', async () => {
  const teacher = await ctx.http.token('guru-rajin', ['participant']);
  for (let i = 0; i < 20; i += 1) expect((await register(ctx.http, teacher, personalEntry({ title: `Inovasi Guru ${i + 1}` }))).status).toBe(201);
  const answer = await refusedWithoutWrite(() => register(ctx.http, teacher, personalEntry({ title: 'Inovasi Guru 21' })));
  expect([answer.status, answer.body.error.code]).toEqual([409, 'TOO_MANY_INNOVATIONS']);
  expect(answer.body.error.message).toContain('20');
  expect(answer.body.error.details).toEqual([expect.objectContaining({ max: 20 })]);
  expect(await countOwn(teacher)).toBe(20);
  // Another account is not affected.
  const other = await ctx.http.token('guru-lain', ['participant']);
  expect((await register(ctx.http, other, personalEntry())).status).toBe(201);
});

test('registrations sent all at once cannot pass the cap either', async () => {
  const teacher = await ctx.http.token('guru-serentak', ['participant']);
  const answers = await Promise.all(Array.from({ length: 26 }, (_, i) => register(ctx.http, teacher, personalEntry({ title: `Serentak ${i + 1}` }))));
  for (const a of answers) expect([201, 409, 503]).toContain(a.status);
  const created = answers.filter((a) => a.status === 201).length;
  expect(created).toBeLessThanOrEqual(20);
  expect(await countOwn(teacher)).toBe(created);
  // Retried one at a time (as a client does after a 503), exactly 20 are registered in the end.
  let more = 0;
  for (let i = 0; i < 26 - created; i += 1) if ((await register(ctx.http, teacher, personalEntry({ title: `Ulang ${i + 1}` }))).status === 201) more += 1;
  expect(created + more).toBe(20);
  expect(await countOwn(teacher)).toBe(20);
});
