/** (handler) --> score an entry --> panel action, scoring rules, scores data. An assigned judge
 * scores an entry on the round's rubric, or revises their score while the round's window is open;
 * the score and its audit record are written together. */
import { innovationSubject } from '#shared/data/audit';
import { saveScore, scoreRef } from '#shared/data/scores';
import { verificationRef } from '#shared/data/verifications';
import { requireScorable, ROUND_ACTION, ROUND_STAGE } from '#shared/domain/judging-rules';
import { nextRevision, requireSameVersion } from '#shared/domain/optimistic-lock';
import { judgeTotal, scoreProblems } from '#shared/domain/scoring';
import { invalidInput } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { RoundName } from '#shared/schemas/edition.schema';
import type { Score, ScoreInput } from '#shared/schemas/judging.schema';
import type { Caller } from '#shared/vocabulary/caller';
import { toWita } from '#shared/vocabulary/wita';
import { panelAction } from './panel-action';

export interface ScoreEntry {
  innovationId: string;
  round: RoundName;
  input: ScoreInput;
  /** The version the judge last read (body or If-Match), when they sent one. */
  expectedVersion: number | undefined;
  caller: Caller;
  now: Date;
}

export const scoreEntry = async ({ innovationId, round, input, expectedVersion, caller, now }: ScoreEntry): Promise<{ score: Score; created: boolean }> => {
  const { innovation, edition, more: [existing, verification] } = await panelAction(
    innovationId,
    { caller, now, role: 'jury', stages: [ROUND_STAGE[round]], action: ROUND_ACTION[round] },
    (i) => [scoreRef(i.id, round, caller.userId), verificationRef(i.id)] as const,
  );
  requireScorable(innovation, round, verification);
  const rubric = edition.rubric[round];
  const problems = scoreProblems(input.criteria, rubric);
  if (problems.length) throw invalidInput(problems, msg('SCORE_DOES_NOT_FIT'));
  requireSameVersion('score', expectedVersion, existing?.version);

  const at = toWita(now);
  const score: Score = {
    innovationId: innovation.id,
    editionId: innovation.editionId,
    category: innovation.category,
    round,
    judgeId: caller.userId,
    criteria: input.criteria,
    total: judgeTotal(input.criteria, rubric),
    ...(input.comment !== undefined ? { comment: input.comment } : {}),
    ...nextRevision(existing, at),
  };
  await saveScore(score, existing?.version, {
    subject: innovationSubject(innovation.id),
    at,
    who: caller.userId,
    action: round === 'assessment' ? 'SCORE_ASSESSMENT' : 'SCORE_PRESENTATION',
    before: existing ? { criteria: existing.criteria, total: existing.total, comment: existing.comment } : null,
    after: { criteria: score.criteria, total: score.total, comment: score.comment },
  });
  return { score, created: !existing };
};
