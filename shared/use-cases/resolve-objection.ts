/** (handler) --> resolve objection --> objections + compute ranking. The secretariat upholds or
 * rejects an objection with a reason (audited, with the objection's change in one transaction). An
 * upheld objection disqualifies the nominee, and the nomination ranking is computed again by the same
 * rules over the same stored scores, so the next entry of that category moves up deterministically
 * (the ranking run is audited too). Resolving the same objection again with the same outcome answers
 * it again and completes any step a crash cut short; a different outcome is a 409. */
import { innovationSubject } from '#shared/data/audit';
import { getEdition } from '#shared/data/editions';
import { getInnovation, setStatus } from '#shared/data/innovations';
import { getObjection, saveObjection } from '#shared/data/objections';
import { requireStage } from '#shared/domain/stage-rules';
import { conflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { ObjectionResolution } from '#shared/schemas/objection.schema';
import type { Caller } from '#shared/vocabulary/caller';
import { toWita } from '#shared/vocabulary/wita';
import { rankEdition } from './compute-ranking';
import { objectionView } from './objections';

/** The secretariat resolves objections from the nomination until the presentations end. */
const RESOLVING = ['NOMINATION', 'FIELD_VERIFICATION', 'PRESENTATION'] as const;

export const resolveObjection = async (innovationId: string, objectionId: string, decision: ObjectionResolution, caller: Caller, now: Date) => {
  const [objection, innovation] = await Promise.all([getObjection(innovationId, objectionId), getInnovation(innovationId)]);
  const edition = await getEdition(innovation.editionId);
  requireStage(edition, now, RESOLVING, 'ACTION_RESOLVE_OBJECTION');
  let resolved = objection;
  if (objection.status === 'OPEN') {
    const resolution = { outcome: decision.outcome, reason: decision.reason, decidedBy: caller.userId, decidedAt: toWita(now) };
    resolved = { ...objection, status: decision.outcome, resolution, version: objection.version + 1 };
    await saveObjection(resolved, objection.version, {
      subject: innovationSubject(innovationId),
      at: toWita(now),
      who: caller.userId,
      action: 'OBJECTION_RESOLVED',
      before: { objectionId, status: 'OPEN', innovationStatus: innovation.status },
      after: { objectionId, ...resolution, ...(decision.outcome === 'UPHELD' && { innovationStatus: 'DISQUALIFIED' }) },
    });
  } else if (objection.status !== decision.outcome) {
    throw conflict('OBJECTION_RESOLVED', msg('OBJECTION_RESOLVED_ALREADY', { outcome: objection.status }));
  }
  if (resolved.status === 'UPHELD') {
    // A nominee (or a winner-to-be) leaves; then the nomination is ranked again without it.
    await setStatus(innovationId, 'DISQUALIFIED', ['NOMINATED', 'ELIGIBLE', 'SUBMITTED'], toWita(now), { disqualifiedBy: objectionId });
    await rankEdition(edition, 'nomination', caller.userId, now, true);
  }
  return objectionView(resolved);
};
