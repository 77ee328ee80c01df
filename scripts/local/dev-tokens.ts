/** Development JWTs: the claims Cognito would put in an ID token, signed with a local HS256 key
 * (jose). Only the local stack uses these; in AWS the HTTP API's JWT authorizer checks Cognito's. */
import { SignJWT, jwtVerify, type JWTPayload } from 'jose';
import { GROUPS_CLAIM, INSTITUTION_CLAIM } from '#shared/http/claims';

export const LOCAL_ISSUER = 'urn:kukar-innovation-week:local';
export const LOCAL_AUDIENCE = 'local';

export interface TokenRequest {
  sub: string;
  groups: string[];
  institutionId?: string;
}

/** Like Cognito's ID tokens, a development token lives one hour, by real time (jose's clock), not
 * the competition's settable one: the web app must notice expiry and ask to sign in again. */
export const DEV_TOKEN_TTL = '1h';

export const signDevToken = async (secret: Uint8Array, req: TokenRequest, ttl: string | number = DEV_TOKEN_TTL): Promise<string> =>
  new SignJWT({ [GROUPS_CLAIM]: req.groups, ...(req.institutionId ? { [INSTITUTION_CLAIM]: req.institutionId } : {}), token_use: 'id' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(req.sub)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(secret);

/** The verified claims, or undefined for a missing, forged, expired or foreign token. */
export const verifyDevToken = async (secret: Uint8Array, token: string): Promise<JWTPayload | undefined> => {
  try {
    const { payload } = await jwtVerify(token, secret, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, algorithms: ['HS256'] });
    return payload;
  } catch {
    return undefined;
  }
};
