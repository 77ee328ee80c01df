/** The local stack's clock: stored with the data, so a restart keeps it; it only moves forward. A
 * fresh stack starts at 2023-10-01 00:00 WITA, before the seed edition opens. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ddb, isConditionFailure, tableName } from '#shared/data/dynamo';
import { localClockKey } from '#shared/data/keys';
import { toWita } from '#shared/vocabulary/wita';
import { conflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';

export const FRESH_CLOCK = '2023-10-01T00:00:00+08:00';

export const readClock = async (): Promise<Date> => {
  const { Item } = await ddb().send(new GetCommand({ TableName: tableName(), Key: localClockKey }));
  return new Date((Item?.now as string | undefined) ?? FRESH_CLOCK);
};

/** Moves the stored clock to `to`; refuses to go back (409), also against a concurrent move. */
export const advanceClock = async (from: Date, to: Date): Promise<void> => {
  if (to.getTime() < from.getTime()) throw conflict('CLOCK_BACKWARDS', msg('CLOCK_BACKWARDS', { now: toWita(from) }));
  try {
    await ddb().send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...localClockKey, now: to.toISOString(), epoch: to.getTime() },
        ConditionExpression: 'attribute_not_exists(PK) OR epoch <= :to',
        ExpressionAttributeValues: { ':to': to.getTime() },
      }),
    );
  } catch (err) {
    if (isConditionFailure(err)) throw conflict('CLOCK_BACKWARDS', msg('CLOCK_MOVED_MEANWHILE'));
    throw err;
  }
};
