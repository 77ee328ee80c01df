/** A document upload is a presigned POST bounded in content type and size, at a key the system makes.
 * A refused request writes nothing. */
import { DURING_REGISTRATION, SAMPLE_PDF, refusedWithoutWrite, registerDraft, requestDocument, setClock, upload, useStack } from './support';

const ctx = useStack();
let owner: string;
let id: string;

beforeAll(async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
  owner = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
  id = await registerDraft(ctx.http, owner);
});

const MB = 1024 * 1024;

test('a document request is 201 with a POST upload, its form fields, and an expiry 15 minutes ahead in WITA', async () => {
  const answer = await requestDocument(ctx.http, owner, id, { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length });
  expect(answer.status).toBe(201);
  expect(answer.body).toEqual({
    documentId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    upload: { method: 'POST', url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//), fields: expect.objectContaining({ 'Content-Type': 'application/pdf', Policy: expect.any(String) }) },
    expiresAt: '2023-10-12T09:15:00+08:00',
  });
  const policy = JSON.parse(Buffer.from(answer.body.upload.fields.Policy, 'base64').toString('utf8'));
  expect(policy.conditions).toEqual(expect.arrayContaining([['content-length-range', 1, SAMPLE_PDF.length], ['eq', '$Content-Type', 'application/pdf']]));
});

test("the object key is made by the system and never contains the user's file name", async () => {
  const fileName = 'Proposal Rahasia Dinas (final) ../../../etc/passwd.pdf';
  const answer = await requestDocument(ctx.http, owner, id, { kind: 'PROPOSAL', fileName, contentType: 'application/pdf', size: 1000 });
  expect(answer.status).toBe(201);
  const key: string = answer.body.upload.fields.key;
  expect(key).toBe(`editions/pik-2023/innovations/${id}/documents/${answer.body.documentId}`);
  const everything = JSON.stringify(answer.body) + decodeURIComponent(answer.body.upload.url);
  for (const part of ['Rahasia', 'passwd', 'final', '..']) expect(everything).not.toContain(part);
});

test('the innovation lists the document under its display name, without any storage key', async () => {
  const read = await ctx.http.call('GET', `/innovations/${id}`, { token: owner });
  const doc = read.body.documents.find((d: { fileName: string }) => d.fileName.endsWith('passwd.pdf'));
  expect(doc).toMatchObject({ kind: 'PROPOSAL', fileName: 'passwd.pdf', contentType: 'application/pdf', size: 1000, status: 'PENDING' });
  expect(doc).not.toHaveProperty('key');
  expect(JSON.stringify(read.body)).not.toContain('editions/pik-2023/innovations');
});

test('the upload works against the presigned POST, and the stored object is what was declared', async () => {
  const answer = await requestDocument(ctx.http, owner, id, { kind: 'EVIDENCE', fileName: 'bukti.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length });
  const stored = await upload(answer.body.upload, SAMPLE_PDF);
  expect(stored.status).toBeLessThan(300);
});

test('a content type the kind does not allow is 400 at body.contentType, and writes nothing', async () => {
  for (const [kind, contentType] of [
    ['PROPOSAL', 'image/png'],
    ['PROPOSAL', 'application/msword'],
    ['PHOTO', 'image/gif'],
    ['VIDEO', 'application/pdf'],
    ['EVIDENCE', 'text/html'],
  ]) {
    const answer = await refusedWithoutWrite(() => requestDocument(ctx.http, owner, id, { kind, fileName: 'x', contentType, size: 100 }));
    expect({ kind, contentType, status: answer.status }).toEqual({ kind, contentType, status: 400 });
    expect(answer.body.error.details[0].path).toEqual(['body', 'contentType']);
  }
});

test('a content type is matched without regard to case', async () => {
  const answer = await requestDocument(ctx.http, owner, id, { kind: 'PHOTO', fileName: 'foto.JPG', contentType: 'IMAGE/JPEG', size: 100 });
  expect(answer.status).toBe(201);
  expect(answer.body.upload.fields['Content-Type']).toBe('image/jpeg');
});

test('a document over its kind’s size limit is 413 at body.size, and writes nothing', async () => {
  for (const [kind, contentType, limit] of [
    ['PROPOSAL', 'application/pdf', 20 * MB],
    ['PHOTO', 'image/png', 10 * MB],
    ['VIDEO', 'video/mp4', 500 * MB],
  ] as const) {
    const answer = await refusedWithoutWrite(() => requestDocument(ctx.http, owner, id, { kind, fileName: 'x', contentType, size: limit + 1 }));
    expect({ kind, status: answer.status }).toEqual({ kind, status: 413 });
    expect(answer.body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(answer.body.error.details[0].path).toEqual(['body', 'size']);
  }
});

test('exactly at the size limit is accepted', async () => {
  const answer = await requestDocument(ctx.http, owner, id, { kind: 'PHOTO', fileName: 'besar.png', contentType: 'image/png', size: 10 * MB });
  expect(answer.status).toBe(201);
});

test('an invalid document request is 400 naming each failing field, and writes nothing', async () => {
  const answer = await refusedWithoutWrite(() => requestDocument(ctx.http, owner, id, { kind: 'SPREADSHEET', fileName: '', contentType: 'application/pdf', size: 0 }));
  expect(answer.status).toBe(400);
  expect(answer.body.error.details.map((d: { path: string[] }) => d.path.join('.')).sort()).toEqual(['body.fileName', 'body.kind', 'body.size']);
});

test('the client cannot choose the key (unknown field 400)', async () => {
  const answer = await refusedWithoutWrite(() =>
    requestDocument(ctx.http, owner, id, { kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: 100, key: 'editions/pik-2023/evil' }),
  );
  expect(answer.status).toBe(400);
});

test('an innovation keeps at most 30 documents: the 31st request is 409 TOO_MANY_DOCUMENTS and writes nothing', async () => {
  const full = await registerDraft(ctx.http, owner);
  for (let i = 0; i < 30; i += 1)
    expect((await requestDocument(ctx.http, owner, full, { kind: 'PHOTO', fileName: `foto-${i}.jpg`, contentType: 'image/jpeg', size: 100 })).status).toBe(201);
  const answer = await refusedWithoutWrite(() => requestDocument(ctx.http, owner, full, { kind: 'PHOTO', fileName: 'foto-31.jpg', contentType: 'image/jpeg', size: 100 }));
  expect([answer.status, answer.body.error.code]).toEqual([409, 'TOO_MANY_DOCUMENTS']);
});
