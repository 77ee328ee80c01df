/** (handler) --> innovations data --> DynamoDB. The Innovation aggregate with its documents, and the
 * institution tallies its registration and submission move in the same transaction. */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { conflict, notFound, versionConflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { InnovationStatus, StoredInnovation } from '#shared/schemas/innovation.schema';
import type { ScreeningFlag } from '#shared/vocabulary/screening-flags';
import type { AuditRecord } from '#shared/schemas/judging.schema';
import type { EntryFacts } from '#shared/domain/statistics';
import type { Notification } from '#shared/schemas/notification.schema';
import { auditPut } from './audit';
import { ddb, getOne, isConditionFailure, projectionOf, queryAll, queryPage, tableName, transactWrite, versionedPut, withoutKeys, type ItemRef } from './dynamo';
import { notificationPut } from './notifications';
import { GSI1, GSI2, innovationEditionSort, innovationKey, innovationOwnerSort, innovationsOfEdition, innovationsOfOwner, ownerTallyKey, tallyKey } from './keys';

const toItem = (i: StoredInnovation) => ({
  ...innovationKey(i.id),
  GSI1PK: innovationsOfEdition(i.editionId),
  GSI1SK: innovationEditionSort(i.category, i.createdAt, i.id),
  GSI2PK: innovationsOfOwner(i.ownerId),
  GSI2SK: innovationOwnerSort(i.editionId, i.createdAt, i.id),
  ...i,
});

const fromItem = withoutKeys<StoredInnovation>;

export const innovationRef = (id: string): ItemRef<StoredInnovation> => ({ key: innovationKey(id), parse: fromItem });

const tallyUpdate = (i: StoredInnovation, counter: 'registered' | 'submitted') => ({
  Update: {
    TableName: tableName(),
    Key: tallyKey(i.editionId, i.institutionId!),
    UpdateExpression: 'ADD #c :one',
    ExpressionAttributeNames: { '#c': counter },
    ExpressionAttributeValues: { ':one': 1 },
  },
});

/** Counts one more registration of the owner, refused (condition) once `max` are registered. */
const ownerTallyUpdate = (i: StoredInnovation, max: number) => ({
  Update: {
    TableName: tableName(),
    Key: ownerTallyKey(i.editionId, i.ownerId),
    UpdateExpression: 'ADD registered :one',
    ConditionExpression: 'attribute_not_exists(registered) OR registered < :max',
    ExpressionAttributeValues: { ':one': 1, ':max': max },
  },
});

/** Registers a new innovation, counts it for its owner — at most `maxPerOwner` in the edition, checked
 * by the counter's condition in the same transaction (never read-then-write) — and for its
 * institution, in one transaction. */
export const createInnovation = async (innovation: StoredInnovation, maxPerOwner: number): Promise<void> =>
  transactWrite(
    [versionedPut(toItem(innovation), undefined), ownerTallyUpdate(innovation, maxPerOwner), ...(innovation.institutionId ? [tallyUpdate(innovation, 'registered')] : [])],
    (failed) =>
      failed === 1
        ? conflict('TOO_MANY_INNOVATIONS', msg('TOO_MANY_INNOVATIONS', { max: maxPerOwner }), [{ message: msg('TOO_MANY_INNOVATIONS', { max: maxPerOwner }), max: maxPerOwner }])
        : conflict('DUPLICATE', msg('DUPLICATE_INNOVATION')),
  );

export const getInnovation = async (id: string): Promise<StoredInnovation> => {
  const found = await getOne(innovationRef(id));
  if (!found) throw notFound(msg('INNOVATION_NOT_FOUND', { id }));
  return found;
};

/** Writes the next state of an innovation if nobody changed it since `expectedVersion` was read,
 * with its audit record when the change is one the trail keeps, and the notifications it causes. */
export const saveInnovation = async (next: StoredInnovation, expectedVersion: number, audit?: AuditRecord, notifications: readonly Notification[] = []): Promise<void> =>
  transactWrite([versionedPut(toItem(next), expectedVersion), ...(audit ? [auditPut(audit)] : []), ...notifications.map(notificationPut)], () => versionConflict());

/** Saves a submitted innovation, counts the submission for its institution and queues its receipt,
 * in one transaction. */
export const saveSubmission = async (next: StoredInnovation, expectedVersion: number, receipt: Notification): Promise<void> =>
  transactWrite([versionedPut(toItem(next), expectedVersion), notificationPut(receipt), ...(next.institutionId ? [tallyUpdate(next, 'submitted')] : [])], () => versionConflict());

export interface InnovationPage {
  items: StoredInnovation[];
  nextToken?: string;
}

interface ListOptions {
  category?: string;
  status?: string;
  /** A screening flag code, or ANY for entries with any flag. */
  flag?: string;
  limit: number;
  nextToken?: string;
}

/** Status and screening-flag filters of the secretariat's list (a Query's filter, never a Scan). */
const listFilter = (status: string | undefined, flag: string | undefined) => {
  const terms = [status && '#status = :status', flag && (flag === 'ANY' ? 'size(flagCodes) > :none' : 'contains(flagCodes, :flag)')].filter(Boolean);
  return terms.length === 0
    ? {}
    : {
        FilterExpression: terms.join(' AND '),
        ...(status ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
      };
};
const filterValues = (status: string | undefined, flag: string | undefined) => ({
  ...(status ? { ':status': status } : {}),
  ...(flag === 'ANY' ? { ':none': 0 } : flag ? { ':flag': flag } : {}),
});

/** An edition's innovations, optionally of one category (key condition) and status (filter). */
export const listInnovationsOfEdition = (editionId: string, opts: ListOptions): Promise<InnovationPage> => {
  const partition = innovationsOfEdition(editionId);
  return queryPage(
    {
      IndexName: GSI1,
      KeyConditionExpression: opts.category ? 'GSI1PK = :p AND begins_with(GSI1SK, :c)' : 'GSI1PK = :p',
      ExpressionAttributeValues: { ':p': partition, ...(opts.category ? { ':c': `${opts.category}#` } : {}), ...filterValues(opts.status, opts.flag) },
      ...listFilter(opts.status, opts.flag),
    },
    { index: GSI1, partition, sortPrefix: opts.category ? `${opts.category}#` : undefined },
    opts,
    fromItem,
  );
};

/** One participant's innovations in an edition, or in every edition (oldest edition first). */
export const listInnovationsOfOwner = (ownerId: string, editionId: string | undefined, opts: ListOptions): Promise<InnovationPage> => {
  const partition = innovationsOfOwner(ownerId);
  const sortPrefix = editionId === undefined ? undefined : `${editionId}#`;
  return queryPage(
    {
      IndexName: GSI2,
      KeyConditionExpression: sortPrefix ? 'GSI2PK = :p AND begins_with(GSI2SK, :e)' : 'GSI2PK = :p',
      ExpressionAttributeValues: {
        ':p': partition,
        ...(sortPrefix ? { ':e': sortPrefix } : {}),
        ...(opts.status ? { ':status': opts.status } : {}),
        ...(opts.category ? { ':category': opts.category } : {}),
      },
      ...(opts.category || opts.status
        ? {
            FilterExpression: [opts.status && '#status = :status', opts.category && '#category = :category'].filter(Boolean).join(' AND '),
            ExpressionAttributeNames: { ...(opts.status ? { '#status': 'status' } : {}), ...(opts.category ? { '#category': 'category' } : {}) },
          }
        : {}),
    },
    { index: GSI2, partition, sortPrefix },
    opts,
    fromItem,
  );
};

/** Every innovation of an edition in one category (the ranking and the panels read these). */
export function innovationsOfCategory(editionId: string, category: string): Promise<StoredInnovation[]>;
/** …only the attributes named, when that is all the reader needs (the ranking reads thousands). */
export function innovationsOfCategory<F extends keyof StoredInnovation>(editionId: string, category: string, fields: readonly F[]): Promise<Pick<StoredInnovation, F>[]>;
export async function innovationsOfCategory(editionId: string, category: string, fields?: readonly string[]) {
  return (
    await queryAll({
      IndexName: GSI1,
      KeyConditionExpression: 'GSI1PK = :p AND begins_with(GSI1SK, :c)',
      ExpressionAttributeValues: { ':p': innovationsOfEdition(editionId), ':c': `${category}#` },
      ...projectionOf(fields),
    })
  ).map(fromItem);
}

/** Moves an innovation to the status a ranking or a stage boundary decides, unless it is already
 * there; `from` lists the statuses it may come from (anything else is left alone). */
export const setStatus = async (id: string, status: InnovationStatus, from: readonly InnovationStatus[], now: string, extra: Record<string, unknown> = {}): Promise<boolean> => {
  const names = Object.fromEntries(Object.keys(extra).map((k, i) => [`#x${i}`, k]));
  const values = Object.fromEntries(Object.values(extra).map((v, i) => [`:x${i}`, v]));
  try {
    await ddb().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: innovationKey(id),
        UpdateExpression: `SET #status = :status, updatedAt = :now, version = version + :one${Object.keys(names).map((n) => `, ${n} = ${n.replace('#', ':')}`).join('')}`,
        ConditionExpression: `attribute_exists(PK) AND #status <> :status AND #status IN (${from.map((_, i) => `:f${i}`).join(', ')})`,
        ExpressionAttributeNames: { '#status': 'status', ...names },
        ExpressionAttributeValues: { ':status': status, ':now': now, ':one': 1, ...values, ...Object.fromEntries(from.map((f, i) => [`:f${i}`, f])) },
      }),
    );
    return true;
  } catch (err) {
    if (isConditionFailure(err)) return false;
    throw err;
  }
};

/** Stores what the screening rules found on an entry (and its flag codes, which the list filters
 * on) with its audit record, unless the entry carries exactly these already: re-running the boundary
 * writes nothing. */
export const setScreeningFlags = async (id: string, flags: readonly ScreeningFlag[], now: string, audit: AuditRecord): Promise<boolean> => {
  const unchanged = new Error('flags unchanged');
  try {
    await transactWrite(
      [
        {
          Update: {
            TableName: tableName(),
            Key: innovationKey(id),
            UpdateExpression: 'SET screeningFlags = :flags, flagCodes = :codes, updatedAt = :now, version = version + :one',
            ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(screeningFlags) OR screeningFlags <> :flags)',
            ExpressionAttributeValues: { ':flags': flags, ':codes': flags.map((f) => f.code), ':now': now, ':one': 1 },
          },
        },
        auditPut(audit),
      ],
      () => unchanged,
    );
    return true;
  } catch (err) {
    if (err === unchanged) return false;
    throw err;
  }
};

/** What the dashboard counts of every entry of an edition: one Query of the edition's index
 * partition (every page), reading four attributes of each. */
export const entryFactsOfEdition = async (editionId: string): Promise<EntryFacts[]> =>
  (
    await queryAll({
      IndexName: GSI1,
      KeyConditionExpression: 'GSI1PK = :p',
      ExpressionAttributeValues: { ':p': innovationsOfEdition(editionId) },
      ...projectionOf(['category', 'status', 'createdAt', 'submittedAt']),
    })
  ).map((item) => item as unknown as EntryFacts);
