/** GET /innovations/{id}/audit — API Gateway HTTP API (payload 2.0). The secretariat reads an
 * innovation's audit trail: scores, verification, screening — who, when, before and after. */
import { auditPage, innovationSubject } from '#shared/data/audit';
import { httpHandler } from '#shared/http/handler';
import { getInnovationAudit as contract } from '#shared/contracts/audit.contract';

export const handler = httpHandler(contract, async ({ path, query }) => ({
  body: await auditPage(innovationSubject(path.id), query),
}));
