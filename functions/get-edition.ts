/** GET /editions/{editionId} — API Gateway HTTP API (payload 2.0). Public. */
import * as z from 'zod/mini';
import { getEdition } from '../shared/data/editions';
import { editionView } from '../shared/domain/edition-view';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { Slug } from '../shared/schemas/common.schema';

export const handler = httpHandler(routes.getEdition, { path: z.object({ editionId: Slug }) }, async ({ path, now }) => ({
  body: editionView(await getEdition(path.editionId), now),
}));
