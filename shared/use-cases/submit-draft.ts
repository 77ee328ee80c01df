/** (handler) --> submit draft --> document store + innovations data + document and entry rules. What
 * a final submission checks and keeps: each document's upload is first copied, server-side, to a key
 * of its own under `submitted/` (`submittedObjectKey`), and the check (size, type, file signature) is
 * made on that copy. The bytes checked are therefore the bytes kept, by construction: no upload form
 * reaches the `submitted/` prefix and only the checking functions may write it, so a form re-posted
 * after the submission (or after the deadline) changes only the upload key, never read again. */
import { randomUUID } from 'node:crypto';
import { copyObject, deleteObject, inspectObject } from '../data/document-store';
import { saveSubmission } from '../data/innovations';
import { storedObjectProblem, submittedObjectKey } from '../domain/document-policy';
import { stamp, submissionGaps } from '../domain/innovation-rules';
import { toWita } from '../vocabulary/wita';
import { AppError, conflict } from '../errors';
import { msg } from '../messages/catalogue';
import type { StoredDocument, StoredInnovation } from '../schemas/innovation.schema';

/** The innovation's documents as submitted — the ones never uploaded dropped, the others `UPLOADED`
 * with their `submittedKey` — or a 409 DOCUMENT_MISMATCH naming each document whose copy is not what
 * was declared (empty, unreadable, another type, larger, not of its type). */
export const freezeDocuments = async (innovation: StoredInnovation): Promise<StoredDocument[]> => {
  const submissionId = randomUUID();
  const frozen = await Promise.all(
    innovation.documents.map(async (doc) => {
      const submittedKey = submittedObjectKey(innovation.editionId, innovation.id, submissionId, doc.documentId);
      if (!(await copyObject(doc.key, submittedKey))) return undefined;
      const next: StoredDocument = { ...doc, submittedKey, status: 'UPLOADED' };
      return { doc: next, problem: storedObjectProblem(next, await inspectObject(submittedKey)) };
    }),
  );
  const problems = frozen.flatMap((f) => (f?.problem ? [{ path: ['documents', f.doc.documentId], message: f.problem }] : []));
  const documents = frozen.flatMap((f) => (f ? [f.doc] : []));
  if (problems.length) {
    await discardCopies(documents);
    throw conflict('DOCUMENT_MISMATCH', msg('DOCUMENTS_MISMATCH'), problems);
  }
  return documents;
};

/** A refused submission keeps nothing: the copies it made go. Best effort — they are named by this
 * attempt alone, so nothing ever reads one that is left. */
const discardCopies = async (documents: StoredDocument[]): Promise<void> => {
  await Promise.allSettled(documents.flatMap((d) => (d.submittedKey ? [deleteObject(d.submittedKey)] : [])));
};

/** The final submission of a draft (already checked to be the caller's, in REGISTRATION): documents
 * frozen and checked, the fields and the proposal required, then saved with the institution's tally.
 * When the submission is refused for certain (409: incomplete, or changed meanwhile) the copies it
 * made are removed; after an error that leaves the outcome unknown (503) they are kept, since the
 * write may have happened and then names them. */
export const submitDraft = async (innovation: StoredInnovation, now: Date): Promise<StoredInnovation> => {
  const documents = await freezeDocuments(innovation);
  try {
    const gaps = submissionGaps({ ...innovation, documents });
    if (gaps.length) throw conflict('INCOMPLETE', msg('INCOMPLETE'), gaps);
    const next = stamp(innovation, { documents, status: 'SUBMITTED', submittedAt: toWita(now) }, now);
    await saveSubmission(next, innovation.version);
    return next;
  } catch (err) {
    if (err instanceof AppError && err.kind === 'conflict') await discardCopies(documents);
    throw err;
  }
};
