/** GET /editions — API Gateway HTTP API (payload 2.0). Every edition, newest first (by the start of
 * its registration), each with its calendar and the stage it is in now: the web app's home finds the
 * current one here, and a participant's history spans them. Public. */
import { listEditions as contract } from '#shared/contracts/edition.contract';
import { allEditions } from '#shared/data/editions';
import { editionView } from '#shared/domain/edition-view';
import { httpHandler } from '#shared/http/handler';
import { toSecond } from '#shared/vocabulary/wita';

export const handler = httpHandler(contract, async ({ now }) => ({
  body: {
    items: (await allEditions())
      .sort((a, b) => toSecond(b.stages[0].start) - toSecond(a.stages[0].start))
      .map((e) => editionView(e, now)),
  },
}));
