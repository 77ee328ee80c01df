/** A ranking of tens of thousands of entries has to fit its function's memory: its digest is hashed a
 * category at a time and its rows are made as the batches that write them go out. Both must keep
 * what they replace: the same digest as hashing the whole ranking's JSON, every row written. And it
 * has to fit DynamoDB's items: the header keeps nothing that grows with the entries. */
import { createHash } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { BATCH_WRITE, batchWrite, ddb, PARALLEL_BATCHES, queryAll, tableName } from '#shared/data/dynamo';
import { rankingHeaderKey } from '#shared/data/keys';
import { rankingView, saveRanking, storedReliability, type RankingHeader } from '#shared/data/rankings';
import type { CategoryCode } from '#shared/vocabulary/categories';
import { rankNomination, type NominationEntry } from '#shared/domain/ranking';
import { fQuantile } from '#shared/domain/f-quantile';
import { seedEdition } from '#shared/domain/seed-edition';
import { rankingDigest } from '#shared/use-cases/compute-ranking';
import { useStack } from '#test/support/stack';

useStack();

const wholeDigest = (outcome: { categories: object; ties: unknown; reliability: object }) =>
  createHash('sha256').update(JSON.stringify({ categories: outcome.categories, ties: outcome.ties, reliability: outcome.reliability })).digest('hex');

const rubric = seedEdition.rubric.assessment.map(({ key, weight, min, max }) => ({ key, weight, min, max }));
const entry = (n: number, category: CategoryCode, total: number): NominationEntry => ({
  innovationId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  category,
  eligible: n % 7 !== 0,
  submittedAt: '2023-10-12T10:00:00+08:00',
  scores: ['juri-1', 'juri-2', 'juri-3'].map((judgeId, j) => ({ judgeId, criteria: Object.fromEntries(rubric.map((c) => [c.key, Math.min(c.max, c.min + ((total + j) % (c.max - c.min + 1)))])) })),
});

test('the digest hashed a category at a time is the digest of the whole ranking as one JSON string', () => {
  // Equal totals from the fourth entry on: the nomination cut-off falls in a tie that survives.
  const entries = Array.from({ length: 60 }, (_, n) => entry(n, (['OPD', 'RSUD', 'PEMUDA'] as const)[n % 3], n < 9 ? 5 + n : 1));
  const outcome = rankNomination({ entries, rubric, nominationsPerCategory: 5, minimumNominationScore: null, fQuantile });
  expect(outcome.ties.length).toBeGreaterThan(0);
  expect(Object.keys(outcome.categories)).toHaveLength(3);
  expect(rankingDigest(outcome)).toBe(wholeDigest(outcome));
  expect(Object.keys(outcome.reliability)).toHaveLength(3);
  expect(rankingDigest({ categories: {}, ties: [], reliability: {} })).toBe(wholeDigest({ categories: {}, ties: [], reliability: {} }));
  const empty = { categories: { OPD: undefined, RSUD: [] }, ties: [], reliability: {} };
  expect(rankingDigest(empty)).toBe(wholeDigest(empty));
});

test('batchWrite takes requests from the iterable as the batches go out, and writes every one', async () => {
  const count = 600;
  let pulled = 0;
  let pulledAtFirstSend: number | undefined;
  function* puts() {
    for (let i = 0; i < count; i++) {
      pulled++;
      yield { PutRequest: { Item: { PK: 'LAZY', SK: String(i).padStart(4, '0') } } };
    }
  }
  ddb().middlewareStack.add(
    (next) => async (args) => {
      pulledAtFirstSend ??= pulled;
      return next(args);
    },
    { step: 'finalizeRequest', name: 'pulledAtFirstSend' },
  );
  try {
    await batchWrite(puts());
  } finally {
    ddb().middlewareStack.remove('pulledAtFirstSend');
  }
  expect(pulled).toBe(count);
  expect(pulledAtFirstSend).toBeGreaterThan(0);
  expect(pulledAtFirstSend).toBeLessThanOrEqual(BATCH_WRITE * PARALLEL_BATCHES);
  const items = await queryAll({ KeyConditionExpression: 'PK = :p', ExpressionAttributeValues: { ':p': 'LAZY' } });
  expect(items.map((i) => i.SK)).toEqual(Array.from({ length: count }, (_, i) => String(i).padStart(4, '0')));
});

/** Every entry's judges far apart (one at the scale's bottom, one at its top), the middle judge's
 * criteria counting n in base 5 so the entries' scores differ. */
const disputed = (n: number): NominationEntry => {
  const digits = rubric.map((c, i) => c.min + (Math.floor(n / 5 ** i) % (c.max - c.min + 1)));
  return {
    innovationId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    category: 'OPD',
    eligible: true,
    submittedAt: '2023-10-12T10:00:00+08:00',
    scores: [
      { judgeId: 'juri-1', criteria: Object.fromEntries(rubric.map((c) => [c.key, c.min + (n % 2)])) },
      { judgeId: 'juri-2', criteria: Object.fromEntries(rubric.map((c, i) => [c.key, digits[i]!])) },
      { judgeId: 'juri-3', criteria: Object.fromEntries(rubric.map((c) => [c.key, c.max - (n % 2)])) },
    ],
  };
};

test("the stored header keeps no list that grows with the entries; the view reads the judges' disagreements back from the rows", async () => {
  const stored = async (editionId: string, count: number) => {
    const outcome = rankNomination({ entries: Array.from({ length: count }, (_, n) => disputed(n)), rubric, nominationsPerCategory: 5, minimumNominationScore: null, fQuantile });
    const rows = outcome.categories.OPD!;
    const header: RankingHeader = {
      editionId,
      round: 'nomination',
      computedAt: '2023-11-20T13:00:00+08:00',
      computedBy: 'test',
      ties: outcome.ties,
      reliability: storedReliability(outcome.reliability),
      digest: rankingDigest(outcome),
      rowCount: rows.length,
      summary: {},
      version: 1,
    };
    const audit = { subject: `EDITION#${editionId}`, at: header.computedAt, who: 'test', action: 'RANKING_NOMINATION' as const, after: { rowCount: rows.length } };
    await saveRanking(header, rows.map((row) => ({ category: 'OPD', ...row })), undefined, audit);
    const item = (await ddb().send(new GetCommand({ TableName: tableName(), Key: rankingHeaderKey(editionId, 'nomination') }))).Item;
    return { outcome, bytes: JSON.stringify(item).length, view: await rankingView(header), narrowed: await rankingView(header, 'OPD'), elsewhere: await rankingView(header, 'GURU') };
  };
  const small = await stored('sedikit', 20);
  const large = await stored('banyak', 2_000);
  expect(large.outcome.reliability.OPD!.disagreements).toHaveLength(2_000);
  // A list of 2,000 disagreements alone would add some 100 kB.
  expect(large.bytes).toBeLessThan(small.bytes + 1_000);
  expect(small.outcome.ties).toEqual([]);
  for (const { outcome, view, narrowed, elsewhere } of [small, large]) {
    expect(view.reliability).toEqual(outcome.reliability);
    expect(narrowed.reliability).toEqual(outcome.reliability);
    expect(elsewhere).toMatchObject({ categories: {}, reliability: {} });
  }
});
