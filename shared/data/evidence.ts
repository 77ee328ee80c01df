/** (handler) --> evidence data --> DynamoDB. Field-verification evidence a verifier uploads: one item
 * per document under its innovation, attached to the verification when it names them. */
import type { EvidenceDocument } from '#shared/schemas/judging.schema';
import { conflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import { transactWrite, versionedPut, withoutKeys, type ItemRef } from './dynamo';
import { evidenceKey } from './keys';

export const saveEvidenceSlot = async (doc: EvidenceDocument): Promise<void> =>
  transactWrite([versionedPut({ ...evidenceKey(doc.innovationId, doc.documentId), ...doc }, undefined)], () => conflict('DUPLICATE', msg('DUPLICATE_EVIDENCE')));

/** One evidence slot, for reading in the same BatchGet as the verification it belongs to. */
export const evidenceRef = (innovationId: string, documentId: string): ItemRef<EvidenceDocument> => ({
  key: evidenceKey(innovationId, documentId),
  parse: withoutKeys<EvidenceDocument>,
});
