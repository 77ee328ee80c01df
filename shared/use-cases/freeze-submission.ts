/** (handler) --> freeze submission --> document store + document rules. What a final submission
 * checks and keeps: each document's upload is first copied, server-side, to a key of its own under
 * `submitted/` (`submittedObjectKey`), and the check (size, type, file signature) is made on that
 * copy. The bytes checked are therefore the bytes kept, by construction: no upload form reaches the
 * `submitted/` prefix and only the submitting function may write it, so a form re-posted after the
 * submission (or after the deadline) changes only the upload key, which is never read again. */
import { randomUUID } from 'node:crypto';
import { copyObject, deleteObject, inspectObject } from '../data/document-store';
import { storedObjectProblem, submittedObjectKey } from '../domain/document-policy';
import { conflict } from '../errors';
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
  if (problems.length) {
    // A refused submission keeps nothing: the copies it made go (best effort; they are named by this
    // attempt alone, so nothing ever reads one that is left).
    await Promise.allSettled(frozen.flatMap((f) => (f ? [deleteObject(f.doc.submittedKey!)] : [])));
    throw conflict('DOCUMENT_MISMATCH', msg('DOCUMENTS_MISMATCH'), problems);
  }
  return frozen.flatMap((f) => (f ? [f.doc] : []));
};
