/** GET /editions/{editionId}/statistics — API Gateway HTTP API (payload 2.0). The secretariat's
 * dashboard figures, counted here so a phone reads one small answer instead of paging through every
 * entry: the edition (its categories; 404 for an unknown one) ‖ its entries' four counted attributes
 * (one Query, every page) ‖ the registry and the edition's tallies (the compliance share). */
import { getEdition } from '#shared/data/editions';
import { entryFactsOfEdition } from '#shared/data/innovations';
import { allInstitutions, talliesOfEdition } from '#shared/data/institutions';
import { complianceReport } from '#shared/domain/compliance';
import { editionStatistics } from '#shared/domain/statistics';
import { httpHandler } from '#shared/http/handler';
import { getStatistics as contract } from '#shared/contracts/statistics.contract';

export const handler = httpHandler(contract, async ({ path }) => {
  const [edition, entries, institutions, tallies] = await Promise.all([
    getEdition(path.editionId),
    entryFactsOfEdition(path.editionId),
    allInstitutions(),
    talliesOfEdition(path.editionId),
  ]);
  const { total, compliant } = complianceReport(path.editionId, institutions, tallies);
  return { body: editionStatistics(path.editionId, edition.categories, entries, { total, compliant }) };
});
