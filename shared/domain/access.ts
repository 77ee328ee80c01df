import { forbidden } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { Caller } from '#shared/vocabulary/caller';
import type { StoredInnovation } from '#shared/schemas/innovation.schema';
import type { Assignments } from '#shared/schemas/judging.schema';

export const isAdmin = (caller: Caller): boolean => caller.groups.includes('admin');

export type PanelRole = 'jury' | 'verifier';

/** Whether `userId` sits on the panel of this innovation's category in `role`, without a declared
 * conflict with its institution. The ranking counts only such judges' scores, so a conflict declared
 * (or a judge removed) after scoring takes that score out. */
export const sitsOnPanel = (assignments: Assignments | undefined, userId: string, innovation: Pick<StoredInnovation, 'category' | 'institutionId'>, role: PanelRole): boolean =>
  Boolean(assignments?.assignments.some((a) => a.userId === userId && a.role === role && a.categories.includes(innovation.category))) &&
  !isConflicted(assignments, userId, innovation.institutionId);

/** Whether the caller sits on the panel of this innovation's category in `role` (and holds that role). */
const isOnPanel = (assignments: Assignments | undefined, caller: Caller, innovation: Pick<StoredInnovation, 'category' | 'institutionId'>, role: PanelRole): boolean =>
  caller.groups.includes(role) && sitsOnPanel(assignments, caller.userId, innovation, role);

export const isConflicted = (assignments: Assignments | undefined, userId: string, institutionId: string | undefined): boolean =>
  institutionId !== undefined && Boolean(assignments?.conflicts.some((c) => c.userId === userId && c.institutionIds.includes(institutionId)));

export const requirePanel = (assignments: Assignments | undefined, caller: Caller, innovation: StoredInnovation, role: PanelRole): void => {
  if (isConflicted(assignments, caller.userId, innovation.institutionId))
    throw forbidden(msg('CONFLICT_OF_INTEREST'));
  if (!isOnPanel(assignments, caller, innovation, role)) throw forbidden(msg('NOT_ON_PANEL', { role, category: innovation.category }));
};

/** Whether the caller's reading needs the edition's panel (judges and verifiers do). */
export const readerNeedsPanel = (innovation: StoredInnovation, caller: Caller): boolean =>
  !isAdmin(caller) && innovation.ownerId !== caller.userId && (caller.groups.includes('jury') || caller.groups.includes('verifier'));

/** Who may read one innovation: its owner, the secretariat, and its category's judges and
 * verifiers who declared no conflict with its institution. */
export const requireReader = (innovation: StoredInnovation, caller: Caller, assignments?: Assignments): void => {
  if (isAdmin(caller) || innovation.ownerId === caller.userId) return;
  if (isOnPanel(assignments, caller, innovation, 'jury') || isOnPanel(assignments, caller, innovation, 'verifier')) return;
  throw forbidden(msg('READ_FORBIDDEN'));
};

/** Who may read field-verification evidence: the secretariat, and its category's judges and
 * verifiers who declared no conflict with its institution. Evidence is the panel's record of a visit,
 * not the entrant's document: the owner does not read it through this route. */
export const requireEvidenceReader = (innovation: StoredInnovation, caller: Caller, assignments?: Assignments): void => {
  if (isAdmin(caller)) return;
  if (isOnPanel(assignments, caller, innovation, 'jury') || isOnPanel(assignments, caller, innovation, 'verifier')) return;
  throw forbidden(msg('EVIDENCE_READ_FORBIDDEN'));
};

/** The categories a judge or verifier may list (none with a conflict filter: that is per entry). */
export const panelCategories = (assignments: Assignments | undefined, caller: Caller): string[] => [
  ...new Set(
    (assignments?.assignments ?? [])
      .filter((a) => a.userId === caller.userId && caller.groups.includes(a.role))
      .flatMap((a) => a.categories),
  ),
];
