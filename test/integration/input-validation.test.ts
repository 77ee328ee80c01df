/** Bad input is a clear 4xx naming what is wrong — never a 500 — and never writes anything. */
import { DURING_REGISTRATION, EDITION, failingPaths, refusedWithoutWrite, registerDraft, setClock, useStack, validInnovation } from './support';

const ctx = useStack();
let participant: string;
let draft: string;

beforeAll(async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
  participant = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
  draft = await registerDraft(ctx.http, participant);
});

const post = (body: unknown, headers: Record<string, string> = {}) => ctx.http.call('POST', `${EDITION}/innovations`, { token: participant, body, headers });

test('an invalid registration is 400 INVALID_INPUT with error.details[].path naming each failing field', async () => {
  const body = validInnovation({
    title: 'ab',
    category: 'UMKM',
    startedOn: '2023-02-30',
    innovationType: 'ANALOG',
    contact: { name: 'Siti', email: 'not-an-email', phone: 'call me' },
  });
  const answer = await refusedWithoutWrite(() => post(body));
  expect(answer.status).toBe(400);
  expect(answer.body.error.code).toBe('INVALID_INPUT');
  expect(failingPaths(answer).sort()).toEqual(['body.category', 'body.contact.email', 'body.contact.phone', 'body.innovationType', 'body.startedOn', 'body.title']);
  for (const detail of answer.body.error.details) expect(typeof detail.message).toBe('string');
});

test('an unknown field is 400 naming it, not silently dropped', async () => {
  const answer = await refusedWithoutWrite(() => post(validInnovation({ status: 'WINNER', ownerId: 'someone-else' })));
  expect(answer.status).toBe(400);
  expect(answer.body.error.details).toEqual([
    expect.objectContaining({ path: ['body', 'status'], code: 'unrecognized_keys' }),
    expect.objectContaining({ path: ['body', 'ownerId'], code: 'unrecognized_keys' }),
  ]);
});

test('a title longer than 200 characters and control characters in text are 400 at those fields', async () => {
  const answer = await refusedWithoutWrite(() => post(validInnovation({ title: 'x'.repeat(201), summary: 'bell\u0007' })));
  expect(answer.status).toBe(400);
  expect(failingPaths(answer)).toEqual(['body.title', 'body.summary']);
});

test('an institutional category without an institution is 400 at body.institutionId', async () => {
  const answer = await refusedWithoutWrite(() => post(validInnovation({ institutionId: undefined })));
  expect(answer.status).toBe(400);
  expect(failingPaths(answer)).toEqual(['body.institutionId']);
});

test('an institution that is not in the registry is 400 at body.institutionId', async () => {
  const answer = await refusedWithoutWrite(() => post(validInnovation({ institutionId: 'opd-tidak-ada' })));
  expect(answer.status).toBe(400);
  expect(failingPaths(answer)).toEqual(['body.institutionId']);
});

test("entering an institution in a category other than its type is 400 at body.category", async () => {
  const puskesmas = await ctx.http.token('peserta-pkm', ['participant'], 'pkm-tenggarong');
  const answer = await refusedWithoutWrite(() =>
    ctx.http.call('POST', `${EDITION}/innovations`, { token: puskesmas, body: validInnovation({ institutionId: 'pkm-tenggarong', category: 'OPD' }) }),
  );
  expect(answer.status).toBe(400);
  expect(failingPaths(answer)).toEqual(['body.category']);
});

test('a personal category with an institutionId is 400 at body.institutionId', async () => {
  const answer = await refusedWithoutWrite(() => post(validInnovation({ category: 'GURU' })));
  expect(answer.status).toBe(400);
  expect(failingPaths(answer)).toEqual(['body.institutionId']);
});

test('malformed JSON is 400 INVALID_JSON', async () => {
  const answer = await refusedWithoutWrite(() => post('{"title": "Layanan", '));
  expect(answer.status).toBe(400);
  expect(answer.body.error.code).toBe('INVALID_JSON');
});

test('an empty body where JSON is expected is 400, not 500', async () => {
  const answer = await refusedWithoutWrite(() => ctx.http.call('POST', `${EDITION}/innovations`, { token: participant, headers: { 'content-type': 'application/json' } }));
  expect(answer.status).toBe(400);
});

test('JSON that is not an object (null, an array, a string) is 400 naming the body', async () => {
  for (const body of ['null', '[]', '"x"', '42']) {
    const answer = await refusedWithoutWrite(() => post(body));
    expect(answer.status).toBe(400);
    expect(failingPaths(answer)).toEqual(['body']);
  }
});

test('a body sent as another content type is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
  const answer = await refusedWithoutWrite(() =>
    ctx.http.call('POST', `${EDITION}/innovations`, { token: participant, body: JSON.stringify(validInnovation()), headers: { 'content-type': 'text/plain' } }),
  );
  expect(answer.status).toBe(415);
  expect(answer.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  const form = await refusedWithoutWrite(() =>
    ctx.http.call('POST', `${EDITION}/innovations`, { token: participant, body: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
  );
  expect(form.status).toBe(415);
});

test('a JSON body over 64 KiB is 413 before it is parsed', async () => {
  const answer = await refusedWithoutWrite(() => post(validInnovation({ summary: 'x'.repeat(70 * 1024) })));
  expect(answer.status).toBe(413);
  expect(answer.body.error.code).toBe('PAYLOAD_TOO_LARGE');
});

test('an innovation id that is not a UUID is 400 at path.id', async () => {
  const answer = await refusedWithoutWrite(() => ctx.http.call('PATCH', '/innovations/INNOVATION%23x', { token: participant, body: { summary: 'x' } }));
  expect(answer.status).toBe(400);
  expect(failingPaths(answer)).toEqual(['path.id']);
});

test('an unknown innovation is 404', async () => {
  const answer = await refusedWithoutWrite(() => ctx.http.call('PATCH', '/innovations/6f1c2f0e-3b2a-4c55-9e1f-0a4b7d6c8e90', { token: participant, body: { summary: 'x' } }));
  expect(answer.status).toBe(404);
  expect(answer.body.error.code).toBe('NOT_FOUND');
});

test('an unknown edition is 404', async () => {
  const answer = await refusedWithoutWrite(() => ctx.http.call('POST', '/editions/pik-1999/innovations', { token: participant, body: validInnovation() }));
  expect(answer.status).toBe(404);
});

test('an edit that changes nothing is 400', async () => {
  const answer = await refusedWithoutWrite(() => ctx.http.call('PATCH', `/innovations/${draft}`, { token: participant, body: {} }));
  expect(answer.status).toBe(400);
  expect(answer.body.error.details[0].message).toBe('nothing to change');
});

test('an edit of the category or institution is 400: they decide where the entry competes', async () => {
  const answer = await refusedWithoutWrite(() => ctx.http.call('PATCH', `/innovations/${draft}`, { token: participant, body: { category: 'RSUD', institutionId: 'rsud-parikesit' } }));
  expect(answer.status).toBe(400);
  expect(answer.body.error.details).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ path: ['body', 'category'], code: 'unrecognized_keys' }),
      expect.objectContaining({ path: ['body', 'institutionId'], code: 'unrecognized_keys' }),
    ]),
  );
});

test('a list limit outside 1–100 and an unknown category filter are 400 at query.*', async () => {
  const admin = await ctx.http.token('brida-admin', ['admin']);
  const answer = await ctx.http.call('GET', `${EDITION}/innovations?limit=0&category=opd`, { token: admin });
  expect(answer.status).toBe(400);
  expect(failingPaths(answer).sort()).toEqual(['query.category', 'query.limit']);
});
