/** GET /editions/{editionId}/audit — API Gateway HTTP API (payload 2.0). The secretariat reads an
 * edition's audit trail: panel, calendar changes, ranking runs, announcement. */
import { auditPage, editionSubject } from '#shared/data/audit';
import { httpHandler } from '#shared/http/handler';
import { getEditionAudit as contract } from '#shared/contracts/audit.contract';

export const handler = httpHandler(contract, async ({ path, query }) => ({
  body: await auditPage(editionSubject(path.editionId), query),
}));
