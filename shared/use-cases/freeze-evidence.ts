/** (handler) --> freeze evidence --> document store + document rules. What a recorded verification
 * checks and keeps, as a submission does for documents: each piece of evidence it names is copied,
 * server-side, to a key of this recording's own under `submitted/` (no upload form reaches it) and
 * checked there, so the panel later reads the bytes that were checked. */
import { randomUUID } from 'node:crypto';
import { copyObject, deleteObject, inspectObject } from '../data/document-store';
import { storedObjectProblem, verifiedEvidenceKey } from '../domain/document-policy';
import { conflict } from '../errors';
import { msg } from '../messages/catalogue';
import type { StoredInnovation } from '../schemas/innovation.schema';
import type { EvidenceDocument } from '../schemas/judging.schema';

/** The evidence as checked, each piece with the key of its copy; or a 409 DOCUMENT_MISMATCH (the
 * copies removed) naming each piece that is missing or not what was declared. */
export const freezeEvidence = async (innovation: StoredInnovation, evidence: EvidenceDocument[]): Promise<(EvidenceDocument & { submittedKey: string })[]> => {
  const verificationId = randomUUID();
  const frozen = await Promise.all(
    evidence.map(async (doc) => {
      const submittedKey = verifiedEvidenceKey(innovation.editionId, innovation.id, verificationId, doc.documentId);
      const copied = await copyObject(doc.key, submittedKey);
      return { doc: { ...doc, submittedKey }, copied, problem: storedObjectProblem(doc, copied ? await inspectObject(submittedKey) : undefined) };
    }),
  );
  const problems = frozen.flatMap((f) => (f.problem ? [{ path: ['evidence', f.doc.documentId], message: f.problem }] : []));
  if (problems.length) {
    await Promise.allSettled(frozen.flatMap((f) => (f.copied ? [deleteObject(f.doc.submittedKey)] : [])));
    throw conflict('DOCUMENT_MISMATCH', msg('EVIDENCE_MISMATCH'), problems);
  }
  return frozen.map((f) => f.doc);
};
