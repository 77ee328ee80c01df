/** (handler) --> assignments data --> DynamoDB. An edition's panel: who judges or verifies which
 * categories, and who declared a conflict with which institutions. One item per edition. */
import { versionConflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { Assignments, AuditRecord } from '#shared/schemas/judging.schema';
import { auditPut } from './audit';
import { getOne, transactWrite, versionedPut, withoutKeys, type ItemRef } from './dynamo';
import { assignmentsKey } from './keys';

export const assignmentsRef = (editionId: string): ItemRef<Assignments> => ({ key: assignmentsKey(editionId), parse: withoutKeys<Assignments> });

/** Replaces the panel if it is still at `expectedVersion` (undefined: there was none), with its audit record. */
export const saveAssignments = async (next: Assignments, expectedVersion: number | undefined, audit: AuditRecord): Promise<void> =>
  transactWrite(
    [
      versionedPut({ ...assignmentsKey(next.editionId), ...next }, expectedVersion),
      auditPut(audit),
    ],
    () => versionConflict(msg('ASSIGNMENTS_CHANGED')),
  );

export const findAssignments = (editionId: string): Promise<Assignments | undefined> => getOne(assignmentsRef(editionId));
