import { forbidden } from '../errors';
import type { Caller } from '../http/claims';
import type { StoredInnovation } from '../schemas/innovation.schema';

export const isAdmin = (caller: Caller): boolean => caller.groups.includes('admin');

/** Who may read one innovation: its owner and the secretariat. */
export const requireReader = (innovation: StoredInnovation, caller: Caller): void => {
  if (isAdmin(caller) || innovation.ownerId === caller.userId) return;
  throw forbidden('You may not read this innovation');
};
