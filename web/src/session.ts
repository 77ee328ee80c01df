/** The session as components see it: re-renders when it changes (sign-in, sign-out, expiry). */
import { useEffect, useState } from 'preact/hooks';
import { auth, type SessionState } from './auth';

export const useSession = (): SessionState => {
  const [state, setState] = useState(auth.state());
  useEffect(() => auth.subscribe(() => setState(auth.state())), []);
  return state;
};
