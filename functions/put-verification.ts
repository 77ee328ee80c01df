/** PUT /innovations/{id}/verification — API Gateway HTTP API (payload 2.0). An assigned verifier
 * records the field visit of a nominee during FIELD_VERIFICATION: result, 0–100 score, findings, and
 * the uploaded evidence it rests on (each checked where it is kept). Audited. */
import { putVerification as contract } from '#shared/contracts/judging.contract';
import { verificationView } from '#shared/domain/judging-rules';
import { httpHandler } from '#shared/http/handler';
import { ifMatchVersion } from '#shared/http/if-match';
import { recordVerification } from '#shared/use-cases/record-verification';

export const handler = httpHandler(contract, async ({ path, body, caller, now, headers }) => {
  const { verification, created } = await recordVerification({ innovationId: path.id, input: body, expectedVersion: body.version ?? ifMatchVersion(headers), caller, now });
  return { status: created ? 201 : 200, body: verificationView(verification), headers: { etag: `"${verification.version}"` } };
});
