/** GET /editions/{editionId}/objections — API Gateway HTTP API (payload 2.0). The secretariat's
 * list of an edition's objections, oldest first, with who filed each and how it was resolved. */
import { getEdition } from '#shared/data/editions';
import { objectionsOfEditionAll } from '#shared/data/objections';
import { httpHandler } from '#shared/http/handler';
import { listObjections as contract } from '#shared/contracts/objection.contract';
import { objectionView } from '#shared/use-cases/objections';

export const handler = httpHandler(contract, async ({ path }) => {
  const [, objections] = await Promise.all([getEdition(path.editionId), objectionsOfEditionAll(path.editionId)]);
  return { body: { items: objections.map(objectionView) } };
});
