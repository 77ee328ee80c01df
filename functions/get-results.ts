/** GET /editions/{editionId}/results — API Gateway HTTP API (payload 2.0). Public once ANNOUNCED:
 * nominees and winners per category, without judges' identities or scores. */
import { editionRef, requireEdition } from '../shared/data/editions';
import { rankingHeaderRef } from '../shared/data/rankings';
import { getAll } from '../shared/data/dynamo';
import { requireStage } from '../shared/domain/stage-rules';
import { httpHandler } from '../shared/http/handler';
import { getResults as contract } from '../shared/contracts/ranking.contract';

export const handler = httpHandler(contract, async ({ path, now }) => {
  const [found, nomination, final] = await getAll([editionRef(path.editionId), rankingHeaderRef(path.editionId, 'nomination'), rankingHeaderRef(path.editionId, 'final')] as const);
  const edition = requireEdition(found, path.editionId);
  requireStage(edition, now, ['ANNOUNCED'], 'ACTION_READ_RESULTS');
  return { body: { editionId: edition.id, announcedAt: edition.announcedAt, nominees: nomination?.summary ?? {}, winners: final?.summary ?? {} } };
});
