import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { callerFromEvent, flattenClaimsLikeHttpApi, parseGroups } from '#shared/http/claims';

describe('parseGroups — one reader for every form the group claim arrives in', () => {
  test('a raw JWT carries a JSON array', () => {
    expect(parseGroups(['admin', 'jury'])).toEqual(['admin', 'jury']);
  });

  test("API Gateway's HTTP API JWT authorizer flattens it to a bracketed, space-separated string", () => {
    expect(parseGroups('[admin jury]')).toEqual(['admin', 'jury']);
    expect(parseGroups('[participant]')).toEqual(['participant']);
    expect(parseGroups('[ admin   jury ]')).toEqual(['admin', 'jury']);
  });

  test('a REST API flattens it to a comma-separated string', () => {
    expect(parseGroups('admin,jury')).toEqual(['admin', 'jury']);
    expect(parseGroups('admin, verifier')).toEqual(['admin', 'verifier']);
  });

  test('a JSON array written as a string, and a single group name, are read too', () => {
    expect(parseGroups('["admin","jury"]')).toEqual(['admin', 'jury']);
    expect(parseGroups('verifier')).toEqual(['verifier']);
    expect(parseGroups('"verifier"')).toEqual(['verifier']);
  });

  test('names that are not roles of the system are dropped', () => {
    expect(parseGroups(['admin', 'superuser'])).toEqual(['admin']);
    expect(parseGroups('[Admin ADMIN root]')).toEqual([]);
    expect(parseGroups('admins')).toEqual([]);
  });

  test('a role named twice counts once', () => {
    expect(parseGroups('[jury jury]')).toEqual(['jury']);
    expect(parseGroups(['jury', 'jury'])).toEqual(['jury']);
  });

  test('junk gives no role at all', () => {
    const junk = [undefined, null, '', '   ', '[]', '{}', '{"admin":true}', 'true', '42', 42, true, {}, { admin: 'admin' }, [1, null, {}], '[[admin]]x', 'admin;jury'];
    for (const raw of junk) expect(parseGroups(raw)).toEqual([]);
  });

  test('an array with junk keeps only its role names', () => {
    expect(parseGroups([1, 'jury', null, { admin: true }])).toEqual(['jury']);
  });
});

const eventWithClaims = (claims: Record<string, unknown> | undefined): APIGatewayProxyEventV2 =>
  ({ requestContext: claims ? { authorizer: { jwt: { claims, scopes: null } } } : {} }) as unknown as APIGatewayProxyEventV2;

describe('callerFromEvent — the caller as the handlers see it', () => {
  test('reads the subject, the groups and the institution from claims flattened like the HTTP API does', () => {
    const claims = flattenClaimsLikeHttpApi({ sub: 'peserta-1', token_use: 'id', 'cognito:groups': ['participant'], 'custom:institutionId': 'opd-brida', iat: 1700000000 });
    expect(claims).toMatchObject({ 'cognito:groups': '[participant]', iat: '1700000000' });
    expect(callerFromEvent(eventWithClaims(claims))).toEqual({ userId: 'peserta-1', groups: ['participant'], institutionId: 'opd-brida' });
  });

  test('a multi-group account keeps every group after flattening', () => {
    const claims = flattenClaimsLikeHttpApi({ sub: 'u', token_use: 'id', 'cognito:groups': ['admin', 'jury'] });
    expect(callerFromEvent(eventWithClaims(claims))!.groups).toEqual(['admin', 'jury']);
  });

  test('no authorizer claims, or no subject, is no caller', () => {
    expect(callerFromEvent(eventWithClaims(undefined))).toBeUndefined();
    expect(callerFromEvent(eventWithClaims({ 'cognito:groups': '[admin]' }))).toBeUndefined();
    expect(callerFromEvent(eventWithClaims({ sub: '' }))).toBeUndefined();
  });

  test('an access token (or a token that does not say what it is) is no caller: only ID tokens are accepted', () => {
    const claims = { sub: 'u', 'cognito:groups': '[admin]', client_id: 'app' };
    expect(callerFromEvent(eventWithClaims({ ...claims, token_use: 'access' }))).toBeUndefined();
    expect(callerFromEvent(eventWithClaims(claims))).toBeUndefined();
    expect(callerFromEvent(eventWithClaims({ ...claims, token_use: 'id' }))).toEqual({ userId: 'u', groups: ['admin'] });
  });

  test('an account without groups has no role; an empty institution claim is no institution', () => {
    expect(callerFromEvent(eventWithClaims({ sub: 'u', token_use: 'id', 'custom:institutionId': '' }))).toEqual({ userId: 'u', groups: [] });
  });
});
