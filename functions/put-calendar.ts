/** PUT /editions/{editionId}/calendar — API Gateway HTTP API (payload 2.0). The secretariat moves
 * windows that have not ended (a registration extension, perpanjangan, is the common case). The new
 * calendar rules every stage check at once; the moved boundaries' schedules follow. Audited. */
import { putCalendar as contract } from '#shared/contracts/edition.contract';
import { editionView } from '#shared/domain/edition-view';
import { httpHandler } from '#shared/http/handler';
import { ifMatchVersion } from '#shared/http/if-match';
import { moveCalendar } from '#shared/use-cases/revise-edition';

export const handler = httpHandler(contract, async ({ path, body, caller, now, headers }) => {
  const { edition, schedules } = await moveCalendar(path.editionId, body.stages, body.version ?? ifMatchVersion(headers), caller, now);
  return { body: { ...editionView(edition, now), schedules } };
});
