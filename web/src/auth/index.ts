/** The sign-in the app uses, chosen by `/config.json` at start: the local stack's development sign-in,
 * or Cognito's managed login (loaded only then, so the local build's first download does not carry it). */
import type { SiteConfig } from '../site-config';
import { localSignIn } from './local-sign-in';
import type { Authenticator } from './session';

let current: Authenticator = localSignIn;

/** Picks the implementation the config names; with Cognito it also finishes a sign-in that managed
 * login has just sent back to this page. Call once, before the first render. */
export const startAuth = async (config: SiteConfig): Promise<void> => {
  if (config.signIn === 'cognito') current = await (await import('./cognito-sign-in')).cognitoSignIn(config);
};

export const auth: Authenticator = {
  get kind() {
    return current.kind;
  },
  state: () => current.state(),
  subscribe: (listener) => current.subscribe(listener),
  signIn: (returnTo) => current.signIn(returnTo),
  signOut: () => current.signOut(),
  expire: () => current.expire(),
};
export type { Authenticator, Session, SessionState, User } from './session';
