/** (use case) --> objections data --> DynamoDB. Objections to nominees: one item per objection under
 * its innovation, listed per edition on GSI1 (one Query for the secretariat's list and the public
 * counts). Each change is written with its audit record in one transaction. */
import { conflict, notFound, versionConflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { AuditRecord } from '#shared/schemas/judging.schema';
import type { StoredObjection } from '#shared/schemas/objection.schema';
import { auditPut } from './audit';
import { getOne, projectionOf, queryAll, transactWrite, versionedPut, withoutKeys } from './dynamo';
import { GSI1, objectionEditionSort, objectionKey, objectionsOfEdition } from './keys';

const toItem = (o: StoredObjection) => ({
  ...objectionKey(o.innovationId, o.objectionId),
  GSI1PK: objectionsOfEdition(o.editionId),
  GSI1SK: objectionEditionSort(o.createdAt, o.objectionId),
  ...o,
});

export const createObjection = (o: StoredObjection, audit: AuditRecord): Promise<void> =>
  transactWrite([versionedPut(toItem(o), undefined), auditPut(audit)], () => conflict('DUPLICATE', msg('DUPLICATE_OBJECTION')));

export const getObjection = async (innovationId: string, objectionId: string): Promise<StoredObjection> => {
  const found = await getOne({ key: objectionKey(innovationId, objectionId), parse: withoutKeys<StoredObjection> });
  if (!found) throw notFound(msg('OBJECTION_NOT_FOUND'));
  return found;
};

export const saveObjection = (next: StoredObjection, expectedVersion: number, audit: AuditRecord): Promise<void> =>
  transactWrite([versionedPut(toItem(next), expectedVersion), auditPut(audit)], () => versionConflict());

/** Every objection of an edition, oldest first (a handful per nominee). */
export const objectionsOfEditionAll = async (editionId: string, fields?: readonly string[]): Promise<StoredObjection[]> =>
  (
    await queryAll({
      IndexName: GSI1,
      KeyConditionExpression: 'GSI1PK = :p',
      ExpressionAttributeValues: { ':p': objectionsOfEdition(editionId) },
      ...projectionOf(fields),
    })
  ).map(withoutKeys<StoredObjection>);

/** The objections to one innovation (its own partition). */
export const objectionsOfInnovation = async (innovationId: string): Promise<StoredObjection[]> => {
  const { PK, SK } = objectionKey(innovationId, '');
  return (await queryAll({ KeyConditionExpression: 'PK = :p AND begins_with(SK, :s)', ExpressionAttributeValues: { ':p': PK, ':s': SK } })).map(withoutKeys<StoredObjection>);
};
