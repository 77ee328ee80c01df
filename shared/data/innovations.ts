/** (handler) --> innovations data --> DynamoDB. The Innovation aggregate with its documents, and the
 * institution tallies its registration and submission move in the same transaction. */
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { conflict, notFound, versionConflict } from '../errors';
import type { StoredInnovation } from '../schemas/innovation.schema';
import { cancellationCodes, ddb, decodePageToken, encodePageToken, isConditionFailure, tableName } from './dynamo';
import { GSI1, GSI2, innovationEditionSort, innovationKey, innovationOwnerSort, innovationsOfEdition, innovationsOfOwner, tallyKey } from './keys';

const KEY_ATTRS = ['PK', 'SK', 'GSI1PK', 'GSI1SK', 'GSI2PK', 'GSI2SK'];

const toItem = (i: StoredInnovation) => ({
  ...innovationKey(i.id),
  GSI1PK: innovationsOfEdition(i.editionId),
  GSI1SK: innovationEditionSort(i.category, i.createdAt, i.id),
  GSI2PK: innovationsOfOwner(i.ownerId),
  GSI2SK: innovationOwnerSort(i.editionId, i.createdAt, i.id),
  ...i,
});

const fromItem = (item: Record<string, unknown>): StoredInnovation =>
  Object.fromEntries(Object.entries(item).filter(([k]) => !KEY_ATTRS.includes(k))) as StoredInnovation;

const tallyUpdate = (i: StoredInnovation, counter: 'registered' | 'submitted') => ({
  Update: {
    TableName: tableName(),
    Key: tallyKey(i.editionId, i.institutionId!),
    UpdateExpression: 'ADD #c :one',
    ExpressionAttributeNames: { '#c': counter },
    ExpressionAttributeValues: { ':one': 1 },
  },
});

/** Registers a new innovation and counts it for its institution, in one transaction. */
export const createInnovation = async (innovation: StoredInnovation): Promise<void> => {
  const put = { Put: { TableName: tableName(), Item: toItem(innovation), ConditionExpression: 'attribute_not_exists(PK)' } };
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: innovation.institutionId ? [put, tallyUpdate(innovation, 'registered')] : [put] }));
  } catch (err) {
    if (cancellationCodes(err)?.[0] === 'ConditionalCheckFailed') throw conflict('DUPLICATE', 'This innovation already exists');
    throw err;
  }
};

export const findInnovation = async (id: string): Promise<StoredInnovation | undefined> => {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: innovationKey(id) }));
  return Item ? fromItem(Item) : undefined;
};

export const getInnovation = async (id: string): Promise<StoredInnovation> => {
  const found = await findInnovation(id);
  if (!found) throw notFound(`Innovation ${id}`);
  return found;
};

const versionCondition = (expectedVersion: number) => ({
  ConditionExpression: 'version = :expected',
  ExpressionAttributeValues: { ':expected': expectedVersion },
});

/** Writes the next state of an innovation if nobody changed it since `expectedVersion` was read. */
export const saveInnovation = async (next: StoredInnovation, expectedVersion: number): Promise<void> => {
  try {
    await ddb().send(new PutCommand({ TableName: tableName(), Item: toItem(next), ...versionCondition(expectedVersion) }));
  } catch (err) {
    if (isConditionFailure(err)) throw versionConflict();
    throw err;
  }
};

/** Saves a submitted innovation and counts the submission for its institution, in one transaction. */
export const saveSubmission = async (next: StoredInnovation, expectedVersion: number): Promise<void> => {
  const put = { Put: { TableName: tableName(), Item: toItem(next), ...versionCondition(expectedVersion) } };
  try {
    await ddb().send(new TransactWriteCommand({ TransactItems: next.institutionId ? [put, tallyUpdate(next, 'submitted')] : [put] }));
  } catch (err) {
    if (cancellationCodes(err)?.[0] === 'ConditionalCheckFailed') throw versionConflict();
    throw err;
  }
};

export interface InnovationPage {
  items: StoredInnovation[];
  nextToken?: string;
}

interface ListOptions {
  category?: string;
  status?: string;
  limit: number;
  nextToken?: string;
}

const statusFilter = (status: string | undefined) =>
  status ? { FilterExpression: '#status = :status', ExpressionAttributeNames: { '#status': 'status' } } : {};

/** An edition's innovations, optionally of one category (key condition) and status (filter). */
export const listInnovationsOfEdition = async (editionId: string, opts: ListOptions): Promise<InnovationPage> => {
  const partition = innovationsOfEdition(editionId);
  const out = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI1,
      KeyConditionExpression: opts.category ? 'GSI1PK = :p AND begins_with(GSI1SK, :c)' : 'GSI1PK = :p',
      ExpressionAttributeValues: { ':p': partition, ...(opts.category ? { ':c': `${opts.category}#` } : {}), ...(opts.status ? { ':status': opts.status } : {}) },
      ...statusFilter(opts.status),
      Limit: opts.limit,
      ExclusiveStartKey: decodePageToken(opts.nextToken, { name: 'GSI1PK', value: partition }),
    }),
  );
  return { items: (out.Items ?? []).map(fromItem), nextToken: encodePageToken(out.LastEvaluatedKey as Record<string, string> | undefined) };
};

/** One participant's innovations in an edition. */
export const listInnovationsOfOwner = async (ownerId: string, editionId: string, opts: ListOptions): Promise<InnovationPage> => {
  const partition = innovationsOfOwner(ownerId);
  const out = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI2,
      KeyConditionExpression: 'GSI2PK = :p AND begins_with(GSI2SK, :e)',
      ExpressionAttributeValues: { ':p': partition, ':e': `${editionId}#`, ...(opts.status ? { ':status': opts.status } : {}), ...(opts.category ? { ':category': opts.category } : {}) },
      ...(opts.category || opts.status
        ? {
            FilterExpression: [opts.status && '#status = :status', opts.category && '#category = :category'].filter(Boolean).join(' AND '),
            ExpressionAttributeNames: { ...(opts.status ? { '#status': 'status' } : {}), ...(opts.category ? { '#category': 'category' } : {}) },
          }
        : {}),
      Limit: opts.limit,
      ExclusiveStartKey: decodePageToken(opts.nextToken, { name: 'GSI2PK', value: partition }),
    }),
  );
  return { items: (out.Items ?? []).map(fromItem), nextToken: encodePageToken(out.LastEvaluatedKey as Record<string, string> | undefined) };
};
