/** PUT /editions/{editionId} — API Gateway HTTP API (payload 2.0). The secretariat creates next
 * year's edition (calendar, categories, rubric, weights), or revises it while it is still UPCOMING;
 * its boundary schedules follow. Audited. */
import { editionSubject } from '../shared/data/audit';
import { createEdition, findEdition, saveEdition } from '../shared/data/editions';
import { BOUNDARIES, calendarChange } from '../shared/domain/boundaries';
import { calendarProblems } from '../shared/domain/calendar';
import { editionView } from '../shared/domain/edition-view';
import { nextRevision, requireSameVersion } from '../shared/domain/optimistic-lock';
import { requireStage } from '../shared/domain/stage-rules';
import { toSecond, toWita } from '../shared/vocabulary/wita';
import { conflict, invalidInput } from '../shared/errors';
import { msg } from '../shared/messages/catalogue';
import { httpHandler } from '../shared/http/handler';
import { putEdition as contract } from '../shared/contracts/edition.contract';
import { type Edition } from '../shared/schemas/edition.schema';
import { followCalendar } from '../shared/use-cases/follow-calendar';


export const handler = httpHandler(contract, async ({ path, body, caller, now }) => {
  const { version, ...input } = body;
  const problems = calendarProblems(input.stages);
  if (problems.length) throw invalidInput(problems, msg('CALENDAR_UNSOUND'));
  const existing = await findEdition(path.editionId);
  const at = toWita(now);
  if (!existing) {
    if (toSecond(input.stages[0].start) <= toSecond(now))
      throw conflict('CALENDAR_PAST', msg('NEW_EDITION_IN_PAST'), [{ path: ['stages', 0, 'start'], message: msg('REGISTRATION_START_AFTER', { at }) }], true);
    const edition: Edition = { ...input, id: path.editionId, announcedAt: null, createdAt: at, updatedAt: at, version: 1 };
    await createEdition(edition);
    const schedules = await followCalendar(edition.id, BOUNDARIES.map((b, i) => ({ boundary: b, from: input.stages[i].start, to: input.stages[i].start })), now, false);
    return { status: 201, body: { ...editionView(edition, now), schedules } };
  }
  requireStage(existing, now, ['UPCOMING'], 'ACTION_REVISE_EDITION');
  requireSameVersion('edition', version, existing.version);
  const moved = calendarChange(existing, input.stages, now);
  const next: Edition = { ...existing, ...input, ...nextRevision(existing, at) };
  await saveEdition(next, existing.version, { subject: editionSubject(existing.id), at, who: caller.userId, action: 'EDITION_REVISED', before: existing, after: next });
  return { body: { ...editionView(next, now), schedules: await followCalendar(existing.id, moved, now) } };
});
