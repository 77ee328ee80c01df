/** POST /innovations/{id}/submit — API Gateway HTTP API (payload 2.0). The owner's final submission
 * during REGISTRATION. Every document is checked where it is stored (a ranged GET: size, type, file signature): uploads that never
 * happened are dropped, a stored object that is not what was declared refuses the submission, and a
 * PDF proposal must be among what remains. */
import { inspectObject } from '../shared/data/document-store';
import { saveSubmission } from '../shared/data/innovations';
import { storedObjectProblem } from '../shared/domain/document-policy';
import { innovationView, stamp, submissionGaps } from '../shared/domain/innovation-rules';
import { toWita } from '../shared/vocabulary/wita';
import { conflict } from '../shared/errors';
import { msg } from '../shared/messages/catalogue';
import { idempotentHttpHandler } from '../shared/http/idempotent-handler';
import { submitInnovation as contract } from '../shared/contracts/innovation.contract';
import type { StoredDocument } from '../shared/schemas/innovation.schema';
import { ownDraftOf } from '../shared/use-cases/own-draft';

export const handler = idempotentHttpHandler(contract, async ({ path, caller, now }) => {
  const { innovation, edition } = await ownDraftOf(path.id, caller, now, 'ACTION_SUBMIT_INNOVATION');

  const stored = await Promise.all(innovation.documents.map((d) => inspectObject(d.key)));
  const problems = innovation.documents
    .map((doc, i) => ({ doc, problem: stored[i] ? storedObjectProblem(doc, stored[i]) : undefined }))
    .filter((p) => p.problem)
    .map((p) => ({ path: ['documents', p.doc.documentId], message: p.problem! }));
  if (problems.length) throw conflict('DOCUMENT_MISMATCH', msg('DOCUMENTS_MISMATCH'), problems);

  const documents: StoredDocument[] = innovation.documents.filter((_, i) => stored[i]).map((d) => ({ ...d, status: 'UPLOADED' }));
  const gaps = submissionGaps({ ...innovation, documents }, edition.nationalFieldsRequired);
  if (gaps.length) throw conflict('INCOMPLETE', msg('INCOMPLETE'), gaps);

  const next = stamp(innovation, { documents, status: 'SUBMITTED', submittedAt: toWita(now) }, now);
  await saveSubmission(next, innovation.version);
  return { body: innovationView(next) };
});
