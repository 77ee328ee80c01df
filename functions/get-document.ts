/** GET /innovations/{id}/documents/{documentId} — API Gateway HTTP API (payload 2.0). The owner, the
 * secretariat, and the category's judges and verifiers without a conflict read a stored document: a
 * 302 to a presigned GET of a few minutes (attachment, stored name and type), or `{url, expiresAt}`
 * with `Accept: application/json`. After submission it is always the copy the submission checked. */
import { getDocument as contract } from '#shared/contracts/innovation.contract';
import { httpHandler } from '#shared/http/handler';
import { presignedReadReply } from '#shared/http/presigned-read';
import { readDocument } from '#shared/use-cases/read-document';

export const handler = httpHandler(contract, async ({ path, caller, now, headers }) => presignedReadReply(await readDocument(path.id, path.documentId, caller, now), headers));
