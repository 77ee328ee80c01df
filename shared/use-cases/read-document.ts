/** (handler) --> read document --> data + access rules + document store. A stored document or piece of
 * field evidence handed out for reading: the caller must be allowed to read the innovation (or its
 * evidence), the document must belong to it and be stored, and the answer is a presigned GET of a few
 * minutes, served as an attachment under its stored name and type. The secretariat also reads the
 * evidence filed with an objection to the innovation this way. A submitted document is always
 * read from the copy the submission checked (`readableKey`). Nothing of a document is told to a
 * caller who may not read it: the access check comes before the document is looked up. */
import { assignmentsRef, findAssignments } from '#shared/data/assignments';
import { readGrant } from '#shared/data/document-links';
import { objectExists } from '#shared/data/document-store';
import { getAll } from '#shared/data/dynamo';
import { evidenceRef } from '#shared/data/evidence';
import { getInnovation } from '#shared/data/innovations';
import { objectionsOfInnovation } from '#shared/data/objections';
import { verificationRef } from '#shared/data/verifications';
import { isAdmin, readerNeedsPanel, requireEvidenceReader, requireReader } from '#shared/domain/access';
import { readableKey } from '#shared/domain/document-policy';
import { notFound } from '#shared/errors';
import type { Caller } from '#shared/vocabulary/caller';
import { msg } from '#shared/messages/catalogue';
import type { DocumentRead } from '#shared/schemas/innovation.schema';

export const readDocument = async (innovationId: string, documentId: string, caller: Caller, now: Date): Promise<DocumentRead> => {
  const innovation = await getInnovation(innovationId);
  requireReader(innovation, caller, readerNeedsPanel(innovation, caller) ? await findAssignments(innovation.editionId) : undefined);
  const doc = innovation.documents.find((d) => d.documentId === documentId);
  if (!doc) {
    if (isAdmin(caller)) return readObjectionEvidence(innovationId, documentId, now);
    throw notFound(msg('DOCUMENT_NOT_FOUND', { documentId }));
  }
  // A draft's document may have been asked for and never uploaded; a submitted one was checked.
  if (!doc.submittedKey && !(await objectExists(doc.key))) throw notFound(msg('DOCUMENT_NOT_STORED', { kind: doc.kind, fileName: doc.fileName }));
  return readGrant(readableKey(doc), doc, now);
};

/** Evidence filed with an objection to the innovation: the secretariat reads it through the same route. */
const readObjectionEvidence = async (innovationId: string, documentId: string, now: Date): Promise<DocumentRead> => {
  const evidence = (await objectionsOfInnovation(innovationId)).flatMap((o) => o.evidence).find((e) => e.documentId === documentId);
  if (!evidence) throw notFound(msg('DOCUMENT_NOT_FOUND', { documentId }));
  if (!(await objectExists(evidence.key))) throw notFound(msg('DOCUMENT_NOT_STORED', { kind: evidence.kind, fileName: evidence.fileName }));
  return readGrant(evidence.key, evidence, now);
};

export const readEvidence = async (innovationId: string, documentId: string, caller: Caller, now: Date): Promise<DocumentRead> => {
  const innovation = await getInnovation(innovationId);
  const [assignments, evidence, verification] = await getAll([assignmentsRef(innovation.editionId), evidenceRef(innovation.id, documentId), verificationRef(innovation.id)] as const);
  requireEvidenceReader(innovation, caller, assignments);
  if (!evidence) throw notFound(msg('EVIDENCE_NOT_FOUND', { documentId }));
  // Evidence a recorded verification rests on is read from the copy it checked.
  const checked = verification?.evidence.find((e) => e.documentId === documentId)?.submittedKey;
  if (!checked && !(await objectExists(evidence.key))) throw notFound(msg('DOCUMENT_NOT_STORED', { kind: evidence.kind, fileName: evidence.fileName }));
  return readGrant(checked ?? evidence.key, evidence, now);
};
