/** (handler) --> evidence data --> DynamoDB. Field-verification evidence a verifier uploads: one item
 * per document under its innovation, attached to the verification when it names them. */
import type { EvidenceDocument } from '../schemas/judging.schema';
import { conflict } from '../errors';
import { msg } from '../messages/catalogue';
import { queryAll, transactWrite, versionedPut, withoutKeys } from './dynamo';
import { EVIDENCE_PREFIX, evidenceKey } from './keys';

export const saveEvidenceSlot = async (doc: EvidenceDocument): Promise<void> =>
  transactWrite([versionedPut({ ...evidenceKey(doc.innovationId, doc.documentId), ...doc }, undefined)], () => conflict('DUPLICATE', msg('DUPLICATE_EVIDENCE')));

export const evidenceOfInnovation = async (innovationId: string): Promise<EvidenceDocument[]> =>
  (
    await queryAll({
      KeyConditionExpression: 'PK = :p AND begins_with(SK, :e)',
      ExpressionAttributeValues: { ':p': `INNOVATION#${innovationId}`, ':e': EVIDENCE_PREFIX },
    })
  ).map(withoutKeys<EvidenceDocument>);
