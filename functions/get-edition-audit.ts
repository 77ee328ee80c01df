/** GET /editions/{editionId}/audit — API Gateway HTTP API (payload 2.0). The secretariat reads an
 * edition's audit trail: panel, calendar changes, ranking runs, announcement. A page as JSON, or the
 * whole trail as CSV with `Accept: text/csv` or `?format=csv` (before and after as JSON text). */
import { auditPage, auditTrail, editionSubject } from '#shared/data/audit';
import { csvReply, wantsCsv } from '#shared/http/csv';
import { httpHandler } from '#shared/http/handler';
import { getEditionAudit as contract } from '#shared/contracts/audit.contract';

const json = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value));

export const handler = httpHandler(contract, async ({ path, query, headers }) => {
  const subject = editionSubject(path.editionId);
  if (!wantsCsv(headers, query.format)) return { body: await auditPage(subject, query) };
  const records = await auditTrail(subject);
  return csvReply(
    `audit-${path.editionId}.csv`,
    ['at', 'who', 'action', 'before', 'after'],
    records.map((r) => ({ at: r.at, who: r.who, action: r.action, before: json(r.before), after: json(r.after) })),
  );
});
