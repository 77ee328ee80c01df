/** GET /editions/{editionId} — API Gateway HTTP API (payload 2.0). Public. */
import { getEdition } from '#shared/data/editions';
import { editionView } from '#shared/domain/edition-view';
import { httpHandler } from '#shared/http/handler';
import { getEdition as contract } from '#shared/contracts/edition.contract';

export const handler = httpHandler(contract, async ({ path, now }) => ({
  body: editionView(await getEdition(path.editionId), now),
}));
