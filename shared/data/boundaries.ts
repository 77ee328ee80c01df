/** (use case) --> boundaries data --> DynamoDB. Which stage boundaries of an edition have done their
 * work: one item per boundary, written once (a condition makes a second write a no-op). */
import type { Boundary } from '#shared/domain/boundaries';
import { isConditionFailure, ddb, queryAll, tableName } from './dynamo';
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

/** Records a boundary as done at its calendar instant; false when it already was. */
export const markBoundaryDone = async (editionId: string, boundary: Boundary, at: string): Promise<boolean> => {
  try {
    await ddb().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...boundaryKey(editionId, boundary), editionId, boundary, at },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
};
