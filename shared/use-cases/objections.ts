/** (handler) --> objections --> objection rules + objections, innovations, rankings data.
 *
 * Filing: a signed-in person objects to a nominee while the edition's objection window is open (the
 * calendar decides, to the second), with a reason and optionally one piece of evidence uploaded
 * through a presigned POST like every document. Audited; the objector's identity is kept for the
 * secretariat and never shown to the public.
 *
 * Resolving: the secretariat upholds or rejects an objection with a reason (audited, with the
 * objection's change in one transaction). An upheld objection disqualifies the nominee, and the
 * nomination ranking is computed again by the same rules over the same stored scores, so the next
 * entry of that category moves up deterministically (the ranking run is audited too). Resolving the
 * same objection again with the same outcome answers it again and completes any step a crash cut
 * short; a different outcome is a 409. */
import { randomUUID } from 'node:crypto';
import { innovationSubject } from '#shared/data/audit';
import { uploadGrant } from '#shared/data/document-store';
import { getEdition } from '#shared/data/editions';
import { getInnovation, setStatus } from '#shared/data/innovations';
import { createObjection, getObjection, saveObjection } from '#shared/data/objections';
import { displayFileName, objectionEvidenceKey, requireAcceptableDocument } from '#shared/domain/document-policy';
import { requireNominee } from '#shared/domain/judging-rules';
import { requireObjectionWindow } from '#shared/domain/objections';
import { requireStage } from '#shared/domain/stage-rules';
import { conflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { ObjectionInput, ObjectionResolution, Objection, StoredObjection } from '#shared/schemas/objection.schema';
import type { Caller } from '#shared/vocabulary/caller';
import { toWita } from '#shared/vocabulary/wita';
import { rankEdition } from './compute-ranking';

/** An objection as the secretariat sees it (evidence without its object keys). */
export const objectionView = ({ evidence, ...o }: StoredObjection): Objection => ({ ...o, evidence: evidence.map(({ key: _key, ...e }) => e) });

export const fileObjection = async (innovationId: string, input: ObjectionInput, caller: Caller, now: Date) => {
  if (input.evidence) requireAcceptableDocument(input.evidence);
  const innovation = await getInnovation(innovationId);
  const edition = await getEdition(innovation.editionId);
  requireObjectionWindow(edition, now);
  requireNominee(innovation);
  const objectionId = randomUUID();
  const evidence = input.evidence && {
    documentId: randomUUID(),
    kind: input.evidence.kind,
    fileName: displayFileName(input.evidence.fileName),
    contentType: input.evidence.contentType.toLowerCase(),
    size: input.evidence.size,
  };
  const key = evidence && objectionEvidenceKey(edition.id, innovation.id, objectionId, evidence.documentId);
  const objection: StoredObjection = {
    objectionId,
    innovationId: innovation.id,
    editionId: edition.id,
    category: innovation.category,
    title: innovation.title,
    filedBy: caller.userId,
    reason: input.reason,
    evidence: evidence ? [{ ...evidence, key: key! }] : [],
    status: 'OPEN',
    createdAt: toWita(now),
    version: 1,
  };
  const upload = evidence && { documentId: evidence.documentId, ...(await uploadGrant(key!, evidence.contentType, evidence.size, now)) };
  await createObjection(objection, {
    subject: innovationSubject(innovation.id),
    at: toWita(now),
    who: caller.userId,
    action: 'OBJECTION_FILED',
    after: { objectionId, reason: input.reason, evidence: evidence ? [evidence.documentId] : [] },
  });
  return { objection: objectionView(objection), ...(upload && { upload }) };
};

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
