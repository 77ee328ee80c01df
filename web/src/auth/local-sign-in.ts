/** Development sign-in on the local stack: the sign-in page (`/masuk`) lists sample users and gets a
 * token for the one chosen from `POST /_local/token`. */
import { devToken, type DevUser } from '../api/local';
import { sessionFromToken, sessionStore, type Authenticator } from './session';

export const SIGN_IN_PATH = '/masuk';

const store = sessionStore('pik.session');

export const localSignIn: Authenticator & { signInAs(user: DevUser): Promise<void> } = {
  kind: 'local',
  state: store.state,
  subscribe: store.subscribe,
  signIn: (returnTo) => {
    location.assign(`${SIGN_IN_PATH}?kembali=${encodeURIComponent(returnTo)}`);
  },
  signOut: () => store.set({ kind: 'signed-out' }),
  expire: () => store.set({ kind: 'expired' }),
  signInAs: async (user) => store.set({ kind: 'signed-in', session: sessionFromToken(await devToken(user)) }),
};
