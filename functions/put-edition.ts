/** PUT /editions/{editionId} — API Gateway HTTP API (payload 2.0). The secretariat creates next
 * year's edition (calendar, categories, rubric, weights), or revises it while it is still UPCOMING;
 * its boundary schedules follow. Audited. */
import { putEdition as contract } from '#shared/contracts/edition.contract';
import { editionView } from '#shared/domain/edition-view';
import { httpHandler } from '#shared/http/handler';
import { putEdition } from '#shared/use-cases/revise-edition';

export const handler = httpHandler(contract, async ({ path, body, caller, now }) => {
  const { version, ...input } = body;
  const { edition, schedules, created } = await putEdition(path.editionId, input, version, caller, now);
  return { status: created ? 201 : 200, body: { ...editionView(edition, now), schedules } };
});
