/** (handler) --> objections --> objection rules + objections, innovations data.
 *
 * Filing: a signed-in person objects to a nominee while the edition's objection window is open (the
 * calendar decides, to the second), with a reason and optionally one piece of evidence uploaded
 * through a presigned POST like every document. Audited; the objector's identity is kept for the
 * secretariat and never shown to the public.
 * Resolving them is `./resolve-objection` (it ranks again, which filing and listing never load). */
import { randomUUID } from 'node:crypto';
import { innovationSubject } from '#shared/data/audit';
import { uploadGrant } from '#shared/data/document-store';
import { getEdition } from '#shared/data/editions';
import { getInnovation } from '#shared/data/innovations';
import { createObjection } from '#shared/data/objections';
import { displayFileName, objectionEvidenceKey, requireAcceptableDocument } from '#shared/domain/document-policy';
import { requireNominee } from '#shared/domain/judging-rules';
import { requireObjectionWindow } from '#shared/domain/objections';
import type { ObjectionInput, Objection, StoredObjection } from '#shared/schemas/objection.schema';
import type { Caller } from '#shared/vocabulary/caller';
import { toWita } from '#shared/vocabulary/wita';

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
