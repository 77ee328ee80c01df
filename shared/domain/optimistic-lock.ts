import { versionConflict } from '#shared/errors';
import { msg, type Versioned } from '#shared/messages/catalogue';

/** A client's optimistic lock: the version it read must still be the stored one. */
export const requireSameVersion = (what: Versioned, expected: number | undefined, stored: number | undefined): void => {
  if (expected !== undefined && expected !== stored) throw versionConflict(msg('VERSION_EDITED', { what, expected, stored }));
};

/** The bookkeeping of the next revision of an item that may not exist yet. */
export const nextRevision = (existing: { createdAt: string; version: number } | undefined, at: string) => ({
  createdAt: existing?.createdAt ?? at,
  updatedAt: at,
  version: (existing?.version ?? 0) + 1,
});
