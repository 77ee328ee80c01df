/** The seam between the pages and whoever signs people in. Pages use only `Authenticator`: the local
 * stack's development sign-in (`local-sign-in.ts`) and Cognito's managed login, authorization code
 * with PKCE (`cognito-sign-in.ts`); `/config.json` says which. */
import { GROUPS_CLAIM, INSTITUTION_CLAIM, parseGroups, type Role } from '../api/contract';

export interface User {
  id: string;
  groups: Role[];
  institutionId?: string;
}

export interface Session {
  token: string;
  /** Epoch milliseconds, from the token's `exp`. */
  expiresAt: number;
  user: User;
}

export type SessionState = { kind: 'signed-out' } | { kind: 'expired' } | { kind: 'signed-in'; session: Session };

export interface Authenticator {
  /** `local`: the sign-in page lists sample users; `cognito`: it hands over to managed login. */
  readonly kind: 'local' | 'cognito';
  state(): SessionState;
  /** Calls `listener` whenever the state changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Sends the person to sign in, then back to `returnTo` (an app path). */
  signIn(returnTo: string): void;
  signOut(): void;
  /** The API refused the token: the session is over, the person is asked to sign in again. */
  expire(): void;
}

/** A session from an ID token's claims (the API checks the signature; the app only reads them). */
export const sessionFromToken = (token: string): Session => {
  const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
  return {
    token,
    expiresAt: Number(payload.exp) * 1000,
    user: {
      id: String(payload.sub),
      groups: parseGroups(payload[GROUPS_CLAIM]),
      ...(typeof payload[INSTITUTION_CLAIM] === 'string' ? { institutionId: payload[INSTITUTION_CLAIM] } : {}),
    },
  };
};

/** Keeps a session (in the browser's storage under `storageKey`, when given) and says when it ends,
 * by the phone's real clock. */
export const sessionStore = (storageKey?: string) => {
  const listeners = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let state: SessionState = { kind: 'signed-out' };
  const emit = () => listeners.forEach((l) => l());
  const set = (next: SessionState) => {
    state = next;
    clearTimeout(timer);
    if (next.kind === 'signed-in') {
      if (storageKey) localStorage.setItem(storageKey, next.session.token);
      // setTimeout holds at most ~24.8 days; a session is an hour.
      timer = setTimeout(() => set({ kind: 'expired' }), Math.min(next.session.expiresAt - Date.now(), 2 ** 31 - 1));
    } else if (storageKey) localStorage.removeItem(storageKey);
    emit();
  };
  const stored = storageKey && localStorage.getItem(storageKey);
  if (stored) {
    try {
      const session = sessionFromToken(stored);
      set(session.expiresAt > Date.now() ? { kind: 'signed-in', session } : { kind: 'expired' });
    } catch {
      set({ kind: 'signed-out' });
    }
  }
  return {
    state: () => state,
    set,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
