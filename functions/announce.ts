/** POST /editions/{editionId}/announcement — API Gateway HTTP API (payload 2.0). The secretariat
 * publishes the winners during WINNER_DETERMINATION, once the final ranking is computed: the edition
 * becomes ANNOUNCED and the results public, and each winner is told. Audited. */
import { editionSubject } from '#shared/data/audit';
import { editionRef, requireEdition, saveEdition } from '#shared/data/editions';
import { rankingHeaderRef } from '#shared/data/rankings';
import { getAll, TRANSACTION_ITEMS } from '#shared/data/dynamo';
import { editionView } from '#shared/domain/edition-view';
import { nextRevision } from '#shared/domain/optimistic-lock';
import { requireStage } from '#shared/domain/stage-rules';
import { toWita } from '#shared/vocabulary/wita';
import { conflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import { httpHandler } from '#shared/http/handler';
import { announce as contract } from '#shared/contracts/ranking.contract';
import { notificationsFor, notifyAfter, rankedNotifications } from '#shared/use-cases/notify';

export const handler = httpHandler(contract, async ({ path, caller, now }) => {
  const [found, finalRanking] = await getAll([editionRef(path.editionId), rankingHeaderRef(path.editionId, 'final')] as const);
  const edition = requireEdition(found, path.editionId);
  requireStage(edition, now, ['WINNER_DETERMINATION'], 'ACTION_ANNOUNCE');
  if (!finalRanking) throw conflict('FINAL_RANKING_FIRST', msg('FINAL_RANKING_FIRST'));
  const at = toWita(now);
  const next = { ...edition, announcedAt: at, ...nextRevision(edition, at) };
  // The winners' messages are written with the announcement, as many as its transaction carries
  // beside the edition and its audit record (a few per category: all of them, in practice).
  const winners = await notificationsFor(`winners of ${edition.id}`, () => rankedNotifications(finalRanking, now));
  const room = TRANSACTION_ITEMS - 2;
  await saveEdition(
    next,
    edition.version,
    {
      subject: editionSubject(edition.id),
      at,
      who: caller.userId,
      action: 'ANNOUNCED',
      before: { announcedAt: null },
      after: { announcedAt: at, finalRanking: finalRanking.digest },
    },
    winners.slice(0, room),
  );
  await notifyAfter(`winners of ${edition.id}`, () => winners.slice(room));
  return { body: editionView(next, now) };
});
