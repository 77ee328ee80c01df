/** PUT /innovations/{id}/eligibility — API Gateway HTTP API (payload 2.0). The secretariat's
 * administrative screening during SCREENING: a submitted entry is eligible unless marked otherwise.
 * Audited; an entry screened out is told why. */
import { innovationSubject } from '#shared/data/audit';
import { getEdition } from '#shared/data/editions';
import { getInnovation, saveInnovation } from '#shared/data/innovations';
import { stamp, innovationView } from '#shared/domain/innovation-rules';
import { screenedOut } from '#shared/domain/notifications';
import { requireScreenable } from '#shared/domain/judging-rules';
import { requireStage } from '#shared/domain/stage-rules';
import { toWita } from '#shared/vocabulary/wita';
import { httpHandler } from '#shared/http/handler';
import { putEligibility as contract } from '#shared/contracts/judging.contract';

export const handler = httpHandler(contract, async ({ path, body, caller, now }) => {
  const innovation = await getInnovation(path.id);
  requireStage(await getEdition(innovation.editionId), now, ['SCREENING'], 'ACTION_SCREEN');
  requireScreenable(innovation);
  const eligibility = { eligible: body.eligible, reason: body.reason, decidedBy: caller.userId, decidedAt: toWita(now) };
  const next = stamp(innovation, { status: body.eligible ? 'ELIGIBLE' : 'INELIGIBLE', eligibility }, now);
  await saveInnovation(
    next,
    innovation.version,
    {
      subject: innovationSubject(innovation.id),
      at: toWita(now),
      who: caller.userId,
      action: 'ELIGIBILITY_SET',
      before: { status: innovation.status, eligibility: innovation.eligibility ?? null },
      after: { status: next.status, eligibility },
    },
    body.eligible ? [] : [screenedOut(next, body.reason, now)],
  );
  return { body: innovationView(next) };
});
