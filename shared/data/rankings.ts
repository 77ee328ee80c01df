/** (use case) --> rankings data --> DynamoDB. A computed ranking: a header item on the edition (when,
 * by whom, ties, digest, the nominees/winners summary) and one item per row, under a generation
 * named by the rows' digest. Writing a new generation, then switching the header, means a reader
 * never sees half of one ranking and half of another. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { RankingRound, RankingTie, Nominee, Winner } from '../schemas/ranking.schema';
import type { AuditRecord } from '../schemas/judging.schema';
import { auditPut } from './audit';
import { batchWrite, ddb, getOne, projectionOf, queryAll, tableName, transactWrite, versionedPut, withoutKeys, type ItemRef } from './dynamo';
import { rankingHeaderKey, rankingRowSort, rankingRowsPartition } from './keys';
import { conflict } from '../errors';
import { msg } from '../messages/catalogue';

export interface RankingHeader {
  editionId: string;
  round: RankingRound;
  computedAt: string;
  computedBy: string;
  ties: RankingTie[];
  digest: string;
  rowCount: number;
  /** Nominees (nomination round) or winners (final round) per category, for the public results. */
  summary: Record<string, (Nominee | Winner)[]>;
  version: number;
}

export interface StoredRow {
  category: string;
  [field: string]: unknown;
}

const generationOf = (digest: string) => digest.slice(0, 16);

export const rankingHeaderRef = (editionId: string, round: RankingRound): ItemRef<RankingHeader> => ({
  key: rankingHeaderKey(editionId, round),
  parse: withoutKeys<RankingHeader>,
});

export const findRankingHeader = (editionId: string, round: RankingRound): Promise<RankingHeader | undefined> => getOne(rankingHeaderRef(editionId, round));

const rowsQuery = (header: RankingHeader, category: string | undefined, projection: string[] | undefined) => ({
  KeyConditionExpression: category ? 'PK = :p AND begins_with(SK, :c)' : 'PK = :p',
  ExpressionAttributeValues: { ':p': rankingRowsPartition(header.editionId, header.round, generationOf(header.digest)), ...(category ? { ':c': `${category}#` } : {}) },
  ...projectionOf(projection),
});

/** The rows of a ranking in display order, optionally of one category; `projection` limits what is read. */
export const rankingRows = async (header: RankingHeader, category?: string, projection?: string[]): Promise<StoredRow[]> =>
  (await queryAll(rowsQuery(header, category, projection))).map(withoutKeys<StoredRow>);

/** The first `count` rows of one category: rows are stored in rank order, so these are its top entries. */
export const topRankingRows = async (header: RankingHeader, category: string, count: number, projection?: string[]): Promise<StoredRow[]> => {
  if (count === 0) return [];
  const { Items } = await ddb().send(new QueryCommand({ TableName: tableName(), ...rowsQuery(header, category, projection), Limit: count }));
  return (Items ?? []).map(withoutKeys<StoredRow>);
};

/** Stores a newly computed ranking: its rows under their generation, then the header switched to
 * them with the audit record (one transaction), then the previous generation's rows removed. */
export const saveRanking = async (header: RankingHeader, rows: StoredRow[], previous: RankingHeader | undefined, audit: AuditRecord): Promise<void> => {
  const partition = rankingRowsPartition(header.editionId, header.round, generationOf(header.digest));
  await batchWrite(rows.map((row, i) => ({ PutRequest: { Item: { PK: partition, SK: rankingRowSort(row.category, i), ...row } } })));
  await transactWrite(
    [
      versionedPut({ ...rankingHeaderKey(header.editionId, header.round), ...header }, previous?.version),
      auditPut(audit),
    ],
    () => conflict('RANKING_IN_PROGRESS', msg('RANKING_IN_PROGRESS')),
  );
  if (previous && generationOf(previous.digest) !== generationOf(header.digest)) {
    const old = rankingRowsPartition(previous.editionId, previous.round, generationOf(previous.digest));
    const keys = await queryAll({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': old }, ProjectionExpression: 'PK, SK' });
    await batchWrite(keys.map((Key) => ({ DeleteRequest: { Key } })));
  }
};

/** A stored ranking as the API shows it. */
export const rankingView = async (header: RankingHeader, category?: string) => {
  const categories: Record<string, unknown[]> = {};
  for (const { category: c, ...row } of await rankingRows(header, category)) (categories[c] ??= []).push(row);
  return { editionId: header.editionId, round: header.round, computedAt: header.computedAt, computedBy: header.computedBy, ties: header.ties, categories };
};
