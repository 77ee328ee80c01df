/** (handler) --> audit data --> DynamoDB. The audit trail: who changed what, when, before and after.
 * Records are written in the same transaction as the change they describe, so neither exists
 * without the other. */
import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '#shared/schemas/judging.schema';
import { queryAll, queryPage, tableName, withoutKeys } from './dynamo';
import { auditPartition } from './keys';

/** Orders records of the same second (`at` is to the second, and the local clock stands still):
 * the host's millisecond clock, fixed width so it sorts as text. */
const sequence = (): string => String(Date.now()).padStart(15, '0');

/** The TransactWriteItems entry that records `record`. */
export const auditPut = (record: AuditRecord) => ({
  Put: {
    TableName: tableName(),
    Item: { PK: auditPartition(record.subject), SK: `${record.at}#${sequence()}#${randomUUID()}`, ...record },
    ConditionExpression: 'attribute_not_exists(PK)',
  },
});

export const innovationSubject = (id: string) => `INNOVATION#${id}`;
export const editionSubject = (id: string) => `EDITION#${id}`;

/** A page of a subject's audit trail, oldest first, as the API lists it. */
export const auditPage = (subject: string, page: { limit: number; nextToken?: string }) => {
  const partition = auditPartition(subject);
  return queryPage({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': partition } }, { partition }, page, withoutKeys<AuditRecord>);
};

/** A subject's whole trail, oldest first (the CSV export; an edition's own trail is its panel,
 * calendar, ranking and announcement records, a few dozen). */
export const auditTrail = async (subject: string): Promise<AuditRecord[]> =>
  (await queryAll({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': auditPartition(subject) } })).map(withoutKeys<AuditRecord>);
