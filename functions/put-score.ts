/** PUT /innovations/{id}/scores/{round} — API Gateway HTTP API (payload 2.0). An assigned judge
 * scores an entry on the round's rubric, and may revise it until the window closes. Audited. */
import { innovationSubject } from '../shared/data/audit';
import { saveScore, scoreRef } from '../shared/data/scores';
import { verificationRef } from '../shared/data/verifications';
import { requireScorable, ROUND_ACTION, ROUND_STAGE } from '../shared/domain/judging-rules';
import { nextRevision, requireSameVersion } from '../shared/domain/optimistic-lock';
import { judgeTotal, scoreProblems } from '../shared/domain/scoring';
import { toWita } from '../shared/vocabulary/wita';
import { invalidInput } from '../shared/errors';
import { msg } from '../shared/messages/catalogue';
import { httpHandler } from '../shared/http/handler';
import { ifMatchVersion } from '../shared/http/if-match';
import { putScore as contract } from '../shared/contracts/judging.contract';
import type { Score } from '../shared/schemas/judging.schema';
import { panelAction } from '../shared/use-cases/panel-action';

export const handler = httpHandler(contract, async ({ path, body, caller, now, headers }) => {
  const { innovation, edition, more: [existing, verification] } = await panelAction(
    path.id,
    { caller, now, role: 'jury', stages: [ROUND_STAGE[path.round]], action: ROUND_ACTION[path.round] },
    (i) => [scoreRef(i.id, path.round, caller.userId), verificationRef(i.id)] as const,
  );
  requireScorable(innovation, path.round, verification);
  const rubric = edition.rubric[path.round];
  const problems = scoreProblems(body.criteria, rubric);
  if (problems.length) throw invalidInput(problems, msg('SCORE_DOES_NOT_FIT'));
  requireSameVersion('score', body.version ?? ifMatchVersion(headers), existing?.version);

  const at = toWita(now);
  const next: Score = {
    innovationId: innovation.id,
    editionId: innovation.editionId,
    category: innovation.category,
    round: path.round,
    judgeId: caller.userId,
    criteria: body.criteria,
    total: judgeTotal(body.criteria, rubric),
    ...(body.comment !== undefined ? { comment: body.comment } : {}),
    ...nextRevision(existing, at),
  };
  await saveScore(next, existing?.version, {
    subject: innovationSubject(innovation.id),
    at,
    who: caller.userId,
    action: path.round === 'assessment' ? 'SCORE_ASSESSMENT' : 'SCORE_PRESENTATION',
    before: existing ? { criteria: existing.criteria, total: existing.total, comment: existing.comment } : null,
    after: { criteria: next.criteria, total: next.total, comment: next.comment },
  });
  return { status: existing ? 200 : 201, body: next, headers: { etag: `"${next.version}"` } };
});
