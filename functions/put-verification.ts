/** PUT /innovations/{id}/verification — API Gateway HTTP API (payload 2.0). An assigned verifier
 * records the field visit of a nominee during FIELD_VERIFICATION: result, 0–100 score, findings, and
 * the uploaded evidence it rests on (each checked where it is stored). Audited. */
import { innovationSubject } from '../shared/data/audit';
import { evidenceRef } from '../shared/data/evidence';
import { saveVerification, verificationRef } from '../shared/data/verifications';
import { evidenceHref } from '../shared/domain/document-policy';
import { requireNominee, verificationView } from '../shared/domain/judging-rules';
import { nextRevision, requireSameVersion } from '../shared/domain/optimistic-lock';
import { toWita } from '../shared/vocabulary/wita';
import { invalidInput } from '../shared/errors';
import { msg } from '../shared/messages/catalogue';
import { httpHandler } from '../shared/http/handler';
import { ifMatchVersion } from '../shared/http/if-match';
import { putVerification as contract } from '../shared/contracts/judging.contract';
import type { StoredVerification } from '../shared/schemas/judging.schema';
import { panelAction } from '../shared/use-cases/panel-action';
import { freezeEvidence } from '../shared/use-cases/freeze-evidence';

export const handler = httpHandler(contract, async ({ path, body, caller, now, headers }) => {
  // The named evidence slots come in the same round trip (at most 30, by the schema).
  const { innovation, more: [existing, ...slots] } = await panelAction(
    path.id,
    { caller, now, role: 'verifier', stages: ['FIELD_VERIFICATION'], action: 'ACTION_RECORD_VERIFICATION' },
    (i) => [verificationRef(i.id), ...body.evidence.map((id) => evidenceRef(i.id, id))] as const,
  );
  requireNominee(innovation);
  requireSameVersion('verification', body.version ?? ifMatchVersion(headers), existing?.version);

  const unknown = body.evidence.filter((_, i) => !slots[i]);
  if (unknown.length) throw invalidInput(unknown.map((id) => ({ path: ['evidence'], message: msg('EVIDENCE_NOT_UPLOADED', { documentId: id }) })));
  // Each piece is copied where no upload form reaches and checked there; reads come from the copy.
  const named = await freezeEvidence(innovation, slots.map((s) => s!));

  const at = toWita(now);
  const next: StoredVerification = {
    innovationId: innovation.id,
    editionId: innovation.editionId,
    category: innovation.category,
    result: body.result,
    score: body.score,
    findings: body.findings,
    evidence: named.map(({ key: _key, ...d }) => ({ ...d, href: evidenceHref(innovation.id, d.documentId) })),
    verifiedBy: caller.userId,
    ...nextRevision(existing, at),
  };
  await saveVerification(next, existing?.version, {
    subject: innovationSubject(innovation.id),
    at,
    who: caller.userId,
    action: 'VERIFICATION_SET',
    before: existing ? { result: existing.result, score: existing.score, findings: existing.findings, evidence: existing.evidence.map((e) => e.documentId) } : null,
    after: { result: next.result, score: next.score, findings: next.findings, evidence: body.evidence },
  });
  return { status: existing ? 200 : 201, body: verificationView(next), headers: { etag: `"${next.version}"` } };
});
