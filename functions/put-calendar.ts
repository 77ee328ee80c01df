/** PUT /editions/{editionId}/calendar — API Gateway HTTP API (payload 2.0). The secretariat moves
 * windows that have not ended (a registration extension, perpanjangan, is the common case). The new
 * calendar rules every stage check at once; the moved boundaries' schedules follow. Audited. */
import { editionSubject } from '../shared/data/audit';
import { getEdition, saveEdition } from '../shared/data/editions';
import { calendarChange } from '../shared/domain/boundaries';
import { editionView } from '../shared/domain/edition-view';
import { nextRevision, requireSameVersion } from '../shared/domain/optimistic-lock';
import { toWita } from '../shared/vocabulary/wita';
import { conflict } from '../shared/errors';
import { msg } from '../shared/messages/catalogue';
import { httpHandler } from '../shared/http/handler';
import { ifMatchVersion } from '../shared/http/if-match';
import { putCalendar as contract } from '../shared/contracts/edition.contract';
import { followCalendar } from '../shared/use-cases/follow-calendar';


export const handler = httpHandler(contract, async ({ path, body, caller, now, headers }) => {
  const edition = await getEdition(path.editionId);
  if (edition.announcedAt) throw conflict('ANNOUNCED', msg('CALENDAR_CLOSED'));
  requireSameVersion('edition', body.version ?? ifMatchVersion(headers), edition.version);
  const moved = calendarChange(edition, body.stages, now);
  if (moved.length === 0) return { body: { ...editionView(edition, now), schedules: { created: [], removed: [], failed: [] } } };
  const at = toWita(now);
  const next = { ...edition, stages: body.stages, ...nextRevision(edition, at) };
  await saveEdition(next, edition.version, { subject: editionSubject(edition.id), at, who: caller.userId, action: 'CALENDAR_CHANGED', before: { stages: edition.stages }, after: { stages: next.stages, moved } });
  const schedules = await followCalendar(edition.id, moved, now);
  return { body: { ...editionView(next, now), schedules } };
});
