/** Editing a draft: optimistic locking by `version` in the body or `If-Match`, and only while it is a
 * draft. A refused edit writes nothing. */
import { DURING_REGISTRATION, refusedWithoutWrite, registerDraft, setClock, submittedInnovation, useStack } from './support';

const ctx = useStack();
let owner: string;

beforeAll(async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
  owner = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
});

const patch = (id: string, body: unknown, headers: Record<string, string> = {}) => ctx.http.call('PATCH', `/innovations/${id}`, { token: owner, body, headers });

test('an edit bumps the version, answers the new ETag, and changes only what was sent', async () => {
  const id = await registerDraft(ctx.http, owner);
  const answer = await patch(id, { summary: 'Ringkasan baru', version: 1 });
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ summary: 'Ringkasan baru', version: 2, title: 'Layanan Adminduk Keliling Digital', category: 'OPD', status: 'DRAFT' });
  expect(answer.headers.get('etag')).toBe('"2"');
  const read = await ctx.http.call('GET', `/innovations/${id}`, { token: owner });
  expect(read.body).toMatchObject({ summary: 'Ringkasan baru', version: 2 });
  expect(read.headers.get('etag')).toBe('"2"');
});

test('an edit with a stale version in the body is 409 VERSION_CONFLICT and writes nothing', async () => {
  const id = await registerDraft(ctx.http, owner);
  expect((await patch(id, { summary: 'Pertama' })).status).toBe(200); // now at version 2
  const answer = await refusedWithoutWrite(() => patch(id, { summary: 'Menimpa suntingan orang lain', version: 1 }));
  expect(answer.status).toBe(409);
  expect(answer.body.error.code).toBe('VERSION_CONFLICT');
  expect((await ctx.http.call('GET', `/innovations/${id}`, { token: owner })).body.summary).toBe('Pertama');
});

test('an edit with a stale If-Match is 409 VERSION_CONFLICT and writes nothing', async () => {
  const id = await registerDraft(ctx.http, owner);
  expect((await patch(id, { summary: 'Pertama' })).status).toBe(200);
  const answer = await refusedWithoutWrite(() => patch(id, { summary: 'Menimpa' }, { 'if-match': '"1"' }));
  expect(answer.status).toBe(409);
  expect(answer.body.error.code).toBe('VERSION_CONFLICT');
});

test('an edit with the current If-Match (as the ETag gave it) succeeds', async () => {
  const id = await registerDraft(ctx.http, owner);
  const etag = (await ctx.http.call('GET', `/innovations/${id}`, { token: owner })).headers.get('etag')!;
  const answer = await patch(id, { impact: 'Dampak terukur' }, { 'if-match': etag });
  expect(answer.status).toBe(200);
  expect(answer.body.version).toBe(2);
  expect((await patch(id, { impact: 'Lagi' }, { 'if-match': 'W/"2"' })).status).toBe(200);
});

test('an If-Match that is not a version is 400 at headers.if-match and writes nothing', async () => {
  const id = await registerDraft(ctx.http, owner);
  const answer = await refusedWithoutWrite(() => patch(id, { summary: 'x' }, { 'if-match': '*' }));
  expect(answer.status).toBe(400);
  expect(answer.body.error.details[0].path).toEqual(['headers', 'if-match']);
});

test('of two concurrent edits made on the same version, exactly one wins; the other is 409 VERSION_CONFLICT', async () => {
  const id = await registerDraft(ctx.http, owner);
  const answers = await Promise.all([patch(id, { summary: 'Suntingan A', version: 1 }), patch(id, { summary: 'Suntingan B', version: 1 })]);
  expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
  const loser = answers.find((a) => a.status === 409)!;
  expect(loser.body.error.code).toBe('VERSION_CONFLICT');
  const winner = answers.find((a) => a.status === 200)!;
  const read = await ctx.http.call('GET', `/innovations/${id}`, { token: owner });
  expect(read.body).toMatchObject({ version: 2, summary: winner.body.summary });
});

test('an edit without any version is last-writer-wins but still bumps the version', async () => {
  const id = await registerDraft(ctx.http, owner);
  await patch(id, { summary: 'A' });
  const answer = await patch(id, { summary: 'B' });
  expect(answer.body).toMatchObject({ summary: 'B', version: 3 });
});

test('an edit after the final submission is 409 NOT_DRAFT naming the status, and writes nothing', async () => {
  const id = await submittedInnovation(ctx.http, owner);
  const answer = await refusedWithoutWrite(() => patch(id, { summary: 'Setelah dikirim' }));
  expect(answer.status).toBe(409);
  expect(answer.body.error.code).toBe('NOT_DRAFT');
  expect(answer.body.error.details).toEqual([expect.objectContaining({ status: 'SUBMITTED' })]);
});

test('after the final submission, documents cannot be added and it cannot be submitted again (409 NOT_DRAFT)', async () => {
  const id = await submittedInnovation(ctx.http, owner);
  const doc = await refusedWithoutWrite(() =>
    ctx.http.call('POST', `/innovations/${id}/documents`, { token: owner, body: { kind: 'EVIDENCE', fileName: 'bukti.pdf', contentType: 'application/pdf', size: 100 } }),
  );
  expect([doc.status, doc.body.error.code]).toEqual([409, 'NOT_DRAFT']);
  const again = await refusedWithoutWrite(() => ctx.http.call('POST', `/innovations/${id}/submit`, { token: owner }));
  expect([again.status, again.body.error.code]).toEqual([409, 'NOT_DRAFT']);
});
