/** Sign-in with the Cognito user pool's managed login: authorization code with PKCE, done by
 * oidc-client-ts, which keeps the tokens and renews them with the refresh token a minute before they
 * end. Pages see the ID token's session: the API requires ID tokens (`token_use: id`), which carry
 * the groups and the institution. When renewal fails the session ends and the layout asks to sign in
 * again; a page's saved work is on the server, so nothing is lost. */
import { UserManager, WebStorageStateStore, type User as OidcUser } from 'oidc-client-ts';
import { currentLanguage } from '../i18n';
import type { SiteConfig } from '../site-config';
import { sessionFromToken, sessionStore, type Authenticator } from './session';

type CognitoConfig = Extract<SiteConfig, { signIn: 'cognito' }>;

/** Where to go after sign-in: an app path only (never another site). */
const appPath = (state: unknown): string => (typeof state === 'string' && state.startsWith('/') && !state.startsWith('//') ? state : '/inovasi');

export const cognitoSignIn = async (config: CognitoConfig): Promise<Authenticator> => {
  const manager = new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: config.redirectUri,
    post_logout_redirect_uri: config.postLogoutRedirectUri,
    response_type: 'code',
    scope: 'openid email profile',
    // Managed login's endpoints, written out: no discovery request before the first sign-in (a slow
    // network), and the content security policy names only the managed-login domain.
    metadata: {
      issuer: config.issuer,
      authorization_endpoint: `${config.signInOrigin}/oauth2/authorize`,
      token_endpoint: `${config.signInOrigin}/oauth2/token`,
      revocation_endpoint: `${config.signInOrigin}/oauth2/revoke`,
      userinfo_endpoint: `${config.signInOrigin}/oauth2/userInfo`,
      end_session_endpoint: `${config.signInOrigin}/logout`,
    },
    // Kept across tabs and restarts of the phone's browser, like the local sign-in.
    userStore: new WebStorageStateStore({ store: localStorage }),
    automaticSilentRenew: true,
    // The ID token already says everything the app shows.
    loadUserInfo: false,
  });
  const store = sessionStore();
  const show = (user: OidcUser | null) => store.set(user?.id_token ? { kind: 'signed-in', session: sessionFromToken(user.id_token) } : { kind: 'signed-out' });
  const expire = () => {
    void manager.removeUser();
    store.set({ kind: 'expired' });
  };
  manager.events.addUserLoaded(show);
  manager.events.addSilentRenewError(expire);

  if (location.pathname === new URL(config.redirectUri).pathname) {
    // Managed login has sent the browser back with the code: exchange it (with the PKCE verifier) and
    // go where the person was going.
    try {
      const user = await manager.signinRedirectCallback();
      history.replaceState(null, '', appPath(user.state));
    } catch {
      history.replaceState(null, '', '/');
    }
  }
  const user = await manager.getUser();
  if (user && !user.expired) show(user);
  else if (user) await manager.signinSilent().then(show, expire);

  return {
    kind: 'cognito',
    state: store.state,
    subscribe: store.subscribe,
    signIn: (returnTo) => void manager.signinRedirect({ state: returnTo, extraQueryParams: { lang: currentLanguage() } }),
    // The refresh token is revoked first, so a copy of it left on the phone renews nothing; then
    // managed login ends its own session and sends the browser back to the home page, signed out.
    // (The page stays as it is until it leaves: a page that needs sign-in must not start another.)
    signOut: () =>
      void manager
        .revokeTokens(['refresh_token'])
        .catch(() => undefined)
        .then(() => manager.signoutRedirect({ extraQueryParams: { logout_uri: config.postLogoutRedirectUri } })),
    expire,
  };
};
