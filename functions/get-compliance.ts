/** GET /editions/{editionId}/compliance — API Gateway HTTP API (payload 2.0). The secretariat's
 * one-agency-one-innovation report: the registry and the edition's tallies, two Queries. As JSON, or
 * as CSV with `Accept: text/csv` or `?format=csv`. */
import { getEdition } from '#shared/data/editions';
import { allInstitutions, talliesOfEdition } from '#shared/data/institutions';
import { complianceReport } from '#shared/domain/compliance';
import { csvReply, wantsCsv } from '#shared/http/csv';
import { httpHandler } from '#shared/http/handler';
import { getCompliance as contract } from '#shared/contracts/institution.contract';

export const handler = httpHandler(contract, async ({ path, query, headers }) => {
  const [, institutions, tallies] = await Promise.all([getEdition(path.editionId), allInstitutions(), talliesOfEdition(path.editionId)]);
  const report = complianceReport(path.editionId, institutions, tallies);
  if (!wantsCsv(headers, query.format)) return { body: report };
  return csvReply(
    `kepatuhan-${path.editionId}.csv`,
    ['institutionId', 'name', 'type', 'registered', 'submitted', 'compliant'],
    report.institutions.map((r) => ({ ...r, compliant: r.submitted > 0 })),
  );
});
