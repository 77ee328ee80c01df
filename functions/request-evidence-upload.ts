/** POST /innovations/{id}/verification/evidence — API Gateway HTTP API (payload 2.0). An assigned
 * verifier gets a presigned POST for one photo, video or document of field evidence on a nominee,
 * during FIELD_VERIFICATION; the verification then names the evidence it rests on. */
import { randomUUID } from 'node:crypto';
import { uploadGrant } from '#shared/data/document-store';
import { saveEvidenceSlot } from '#shared/data/evidence';
import { windowOf } from '#shared/domain/calendar';
import { displayFileName, evidenceObjectKey, requireAcceptableDocument, uploadSeconds } from '#shared/domain/document-policy';
import { requireNominee } from '#shared/domain/judging-rules';
import { toWita } from '#shared/vocabulary/wita';
import { idempotentHttpHandler } from '#shared/http/idempotent-handler';
import { requestEvidenceUpload as contract } from '#shared/contracts/judging.contract';
import type { EvidenceDocument } from '#shared/schemas/judging.schema';
import { panelAction } from '#shared/use-cases/panel-action';

export const handler = idempotentHttpHandler(contract, async ({ path, body, caller, now }) => {
  requireAcceptableDocument(body);
  const { innovation, edition } = await panelAction(path.id, { caller, now, role: 'verifier', stages: ['FIELD_VERIFICATION'], action: 'ACTION_UPLOAD_EVIDENCE' }, () => []);
  requireNominee(innovation);

  const documentId = randomUUID();
  const doc: EvidenceDocument = {
    innovationId: innovation.id,
    documentId,
    kind: body.kind,
    fileName: displayFileName(body.fileName),
    contentType: body.contentType.toLowerCase(),
    size: body.size,
    key: evidenceObjectKey(innovation.editionId, innovation.id, documentId),
    uploadedBy: caller.userId,
    createdAt: toWita(now),
  };
  const grant = await uploadGrant(doc.key, doc.contentType, doc.size, now, uploadSeconds(now, windowOf(edition, 'FIELD_VERIFICATION').end));
  await saveEvidenceSlot(doc);
  return { status: 201, body: { documentId, ...grant } };
});
