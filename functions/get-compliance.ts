/** GET /editions/{editionId}/compliance — API Gateway HTTP API (payload 2.0). The secretariat's
 * one-agency-one-innovation report: the registry and the edition's tallies, two Queries. */
import { z } from 'zod';
import { getEdition } from '../shared/data/editions';
import { allInstitutions, talliesOfEdition } from '../shared/data/institutions';
import { complianceReport } from '../shared/domain/compliance';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { Slug } from '../shared/schemas/common.schema';

export const handler = httpHandler(routes.getCompliance, { path: z.object({ editionId: Slug }) }, async ({ path }) => {
  const [, institutions, tallies] = await Promise.all([getEdition(path.editionId), allInstitutions(), talliesOfEdition(path.editionId)]);
  return { body: complianceReport(path.editionId, institutions, tallies) };
});
