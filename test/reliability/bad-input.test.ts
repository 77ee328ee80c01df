/** Issue 6: the bad-input corpus. Every case is a 4xx with `error.code` and `error.message` (and a
 * detail naming the field when a field is at fault), leaves the table exactly as it was, and is never
 * a 5xx. Awkward but valid input (Indonesian names, other scripts, emoji, right-to-left text, exact
 * limits, path tricks in file names) is accepted and read back unchanged. The edition is played from
 * REGISTRATION to FIELD_VERIFICATION so scores and verifications meet their boundaries too. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { LocalStack } from '#scripts/local/stack';
import { seedEdition } from '#shared/domain/seed-edition';
import { SAMPLE_JPEG, SAMPLE_PDF, api, startTestStack, tableSnapshot, uploadWithPresignedPost, validInnovation, type Answer } from '#test/support/stack';
import { craftToken, rawRequest, unsignedToken } from './support';

let stack: LocalStack;
let http: ReturnType<typeof api>;
const t = {} as Record<'owner' | 'admin' | 'jury' | 'jury2' | 'verifier', string>;
/** A draft of the owner (edited and given documents by the cases) and a submitted entry (scored later). */
let draft: string;
let entry: string;
const EDITION = '/editions/pik-2023';
const MB = 1024 * 1024;

beforeAll(async () => {
  stack = await startTestStack();
  http = api(stack);
  await http.setClock('2023-10-12T09:00:00+08:00');
  t.owner = await http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
  t.admin = await http.token('brida-admin', ['admin']);
  t.jury = await http.token('juri-1', ['jury']);
  t.jury2 = await http.token('juri-2', ['jury']);
  t.verifier = await http.token('verifikator-1', ['verifier']);
  draft = (await http.call('POST', `${EDITION}/innovations`, { token: t.owner, body: validInnovation() })).body.id;
  entry = (await http.call('POST', `${EDITION}/innovations`, { token: t.owner, body: validInnovation({ title: 'Entri yang dinilai' }) })).body.id;
  const doc = await http.call('POST', `/innovations/${entry}/documents`, { token: t.owner, body: { kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } });
  await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf');
  expect((await http.call('POST', `/innovations/${entry}/submit`, { token: t.owner })).status).toBe(200);
});
afterAll(() => stack?.stop());

interface BadCase {
  /** What is wrong. */
  name: string;
  send: () => Promise<Answer>;
  status: number;
  code?: string;
  /** The dotted path a detail must name (`body.contact.email`), when a field is at fault. */
  field?: string;
}

const detailPaths = (answer: Answer): string[] => ((answer.body?.error?.details ?? []) as { path?: (string | number)[] }[]).map((d) => (d.path ?? []).join('.'));

const expectRefused = async (c: BadCase) => {
  const before = await tableSnapshot();
  const answer = await c.send();
  const seen = `${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`;
  expect([c.name, answer.status < 500 ? 'not 5xx' : seen]).toEqual([c.name, 'not 5xx']);
  expect([c.name, answer.status]).toEqual([c.name, c.status]);
  expect([c.name, typeof answer.body?.error?.code, typeof answer.body?.error?.message]).toEqual([c.name, 'string', 'string']);
  if (c.code) expect([c.name, answer.body.error.code]).toEqual([c.name, c.code]);
  if (c.field) expect([c.name, detailPaths(answer).some((p) => p === c.field || p.startsWith(`${c.field}.`))]).toEqual([c.name, true]);
  expect(await tableSnapshot()).toBe(before);
};

const register = (body: unknown, headers: Record<string, string> = {}) => http.call('POST', `${EDITION}/innovations`, { token: t.owner, body, headers });
const patch = (body: unknown, headers: Record<string, string> = {}) => http.call('PATCH', `/innovations/${draft}`, { token: t.owner, body, headers });
const documentRequest = (overrides: Record<string, unknown>) =>
  http.call('POST', `/innovations/${draft}/documents`, { token: t.owner, body: { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: 1000, ...overrides } });
const rawRegister = (body: Buffer | string, contentType?: string) =>
  rawRequest(stack, 'POST', `${EDITION}/innovations`, { body, headers: { authorization: `Bearer ${t.owner}`, ...(contentType ? { 'content-type': contentType } : {}) } });
const json = (v: unknown) => JSON.stringify(v);

/** A JSON body with bytes that are not UTF-8 (a lone continuation byte, an overlong `/`, a UTF-16
 * surrogate encoded in UTF-8, a truncated sequence) where `BYTES` stands in the text. */
const BAD_BYTES = Buffer.from([0x80, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xe2, 0x82]);
const withBadBytes = (value: unknown): Buffer => {
  const [before, after] = json(value).split('BYTES');
  return Buffer.concat([Buffer.from(before, 'utf8'), BAD_BYTES, Buffer.from(after, 'utf8')]);
};
/** Sends such a body as JSON to `path` with `token`. */
const rawJson = (method: string, path: string, token: string, body: Buffer) =>
  rawRequest(stack, method, path, { body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json; charset=utf-8' } });

describe('during REGISTRATION', () => {
  const cases: BadCase[] = [
    // The body's syntax
    { name: 'malformed JSON', send: () => register('{"title": "Inovasi'), status: 400, code: 'INVALID_JSON' },
    { name: 'a trailing comma', send: () => register(json(validInnovation()).replace(/}$/, ',}')), status: 400, code: 'INVALID_JSON' },
    { name: 'an empty body', send: () => rawRegister('', 'application/json'), status: 400, code: 'INVALID_JSON' },
    { name: 'bytes that are not UTF-8', send: () => rawRegister(Buffer.from([0x7b, 0xff, 0xfe, 0xfd, 0x7d]), 'application/json'), status: 400, code: 'INVALID_JSON' },
    { name: 'null as the body', send: () => register('null'), status: 400, code: 'INVALID_INPUT', field: 'body' },
    { name: 'an array as the body', send: () => register('[]'), status: 400, code: 'INVALID_INPUT', field: 'body' },
    { name: 'a string as the body', send: () => register('"Inovasi"'), status: 400, code: 'INVALID_INPUT', field: 'body' },
    { name: 'deeply nested arrays', send: () => register('['.repeat(20_000) + ']'.repeat(20_000)), status: 400, field: 'body' },
    // The content type
    { name: 'text/plain', send: () => register(json(validInnovation()), { 'content-type': 'text/plain' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'no content type', send: () => rawRegister(json(validInnovation())), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'a form instead of JSON', send: () => register('title=Inovasi&category=OPD', { 'content-type': 'application/x-www-form-urlencoded' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    { name: 'multipart instead of JSON', send: () => register('--x\r\n\r\n{}\r\n--x--', { 'content-type': 'multipart/form-data; boundary=x' }), status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
    // The body's size
    { name: 'a body over 64 KiB', send: () => register(validInnovation({ summary: 'a'.repeat(64 * 1024) })), status: 413, code: 'PAYLOAD_TOO_LARGE' },
    // Unknown fields: nobody sets what the system decides
    { name: 'an unknown field', send: () => register(validInnovation({ isAdmin: true })), status: 400, field: 'body.isAdmin' },
    { name: 'a status of its own choosing', send: () => register(validInnovation({ status: 'WINNER' })), status: 400, field: 'body.status' },
    { name: 'an owner of its own choosing', send: () => register(validInnovation({ ownerId: 'orang-lain' })), status: 400, field: 'body.ownerId' },
    { name: 'an unknown field in the contact', send: () => register(validInnovation({ contact: { ...validInnovation().contact, nik: '6403010101010001' } })), status: 400, field: 'body.contact.nik' },
    { name: 'a __proto__ key', send: () => register(json(validInnovation()).replace('{', '{"__proto__":{"isAdmin":true},')), status: 400, field: 'body.__proto__' },
    { name: 'moving a draft to another category', send: () => patch({ category: 'GURU' }), status: 400, field: 'body.category' },
    { name: 'replacing the documents by an edit', send: () => patch({ documents: [] }), status: 400, field: 'body.documents' },
    { name: 'an edit that changes nothing', send: () => patch({}), status: 400, field: 'body' },
    // Wrong types
    { name: 'a number as the title', send: () => register(validInnovation({ title: 123 })), status: 400, field: 'body.title' },
    { name: 'a string as the contact', send: () => register(validInnovation({ contact: 'siti@kukarkab.go.id' })), status: 400, field: 'body.contact' },
    { name: 'an e-mail that is none', send: () => register(validInnovation({ contact: { ...validInnovation().contact, email: 'siti(at)kukarkab' } })), status: 400, field: 'body.contact.email' },
    { name: 'a phone number of letters', send: () => register(validInnovation({ contact: { ...validInnovation().contact, phone: 'nol delapan satu dua' } })), status: 400, field: 'body.contact.phone' },
    { name: 'the 30th of February', send: () => register(validInnovation({ startedOn: '2023-02-30' })), status: 400, field: 'body.startedOn' },
    { name: 'a date written d/m/y', send: () => register(validInnovation({ startedOn: '13/10/2023' })), status: 400, field: 'body.startedOn' },
    { name: 'a category in lower case', send: () => register(validInnovation({ category: 'opd' })), status: 400, field: 'body.category' },
    { name: 'an unknown innovation stage', send: () => register(validInnovation({ innovationStage: 'SELESAI' })), status: 400, field: 'body.innovationStage' },
    { name: 'a version as a string', send: () => patch({ title: 'Judul baru', version: '1' }), status: 400, field: 'body.version' },
    { name: 'version 0', send: () => patch({ title: 'Judul baru', version: 0 }), status: 400, field: 'body.version' },
    { name: 'a fractional version', send: () => patch({ title: 'Judul baru', version: 1.5 }), status: 400, field: 'body.version' },
    { name: 'a version beyond safe integers', send: () => patch({ title: 'Judul baru', version: 1e20 }), status: 400, field: 'body.version' },
    // Numbers at and past their bounds: document sizes
    { name: 'a document of size 0', send: () => documentRequest({ size: 0 }), status: 400, field: 'body.size' },
    { name: 'a negative size', send: () => documentRequest({ size: -1 }), status: 400, field: 'body.size' },
    { name: 'a fractional size', send: () => documentRequest({ size: 1.5 }), status: 400, field: 'body.size' },
    { name: 'a size as a string', send: () => documentRequest({ size: '1000' }), status: 400, field: 'body.size' },
    { name: 'an infinite size (1e309)', send: () => http.call('POST', `/innovations/${draft}/documents`, { token: t.owner, body: '{"kind":"PROPOSAL","fileName":"p.pdf","contentType":"application/pdf","size":1e309}' }), status: 400, field: 'body.size' },
    { name: 'a size beyond safe integers', send: () => documentRequest({ size: 2 ** 53 }), status: 400, field: 'body.size' },
    { name: 'a proposal one byte over 20 MB', send: () => documentRequest({ size: 20 * MB + 1 }), status: 413, code: 'PAYLOAD_TOO_LARGE', field: 'body.size' },
    { name: 'a petabyte proposal', send: () => documentRequest({ size: 1e15 }), status: 413, code: 'PAYLOAD_TOO_LARGE', field: 'body.size' },
    { name: 'an executable as a proposal', send: () => documentRequest({ contentType: 'application/x-msdownload' }), status: 400, field: 'body.contentType' },
    { name: 'a header smuggled in the content type', send: () => documentRequest({ contentType: 'application/pdf\r\nx-amz-acl: public-read' }), status: 400, field: 'body.contentType' },
    { name: 'an unknown document kind', send: () => documentRequest({ kind: 'EXE' }), status: 400, field: 'body.kind' },
    // Strings: length, control characters, broken Unicode
    { name: 'an empty file name', send: () => documentRequest({ fileName: '' }), status: 400, field: 'body.fileName' },
    { name: 'a file name of 201 characters', send: () => documentRequest({ fileName: `${'a'.repeat(197)}.pdf` }), status: 400, field: 'body.fileName' },
    { name: 'a NUL in a file name', send: () => documentRequest({ fileName: 'proposal\u0000.pdf.exe' }), status: 400, field: 'body.fileName' },
    { name: 'a title of 201 characters', send: () => register(validInnovation({ title: 'a'.repeat(201) })), status: 400, field: 'body.title' },
    { name: 'a title of two characters', send: () => register(validInnovation({ title: 'ab' })), status: 400, field: 'body.title' },
    { name: 'a summary of 2001 characters', send: () => register(validInnovation({ summary: 'Ringkasan '.repeat(200) + 'x' })), status: 400, field: 'body.summary' },
    { name: 'a contact name of 121 characters', send: () => register(validInnovation({ contact: { ...validInnovation().contact, name: 'Siti '.repeat(24) + 'a' } })), status: 400, field: 'body.contact.name' },
    { name: 'a NUL in the title', send: () => register(validInnovation({ title: 'Inovasi\u0000Desa' })), status: 400, field: 'body.title' },
    { name: 'a bell in the title', send: () => register(validInnovation({ title: 'Inovasi\u0007Desa' })), status: 400, field: 'body.title' },
    { name: 'a lone surrogate in the title', send: () => register(validInnovation({ title: 'Inovasi \ud83c Desa' })), status: 400, field: 'body.title' },
    { name: 'a lone surrogate in an edit', send: () => patch({ summary: 'Ringkasan \udfff' }), status: 400, field: 'body.summary' },
    // Bytes that are not UTF-8 inside a string: refused naming the field, never stored as U+FFFD
    { name: 'bytes that are not UTF-8 in a registered title', send: () => rawJson('POST', `${EDITION}/innovations`, t.owner, withBadBytes(validInnovation({ title: 'Inovasi BYTES Desa' }))), status: 400, code: 'INVALID_INPUT', field: 'body.title' },
    { name: 'bytes that are not UTF-8 in an edit', send: () => rawJson('PATCH', `/innovations/${draft}`, t.owner, withBadBytes({ summary: 'Ringkasan BYTES' })), status: 400, field: 'body.summary' },
    { name: 'bytes that are not UTF-8 in a contact name', send: () => rawJson('POST', `${EDITION}/innovations`, t.owner, withBadBytes(validInnovation({ contact: { ...validInnovation().contact, name: 'Siti BYTES' } }))), status: 400, field: 'body.contact.name' },
    { name: 'bytes that are not UTF-8 in a file name', send: () => rawJson('POST', `/innovations/${draft}/documents`, t.owner, withBadBytes({ kind: 'PROPOSAL', fileName: 'proposal BYTES.pdf', contentType: 'application/pdf', size: 1000 })), status: 400, field: 'body.fileName' },
    { name: 'bytes that are not UTF-8 in an institution name', send: () => rawJson('PUT', '/institutions/opd-utf8', t.admin, withBadBytes({ name: 'Dinas BYTES', type: 'OPD' })), status: 400, field: 'body.name' },
    { name: 'bytes that are not UTF-8 in a screening reason', send: () => rawJson('PUT', `/innovations/${entry}/eligibility`, t.admin, withBadBytes({ eligible: false, reason: 'Alasan BYTES' })), status: 400, field: 'body.reason' },
    { name: 'bytes that are not UTF-8 in a score comment', send: () => rawJson('PUT', `/innovations/${entry}/scores/assessment`, t.jury, withBadBytes({ criteria: { kebaruan: 3 }, comment: 'Catatan BYTES' })), status: 400, field: 'body.comment' },
    { name: 'bytes that are not UTF-8 in verification findings', send: () => rawJson('PUT', `/innovations/${entry}/verification`, t.verifier, withBadBytes({ result: 'VERIFIED', score: 80, findings: 'Temuan BYTES' })), status: 400, field: 'body.findings' },
    { name: 'bytes that are not UTF-8 in a field name', send: () => rawJson('PATCH', `/innovations/${draft}`, t.owner, withBadBytes({ 'summaryBYTES': 'Ringkasan' })), status: 400, field: 'body' },
    // Bidirectional controls reorder what a reader sees: refused in every text, not only file names
    { name: 'a right-to-left override in the title', send: () => register(validInnovation({ title: 'Inovasi \u202Efdp.exe' })), status: 400, field: 'body.title' },
    { name: 'a left-to-right isolate in an edit', send: () => patch({ summary: 'Ringkasan \u2066x\u2069' }), status: 400, field: 'body.summary' },
    { name: 'an embedding in a contact name', send: () => register(validInnovation({ contact: { ...validInnovation().contact, name: 'Siti \u202Aa\u202C' } })), status: 400, field: 'body.contact.name' },
    { name: 'a right-to-left override in a file name', send: () => documentRequest({ fileName: '\u202Efdp.exe' }), status: 400, field: 'body.fileName' },
    { name: 'a right-to-left override in an institution name', send: () => http.call('PUT', '/institutions/opd-bidi', { token: t.admin, body: { name: 'Dinas \u202Eabc', type: 'OPD' } }), status: 400, field: 'body.name' },
    { name: 'a right-to-left override in a panel user id', send: () => http.call('PUT', `${EDITION}/assignments`, { token: t.admin, body: { assignments: [{ userId: 'juri\u202E1', role: 'jury', categories: ['OPD'] }] } }), status: 400, field: 'body.assignments.0.userId' },
    // Keys that reach the prototype, in any object
    { name: 'a constructor key in the body', send: () => register(validInnovation({ constructor: { name: 'x' } })), status: 400, field: 'body.constructor' },
    { name: 'a prototype key in the contact', send: () => register(validInnovation({ contact: { ...validInnovation().contact, prototype: {} } })), status: 400, field: 'body.contact.prototype' },
    // Ids and path tricks
    { name: 'an institution id that climbs the tree', send: () => register(validInnovation({ institutionId: '../../etc/passwd' })), status: 400, field: 'body.institutionId' },
    { name: 'an innovation id that is no id', send: () => http.call('GET', '/innovations/bukan-id', { token: t.owner }), status: 400, field: 'path.id' },
    { name: 'an innovation id of ../ (encoded)', send: () => rawRequest(stack, 'GET', '/innovations/..%2F..%2Fetc%2Fpasswd', { headers: { authorization: `Bearer ${t.owner}` } }), status: 400, field: 'path.id' },
    // Dot segments, also percent-encoded, are resolved as in any URL before routing: what is left
    // matches no route, or lands on a route that applies its own checks.
    { name: 'an innovation id of %2e%2e', send: () => rawRequest(stack, 'GET', '/innovations/%2e%2e', { headers: { authorization: `Bearer ${t.owner}` } }), status: 404, code: 'NOT_FOUND' },
    { name: 'an innovation id of %2e%2e, submitted', send: () => rawRequest(stack, 'POST', '/innovations/%2e%2e/submit', { headers: { authorization: `Bearer ${t.owner}` } }), status: 404, code: 'NOT_FOUND' },
    { name: 'a NUL as the innovation id', send: () => rawRequest(stack, 'GET', '/innovations/%00', { headers: { authorization: `Bearer ${t.owner}` } }), status: 400, field: 'path.id' },
    { name: 'a path that climbs into the compliance report (its role check refuses)', send: () => rawRequest(stack, 'GET', `/innovations/${draft}/%2e%2e/../editions/pik-2023/compliance`, { headers: { authorization: `Bearer ${t.owner}` } }), status: 403, code: 'FORBIDDEN' },
    { name: 'broken percent-encoding', send: () => rawRequest(stack, 'GET', '/innovations/%E0%A4%A', { headers: { authorization: `Bearer ${t.owner}` } }), status: 404, code: 'NOT_FOUND' },
    { name: 'an edition id of ../ (encoded)', send: () => rawRequest(stack, 'POST', '/editions/..%2Fpik-2023/innovations', { body: json(validInnovation()), headers: { authorization: `Bearer ${t.owner}`, 'content-type': 'application/json' } }), status: 400, field: 'path.editionId' },
    { name: 'an emoji as the edition id', send: () => rawRequest(stack, 'GET', '/editions/%F0%9F%98%80'), status: 400, field: 'path.editionId' },
    { name: 'an institution id of ../ (encoded)', send: () => rawRequest(stack, 'PUT', '/institutions/..%2F..%2Fadmin', { body: json({ name: 'Dinas', type: 'OPD' }), headers: { authorization: `Bearer ${t.admin}`, 'content-type': 'application/json' } }), status: 400, field: 'path.institutionId' },
    { name: 'a document id that is no id', send: () => http.call('GET', `/innovations/${draft}/documents/proposal.pdf`, { token: t.owner }), status: 400, field: 'path.documentId' },
    { name: 'a document id of ../ (encoded)', send: () => rawRequest(stack, 'GET', `/innovations/${draft}/documents/..%2F..%2Fsubmitted`, { headers: { authorization: `Bearer ${t.owner}` } }), status: 400, field: 'path.documentId' },
    { name: 'a document of another innovation, by id', send: () => http.call('GET', `/innovations/${draft}/documents/${randomUUID()}`, { token: t.owner }), status: 404, code: 'NOT_FOUND' },
    { name: 'an evidence id that is an object key', send: () => rawRequest(stack, 'GET', `/innovations/${entry}/verification/evidence/editions%2Fpik-2023%2Fx`, { headers: { authorization: `Bearer ${t.admin}` } }), status: 400, field: 'path.evidenceId' },
    { name: 'an unknown scoring round', send: () => http.call('PUT', `/innovations/${entry}/scores/ASSESSMENT`, { token: t.jury, body: { criteria: {} } }), status: 400, field: 'path.round' },
    { name: 'an unknown ranking round', send: () => http.call('POST', `${EDITION}/rankings/semifinal`, { token: t.admin }), status: 400, field: 'path.round' },
    { name: 'a screening flag that is none', send: () => http.call('GET', `${EDITION}/innovations?flag=SUSPICIOUS`, { token: t.admin }), status: 400, field: 'query.flag' },
    { name: 'an export of winners=yes', send: () => http.call('GET', `${EDITION}/export/iid?winners=yes`, { token: t.admin }), status: 400, field: 'query.winners' },
    { name: 'an export in a format that is none', send: () => http.call('GET', `${EDITION}/export/iid?format=xlsx`, { token: t.admin }), status: 400, field: 'query.format' },
    { name: 'a video link over plain http', send: () => register(validInnovation({ videoUrl: 'http://www.youtube.com/watch?v=x' })), status: 400, field: 'body.videoUrl' },
    { name: 'a video link that runs script', send: () => register(validInnovation({ videoUrl: 'javascript:alert(1)' })), status: 400, field: 'body.videoUrl' },
    { name: 'an initiator that is none', send: () => register(validInnovation({ initiator: 'BUPATI' })), status: 400, field: 'body.initiator' },
    { name: 'an objection without a reason', send: () => http.call('POST', `/innovations/${entry}/objections`, { token: t.owner, body: {} }), status: 400, field: 'body.reason' },
    { name: 'an objection with a reason too short to say anything', send: () => http.call('POST', `/innovations/${entry}/objections`, { token: t.owner, body: { reason: 'tidak' } }), status: 400, field: 'body.reason' },
    { name: 'an objection with an unknown field', send: () => http.call('POST', `/innovations/${entry}/objections`, { token: t.owner, body: { reason: 'Alasan yang cukup panjang.', filedBy: 'orang-lain' } }), status: 400, field: 'body.filedBy' },
    { name: 'an objection whose evidence is a proposal', send: () => http.call('POST', `/innovations/${entry}/objections`, { token: t.owner, body: { reason: 'Alasan yang cukup panjang.', evidence: { kind: 'PROPOSAL', fileName: 'a.pdf', contentType: 'application/pdf', size: 10 } } }), status: 400, field: 'body.evidence.kind' },
    { name: 'an objection id that is no id', send: () => http.call('PUT', `/innovations/${entry}/objections/bukan-id`, { token: t.admin, body: { outcome: 'UPHELD', reason: 'Terbukti' } }), status: 400, field: 'path.objectionId' },
    { name: 'an objection outcome that is none', send: () => http.call('PUT', `/innovations/${entry}/objections/00000000-0000-4000-8000-000000000001`, { token: t.admin, body: { outcome: 'MAYBE', reason: 'Terbukti' } }), status: 400, field: 'body.outcome' },
    { name: 'a resolution without a reason', send: () => http.call('PUT', `/innovations/${entry}/objections/00000000-0000-4000-8000-000000000001`, { token: t.admin, body: { outcome: 'REJECTED' } }), status: 400, field: 'body.reason' },
    { name: 'an unknown ranking round to preview', send: () => http.call('GET', `${EDITION}/rankings/NOMINATION/preview`, { token: t.admin }), status: 400, field: 'path.round' },
    { name: 'a preview of an edition id of ../ (encoded)', send: () => rawRequest(stack, 'GET', '/editions/..%2Fpik-2023/rankings/nomination/preview', { headers: { authorization: `Bearer ${t.admin}` } }), status: 400, field: 'path.editionId' },
    // Query strings
    { name: 'limit 0', send: () => http.call('GET', `${EDITION}/innovations?limit=0`, { token: t.admin }), status: 400, field: 'query.limit' },
    { name: 'limit 101', send: () => http.call('GET', `${EDITION}/innovations?limit=101`, { token: t.admin }), status: 400, field: 'query.limit' },
    { name: 'a limit of letters', send: () => http.call('GET', `${EDITION}/innovations?limit=semua`, { token: t.admin }), status: 400, field: 'query.limit' },
    { name: 'a __proto__ query parameter', send: () => http.call('GET', `${EDITION}/innovations?__proto__=x`, { token: t.admin }), status: 400, field: 'query.__proto__' },
    { name: 'a limit given twice', send: () => http.call('GET', `${EDITION}/innovations?limit=1&limit=2`, { token: t.admin }), status: 400, field: 'query.limit' },
    { name: 'an unknown status filter', send: () => http.call('GET', `${EDITION}/innovations?status=MENANG`, { token: t.admin }), status: 400, field: 'query.status' },
    { name: 'a page token that is no token', send: () => http.call('GET', `${EDITION}/innovations?nextToken=${'x'.repeat(64)}`, { token: t.admin }), status: 400, field: 'query.nextToken' },
    {
      name: 'a page token into another partition',
      send: () => http.call('GET', `${EDITION}/innovations?nextToken=${Buffer.from(json({ PK: 'LOCAL', SK: 'CLOCK', GSI1PK: 'LOCAL', GSI1SK: 'CLOCK' })).toString('base64url')}`, { token: t.admin }),
      status: 400,
      field: 'query.nextToken',
    },
    // Headers
    { name: 'an If-Match that is no version', send: () => patch({ title: 'Judul baru' }, { 'if-match': 'W/"abc"' }), status: 400, field: 'headers.if-match' },
    { name: 'a stale If-Match', send: () => patch({ title: 'Judul baru' }, { 'if-match': '"999"' }), status: 409, code: 'VERSION_CONFLICT' },
    // Tokens
    { name: 'a token signed with another key', send: async () => http.call('GET', `/innovations/${draft}`, { headers: { authorization: `Bearer ${await craftToken(randomBytes(32), {}, { sub: 'peserta-kominfo' })}` } }), status: 401, code: 'UNAUTHORIZED' },
    { name: 'an expired token', send: async () => http.call('GET', `/innovations/${draft}`, { headers: { authorization: `Bearer ${await craftToken(stack.secret, {}, { sub: 'peserta-kominfo', expires: Math.floor(Date.now() / 1000) - 60 })}` } }), status: 401, code: 'UNAUTHORIZED' },
    { name: 'an unsigned token (alg none) claiming admin', send: () => http.call('GET', `${EDITION}/compliance`, { headers: { authorization: `Bearer ${unsignedToken()}` } }), status: 401, code: 'UNAUTHORIZED' },
    { name: 'a token signed with HS512', send: async () => http.call('GET', `${EDITION}/compliance`, { headers: { authorization: `Bearer ${await craftToken(stack.secret, { 'cognito:groups': ['admin'] }, { alg: 'HS512' })}` } }), status: 401, code: 'UNAUTHORIZED' },
    { name: 'a token of another issuer', send: async () => http.call('GET', `${EDITION}/compliance`, { headers: { authorization: `Bearer ${await craftToken(stack.secret, { 'cognito:groups': ['admin'] }, { issuer: 'https://cognito-idp.example.com/lain' })}` } }), status: 401, code: 'UNAUTHORIZED' },
    { name: 'a forged token of 8 KB', send: () => register(validInnovation(), { authorization: `Bearer ${'x'.repeat(8192)}` }), status: 401, code: 'UNAUTHORIZED' },
    { name: 'a forged token with a path in its subject', send: async () => register(validInnovation(), { authorization: `Bearer ${await craftToken(randomBytes(32), {}, { sub: '../brida-admin' })}` }), status: 401, code: 'UNAUTHORIZED' },
    { name: 'a genuine token with a group that does not exist', send: async () => http.call('GET', `${EDITION}/compliance`, { headers: { authorization: `Bearer ${await craftToken(stack.secret, { 'cognito:groups': ['superadmin'] })}` } }), status: 403, code: 'FORBIDDEN' },
  ];

  test.each(cases.map((c) => [c.name, c]))('%s is refused: 4xx with code and message, the field named, nothing written', async (_name, c) => {
    await expectRefused(c as BadCase);
  });

  test.each([
    ['Indonesian names', { title: 'Inovasi Ni Luh Putu Ayu & I Gusti Ngurah Rai', contact: { name: "Andi Muh. Syahrul Fitra Ma'ruf", email: 'andi.syahrul@kukarkab.go.id', phone: '+62 (541) 661-234' } }],
    ['Javanese and Buginese scripts', { title: 'ꦲꦤꦸꦒꦿꦃ ᨔᨗᨄᨀᨈᨕᨘ Inovasi Desa', summary: 'Aksara daerah: ꦗꦮ dan ᨅᨘᨁᨗ.' }],
    ['emoji, flags and joiners', { title: '🌾🚜 Tani Maju 🇮🇩 👩‍🌾', summary: 'Petani 👨‍👩‍👧 sejahtera 🐟' }],
    ['right-to-left text and a right-to-left mark', { title: 'ابتكار قرية — Jawi: اينوۏاسي', summary: 'Teks \u200Fعربي\u200F campuran' }],
    ['combining marks', { title: 'Inovasi Desa Se\u0301bulu Ilir', affiliation: undefined }],
    ['a title of exactly 200 characters', { title: 'a'.repeat(200) }],
  ])('%s are accepted and read back unchanged', async (_name, overrides) => {
    const sent = validInnovation(overrides as Record<string, unknown>);
    const created = await register(sent);
    expect(created.status).toBe(201);
    const read = await http.call('GET', `/innovations/${created.body.id}`, { token: t.owner });
    for (const key of Object.keys(overrides as object).filter((k) => (overrides as Record<string, unknown>)[k] !== undefined)) expect(read.body[key]).toEqual(sent[key as keyof typeof sent]);
  });

  test('a file name that climbs the tree is kept as a display name only: the object key is the system’s', async () => {
    for (const fileName of ['../../../etc/passwd', '..\\..\\windows\\system32\\proposal.pdf', '%2e%2e%2fproposal.pdf']) {
      const answer = await documentRequest({ fileName });
      expect(answer.status).toBe(201);
      expect(answer.body.upload.fields.key).toMatch(new RegExp(`^editions/pik-2023/innovations/${draft}/documents/[0-9a-f-]{36}$`));
    }
    const names = (await http.call('GET', `/innovations/${draft}`, { token: t.owner })).body.documents.map((d: { fileName: string }) => d.fileName);
    // (A direction override, which would show `\u202Efdp.exe` as `exe.pdf`, is refused: see above.)
    expect(names).toEqual(['passwd', 'proposal.pdf', '%2e%2e%2fproposal.pdf']);
  });

  test('sizes at their bounds are accepted: 1 byte, and exactly 20 MB for a proposal', async () => {
    expect((await documentRequest({ size: 1 })).status).toBe(201);
    expect((await documentRequest({ size: 20 * MB })).status).toBe(201);
  });
});

describe('during ASSESSMENT', () => {
  const criteria = (value: number, extra: Record<string, unknown> = {}) => ({ ...Object.fromEntries(seedEdition.rubric.assessment.map((c) => [c.key, value])), ...extra });
  const score = (body: unknown, token = t.jury) => http.call('PUT', `/innovations/${entry}/scores/assessment`, { token, body });

  beforeAll(async () => {
    await http.setClock('2023-10-15T09:00:00+08:00');
    const panel = {
      assignments: [
        { userId: 'juri-1', role: 'jury', categories: ['OPD'] },
        { userId: 'juri-2', role: 'jury', categories: ['OPD'] },
        { userId: 'verifikator-1', role: 'verifier', categories: ['OPD'] },
      ],
    };
    expect((await http.call('PUT', `${EDITION}/assignments`, { token: t.admin, body: panel })).status).toBe(200);
    await http.setClock('2023-11-02T09:00:00+08:00');
  });

  const cases: BadCase[] = [
    { name: 'a score just below the scale (0.999)', send: () => score({ criteria: criteria(3, { kebaruan: 0.999 }) }), status: 400, field: 'body.criteria.kebaruan' },
    { name: 'a score just above the scale (5.001)', send: () => score({ criteria: criteria(3, { kemanfaatan: 5.001 }) }), status: 400, field: 'body.criteria.kemanfaatan' },
    { name: 'a score of 0', send: () => score({ criteria: criteria(0) }), status: 400, field: 'body.criteria.kebaruan' },
    { name: 'a score of 100 (the display scale, not the rubric’s)', send: () => score({ criteria: criteria(100) }), status: 400, field: 'body.criteria.kebaruan' },
    { name: 'a negative score', send: () => score({ criteria: criteria(3, { replikasi: -1 }) }), status: 400, field: 'body.criteria.replikasi' },
    { name: 'an infinite score (1e309)', send: () => score(json({ criteria: criteria(3) }).replace('"kebaruan":3', '"kebaruan":1e309')), status: 400, field: 'body.criteria.kebaruan' },
    { name: 'a score as a string', send: () => score({ criteria: criteria(3, { efektivitas: '4' }) }), status: 400, field: 'body.criteria.efektivitas' },
    { name: 'a null score', send: () => score({ criteria: criteria(3, { keberlanjutan: null }) }), status: 400, field: 'body.criteria.keberlanjutan' },
    { name: 'a missing criterion', send: () => score({ criteria: Object.fromEntries(Object.entries(criteria(3)).filter(([k]) => k !== 'kelengkapan')) }), status: 400, field: 'body.criteria.kelengkapan' },
    { name: 'a criterion not in the rubric', send: () => score({ criteria: criteria(3, { popularitas: 5 }) }), status: 400, field: 'body.criteria.popularitas' },
    { name: 'a criterion key of 41 characters', send: () => score({ criteria: criteria(3, { ['k'.repeat(41)]: 5 }) }), status: 400, field: 'body.criteria' },
    { name: 'a criterion key that is a lone surrogate', send: () => score({ criteria: criteria(3, { '\ud800': 5 }) }), status: 400, field: 'body.criteria' },
    { name: 'a __proto__ key in the criteria', send: () => score(json({ criteria: criteria(3) }).replace('{"kebaruan"', '{"__proto__":5,"kebaruan"')), status: 400, field: 'body.criteria.__proto__' },
    { name: 'a constructor key in the criteria', send: () => score({ criteria: criteria(3, { constructor: 5 }) }), status: 400, field: 'body.criteria.constructor' },
    { name: 'criteria as a list', send: () => score({ criteria: [3, 3, 3, 3, 3, 3] }), status: 400, field: 'body.criteria' },
    { name: 'a comment of 2001 characters', send: () => score({ criteria: criteria(3), comment: 'k'.repeat(2001) }), status: 400, field: 'body.comment' },
    { name: 'a score of another judge’s entry by id guess', send: () => http.call('PUT', `/innovations/${randomUUID()}/scores/assessment`, { token: t.jury, body: { criteria: criteria(3) } }), status: 404, code: 'NOT_FOUND' },
  ];

  test.each(cases.map((c) => [c.name, c]))('%s is refused', async (_name, c) => {
    await expectRefused(c as BadCase);
  });

  test('scores at the ends of the scale are accepted: all 1, then all 5', async () => {
    expect((await score({ criteria: criteria(1) })).status).toBe(201);
    const top = await score({ criteria: criteria(5) });
    expect(top.status).toBe(200);
    expect(top.body.total).toBe(100);
    expect((await score({ criteria: criteria(4) }, t.jury2)).status).toBe(201);
  });
});

describe('during FIELD_VERIFICATION', () => {
  const verify = (body: Record<string, unknown>) =>
    http.call('PUT', `/innovations/${entry}/verification`, { token: t.verifier, body: { result: 'VERIFIED', score: 80, findings: 'Sesuai klaim.', ...body } });

  beforeAll(async () => {
    await http.setClock('2023-11-21T09:00:00+08:00');
    expect((await http.call('GET', `/innovations/${entry}`, { token: t.admin })).body.status).toBe('NOMINATED');
  });

  const cases: BadCase[] = [
    { name: 'a verification score just below 0', send: () => verify({ score: -0.001 }), status: 400, field: 'body.score' },
    { name: 'a verification score just above 100', send: () => verify({ score: 100.001 }), status: 400, field: 'body.score' },
    { name: 'a verification score as a string', send: () => verify({ score: '80' }), status: 400, field: 'body.score' },
    { name: 'an unknown result', send: () => verify({ result: 'MUNGKIN' }), status: 400, field: 'body.result' },
    { name: 'empty findings', send: () => verify({ findings: '' }), status: 400, field: 'body.findings' },
    { name: 'findings with a NUL', send: () => verify({ findings: 'Sesuai\u0000klaim' }), status: 400, field: 'body.findings' },
    { name: 'evidence named by a path', send: () => verify({ evidence: ['../../documents/proposal'] }), status: 400, field: 'body.evidence.0' },
    { name: 'the same evidence twice', send: () => verify({ evidence: [entry, entry] }), status: 400, field: 'body.evidence' },
    { name: 'evidence never uploaded', send: () => verify({ evidence: [randomUUID()] }), status: 400, field: 'body.evidence' },
  ];

  test.each(cases.map((c) => [c.name, c]))('%s is refused', async (_name, c) => {
    await expectRefused(c as BadCase);
  });

  test('verification scores at the ends of the scale are accepted: 0, then 100', async () => {
    expect((await verify({ score: 0 })).status).toBe(201);
    expect((await verify({ score: 100 })).status).toBe(200);
  });

  test('field evidence is read back byte for byte by the verifier, the entry’s judge and the secretariat; the owner cannot read it', async () => {
    const slot = await http.call('POST', `/innovations/${entry}/verification/evidence`, { token: t.verifier, body: { kind: 'PHOTO', fileName: 'kunjungan lapangan.jpg', contentType: 'image/jpeg', size: SAMPLE_JPEG.length } });
    expect(slot.status).toBe(201);
    expect((await uploadWithPresignedPost(slot.body.upload, SAMPLE_JPEG, 'image/jpeg')).status).toBeLessThan(300);
    const path = `/innovations/${entry}/verification/evidence/${slot.body.documentId}`;
    for (const token of [t.verifier, t.jury, t.admin]) {
      const answer = await http.call('GET', path, { token, headers: { accept: 'application/json' } });
      expect(answer.status).toBe(200);
      const served = await fetch(answer.body.url);
      expect(Buffer.from(await served.arrayBuffer()).equals(SAMPLE_JPEG)).toBe(true);
      expect(served.headers.get('content-type')).toBe('image/jpeg');
      expect(served.headers.get('content-disposition')).toContain(`filename*=UTF-8''kunjungan%20lapangan.jpg`);
    }
    const owner = await http.call('GET', path, { token: t.owner, headers: { accept: 'application/json' } });
    expect([owner.status, owner.body.error.code]).toEqual([403, 'FORBIDDEN']);
    // The verification names its evidence with the path that reads it.
    const verified = await verify({ evidence: [slot.body.documentId], version: undefined });
    expect([200, 201]).toContain(verified.status);
    expect(verified.body.evidence).toEqual([expect.objectContaining({ documentId: slot.body.documentId, href: path })]);
    expect(JSON.stringify(verified.body)).not.toMatch(/submitted\/|editions\//);
    // The evidence the verification checked is what the panel reads, whatever is posted to the form later.
    const other = Buffer.concat([SAMPLE_JPEG.subarray(0, SAMPLE_JPEG.length - 2), Buffer.from([0x00, 0xff, 0xd9])]);
    expect((await uploadWithPresignedPost(slot.body.upload, other, 'image/jpeg')).status).toBeLessThan(300);
    const again = await http.call('GET', path, { token: t.jury, headers: { accept: 'application/json' } });
    expect(Buffer.from(await (await fetch(again.body.url)).arrayBuffer()).equals(SAMPLE_JPEG)).toBe(true);
  });
});
