import type { Role } from './roles';

/** Who is acting: a signed-in person, as the identity provider's claims describe them. */
export interface Caller {
  userId: string;
  groups: Role[];
  /** The institution a participant account speaks for (Cognito custom attribute). */
  institutionId?: string;
}
