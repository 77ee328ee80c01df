/** A local OpenID Connect provider standing in for Cognito's managed login in the browser test:
 * oauth2-mock-server on loopback, on Cognito's endpoint paths (`/oauth2/authorize`, `/oauth2/token`,
 * `/oauth2/revoke`, `/logout`). It is ESM-only, so it runs in its own Node process (Jest runs
 * CommonJS). Authorize answers at once with a code (no login form), the token endpoint checks PKCE,
 * and its ID tokens carry the claims Cognito's would (`token_use: id`, groups, institution). */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from '#infra/paths';

export interface OidcProvider {
  issuer: string;
  jwksUri: string;
  stop(): Promise<void>;
}

const PROVIDER = `
import { OAuth2Server } from 'oauth2-mock-server';
const server = new OAuth2Server(undefined, undefined, {
  endpoints: { authorize: '/oauth2/authorize', token: '/oauth2/token', revoke: '/oauth2/revoke', userinfo: '/oauth2/userInfo', endSession: '/logout' },
});
await server.issuer.keys.generate('RS256');
const claims = JSON.parse(process.env.ID_TOKEN_CLAIMS);
// Access tokens carry a scope, ID tokens none: give each Cognito's token_use, and the ID token its claims.
server.service.on('beforeTokenSigning', (token) => {
  Object.assign(token.payload, 'scope' in token.payload ? { token_use: 'access' } : { ...claims, token_use: 'id' });
});
await server.start(0, '127.0.0.1');
// The same host as the local stack's (not "localhost"), so Chromium sees one loopback address space.
server.issuer.url = \`http://127.0.0.1:\${server.address().port}\`;
console.log(server.issuer.url);
`;

export const startOidcProvider = async (idTokenClaims: Record<string, unknown>): Promise<OidcProvider> => {
  const child = spawn(process.execPath, ['--input-type=module', '-e', PROVIDER], {
    cwd: REPO_ROOT,
    env: { ...process.env, ID_TOKEN_CLAIMS: JSON.stringify(idTokenClaims) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [issuer] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  return {
    issuer,
    jwksUri: `${issuer}/jwks`,
    stop: async () => {
      child.kill();
      if (child.exitCode === null) await once(child, 'exit');
    },
  };
};
