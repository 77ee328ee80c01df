/** (handler) --> record a verification --> panel action, judging rules, freeze copies, verifications
 * data. An assigned verifier records the field visit of a nominee during FIELD_VERIFICATION: result,
 * 0–100 score, findings, and the uploaded evidence it rests on, each piece copied where no upload
 * form reaches and checked there (reads come from the copy). Written with its audit record. */
import { randomUUID } from 'node:crypto';
import { innovationSubject } from '#shared/data/audit';
import { evidenceRef } from '#shared/data/evidence';
import { saveVerification, verificationRef } from '#shared/data/verifications';
import { evidenceHref, verifiedEvidenceKey } from '#shared/domain/document-policy';
import { requireNominee } from '#shared/domain/judging-rules';
import { nextRevision, requireSameVersion } from '#shared/domain/optimistic-lock';
import { invalidInput } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { StoredVerification, VerificationInput } from '#shared/schemas/judging.schema';
import type { Caller } from '#shared/vocabulary/caller';
import { toWita } from '#shared/vocabulary/wita';
import { freezeCopies } from './freeze-copies';
import { panelAction } from './panel-action';

export interface RecordVerification {
  innovationId: string;
  input: VerificationInput;
  /** The version the verifier last read (body or If-Match), when they sent one. */
  expectedVersion: number | undefined;
  caller: Caller;
  now: Date;
}

export const recordVerification = async ({ innovationId, input, expectedVersion, caller, now }: RecordVerification): Promise<{ verification: StoredVerification; created: boolean }> => {
  // The named evidence slots come in the same round trip (at most 30, by the schema).
  const { innovation, more: [existing, ...slots] } = await panelAction(
    innovationId,
    { caller, now, role: 'verifier', stages: ['FIELD_VERIFICATION'], action: 'ACTION_RECORD_VERIFICATION' },
    (i) => [verificationRef(i.id), ...input.evidence.map((id) => evidenceRef(i.id, id))] as const,
  );
  requireNominee(innovation);
  requireSameVersion('verification', expectedVersion, existing?.version);

  const unknown = input.evidence.filter((_, i) => !slots[i]);
  if (unknown.length) throw invalidInput(unknown.map((id) => ({ path: ['evidence'], message: msg('EVIDENCE_NOT_UPLOADED', { documentId: id }) })));
  const recordingId = randomUUID();
  const named = await freezeCopies({
    uploads: slots.map((s) => s!),
    copyKey: (d) => verifiedEvidenceKey(innovation.editionId, innovation.id, recordingId, d.documentId),
    missing: 'refuse',
    field: 'evidence',
    mismatch: msg('EVIDENCE_MISMATCH'),
  });

  const at = toWita(now);
  const verification: StoredVerification = {
    innovationId: innovation.id,
    editionId: innovation.editionId,
    category: innovation.category,
    result: input.result,
    score: input.score,
    findings: input.findings,
    evidence: named.map(({ key: _key, ...d }) => ({ ...d, href: evidenceHref(innovation.id, d.documentId) })),
    verifiedBy: caller.userId,
    ...nextRevision(existing, at),
  };
  await saveVerification(verification, existing?.version, {
    subject: innovationSubject(innovation.id),
    at,
    who: caller.userId,
    action: 'VERIFICATION_SET',
    before: existing ? { result: existing.result, score: existing.score, findings: existing.findings, evidence: existing.evidence.map((e) => e.documentId) } : null,
    after: { result: verification.result, score: verification.score, findings: verification.findings, evidence: input.evidence },
  });
  return { verification, created: !existing };
};
