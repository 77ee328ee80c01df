/** (handler) --> verifications data --> DynamoDB. Field verification of a nominee: one item per
 * innovation, listed per edition through GSI1 for the final ranking. */
import { versionConflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { AuditRecord, StoredVerification } from '#shared/schemas/judging.schema';
import { auditPut } from './audit';
import { queryAll, transactWrite, versionedPut, withoutKeys, type ItemRef } from './dynamo';
import { GSI1, verificationKey, verificationSort, verificationsOfEdition } from './keys';

export const verificationRef = (innovationId: string): ItemRef<StoredVerification> => ({ key: verificationKey(innovationId), parse: withoutKeys<StoredVerification> });

/** Writes a verification if it is still at `expectedVersion` (undefined: none yet), with its audit record. */
export const saveVerification = async (next: StoredVerification, expectedVersion: number | undefined, audit: AuditRecord): Promise<void> =>
  transactWrite(
    [
      versionedPut({
        ...verificationKey(next.innovationId),
        GSI1PK: verificationsOfEdition(next.editionId),
        GSI1SK: verificationSort(next.category, next.innovationId),
        ...next,
      }, expectedVersion),
      auditPut(audit),
    ],
    () => versionConflict(msg('VERIFICATION_CHANGED')),
  );

export const verificationsOfEditionAll = async (editionId: string): Promise<StoredVerification[]> =>
  (
    await queryAll({
      IndexName: GSI1,
      KeyConditionExpression: 'GSI1PK = :p',
      ExpressionAttributeValues: { ':p': verificationsOfEdition(editionId) },
    })
  ).map(withoutKeys<StoredVerification>);
