import { conflict } from '../errors';

/** A client's optimistic lock: the version it read must still be the stored one. */
export const requireSameVersion = (what: string, expected: number | undefined, stored: number | undefined): void => {
  if (expected !== undefined && expected !== stored)
    throw conflict('VERSION_CONFLICT', `You edited version ${expected} of the ${what}; it is now at ${stored === undefined ? 'no version' : `version ${stored}`}`);
};
