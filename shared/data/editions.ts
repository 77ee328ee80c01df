/** (handler) --> editions data --> DynamoDB. The Edition aggregate: calendar, categories, rubric. */
import { conflict, notFound, versionConflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { AuditRecord } from '#shared/schemas/judging.schema';
import type { Notification } from '#shared/schemas/notification.schema';
import { auditPut } from './audit';
import type { Edition } from '#shared/schemas/edition.schema';
import { getOne, queryAll, transactWrite, versionedPut, withoutKeys, type ItemRef } from './dynamo';
import { EDITIONS_PARTITION, GSI1, editionKey } from './keys';
import { notificationPut } from './notifications';

const toItem = (edition: Edition) => ({ ...editionKey(edition.id), GSI1PK: EDITIONS_PARTITION, GSI1SK: edition.id, ...edition });

export const editionRef = (editionId: string): ItemRef<Edition> => ({ key: editionKey(editionId), parse: withoutKeys<Edition> });

export const findEdition = (editionId: string): Promise<Edition | undefined> => getOne(editionRef(editionId));

export const requireEdition = (edition: Edition | undefined, editionId: string): Edition => {
  if (!edition) throw notFound(msg('EDITION_NOT_FOUND', { editionId }));
  return edition;
};

export const getEdition = async (editionId: string): Promise<Edition> => requireEdition(await findEdition(editionId), editionId);

/** Creates an edition; an edition id is never reused. */
export const createEdition = (edition: Edition): Promise<void> =>
  transactWrite([versionedPut(toItem(edition), undefined)], () => conflict('DUPLICATE', msg('DUPLICATE_EDITION', { editionId: edition.id })));

/** Writes the next state of an edition if it is still at `expectedVersion`, with its audit record and
 * the notifications it causes (at most TRANSACTION_ITEMS − 2). */
export const saveEdition = async (next: Edition, expectedVersion: number, audit: AuditRecord, notifications: readonly Notification[] = []): Promise<void> =>
  transactWrite([versionedPut(toItem(next), expectedVersion), auditPut(audit), ...notifications.map(notificationPut)], () =>
    versionConflict(msg('EDITION_CHANGED')),
  );

/** Every edition (a handful: one a year), for the reconciler. */
export const allEditions = async (): Promise<Edition[]> =>
  (await queryAll({ IndexName: GSI1, KeyConditionExpression: 'GSI1PK = :p', ExpressionAttributeValues: { ':p': EDITIONS_PARTITION } })).map(withoutKeys<Edition>);
