/** The institution registry behind the compliance report: any signed-in user reads it; only the
 * secretariat writes it (201 created, 200 updated). */
import { SAMPLE_INSTITUTIONS } from '#scripts/local/sample-institutions';
import { refusedWithoutWrite, useStack } from './support';

const ctx = useStack();
let admin: string;
let participant: string;

beforeAll(async () => {
  admin = await ctx.http.token('brida-admin', ['admin']);
  participant = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
});

const put = (token: string, id: string, body: unknown) => ctx.http.call('PUT', `/institutions/${id}`, { token, body });

test('any signed-in user reads the registry, loaded with the sample institutions', async () => {
  const answer = await ctx.http.call('GET', '/institutions', { token: participant });
  expect(answer.status).toBe(200);
  expect(answer.body.items).toHaveLength(SAMPLE_INSTITUTIONS.length);
  expect(answer.body.items).toContainEqual({ institutionId: 'opd-diskominfo', name: 'Dinas Komunikasi dan Informatika', type: 'OPD' });
  for (const item of answer.body.items) expect(Object.keys(item).filter((k) => /^(PK|SK|GSI)/.test(k))).toEqual([]);
});

test('the secretariat creates an institution: 201 with it, and it is then listed', async () => {
  const answer = await put(admin, 'opd-dispar', { name: 'Dinas Pariwisata', type: 'OPD' });
  expect(answer.status).toBe(201);
  expect(answer.body).toEqual({ institutionId: 'opd-dispar', name: 'Dinas Pariwisata', type: 'OPD' });
  const listed = await ctx.http.call('GET', '/institutions', { token: participant });
  expect(listed.body.items).toContainEqual({ institutionId: 'opd-dispar', name: 'Dinas Pariwisata', type: 'OPD' });
});

test('putting the same institution again updates it: 200', async () => {
  const answer = await put(admin, 'opd-dispar', { name: 'Dinas Pariwisata Kukar', type: 'OPD', district: 'Tenggarong' });
  expect(answer.status).toBe(200);
  const listed = await ctx.http.call('GET', '/institutions', { token: participant });
  expect(listed.body.items.filter((i: { institutionId: string }) => i.institutionId === 'opd-dispar')).toEqual([
    { institutionId: 'opd-dispar', name: 'Dinas Pariwisata Kukar', type: 'OPD', district: 'Tenggarong' },
  ]);
});

test('a participant cannot write the registry (403) and nothing is written', async () => {
  const answer = await refusedWithoutWrite(() => put(participant, 'opd-palsu', { name: 'Dinas Palsu', type: 'OPD' }));
  expect(answer.status).toBe(403);
});

test('an invalid institution is 400 naming each failing field, and nothing is written', async () => {
  const answer = await refusedWithoutWrite(() => put(admin, 'guru-x', { name: 'X', type: 'GURU' }));
  expect(answer.status).toBe(400);
  expect(answer.body.error.details.map((d: { path: string[] }) => d.path.join('.')).sort()).toEqual(['body.name', 'body.type']);
});

test('an institution id that is not a slug is 400 at path.institutionId', async () => {
  const answer = await refusedWithoutWrite(() => put(admin, '..%2Fopd-x', { name: 'Dinas X', type: 'OPD' }));
  expect(answer.status).toBe(400);
  expect(answer.body.error.details[0].path).toEqual(['path', 'institutionId']);
});

test('the registry pages with limit and nextToken', async () => {
  const seen: string[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const answer = await ctx.http.call('GET', `/institutions?limit=5${nextToken ? `&nextToken=${encodeURIComponent(nextToken)}` : ''}`, { token: participant });
    expect(answer.status).toBe(200);
    seen.push(...answer.body.items.map((i: { institutionId: string }) => i.institutionId));
    nextToken = answer.body.nextToken;
    pages += 1;
  } while (nextToken && pages < 20);
  expect(pages).toBeGreaterThan(1);
  expect(new Set(seen).size).toBe(seen.length);
  expect(seen).toHaveLength(SAMPLE_INSTITUTIONS.length + 1);
});

test('a forged registry nextToken is 400', async () => {
  const forged = Buffer.from(JSON.stringify({ GSI1PK: 'EDITION#pik-2023#INNOVATIONS', GSI1SK: 'x', PK: 'x', SK: 'x' })).toString('base64url');
  const answer = await ctx.http.call('GET', `/institutions?nextToken=${forged}`, { token: participant });
  expect(answer.status).toBe(400);
});

// KNOWN BUG (reported): see test/integration/innovation-list.test.ts — a token naming the right
// partition without the other key attributes is a 500.
test('a registry nextToken of the right partition but not a start key is 400', async () => {
  const forged = Buffer.from(JSON.stringify({ GSI1PK: 'INSTITUTIONS' })).toString('base64url');
  const answer = await ctx.http.call('GET', `/institutions?nextToken=${forged}`, { token: participant });
  expect(answer.status).toBe(400);
});
