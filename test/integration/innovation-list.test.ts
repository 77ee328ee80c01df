/** GET /editions/{editionId}/innovations: the secretariat sees every entry, a participant only their
 * own; filters by category and status; pages with an opaque nextToken that only works for its list. */
import { DURING_REGISTRATION, EDITION, personalEntry, registerDraft, setClock, submittedInnovation, useStack } from './support';

const ctx = useStack();
let admin: string;
let kominfo: string;
let puskesmas: string;
let teacher: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
  [admin, kominfo, puskesmas, teacher] = await Promise.all([
    ctx.http.token('brida-admin', ['admin']),
    ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo'),
    ctx.http.token('peserta-pkm', ['participant'], 'pkm-tenggarong'),
    ctx.http.token('guru-1', ['participant']),
  ]);
  ids.opdSubmitted = await submittedInnovation(ctx.http, kominfo, { title: 'OPD terkirim' });
  ids.opdDraft = await registerDraft(ctx.http, kominfo, { title: 'OPD draf' });
  ids.puskesmasDraft = await registerDraft(ctx.http, puskesmas, { title: 'Puskesmas draf', category: 'PUSKESMAS', institutionId: 'pkm-tenggarong' });
  ids.guruSubmitted = await submittedInnovation(ctx.http, teacher, personalEntry({ title: 'Guru terkirim' }));
});

const list = (token: string, query = '') => ctx.http.call('GET', `${EDITION}/innovations${query}`, { token });
const idsOf = (answer: { body: { items: { id: string }[] } }) => answer.body.items.map((i) => i.id).sort();

test('the secretariat sees every innovation of the edition, as {items} without nextToken when all fit', async () => {
  const answer = await list(admin);
  expect(answer.status).toBe(200);
  expect(idsOf(answer)).toEqual(Object.values(ids).sort());
  expect(answer.body).not.toHaveProperty('nextToken');
});

test('the secretariat filters by category', async () => {
  expect(idsOf(await list(admin, '?category=OPD'))).toEqual([ids.opdSubmitted, ids.opdDraft].sort());
  expect(idsOf(await list(admin, '?category=PUSKESMAS'))).toEqual([ids.puskesmasDraft]);
  expect(idsOf(await list(admin, '?category=RSUD'))).toEqual([]);
});

test('the secretariat filters by status, and by category and status together', async () => {
  expect(idsOf(await list(admin, '?status=SUBMITTED'))).toEqual([ids.opdSubmitted, ids.guruSubmitted].sort());
  expect(idsOf(await list(admin, '?status=DRAFT'))).toEqual([ids.opdDraft, ids.puskesmasDraft].sort());
  expect(idsOf(await list(admin, '?category=OPD&status=SUBMITTED'))).toEqual([ids.opdSubmitted]);
});

test('listed items carry their documents without storage keys', async () => {
  const answer = await list(admin, '?status=SUBMITTED');
  for (const item of answer.body.items) {
    expect(item.documents.length).toBeGreaterThan(0);
    for (const doc of item.documents) expect(doc).not.toHaveProperty('key');
  }
});

test('with limit=1 the list pages one by one through nextToken and visits every innovation exactly once', async () => {
  const seen: string[] = [];
  let nextToken: string | undefined;
  let pages = 0;
  do {
    const answer = await list(admin, `?limit=1${nextToken ? `&nextToken=${encodeURIComponent(nextToken)}` : ''}`);
    expect(answer.status).toBe(200);
    expect(answer.body.items.length).toBeLessThanOrEqual(1);
    seen.push(...answer.body.items.map((i: { id: string }) => i.id));
    nextToken = answer.body.nextToken;
    pages += 1;
  } while (nextToken && pages < 10);
  expect(nextToken).toBeUndefined();
  expect(seen.sort()).toEqual(Object.values(ids).sort());
});

test('pages of a category filter stay inside the category', async () => {
  const first = await list(admin, '?category=OPD&limit=1');
  expect(first.body.nextToken).toEqual(expect.any(String));
  const second = await list(admin, `?category=OPD&limit=1&nextToken=${encodeURIComponent(first.body.nextToken)}`);
  expect([...idsOf(first), ...idsOf(second)].sort()).toEqual([ids.opdSubmitted, ids.opdDraft].sort());
});

describe('a forged nextToken is 400 at query.nextToken, never a read elsewhere', () => {
  const token = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');
  const expect400 = async (who: string, nextToken: string) => {
    const answer = await list(who, `?nextToken=${encodeURIComponent(nextToken)}`);
    expect(answer.status).toBe(400);
    expect(answer.body.error.details).toEqual([expect.objectContaining({ path: ['query', 'nextToken'] })]);
  };

  test('junk that is not a token', async () => {
    await expect400(admin, 'not-a-token');
    await expect400(admin, token('just a string'));
    await expect400(admin, token(null));
    await expect400(admin, token({ GSI1PK: 7 }));
  });

  test("a key of another edition's partition", async () => {
    await expect400(admin, token({ PK: 'INNOVATION#x', SK: '#INNOVATION', GSI1PK: 'EDITION#pik-2024#INNOVATIONS', GSI1SK: 'OPD#x' }));
  });

  test("a participant cannot page through another participant's list", async () => {
    await expect400(kominfo, token({ PK: 'INNOVATION#x', SK: '#INNOVATION', GSI2PK: 'OWNER#guru-1', GSI2SK: 'pik-2023#x' }));
  });

  test("a participant cannot reuse the secretariat's token on their own list", async () => {
    const adminPage = await list(admin, '?limit=1');
    await expect400(kominfo, adminPage.body.nextToken);
  });

  // KNOWN BUG (reported): a token naming the right partition but not a valid start key reaches
  // DynamoDB, whose ValidationException becomes a 500. `test.failing` keeps the suite green until it is
  // fixed in shared/data/dynamo.ts (decodePageToken); then these fail and must become plain `test`s.
  test('a key of the right partition without the other key attributes', async () => {
    await expect400(admin, token({ GSI1PK: 'EDITION#pik-2023#INNOVATIONS' }));
  });

  test('a key of the right partition with attributes that are not keys', async () => {
    await expect400(admin, token({ PK: 'INNOVATION#x', SK: '#INNOVATION', GSI1PK: 'EDITION#pik-2023#INNOVATIONS', GSI1SK: 'OPD#x', status: 'WINNER' }));
  });

  test("a key of the participant's own partition outside the edition's range", async () => {
    await expect400(kominfo, token({ PK: 'INNOVATION#x', SK: '#INNOVATION', GSI2PK: 'OWNER#peserta-kominfo', GSI2SK: 'zzz#x' }));
  });

  test("a key outside the category filter's range", async () => {
    const answer = await list(admin, `?category=OPD&nextToken=${token({ PK: 'INNOVATION#x', SK: '#INNOVATION', GSI1PK: 'EDITION#pik-2023#INNOVATIONS', GSI1SK: 'RSUD#x' })}`);
    expect(answer.status).toBe(400);
  });
});

describe('a participant', () => {
  test('sees only their own innovations', async () => {
    expect(idsOf(await list(kominfo))).toEqual([ids.opdSubmitted, ids.opdDraft].sort());
    expect(idsOf(await list(puskesmas))).toEqual([ids.puskesmasDraft]);
    expect(idsOf(await list(teacher))).toEqual([ids.guruSubmitted]);
  });

  test('filters their own by status and category', async () => {
    expect(idsOf(await list(kominfo, '?status=DRAFT'))).toEqual([ids.opdDraft]);
    expect(idsOf(await list(kominfo, '?category=PUSKESMAS'))).toEqual([]);
  });

  test('pages through their own with limit=1', async () => {
    const first = await list(kominfo, '?limit=1');
    expect(first.body.items).toHaveLength(1);
    const second = await list(kominfo, `?limit=1&nextToken=${encodeURIComponent(first.body.nextToken)}`);
    expect([...idsOf(first), ...idsOf(second)].sort()).toEqual([ids.opdSubmitted, ids.opdDraft].sort());
  });

  test('gets 404 for an edition that does not exist, as the secretariat does', async () => {
    for (const token of [kominfo, admin]) {
      const answer = await ctx.http.call('GET', '/editions/pik-2024/innovations', { token });
      expect(answer.status).toBe(404);
      expect(answer.body.items).toBeUndefined();
    }
  });
});
