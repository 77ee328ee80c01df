/** (use case) --> boundaries data --> DynamoDB. Which boundaries of an edition have done their
 * work: one item per boundary, written once (a condition makes a second write a no-op). */
import type { Boundary } from '#shared/domain/boundaries';
import type { AuditRecord } from '#shared/schemas/judging.schema';
import { auditPut } from './audit';
import { isConditionFailure, ddb, queryAll, tableName, transactWrite } from './dynamo';
import { BOUNDARY_PREFIX, boundaryKey, editionKey } from './keys';
import { PutCommand } from '@aws-sdk/lib-dynamodb';

export const doneBoundaries = async (editionId: string): Promise<Set<Boundary>> =>
  new Set(
    (
      await queryAll({
        KeyConditionExpression: 'PK = :p AND begins_with(SK, :b)',
        ExpressionAttributeValues: { ':p': editionKey(editionId).PK, ':b': BOUNDARY_PREFIX },
        ProjectionExpression: 'boundary',
      })
    ).map((i) => i.boundary as Boundary),
  );

const ALREADY_DONE = new Error('boundary already done');

/** Records a boundary as done at its calendar instant, with the audit record of its work if it has
 * one (both or neither); false when it already was done. */
export const markBoundaryDone = async (editionId: string, boundary: Boundary, at: string, record?: AuditRecord): Promise<boolean> => {
  const done = { TableName: tableName(), Item: { ...boundaryKey(editionId, boundary), editionId, boundary, at }, ConditionExpression: 'attribute_not_exists(PK)' };
  try {
    if (record) await transactWrite([{ Put: done }, auditPut(record)], () => ALREADY_DONE);
    else await ddb().send(new PutCommand(done));
    return true;
  } catch (err) {
    if (err === ALREADY_DONE || isConditionFailure(err)) return false;
    throw err;
  }
};
