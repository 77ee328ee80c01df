/** (handler) --> editions data --> DynamoDB. The Edition aggregate: calendar, categories, rubric. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { conflict, notFound } from '../errors';
import type { Edition } from '../schemas/edition.schema';
import { ddb, isConditionFailure, tableName } from './dynamo';
import { editionKey } from './keys';

const fromItem = ({ PK: _pk, SK: _sk, ...edition }: Record<string, unknown>) => edition as Edition;

export const findEdition = async (editionId: string): Promise<Edition | undefined> => {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: editionKey(editionId) }));
  return Item ? fromItem(Item) : undefined;
};

export const getEdition = async (editionId: string): Promise<Edition> => {
  const edition = await findEdition(editionId);
  if (!edition) throw notFound(`Edition ${editionId}`);
  return edition;
};

/** Creates an edition; an edition id is never reused. */
export const createEdition = async (edition: Edition): Promise<void> => {
  try {
    await ddb().send(
      new PutCommand({ TableName: tableName(), Item: { ...editionKey(edition.id), ...edition }, ConditionExpression: 'attribute_not_exists(PK)' }),
    );
  } catch (err) {
    if (isConditionFailure(err)) throw conflict('DUPLICATE', `Edition ${edition.id} already exists`);
    throw err;
  }
};
