/** Issue 14: documents the jury can read, and submissions that cannot change afterwards. Stored
 * documents are read back through GET /innovations/{id}/documents/{documentId} — a 302 to a presigned
 * GET, or `{url, expiresAt}` with `Accept: application/json` — by the owner, the secretariat and the
 * entry's panel, byte for byte (the presigned URL is followed against s3rver). After submission every
 * read is the bytes the submission checked, whatever is posted to the upload form afterwards, also
 * after registration has closed. */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { bucketName, s3 } from '#shared/data/document-store';
import { DURING_REGISTRATION, EDITION, SAMPLE_PDF, refusedWithoutWrite, registerDraft, requestDocument, setClock, upload, useStack, type Upload } from './support';

const ctx = useStack();
const t = {} as Record<'owner' | 'otherParticipant' | 'admin' | 'jury' | 'juryOtherCategory' | 'juryConflicted' | 'verifier', string>;

/** Two valid PDFs of the same size that differ in their bytes: what was submitted, and what is posted later. */
const pdf = (marker: string) => Buffer.from(SAMPLE_PDF.toString('latin1').replace('%%EOF', `%${marker}\n%%EOF`), 'latin1');
const SUBMITTED = pdf('submitted-bytes-0001');
const LATER = pdf('replaced-bytes-0002');
const AFTER_CLOSE = pdf('replaced-bytes-0003');
const FILE_NAME = 'Proposal Inovasi Désa — ꦲꦤꦸꦒꦿꦃ "final".pdf';

let id: string;
let documentId: string;
let form: Upload;

const read = (token: string | undefined, path = `/innovations/${id}/documents/${documentId}`) =>
  ctx.http.call('GET', path, { token, headers: { accept: 'application/json' } });

/** Follows the presigned URL against s3rver and answers what it serves. */
const follow = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), disposition: res.headers.get('content-disposition'), type: res.headers.get('content-type') };
};

/** The bytes a caller reads back through the API. */
const bytesReadBy = async (token: string): Promise<Buffer> => {
  const answer = await read(token);
  expect(answer.status).toBe(200);
  const served = await follow(answer.body.url);
  expect(served.status).toBe(200);
  return served.bytes;
};

beforeAll(async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
  t.owner = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
  t.otherParticipant = await ctx.http.token('peserta-lain', ['participant'], 'opd-diskominfo');
  t.admin = await ctx.http.token('brida-admin', ['admin']);
  t.jury = await ctx.http.token('juri-opd', ['jury']);
  t.juryOtherCategory = await ctx.http.token('juri-guru', ['jury']);
  t.juryConflicted = await ctx.http.token('juri-berkonflik', ['jury']);
  t.verifier = await ctx.http.token('verifikator-opd', ['verifier']);
  id = await registerDraft(ctx.http, t.owner);
  const doc = await requestDocument(ctx.http, t.owner, id, { kind: 'PROPOSAL', fileName: FILE_NAME, contentType: 'application/pdf', size: SUBMITTED.length });
  expect(doc.status).toBe(201);
  documentId = doc.body.documentId;
  form = doc.body.upload;
  expect((await upload(form, SUBMITTED)).status).toBeLessThan(300);
});

describe('during REGISTRATION', () => {
  test('the owner reads a draft’s document back byte for byte, as an attachment with its stored name and type', async () => {
    const answer = await read(t.owner);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\//), expiresAt: '2023-10-12T09:05:00+08:00' });
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const served = await follow(answer.body.url);
    expect(served.bytes.equals(SUBMITTED)).toBe(true);
    expect(served.type).toBe('application/pdf');
    // RFC 6266: an ASCII fallback and the exact stored name in filename* (RFC 8187).
    expect(served.disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(served.disposition!)![1])).toBe(FILE_NAME);
    expect(/filename="([^"]*)"/.exec(served.disposition!)![1]).not.toMatch(/["\\]/);
  });

  test('without Accept: application/json the answer is a 302 to the presigned GET', async () => {
    const res = await fetch(`${ctx.stack.url}/innovations/${id}/documents/${documentId}`, { headers: { authorization: `Bearer ${t.owner}` }, redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = res.headers.get('location')!;
    expect((await follow(location)).bytes.equals(SUBMITTED)).toBe(true);
    // fetch follows the redirect by default: a browser link downloads the document.
    const followed = await fetch(`${ctx.stack.url}/innovations/${id}/documents/${documentId}`, { headers: { authorization: `Bearer ${t.owner}` } });
    expect(Buffer.from(await followed.arrayBuffer()).equals(SUBMITTED)).toBe(true);
  });

  test('each document of the innovation carries the path that reads it', async () => {
    const innovation = await ctx.http.call('GET', `/innovations/${id}`, { token: t.owner });
    expect(innovation.body.documents).toEqual([expect.objectContaining({ documentId, fileName: FILE_NAME, href: `/innovations/${id}/documents/${documentId}` })]);
  });

  test('a document asked for but never uploaded is 404 to its owner; an unknown document id is 404', async () => {
    const draft = await registerDraft(ctx.http, t.owner);
    const pending = await requestDocument(ctx.http, t.owner, draft, { kind: 'PROPOSAL', fileName: 'nanti.pdf', contentType: 'application/pdf', size: 100 });
    const answer = await read(t.owner, `/innovations/${draft}/documents/${pending.body.documentId}`);
    expect([answer.status, answer.body.error.code]).toEqual([404, 'NOT_FOUND']);
    const unknown = await read(t.owner, `/innovations/${id}/documents/00000000-0000-4000-8000-000000000000`);
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'NOT_FOUND']);
  });

  test('another participant cannot read it (403), and the refusal shows nothing of the document', async () => {
    const answer = await read(t.otherParticipant);
    expect([answer.status, answer.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const text = JSON.stringify(answer.body);
    for (const secret of [documentId, 'Proposal', 'editions/', 'http']) expect(text).not.toContain(secret);
    expect((await ctx.http.call('GET', `/innovations/${id}/documents/${documentId}`, {})).status).toBe(401);
  });

  test('a proposal stored with 0 bytes makes the submission 409 DOCUMENT_MISMATCH naming it, and writes nothing', async () => {
    const draft = await registerDraft(ctx.http, t.owner);
    const doc = await requestDocument(ctx.http, t.owner, draft, { kind: 'PROPOSAL', fileName: 'kosong.pdf', contentType: 'application/pdf', size: 100 });
    expect((await upload(doc.body.upload, Buffer.alloc(0))).status).toBeLessThan(300);
    const answer = await refusedWithoutWrite(() => ctx.http.call('POST', `/innovations/${draft}/submit`, { token: t.owner }));
    expect([answer.status, answer.body.error.code]).toEqual([409, 'DOCUMENT_MISMATCH']);
    expect(answer.body.error.details).toEqual([expect.objectContaining({ path: ['documents', doc.body.documentId], message: expect.stringContaining('empty') })]);
    // Nor does it keep anything in the bucket: the copy it checked is gone.
    const kept = await s3().send(new ListObjectsV2Command({ Bucket: bucketName(), Prefix: `submitted/editions/pik-2023/innovations/${draft}/` }));
    expect(kept.KeyCount ?? 0).toBe(0);
  });

  test('a refused submission keeps no copy: incomplete fields (409 INCOMPLETE) leave nothing under submitted/', async () => {
    const draft = await registerDraft(ctx.http, t.owner, { summary: undefined });
    const doc = await requestDocument(ctx.http, t.owner, draft, { kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: SUBMITTED.length });
    await upload(doc.body.upload, SUBMITTED);
    const answer = await refusedWithoutWrite(() => ctx.http.call('POST', `/innovations/${draft}/submit`, { token: t.owner }));
    expect([answer.status, answer.body.error.code]).toEqual([409, 'INCOMPLETE']);
    const kept = await s3().send(new ListObjectsV2Command({ Bucket: bucketName(), Prefix: `submitted/editions/pik-2023/innovations/${draft}/` }));
    expect(kept.KeyCount ?? 0).toBe(0);
  });

  test('the submission freezes what it checked: posting the same form again afterwards changes nothing that is read', async () => {
    const submitted = await ctx.http.call('POST', `/innovations/${id}/submit`, { token: t.owner });
    expect(submitted.status).toBe(200);
    expect(submitted.body.documents).toEqual([expect.objectContaining({ documentId, status: 'UPLOADED', size: SUBMITTED.length, href: `/innovations/${id}/documents/${documentId}` })]);
    expect((await upload(form, LATER)).status).toBeLessThan(300); // s3rver takes it; the upload key changes
    expect((await bytesReadBy(t.owner)).equals(SUBMITTED)).toBe(true);
    expect((await bytesReadBy(t.admin)).equals(SUBMITTED)).toBe(true);
    const innovation = await ctx.http.call('GET', `/innovations/${id}`, { token: t.owner });
    expect(innovation.body).toMatchObject({ status: 'SUBMITTED', documents: [expect.objectContaining({ size: SUBMITTED.length, contentType: 'application/pdf' })] });
    expect(JSON.stringify(innovation.body)).not.toMatch(/submitted\/|editions\//);
    const kept = await s3().send(new ListObjectsV2Command({ Bucket: bucketName(), Prefix: `submitted/editions/pik-2023/innovations/${id}/` }));
    expect(kept.KeyCount).toBe(1);
  });

  test('an upload form asked for in the last minutes of registration stops working when registration closes', async () => {
    await setClock(ctx.http, '2023-10-13T23:50:00+08:00');
    const draft = await registerDraft(ctx.http, t.owner);
    const doc = await requestDocument(ctx.http, t.owner, draft, { kind: 'PROPOSAL', fileName: 'telat.pdf', contentType: 'application/pdf', size: 100 });
    expect(doc.body.expiresAt).toBe('2023-10-14T00:00:00+08:00');
    const policy = JSON.parse(Buffer.from(doc.body.upload.fields.Policy, 'base64').toString('utf8'));
    // The policy's own expiry (real time, as S3 enforces it) is 10 minutes from signing, not 15.
    expect(new Date(policy.expiration).getTime() - Date.now()).toBeLessThanOrEqual(10 * 60 * 1000 + 5000);
  });
});

describe('after registration has closed', () => {
  beforeAll(async () => {
    await setClock(ctx.http, '2023-10-15T09:00:00+08:00');
    const panel = {
      assignments: [
        { userId: 'juri-opd', role: 'jury', categories: ['OPD'] },
        { userId: 'juri-guru', role: 'jury', categories: ['GURU'] },
        { userId: 'juri-berkonflik', role: 'jury', categories: ['OPD'] },
        { userId: 'verifikator-opd', role: 'verifier', categories: ['OPD'] },
      ],
      conflicts: [{ userId: 'juri-berkonflik', institutionIds: ['opd-diskominfo'] }],
    };
    expect((await ctx.http.call('PUT', `${EDITION}/assignments`, { token: t.admin, body: panel })).status).toBe(200);
  });

  test('posting the same form after the deadline leaves the submitted bytes: the assigned judge reads exactly what was submitted', async () => {
    expect((await upload(form, AFTER_CLOSE)).status).toBeLessThan(300); // s3rver enforces no expiry; S3 would refuse
    expect((await bytesReadBy(t.jury)).equals(SUBMITTED)).toBe(true);
    expect((await bytesReadBy(t.verifier)).equals(SUBMITTED)).toBe(true);
    expect((await bytesReadBy(t.owner)).equals(SUBMITTED)).toBe(true);
    expect((await bytesReadBy(t.admin)).equals(SUBMITTED)).toBe(true);
  });

  test.each([
    ['a judge of another category', 'juryOtherCategory'],
    ['a judge who declared a conflict with the institution', 'juryConflicted'],
    ['another participant', 'otherParticipant'],
  ] as const)('%s cannot read it: 403 showing nothing of the document, nothing written', async (_who, actor) => {
    const answer = await refusedWithoutWrite(() => read(t[actor]));
    expect([answer.status, answer.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const text = JSON.stringify(answer.body);
    for (const secret of [documentId, 'Proposal', 'PROPOSAL', 'editions/', 'submitted/', 'http']) expect(text).not.toContain(secret);
  });
});
