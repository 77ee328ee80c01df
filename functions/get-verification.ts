/** GET /innovations/{id}/verification — API Gateway HTTP API (payload 2.0). The secretariat and the
 * category's judges and verifiers without a conflict (the audience of its evidence) read a nominee's
 * recorded field verification, with its version as the ETag so a verifier revises what they read. */
import { assignmentsRef } from '#shared/data/assignments';
import { getAll } from '#shared/data/dynamo';
import { getInnovation } from '#shared/data/innovations';
import { verificationRef } from '#shared/data/verifications';
import { requireEvidenceReader } from '#shared/domain/access';
import { verificationView } from '#shared/domain/judging-rules';
import { notFound } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import { httpHandler } from '#shared/http/handler';
import { getVerification as contract } from '#shared/contracts/judging.contract';

export const handler = httpHandler(contract, async ({ path, caller }) => {
  const innovation = await getInnovation(path.id);
  const [assignments, verification] = await getAll([assignmentsRef(innovation.editionId), verificationRef(innovation.id)] as const);
  requireEvidenceReader(innovation, caller, assignments);
  if (!verification) throw notFound(msg('VERIFICATION_NOT_FOUND'));
  return { body: verificationView(verification), headers: { etag: `"${verification.version}"` } };
});
