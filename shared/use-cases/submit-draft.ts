/** (handler) --> submit draft --> document store + innovations data + document and entry rules. What
 * a final submission checks and keeps: each document's upload is first copied, server-side, to a key
 * of its own under `submitted/` (`submittedObjectKey`), and the check (size, type, file signature) is
 * made on that copy. The bytes checked are therefore the bytes kept, by construction: no upload form
 * reaches the `submitted/` prefix and only the checking functions may write it, so a form re-posted
 * after the submission (or after the deadline) changes only the upload key, never read again. */
import { randomUUID } from 'node:crypto';
import { saveSubmission } from '#shared/data/innovations';
import { submittedObjectKey } from '#shared/domain/document-policy';
import { submissionReceipt } from '#shared/domain/notifications';
import { stamp, submissionGaps } from '#shared/domain/innovation-rules';
import { toWita } from '#shared/vocabulary/wita';
import { AppError, conflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { Edition } from '#shared/schemas/edition.schema';
import type { StoredDocument, StoredInnovation } from '#shared/schemas/innovation.schema';
import { discardCopies, freezeCopies } from './freeze-copies';

/** The final submission of a draft (already checked to be the caller's, in REGISTRATION): documents
 * frozen and checked, the fields and the proposal required, then saved with the institution's tally
 * and the owner's receipt.
 * When the submission is refused for certain (409: incomplete, or changed meanwhile) the copies it
 * made are removed; after an error that leaves the outcome unknown (503) they are kept, since the
 * write may have happened and then names them. */
export const submitDraft = async (innovation: StoredInnovation, edition: Pick<Edition, 'nationalFieldsRequired'>, now: Date): Promise<StoredInnovation> => {
  const submissionId = randomUUID();
  // Uploads that never happened are left out; the others are kept as their checked copies.
  const frozen = await freezeCopies({
    uploads: innovation.documents,
    copyKey: (d) => submittedObjectKey(innovation.editionId, innovation.id, submissionId, d.documentId),
    missing: 'leave out',
    field: 'documents',
    mismatch: msg('DOCUMENTS_MISMATCH'),
  });
  const documents: StoredDocument[] = frozen.map((d) => ({ ...d, status: 'UPLOADED' }));
  try {
    const gaps = submissionGaps({ ...innovation, documents }, edition.nationalFieldsRequired);
    if (gaps.length) throw conflict('INCOMPLETE', msg('INCOMPLETE'), gaps);
    const next = stamp(innovation, { documents, status: 'SUBMITTED', submittedAt: toWita(now) }, now);
    await saveSubmission(next, innovation.version, submissionReceipt(next, now));
    return next;
  } catch (err) {
    if (err instanceof AppError && err.kind === 'conflict') await discardCopies(documents);
    throw err;
  }
};
