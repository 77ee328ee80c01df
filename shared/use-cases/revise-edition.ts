/** (handler) --> revise an edition --> calendar and boundary rules, editions data, follow the calendar.
 * The secretariat creates next year's edition, revises it before it starts, or moves the windows of
 * a running one; the boundary schedules follow whatever moved. Every change is audited. */
import { editionSubject } from '#shared/data/audit';
import { createEdition, findEdition, getEdition, saveEdition } from '#shared/data/editions';
import { calendarChange, movedBoundaries } from '#shared/domain/boundaries';
import { calendarProblems, type StageWindow } from '#shared/domain/calendar';
import { nextRevision, requireSameVersion } from '#shared/domain/optimistic-lock';
import { requireStage } from '#shared/domain/stage-rules';
import { conflict, invalidInput } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { Edition, EditionInput } from '#shared/schemas/edition.schema';
import type { Caller } from '#shared/vocabulary/caller';
import { toSecond, toWita } from '#shared/vocabulary/wita';
import { followCalendar, type ScheduleChanges } from './follow-calendar';
import { notifyExtensions } from './notify';

export interface EditionChange {
  edition: Edition;
  schedules: ScheduleChanges;
}

const NOTHING_SCHEDULED: ScheduleChanges = { created: [], removed: [], failed: [] };

/** Creates `editionId` from `input`, or revises it while it is still UPCOMING. */
export const putEdition = async (editionId: string, input: EditionInput, expectedVersion: number | undefined, caller: Caller, now: Date): Promise<EditionChange & { created: boolean }> => {
  const problems = calendarProblems(input.stages);
  if (problems.length) throw invalidInput(problems, msg('CALENDAR_UNSOUND'));
  const existing = await findEdition(editionId);
  const at = toWita(now);
  if (!existing) {
    if (toSecond(input.stages[0].start) <= toSecond(now))
      throw conflict('CALENDAR_PAST', msg('NEW_EDITION_IN_PAST'), [{ path: ['stages', 0, 'start'], message: msg('REGISTRATION_START_AFTER', { at }) }], true);
    const edition: Edition = { ...input, id: editionId, announcedAt: null, createdAt: at, updatedAt: at, version: 1 };
    await createEdition(edition);
    const schedules = await followCalendar(edition.id, movedBoundaries(null, edition), now);
    return { edition, schedules, created: true };
  }
  requireStage(existing, now, ['UPCOMING'], 'ACTION_REVISE_EDITION');
  requireSameVersion('edition', expectedVersion, existing.version);
  calendarChange(existing, input.stages, now);
  const edition: Edition = { ...existing, ...input, ...nextRevision(existing, at) };
  // Also what the revision did to the objection period (turned on or off, or longer).
  const moved = movedBoundaries(existing, edition);
  await saveEdition(edition, existing.version, { subject: editionSubject(existing.id), at, who: caller.userId, action: 'EDITION_REVISED', before: existing, after: edition });
  return { edition, schedules: await followCalendar(existing.id, moved, now), created: false };
};

/** Moves the windows of `editionId` that have not ended (a registration extension, say); whoever
 * faces a window that now ends later is told. */
export const moveCalendar = async (editionId: string, stages: StageWindow[], expectedVersion: number | undefined, caller: Caller, now: Date): Promise<EditionChange> => {
  const edition = await getEdition(editionId);
  if (edition.announcedAt) throw conflict('ANNOUNCED', msg('CALENDAR_CLOSED'));
  requireSameVersion('edition', expectedVersion, edition.version);
  const moved = calendarChange(edition, stages, now);
  if (moved.length === 0) return { edition, schedules: NOTHING_SCHEDULED };
  const at = toWita(now);
  const next = { ...edition, stages, ...nextRevision(edition, at) };
  await saveEdition(next, edition.version, { subject: editionSubject(edition.id), at, who: caller.userId, action: 'CALENDAR_CHANGED', before: { stages: edition.stages }, after: { stages: next.stages, moved } });
  await notifyExtensions(edition, next, now);
  return { edition: next, schedules: await followCalendar(edition.id, moved, now) };
};
