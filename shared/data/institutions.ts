/** (handler) --> institutions data --> DynamoDB. The registry behind the compliance report, and each
 * institution's per-edition tally of registered and submitted innovations. */
import { BatchWriteCommand, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Institution, Tally } from '../schemas/institution.schema';
import { ddb, decodePageToken, encodePageToken, tableName } from './dynamo';
import { GSI1, INSTITUTIONS_PARTITION, TALLY_PREFIX, institutionKey } from './keys';

const toItem = (i: Institution) => ({ ...institutionKey(i.institutionId), GSI1PK: INSTITUTIONS_PARTITION, GSI1SK: i.institutionId, ...i });
const fromItem = (item: Record<string, unknown>): Institution => {
  const { PK: _pk, SK: _sk, GSI1PK: _g, GSI1SK: _s, ...rest } = item;
  return rest as Institution;
};

export const findInstitution = async (institutionId: string): Promise<Institution | undefined> => {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: institutionKey(institutionId) }));
  return Item ? fromItem(Item) : undefined;
};

export const putInstitution = async (institution: Institution): Promise<{ created: boolean }> => {
  const { Attributes } = await ddb().send(new PutCommand({ TableName: tableName(), Item: toItem(institution), ReturnValues: 'ALL_OLD' }));
  return { created: !Attributes };
};

/** Seeds many institutions at once (local stack and tests), 25 per batch. */
export const putInstitutions = async (institutions: Institution[]): Promise<void> => {
  for (let i = 0; i < institutions.length; i += 25) {
    let requests: Record<string, unknown>[] | undefined = institutions.slice(i, i + 25).map((inst) => ({ PutRequest: { Item: toItem(inst) } }));
    while (requests?.length) {
      const out = await ddb().send(new BatchWriteCommand({ RequestItems: { [tableName()]: requests } }));
      requests = out.UnprocessedItems?.[tableName()] as Record<string, unknown>[] | undefined;
    }
  }
};

export const listInstitutions = async (page: { limit: number; nextToken?: string }) => {
  const out = await ddb().send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: GSI1,
      KeyConditionExpression: 'GSI1PK = :p',
      ExpressionAttributeValues: { ':p': INSTITUTIONS_PARTITION },
      Limit: page.limit,
      ExclusiveStartKey: decodePageToken(page.nextToken, { index: GSI1, partition: INSTITUTIONS_PARTITION }),
    }),
  );
  return { items: (out.Items ?? []).map(fromItem), nextToken: encodePageToken(out.LastEvaluatedKey as Record<string, string> | undefined) };
};

/** Every institution in the registry (the compliance report needs them all). */
export const allInstitutions = async (): Promise<Institution[]> => {
  const all: Institution[] = [];
  let nextToken: string | undefined;
  do {
    const page = await listInstitutions({ limit: 1000, nextToken });
    all.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return all;
};

/** Every institution's tally in one edition: one Query on the edition's partition. */
export const talliesOfEdition = async (editionId: string): Promise<Tally[]> => {
  const tallies: Tally[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await ddb().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :t)',
        ExpressionAttributeValues: { ':pk': `EDITION#${editionId}`, ':t': TALLY_PREFIX },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of out.Items ?? [])
      tallies.push({ institutionId: (item.SK as string).slice(TALLY_PREFIX.length), registered: item.registered ?? 0, submitted: item.submitted ?? 0 });
    start = out.LastEvaluatedKey;
  } while (start);
  return tallies;
};
