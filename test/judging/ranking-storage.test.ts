/** A ranking of tens of thousands of entries has to fit its function's memory: its digest is hashed a
 * category at a time and its rows are made as the batches that write them go out. Both must keep
 * what they replace: the same digest as hashing the whole ranking's JSON, every row written. */
import { createHash } from 'node:crypto';
import { BATCH_WRITE, batchWrite, ddb, PARALLEL_BATCHES, queryAll } from '#shared/data/dynamo';
import type { CategoryCode } from '#shared/vocabulary/categories';
import { rankNomination, type NominationEntry } from '#shared/domain/ranking';
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
  const outcome = rankNomination({ entries, rubric, nominationsPerCategory: 5, minimumNominationScore: null });
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
