/** POST /innovations/{id}/verification/evidence — API Gateway HTTP API (payload 2.0). An assigned
 * verifier gets a presigned POST for one photo, video or document of field evidence on a nominee,
 * during FIELD_VERIFICATION; the verification then names the evidence it rests on. */
import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { assignmentsRef } from '../shared/data/assignments';
import { presignUpload, UPLOAD_EXPIRES_SECONDS } from '../shared/data/document-store';
import { getAll } from '../shared/data/dynamo';
import { editionRef, requireEdition } from '../shared/data/editions';
import { saveEvidenceSlot } from '../shared/data/evidence';
import { getInnovation } from '../shared/data/innovations';
import { requirePanel } from '../shared/domain/access';
import { displayFileName, evidenceObjectKey, requireAcceptableDocument } from '../shared/domain/document-policy';
import { requireNominee } from '../shared/domain/judging-rules';
import { requireStage } from '../shared/domain/stage-rules';
import { toWita } from '../shared/domain/wita';
import { idempotentHttpHandler } from '../shared/http/idempotent-handler';
import { routes } from '../shared/http/routes';
import { SystemId } from '../shared/schemas/common.schema';
import { DocumentRequest } from '../shared/schemas/innovation.schema';
import type { EvidenceDocument } from '../shared/schemas/judging.schema';

const EvidenceRequest = z.extend(DocumentRequest, { kind: z.enum(['PHOTO', 'EVIDENCE', 'VIDEO']) });

export const handler = idempotentHttpHandler(
  routes.requestEvidenceUpload,
  { path: z.object({ id: SystemId }), body: EvidenceRequest },
  async ({ path, body, caller, now }) => {
    requireAcceptableDocument(body);
    const innovation = await getInnovation(path.id);
    const [edition, assignments] = await getAll([editionRef(innovation.editionId), assignmentsRef(innovation.editionId)] as const);
    requirePanel(assignments, caller, innovation, 'verifier');
    requireStage(requireEdition(edition, innovation.editionId), now, ['FIELD_VERIFICATION'], 'ACTION_UPLOAD_EVIDENCE');
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
    const upload = await presignUpload(doc.key, doc.contentType, doc.size);
    await saveEvidenceSlot(doc);
    return { status: 201, body: { documentId, upload: { method: 'POST', ...upload }, expiresAt: toWita(now.getTime() + UPLOAD_EXPIRES_SECONDS * 1000) } };
  },
);
