/** (handler) --> institutions data --> DynamoDB. The registry behind the compliance report, and each
 * institution's per-edition tally of registered and submitted innovations. */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Institution, Tally } from '#shared/schemas/institution.schema';
import { batchWrite, ddb, queryAll, queryPage, tableName, withoutKeys, type ItemRef } from './dynamo';
import { GSI1, INSTITUTIONS_PARTITION, TALLY_PREFIX, editionKey, institutionKey } from './keys';

const toItem = (i: Institution) => ({ ...institutionKey(i.institutionId), GSI1PK: INSTITUTIONS_PARTITION, GSI1SK: i.institutionId, ...i });
const fromItem = withoutKeys<Institution>;

export const institutionRef = (institutionId: string): ItemRef<Institution> => ({ key: institutionKey(institutionId), parse: fromItem });

export const putInstitution = async (institution: Institution): Promise<{ created: boolean }> => {
  const { Attributes } = await ddb().send(new PutCommand({ TableName: tableName(), Item: toItem(institution), ReturnValues: 'ALL_OLD' }));
  return { created: !Attributes };
};

/** Seeds many institutions at once (local stack and tests). */
export const putInstitutions = (institutions: Institution[]): Promise<void> => batchWrite(institutions.map((inst) => ({ PutRequest: { Item: toItem(inst) } })));

const registry = { IndexName: GSI1, KeyConditionExpression: 'GSI1PK = :p', ExpressionAttributeValues: { ':p': INSTITUTIONS_PARTITION } };

export const listInstitutions = (page: { limit: number; nextToken?: string }) => queryPage(registry, { index: GSI1, partition: INSTITUTIONS_PARTITION }, page, fromItem);

/** Every institution in the registry (the compliance report needs them all). */
export const allInstitutions = async (): Promise<Institution[]> => (await queryAll(registry)).map(fromItem);

/** Every institution's tally in one edition: one Query on the edition's partition. */
export const talliesOfEdition = async (editionId: string): Promise<Tally[]> =>
  (
    await queryAll({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :t)',
      ExpressionAttributeValues: { ':pk': editionKey(editionId).PK, ':t': TALLY_PREFIX },
    })
  ).map((item) => ({ institutionId: (item.SK as string).slice(TALLY_PREFIX.length), registered: (item.registered as number) ?? 0, submitted: (item.submitted as number) ?? 0 }));
