/** (use case) --> rankings data --> DynamoDB. A computed ranking: a header item on the edition (when,
 * by whom, ties, digest, the judges' agreement, the nominees/winners summary) and one item per row,
 * under a generation named by the rows' digest. Writing a new generation, then switching the header,
 * means a reader never sees half of one ranking and half of another. The header holds only what
 * stays small whatever the edition's size (DynamoDB's items stop at 400 KB): the entries the judges
 * disagree on are read back from the rows, which keep their spread and flag. */
import type { CategoryReliability, RankingRound, RankingTie, Nominee, Winner } from '#shared/schemas/ranking.schema';
import type { AuditRecord } from '#shared/schemas/judging.schema';
import { disagreementsAmong } from '#shared/domain/disagreements';
import { auditPut } from './audit';
import { batchWrite, getOne, projectionOf, queryAll, queryPage, transactWrite, versionedPut, withoutKeys, type ItemRef } from './dynamo';
import { rankingHeaderKey, rankingRowSort, rankingRowsPartition } from './keys';
import { conflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';

/** A category's agreement as the header keeps it: without its list of disagreements (one per entry
 * at worst: 1.8 MB at 30,000 entries). */
export type StoredReliability = Omit<CategoryReliability, 'disagreements'>;

export const storedReliability = (reliability: Partial<Record<string, CategoryReliability>>): Record<string, StoredReliability> =>
  Object.fromEntries(Object.entries(reliability).flatMap(([category, r]) => (r ? [[category, withoutDisagreements(r)]] : [])));

const withoutDisagreements = ({ disagreements: _, ...rest }: CategoryReliability): StoredReliability => rest;

export interface RankingHeader {
  editionId: string;
  round: RankingRound;
  computedAt: string;
  computedBy: string;
  ties: RankingTie[];
  /** Per category, the agreement between its judges (absent on rankings stored before it existed). */
  reliability?: Record<string, StoredReliability>;
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

const rowsPartition = (header: RankingHeader) => rankingRowsPartition(header.editionId, header.round, generationOf(header.digest));

const rowsQuery = (header: RankingHeader, category: string | undefined, projection?: string[]) => ({
  KeyConditionExpression: category ? 'PK = :p AND begins_with(SK, :c)' : 'PK = :p',
  ExpressionAttributeValues: { ':p': rowsPartition(header), ...(category ? { ':c': `${category}#` } : {}) },
  ...projectionOf(projection),
});

/** The first `count` rows of one category: rows are stored in rank order, so these are its top entries. */
export const topRankingRows = async (header: RankingHeader, category: string, count: number, projection?: string[]): Promise<StoredRow[]> =>
  count === 0 ? [] : (await queryPage(rowsQuery(header, category, projection), { partition: rowsPartition(header) }, { limit: count }, withoutKeys<StoredRow>)).items;

/** Each row's put, made as the batches go out; the sort key numbers the rows in rank order. */
function* rowPuts(partition: string, rows: Iterable<StoredRow>) {
  let i = 0;
  for (const row of rows) yield { PutRequest: { Item: { PK: partition, SK: rankingRowSort(row.category, i++), ...row } } };
}

/** Stores a newly computed ranking: its rows under their generation, then the header switched to
 * them with the audit record (one transaction), then the previous generation's rows removed. */
export const saveRanking = async (header: RankingHeader, rows: Iterable<StoredRow>, previous: RankingHeader | undefined, audit: AuditRecord): Promise<void> => {
  const partition = rowsPartition(header);
  await batchWrite(rowPuts(partition, rows));
  await transactWrite(
    [
      versionedPut({ ...rankingHeaderKey(header.editionId, header.round), ...header }, previous?.version),
      auditPut(audit),
    ],
    () => conflict('RANKING_IN_PROGRESS', msg('RANKING_IN_PROGRESS')),
  );
  if (previous && generationOf(previous.digest) !== generationOf(header.digest)) {
    const keys = await queryAll(rowsQuery(previous, undefined, ['PK', 'SK']));
    await batchWrite(keys.map((Key) => ({ DeleteRequest: { Key } })));
  }
};

const rowSpread = (row: unknown) => {
  const { innovationId, breakdown } = row as { innovationId: string; breakdown?: { spread?: number | null } };
  return { innovationId, spread: breakdown?.spread };
};

/** A stored ranking as the API shows it. */
export const rankingView = async (header: RankingHeader, category?: string) => {
  const rows = (await queryAll(rowsQuery(header, category))).map(withoutKeys<StoredRow>);
  const categories: Record<string, unknown[]> = {};
  for (const { category: c, ...row } of rows) (categories[c] ??= []).push(row);
  const stored = header.reliability && (category ? { ...(header.reliability[category] && { [category]: header.reliability[category] }) } : header.reliability);
  const reliability =
    stored &&
    Object.fromEntries(
      Object.entries(stored).map(([c, r]) => [c, { ...r, disagreements: disagreementsAmong((categories[c] ?? []).map(rowSpread), r.disagreementThreshold) }]),
    );
  return { editionId: header.editionId, round: header.round, computedAt: header.computedAt, computedBy: header.computedBy, ties: header.ties, ...(reliability && { reliability }), categories };
};
