/** GET /innovations/{id}/documents/{documentId} — API Gateway HTTP API (payload 2.0). The owner, the
 * secretariat, and the category's judges and verifiers without a conflict read a stored document: a
 * 302 to a presigned GET of a few minutes (attachment, stored name and type), or `{url, expiresAt}`
 * with `Accept: application/json`. After submission it is always the copy the submission checked. */
import * as z from 'zod/mini';
import { httpHandler } from '../shared/http/handler';
import { presignedReadReply } from '../shared/http/presigned-read';
import { routes } from '../shared/http/routes';
import { SystemId } from '../shared/schemas/common.schema';
import { readDocument } from '../shared/use-cases/read-document';

export const handler = httpHandler(
  routes.getDocument,
  { path: z.object({ id: SystemId, documentId: SystemId }) },
  async ({ path, caller, now, headers }) => presignedReadReply(await readDocument(path.id, path.documentId, caller, now), headers),
);
