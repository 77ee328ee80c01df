/** POST /innovations/{id}/documents — API Gateway HTTP API (payload 2.0). The owner gets a presigned
 * POST for one document of a draft: bounded in content type and size, at a key the system makes,
 * valid 15 minutes and never past the close of registration. */
import { randomUUID } from 'node:crypto';
import { uploadGrant } from '#shared/data/document-store';
import { saveInnovation } from '#shared/data/innovations';
import { windowOf } from '#shared/domain/calendar';
import { displayFileName, documentObjectKey, MAX_DOCUMENTS, requireAcceptableDocument, uploadSeconds } from '#shared/domain/document-policy';
import { stamp } from '#shared/domain/innovation-rules';
import { toWita } from '#shared/vocabulary/wita';
import { conflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import { idempotentHttpHandler } from '#shared/http/idempotent-handler';
import { requestDocumentUpload as contract } from '#shared/contracts/innovation.contract';
import type { StoredDocument } from '#shared/schemas/innovation.schema';
import { ownDraftIn } from '#shared/use-cases/own-draft';

export const handler = idempotentHttpHandler(contract, async ({ path, body, caller, now }) => {
  requireAcceptableDocument(body);
  const { innovation, edition } = await ownDraftIn(path.id, caller, now, 'ACTION_UPLOAD_DOCUMENT');
  if (innovation.documents.length >= MAX_DOCUMENTS) throw conflict('TOO_MANY_DOCUMENTS', msg('TOO_MANY_DOCUMENTS', { max: MAX_DOCUMENTS }));

  const documentId = randomUUID();
  const contentType = body.contentType.toLowerCase();
  const document: StoredDocument = {
    documentId,
    kind: body.kind,
    fileName: displayFileName(body.fileName),
    contentType,
    size: body.size,
    key: documentObjectKey(innovation.editionId, innovation.id, documentId),
    status: 'PENDING',
    createdAt: toWita(now),
  };
  // The form stops working when registration closes, if that comes before its 15 minutes are up.
  const grant = await uploadGrant(document.key, contentType, body.size, now, uploadSeconds(now, windowOf(edition, 'REGISTRATION').end));
  await saveInnovation(stamp(innovation, { documents: [...innovation.documents, document] }, now), innovation.version);
  return { status: 201, body: { documentId, ...grant } };
});
