/** (handler) --> audit data --> DynamoDB. The audit trail: who changed what, when, before and after.
 * Records are written in the same transaction as the change they describe, so neither exists
 * without the other. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import type { AuditRecord } from '../schemas/judging.schema';
import { ddb, decodePageToken, encodePageToken, tableName } from './dynamo';
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

/** A subject's audit trail, oldest first. */
export const listAudit = async (subject: string, page: { limit: number; nextToken?: string }) => {
  const partition = auditPartition(subject);
  const out = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'PK = :p',
      ExpressionAttributeValues: { ':p': partition },
      Limit: page.limit,
      ExclusiveStartKey: decodePageToken(page.nextToken, { partition }),
    }),
  );
  return {
    items: (out.Items ?? []).map(({ PK: _pk, SK: _sk, ...r }) => r as AuditRecord),
    nextToken: encodePageToken(out.LastEvaluatedKey as Record<string, string> | undefined),
  };
};

/** A page of a subject's audit trail as the API lists it. */
export const auditPage = async (subject: string, page: { limit: number; nextToken?: string }) => {
  const { items, nextToken } = await listAudit(subject, page);
  return { items, ...(nextToken ? { nextToken } : {}) };
};
