/** GET /editions/{editionId}/results — API Gateway HTTP API (payload 2.0). Public once ANNOUNCED:
 * nominees and winners per category, without judges' identities or scores. */
import * as z from 'zod/mini';
import { getEdition } from '../shared/data/editions';
import { findRankingHeader } from '../shared/data/rankings';
import { requireStage } from '../shared/domain/stage-rules';
import { httpHandler } from '../shared/http/handler';
import { routes } from '../shared/http/routes';
import { Slug } from '../shared/schemas/common.schema';

export const handler = httpHandler(routes.getResults, { path: z.object({ editionId: Slug }) }, async ({ path, now }) => {
  const [edition, nomination, final] = await Promise.all([getEdition(path.editionId), findRankingHeader(path.editionId, 'nomination'), findRankingHeader(path.editionId, 'final')]);
  requireStage(edition, now, ['ANNOUNCED'], 'ACTION_READ_RESULTS');
  return { body: { editionId: edition.id, announcedAt: edition.announcedAt, nominees: nomination?.summary ?? {}, winners: final?.summary ?? {} } };
});
