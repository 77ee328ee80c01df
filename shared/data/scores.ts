/** (handler) --> scores data --> DynamoDB. Judges' rubric scores: one item per innovation, round and
 * judge, listed per round (and category) through GSI1 for the ranking. */
import { versionConflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { RoundName } from '#shared/schemas/edition.schema';
import type { AuditRecord, Score } from '#shared/schemas/judging.schema';
import { auditPut } from './audit';
import { type ItemRef, projectionOf, queryAll, transactWrite, versionedPut, withoutKeys } from './dynamo';
import { GSI1, SCORE_PREFIX, innovationKey, scoreKey, scoreRoundSort, scoresOfRound } from './keys';

export const scoreRef = (innovationId: string, round: RoundName, judgeId: string): ItemRef<Score> => ({
  key: scoreKey(innovationId, round, judgeId),
  parse: withoutKeys<Score>,
});

/** Writes a judge's score if it is still at `expectedVersion` (undefined: first score), with its audit record. */
export const saveScore = async (next: Score, expectedVersion: number | undefined, audit: AuditRecord): Promise<void> =>
  transactWrite(
    [
      versionedPut({
        ...scoreKey(next.innovationId, next.round, next.judgeId),
        GSI1PK: scoresOfRound(next.editionId, next.round),
        GSI1SK: scoreRoundSort(next.category, next.innovationId, next.judgeId),
        ...next,
      }, expectedVersion),
      auditPut(audit),
    ],
    () => versionConflict(msg('SCORE_CHANGED')),
  );

/** The scores of one innovation, in one round or all. */
export const scoresOfInnovation = async (innovationId: string, round?: RoundName): Promise<Score[]> =>
  (
    await queryAll({
      KeyConditionExpression: 'PK = :p AND begins_with(SK, :s)',
      ExpressionAttributeValues: { ':p': innovationKey(innovationId).PK, ':s': round ? `${SCORE_PREFIX}${round}#` : SCORE_PREFIX },
    })
  ).map(withoutKeys<Score>);

/** Every score of a round in an edition, one category at a time if asked: what the ranking reads. */
export const scoresOfRoundInEdition = async (editionId: string, round: RoundName, category?: string): Promise<Score[]> =>
  (
    await queryAll({
      IndexName: GSI1,
      KeyConditionExpression: category ? 'GSI1PK = :p AND begins_with(GSI1SK, :c)' : 'GSI1PK = :p',
      ExpressionAttributeValues: { ':p': scoresOfRound(editionId, round), ...(category ? { ':c': `${category}#` } : {}) },
      ...projectionOf(['innovationId', 'judgeId', 'category', 'criteria', 'total']),
    })
  ).map(withoutKeys<Score>);
