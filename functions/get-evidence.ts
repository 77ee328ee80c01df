/** GET /innovations/{id}/verification/evidence/{evidenceId} — API Gateway HTTP API (payload 2.0). The
 * secretariat and the category's judges and verifiers without a conflict read one piece of field
 * evidence: a 302 to a presigned GET of a few minutes (attachment, stored name and type), or
 * `{url, expiresAt}` with `Accept: application/json`. */
import { getEvidence as contract } from '#shared/contracts/judging.contract';
import { httpHandler } from '#shared/http/handler';
import { presignedReadReply } from '#shared/http/presigned-read';
import { readEvidence } from '#shared/use-cases/read-document';

export const handler = httpHandler(contract, async ({ path, caller, now, headers }) => presignedReadReply(await readEvidence(path.id, path.evidenceId, caller, now), headers));
