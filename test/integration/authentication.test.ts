/** No token, or a token the stack did not sign for itself, is 401 on every guarded route — before any
 * handler runs, so nothing is written. */
import { SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, signDevToken } from '#scripts/local/dev-tokens';
import { DURING_REGISTRATION, EDITION, refusedWithoutWrite, registerDraft, setClock, useStack, validInnovation } from './support';

const ctx = useStack();
let draft: string;

/** The claims a participant token carries, signed with whatever key and options a test chooses. */
const participantToken = (key: Uint8Array, opts: { issuer?: string; audience?: string; expires?: string | number; use?: string } = {}) =>
  new SignJWT({ 'cognito:groups': ['participant'], 'custom:institutionId': 'opd-diskominfo', token_use: opts.use ?? 'id' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject('peserta-kominfo')
    .setIssuer(opts.issuer ?? LOCAL_ISSUER)
    .setAudience(opts.audience ?? LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(opts.expires ?? '1h')
    .sign(key);

beforeAll(async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
  draft = await registerDraft(ctx.http, await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo'));
});

const expect401 = async (headers: Record<string, string>) => {
  const answer = await refusedWithoutWrite(() => ctx.http.call('POST', `${EDITION}/innovations`, { body: validInnovation(), headers }));
  expect(answer.status).toBe(401);
  expect(answer.body.error.code).toBe('UNAUTHORIZED');
  return answer;
};

test('no token is 401 and writes nothing', async () => {
  await expect401({});
});

test('an access token, even one the stack signed, is 401 and writes nothing: the API takes ID tokens only', async () => {
  await expect401({ authorization: `Bearer ${await participantToken(ctx.stack.secret, { use: 'access' })}` });
});

test('a token signed with another key (a forgery) is 401 and writes nothing', async () => {
  await expect401({ authorization: `Bearer ${await participantToken(randomBytes(32))}` });
});

test('the same forged claims are accepted once signed with the stack’s key: the signature is what decides', async () => {
  const genuine = await participantToken(ctx.stack.secret);
  const answer = await ctx.http.call('POST', `${EDITION}/innovations`, { body: validInnovation(), headers: { authorization: `Bearer ${genuine}` } });
  expect(answer.status).toBe(201);
});

test('an expired token is 401', async () => {
  await expect401({ authorization: `Bearer ${await participantToken(ctx.stack.secret, { expires: Math.floor(Date.now() / 1000) - 60 })}` });
});

test('a token for another issuer or audience is 401, even with the right key', async () => {
  await expect401({ authorization: `Bearer ${await participantToken(ctx.stack.secret, { issuer: 'https://cognito-idp.example/other' })}` });
  await expect401({ authorization: `Bearer ${await participantToken(ctx.stack.secret, { audience: 'another-app' })}` });
});

test('an unsigned token (alg "none") is 401', async () => {
  const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const unsigned = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'peserta-kominfo', 'cognito:groups': ['admin'], iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, exp: 4102444800 })}.`;
  await expect401({ authorization: `Bearer ${unsigned}` });
});

test('a malformed Authorization header is 401', async () => {
  const valid = await signDevToken(ctx.stack.secret, { sub: 'peserta-kominfo', groups: ['participant'], institutionId: 'opd-diskominfo' });
  await expect401({ authorization: valid }); // no "Bearer"
  await expect401({ authorization: 'Bearer' });
  await expect401({ authorization: 'Basic cGVzZXJ0YTpzZWNyZXQ=' });
  await expect401({ authorization: 'Bearer not.a.jwt' });
});

test('every guarded route refuses a missing token with 401', async () => {
  const guarded: [string, string, unknown?][] = [
    ['GET', `${EDITION}/innovations`],
    ['GET', `/innovations/${draft}`],
    ['PATCH', `/innovations/${draft}`, { summary: 'x' }],
    ['POST', `/innovations/${draft}/documents`, { kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: 10 }],
    ['POST', `/innovations/${draft}/submit`],
    ['GET', '/institutions'],
    ['PUT', '/institutions/opd-baru', { name: 'Dinas Baru', type: 'OPD' }],
    ['GET', `${EDITION}/compliance`],
  ];
  for (const [method, path, body] of guarded) {
    const answer = await refusedWithoutWrite(() => ctx.http.call(method, path, { body }));
    expect({ route: `${method} ${path}`, status: answer.status }).toEqual({ route: `${method} ${path}`, status: 401 });
  }
});

test('public routes need no token: health and the edition', async () => {
  expect((await ctx.http.call('GET', '/health')).status).toBe(200);
  expect((await ctx.http.call('GET', EDITION)).status).toBe(200);
});
