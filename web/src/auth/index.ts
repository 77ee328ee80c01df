/** The sign-in the app uses. Swap this one line for the Cognito implementation when deployed. */
import { localSignIn } from './local-sign-in';
import type { Authenticator } from './session';

export const auth: Authenticator = localSignIn;
export type { Authenticator, Session, SessionState, User } from './session';
