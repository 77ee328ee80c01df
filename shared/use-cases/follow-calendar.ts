/** (handler) --> follow calendar --> boundary schedules. After a calendar is saved, the boundaries
 * that moved get a schedule at their new time and lose the one at their old time; boundaries whose
 * time has passed are left to the reconciler. A stale schedule that still fires is refused by the
 * calendar, so a failure here delays a boundary by at most one reconciler period, never misfires it. */
import { boundarySchedules } from '../data/boundary-schedules';
import type { MovedBoundary } from '../domain/boundaries';
import { toSecond } from '../domain/wita';

export interface ScheduleChanges {
  created: string[];
  removed: string[];
}

export const followCalendar = async (editionId: string, moved: MovedBoundary[], now: Date, previousExisted = true): Promise<ScheduleChanges> => {
  const schedules = boundarySchedules();
  const future = moved.filter((m) => toSecond(m.to) > toSecond(now));
  const created = await Promise.all(future.map((m) => schedules.create(editionId, m.boundary, m.to)));
  const removed = previousExisted ? await Promise.all(moved.map((m) => schedules.remove(editionId, m.boundary, m.from))) : [];
  return { created, removed };
};
