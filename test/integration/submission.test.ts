/** The final submission checks what is actually stored (HeadObject), since s3rver — unlike S3 — does
 * not enforce the presigned POST's conditions. A refused submission writes nothing. */
import {
  DURING_REGISTRATION,
  EDITION,
  SAMPLE_PDF,
  personalEntry,
  refusedWithoutWrite,
  registerDraft,
  requestDocument,
  setClock,
  submittedInnovation,
  upload,
  useStack,
  validInnovation,
} from './support';

const ctx = useStack();
let owner: string;

/** The first bytes of a PNG file: an image, not a PDF. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 7)]);

beforeAll(async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
  owner = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
});

const submit = (id: string) => ctx.http.call('POST', `/innovations/${id}/submit`, { token: owner });
const proposal = (size: number) => ({ kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size });

test('a complete draft with an uploaded PDF proposal is SUBMITTED, stamped, and its document marked UPLOADED', async () => {
  const id = await registerDraft(ctx.http, owner);
  const doc = await requestDocument(ctx.http, owner, id, proposal(SAMPLE_PDF.length));
  expect((await upload(doc.body.upload, SAMPLE_PDF)).status).toBeLessThan(300);
  const answer = await submit(id);
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ status: 'SUBMITTED', submittedAt: DURING_REGISTRATION, version: 3 });
  expect(answer.body.documents).toEqual([expect.objectContaining({ documentId: doc.body.documentId, kind: 'PROPOSAL', status: 'UPLOADED' })]);
});

test('a submission without any PROPOSAL is 409 INCOMPLETE naming documents, and writes nothing', async () => {
  const id = await registerDraft(ctx.http, owner);
  const answer = await refusedWithoutWrite(() => submit(id));
  expect(answer.status).toBe(409);
  expect(answer.body.error.code).toBe('INCOMPLETE');
  expect(answer.body.error.details).toEqual([expect.objectContaining({ path: ['documents'] })]);
});

test('a PROPOSAL that was requested but never uploaded does not count: 409 INCOMPLETE naming documents', async () => {
  const id = await registerDraft(ctx.http, owner);
  expect((await requestDocument(ctx.http, owner, id, proposal(SAMPLE_PDF.length))).status).toBe(201);
  const answer = await refusedWithoutWrite(() => submit(id));
  expect(answer.status).toBe(409);
  expect(answer.body.error.code).toBe('INCOMPLETE');
  expect(answer.body.error.details.map((d: { path: string[] }) => d.path)).toEqual([['documents']]);
});

test('an EVIDENCE PDF is no PROPOSAL: 409 INCOMPLETE naming documents', async () => {
  const id = await registerDraft(ctx.http, owner);
  const doc = await requestDocument(ctx.http, owner, id, { kind: 'EVIDENCE', fileName: 'bukti.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length });
  await upload(doc.body.upload, SAMPLE_PDF);
  const answer = await refusedWithoutWrite(() => submit(id));
  expect([answer.status, answer.body.error.code]).toEqual([409, 'INCOMPLETE']);
  expect(answer.body.error.details.map((d: { path: string[] }) => d.path)).toEqual([['documents']]);
});

test('a draft missing its descriptive fields is 409 INCOMPLETE naming each of them', async () => {
  const id = await registerDraft(ctx.http, owner, { summary: undefined, impact: undefined, startedOn: undefined });
  const doc = await requestDocument(ctx.http, owner, id, proposal(SAMPLE_PDF.length));
  await upload(doc.body.upload, SAMPLE_PDF);
  const answer = await refusedWithoutWrite(() => submit(id));
  expect([answer.status, answer.body.error.code]).toEqual([409, 'INCOMPLETE']);
  expect(answer.body.error.details.map((d: { path: string[] }) => d.path)).toEqual([['summary'], ['impact'], ['startedOn']]);
});

test('a PNG uploaded where a PDF proposal was declared (the form’s Content-Type tampered) is 409 DOCUMENT_MISMATCH, and writes nothing', async () => {
  const id = await registerDraft(ctx.http, owner);
  const doc = await requestDocument(ctx.http, owner, id, proposal(PNG.length));
  expect(doc.body.upload.fields['Content-Type']).toBe('application/pdf');
  const stored = await upload(doc.body.upload, PNG, { fields: { 'Content-Type': 'image/png' }, blobType: 'image/png' });
  expect(stored.status).toBeLessThan(300); // s3rver does not enforce the policy; real S3 would refuse
  const answer = await refusedWithoutWrite(() => submit(id));
  expect(answer.status).toBe(409);
  expect(answer.body.error.code).toBe('DOCUMENT_MISMATCH');
  expect(answer.body.error.details).toEqual([expect.objectContaining({ path: ['documents', doc.body.documentId], message: expect.stringContaining('image/png') })]);
  const read = await ctx.http.call('GET', `/innovations/${id}`, { token: owner });
  expect(read.body.status).toBe('DRAFT');
});

test('an object larger than the size declared (content-length-range not enforced by s3rver) is 409 DOCUMENT_MISMATCH', async () => {
  const id = await registerDraft(ctx.http, owner);
  const doc = await requestDocument(ctx.http, owner, id, proposal(10));
  await upload(doc.body.upload, SAMPLE_PDF); // far more than 10 bytes
  const answer = await refusedWithoutWrite(() => submit(id));
  expect([answer.status, answer.body.error.code]).toEqual([409, 'DOCUMENT_MISMATCH']);
  expect(answer.body.error.details[0].message).toContain('larger');
});

test('a mismatched document blocks the submission even when another PROPOSAL is fine', async () => {
  const id = await registerDraft(ctx.http, owner);
  const good = await requestDocument(ctx.http, owner, id, proposal(SAMPLE_PDF.length));
  await upload(good.body.upload, SAMPLE_PDF);
  const photo = await requestDocument(ctx.http, owner, id, { kind: 'PHOTO', fileName: 'foto.jpg', contentType: 'image/jpeg', size: PNG.length });
  await upload(photo.body.upload, PNG, { fields: { 'Content-Type': 'image/png' }, blobType: 'image/png' });
  const answer = await refusedWithoutWrite(() => submit(id));
  expect([answer.status, answer.body.error.code]).toEqual([409, 'DOCUMENT_MISMATCH']);
  expect(answer.body.error.details.map((d: { path: string[] }) => d.path)).toEqual([['documents', photo.body.documentId]]);
});

test('documents requested but never uploaded are dropped at submission; the uploaded ones remain', async () => {
  const id = await registerDraft(ctx.http, owner);
  const uploaded = await requestDocument(ctx.http, owner, id, proposal(SAMPLE_PDF.length));
  await upload(uploaded.body.upload, SAMPLE_PDF);
  const abandoned = await requestDocument(ctx.http, owner, id, { kind: 'VIDEO', fileName: 'video.mp4', contentType: 'video/mp4', size: 1000 });
  expect(abandoned.status).toBe(201);
  const answer = await submit(id);
  expect(answer.status).toBe(200);
  expect(answer.body.documents.map((d: { documentId: string }) => d.documentId)).toEqual([uploaded.body.documentId]);
});

test('a personal entry (no institution) is submitted too', async () => {
  const teacher = await ctx.http.token('guru-1', ['participant']);
  const id = await registerDraft(ctx.http, teacher, personalEntry());
  const doc = await requestDocument(ctx.http, teacher, id, proposal(SAMPLE_PDF.length));
  await upload(doc.body.upload, SAMPLE_PDF);
  const answer = await ctx.http.call('POST', `/innovations/${id}/submit`, { token: teacher });
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ status: 'SUBMITTED', category: 'GURU' });
});

test('the same institution may register and submit more than one innovation', async () => {
  await submittedInnovation(ctx.http, owner);
  const second = await ctx.http.call('POST', `${EDITION}/innovations`, { token: owner, body: validInnovation({ title: 'Inovasi Kedua' }) });
  expect(second.status).toBe(201);
});
