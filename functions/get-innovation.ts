/** GET /innovations/{id} — API Gateway HTTP API (payload 2.0). The owner, the secretariat, and the
 * category's assigned judges and verifiers read an innovation with its documents. */
import { findAssignments } from '#shared/data/assignments';
import { getInnovation } from '#shared/data/innovations';
import { isAdmin, readerNeedsPanel, requireReader } from '#shared/domain/access';
import { innovationView } from '#shared/domain/innovation-rules';
import { httpHandler } from '#shared/http/handler';
import { requestLanguage } from '#shared/messages/language';
import { getInnovation as contract } from '#shared/contracts/innovation.contract';

export const handler = httpHandler(contract, async ({ path, caller, headers }) => {
  const innovation = await getInnovation(path.id);
  requireReader(innovation, caller, readerNeedsPanel(innovation, caller) ? await findAssignments(innovation.editionId) : undefined);
  return { body: innovationView(innovation, isAdmin(caller) ? requestLanguage(headers) : undefined), headers: { etag: `"${innovation.version}"` } };
});
