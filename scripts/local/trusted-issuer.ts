/** Tokens from an OpenID Connect provider the local stack is told to trust (the Cognito browser test's
 * mock provider), checked the way the HTTP API's JWT authorizer checks Cognito's: signature from the
 * issuer's keys, issuer, audience, expiry. The claims then go to the handlers as the authorizer passes
 * them, so the same claims parser (shared/http/claims.ts) decides, `token_use: id` included. */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

export interface TrustedIssuer {
  issuer: string;
  /** The app client id the tokens must be for. */
  audience: string;
  jwksUri: string;
}

export const issuerVerifier = ({ issuer, audience, jwksUri }: TrustedIssuer) => {
  const keys = createRemoteJWKSet(new URL(jwksUri));
  return async (token: string): Promise<JWTPayload | undefined> => {
    try {
      return (await jwtVerify(token, keys, { issuer, audience, algorithms: ['RS256'] })).payload;
    } catch {
      return undefined;
    }
  };
};
