/** Error messages through the local stack: Indonesian unless `Accept-Language` prefers English, the
 * same `code` and `details` (paths, stages, windows) either way. */
import { api, type Answer, type Http } from '#test/support/stack';
import { DURING_REGISTRATION, EDITION, register, registerDraft, setClock, useStack, validInnovation } from './support';

const ctx = useStack();
/** No Accept-Language header: what a phone or a browser without a preference sends. */
let indonesian: Http;
let participant: string;

beforeAll(async () => {
  indonesian = api(ctx.stack, { acceptLanguage: null });
  participant = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
});

/** An error body without its words: what must not change with the language. */
const withoutWords = (answer: Answer) => {
  const { message: _message, details, ...rest } = answer.body.error;
  return { status: answer.status, ...rest, details: (details as Record<string, unknown>[] | undefined)?.map(({ message: _m, ...d }) => d) };
};

/** The same request in both languages. */
const both = async (send: (http: Http) => Promise<Answer>): Promise<{ id: Answer; en: Answer }> => ({ id: await send(indonesian), en: await send(ctx.http) });

test('a registration before the window opens: Indonesian by default, naming the stage and its window in WITA; English on request', async () => {
  const { id, en } = await both((http) => register(http, participant));
  expect(id.status).toBe(409);
  expect(id.headers.get('content-language')).toBe('id');
  expect(id.body.error.code).toBe('WRONG_STAGE');
  expect(id.body.error.message).toBe('Pendaftaran inovasi tidak dapat dilakukan pada tahap pra-pendaftaran (UPCOMING, sampai 11-10-2023 00.00 WITA)');
  expect(id.body.error.details.map((d: { message: string }) => d.message)).toEqual(['tahap saat ini', 'tahap yang diizinkan']);
  expect(en.headers.get('content-language')).toBe('en');
  expect(en.body.error.message).toBe('Registering an innovation is not possible during UPCOMING (… – 2023-10-11T00:00:00+08:00)');
  expect(en.body.error.details.map((d: { message: string }) => d.message)).toEqual(['current stage', 'allowed stage']);
  expect(withoutWords(id)).toEqual(withoutWords(en));
  expect(withoutWords(id).details).toEqual([
    { stage: 'UPCOMING', start: null, end: '2023-10-11T00:00:00+08:00' },
    { stage: 'REGISTRATION', start: '2023-10-11T00:00:00+08:00', end: '2023-10-14T00:00:00+08:00' },
  ]);
});

describe('during registration', () => {
  let draft: string;
  beforeAll(async () => {
    await setClock(ctx.http, DURING_REGISTRATION);
    draft = await registerDraft(ctx.http, participant);
  });

  test("a 400 names each field in Indonesian: zod's own messages in zod's Indonesian, the schemas' and the domain's from the catalogue", async () => {
    const body = validInnovation({ title: 'ab', contact: { name: 'Siti', email: 'bukan-email', phone: 'telepon saya' }, ownerId: 'orang-lain' });
    const { id, en } = await both((http) => http.call('POST', `${EDITION}/innovations`, { token: participant, body }));
    expect(id.status).toBe(400);
    expect(id.body.error).toEqual({
      code: 'INVALID_INPUT',
      message: 'Isi permintaan tidak valid',
      details: [
        { path: ['body', 'title'], message: 'Terlalu kecil: diharapkan string memiliki >=3 karakter', code: 'too_small' },
        { path: ['body', 'contact', 'email'], message: 'alamat email tidak valid', code: 'invalid_format' },
        { path: ['body', 'contact', 'phone'], message: 'nomor telepon, misalnya +62 812 3456 7890', code: 'invalid_format' },
        { path: ['body', 'ownerId'], message: 'ownerId bukan kolom yang dikenal', code: 'unrecognized_keys' },
      ],
    });
    expect(en.body.error.message).toBe('Invalid body');
    expect(en.body.error.details.map((d: { message: string }) => d.message)).toEqual([
      'Too small: expected string to have >=3 characters',
      'Invalid email address',
      'a phone number such as +62 812 3456 7890',
      'ownerId is not a known field',
    ]);
    expect(withoutWords(id)).toEqual(withoutWords(en));
  });

  test('a domain rule of the registration (400) is Indonesian too', async () => {
    const { id, en } = await both((http) => register(http, participant, { category: 'PUSKESMAS' }));
    expect(id.body.error.details).toEqual([{ path: ['body', 'category'], message: 'Dinas Komunikasi dan Informatika adalah OPD dan hanya dapat mengikuti kategori OPD' }]);
    expect(en.body.error.details).toEqual([{ path: ['body', 'category'], message: 'Dinas Komunikasi dan Informatika is a OPD and enters in that category' }]);
  });

  test('403: a role the route does not take, and an account that does not speak for the institution', async () => {
    const judge = await ctx.http.token('juri-1', ['jury']);
    const role = await both((http) => register(http, judge));
    expect(role.id.status).toBe(403);
    expect(role.id.body.error).toEqual({ code: 'FORBIDDEN', message: 'Tindakan ini memerlukan salah satu peran: peserta (participant)' });
    expect(role.en.body.error).toEqual({ code: 'FORBIDDEN', message: 'This action needs one of the roles: participant' });

    const other = await ctx.http.token('peserta-brida', ['participant'], 'opd-brida');
    const speaks = await both((http) => register(http, other));
    expect(speaks.id.status).toBe(403);
    expect(speaks.id.body.error.message).toBe('Akun Anda tidak mewakili Dinas Komunikasi dan Informatika');
    expect(speaks.en.body.error.message).toBe('Your account does not speak for Dinas Komunikasi dan Informatika');
  });

  test('404: an innovation that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const { id, en } = await both((http) => http.call('GET', `/innovations/${missing}`, { token: participant }));
    expect(id.status).toBe(404);
    expect(id.body.error).toEqual({ code: 'NOT_FOUND', message: `Inovasi ${missing} tidak ditemukan` });
    expect(en.body.error).toEqual({ code: 'NOT_FOUND', message: `Innovation ${missing} not found` });
  });

  test('409: an edit of a version that is no longer the stored one', async () => {
    const { id, en } = await both((http) => http.call('PATCH', `/innovations/${draft}`, { token: participant, body: { title: 'Judul baru yang lain', version: 7 } }));
    expect(id.status).toBe(409);
    expect(id.body.error).toEqual({ code: 'VERSION_CONFLICT', message: 'Anda mengubah inovasi versi 7; versi yang tersimpan sekarang 1' });
    expect(en.body.error).toEqual({ code: 'VERSION_CONFLICT', message: 'You edited version 7 of the innovation; it is now at version 1' });
  });

  test('a body that is not JSON, and the If-Match header, are worded in Indonesian too', async () => {
    const json = await indonesian.call('POST', `${EDITION}/innovations`, { token: participant, body: '{"title":', headers: { 'content-type': 'application/json' } });
    expect(json.body.error).toEqual({ code: 'INVALID_JSON', message: 'Isi permintaan bukan JSON yang valid' });
    const ifMatch = await indonesian.call('PATCH', `/innovations/${draft}`, { token: participant, body: { title: 'Judul baru' }, headers: { 'if-match': 'kemarin' } });
    expect(ifMatch.body.error.details).toEqual([{ path: ['headers', 'if-match'], message: 'harus berupa nomor versi, misalnya "3"' }]);
  });

  test.each([
    ['en-US,en;q=0.9', 'en'],
    ['en;q=0.9, id;q=0.8', 'en'],
    ['id-ID', 'id'],
    ['id;q=0.9, en;q=0.8', 'id'],
    ['fr', 'id'],
    ['*', 'id'],
  ])('Accept-Language %s answers in %s', async (header, language) => {
    const answer = await ctx.http.call('GET', '/innovations/00000000-0000-4000-8000-000000000000', { token: participant, headers: { 'accept-language': header } });
    expect(answer.headers.get('content-language')).toBe(language);
    expect(answer.body.error.message).toMatch(language === 'id' ? /tidak ditemukan$/ : /not found$/);
  });

  test("the local stack's own answers follow the same catalogue", async () => {
    expect((await indonesian.call('GET', '/innovations/00000000-0000-4000-8000-000000000000')).body.error).toEqual({ code: 'UNAUTHORIZED', message: 'Token bearer tidak ada' });
    expect((await indonesian.call('GET', '/tidak-ada')).body.error).toEqual({ code: 'NOT_FOUND', message: 'Tidak ada rute GET /tidak-ada' });
    const back = await indonesian.setClock('2023-10-01T00:00:00+08:00');
    expect(back.body.error).toEqual({ code: 'CLOCK_BACKWARDS', message: 'Jam lokal menunjukkan 12-10-2023 09.00 WITA dan hanya dapat maju' });
  });
});

test('after registration closes, the refusal names the screening stage and its window', async () => {
  await setClock(ctx.http, '2023-10-20T09:00:00+08:00');
  const { id, en } = await both((http) => register(http, participant));
  expect(id.body.error.message).toBe('Pendaftaran inovasi tidak dapat dilakukan pada tahap seleksi administrasi (SCREENING, 14-10-2023 00.00 – 01-11-2023 00.00 WITA)');
  expect(en.body.error.message).toBe('Registering an innovation is not possible during SCREENING (2023-10-14T00:00:00+08:00 – 2023-11-01T00:00:00+08:00)');
  expect(withoutWords(id)).toEqual(withoutWords(en));
});
