/** (handler) --> follow calendar --> boundary schedules. After a calendar is saved, the boundaries
 * that moved get a schedule at their new time and lose the one at their old time; boundaries whose
 * time has passed are left to the reconciler. The saved calendar is the truth: a schedule that cannot
 * be made is reported (and logged), and the reconciler performs that boundary on its next sweep; a
 * stale schedule that still fires is refused by the calendar. */
import { boundarySchedules } from '#shared/data/boundary-schedules';
import type { MovedBoundary } from '#shared/domain/boundaries';
import { toSecond } from '#shared/vocabulary/wita';
import { logger } from '#shared/logger';

export interface ScheduleChanges {
  created: string[];
  removed: string[];
  /** Schedule changes that failed; the reconciler covers their boundaries. */
  failed: { boundary: string; action: 'create' | 'remove'; error: string }[];
}

export const followCalendar = async (editionId: string, moved: MovedBoundary[], now: Date): Promise<ScheduleChanges> => {
  const schedules = boundarySchedules();
  const changes: ScheduleChanges = { created: [], removed: [], failed: [] };
  const attempt = async (m: MovedBoundary, action: 'create' | 'remove') => {
    try {
      const name = action === 'create' ? await schedules.create(editionId, m.boundary, m.to!) : await schedules.remove(editionId, m.boundary, m.from!);
      (action === 'create' ? changes.created : changes.removed).push(name);
    } catch (err) {
      logger.error('schedule change failed; the reconciler will run this boundary', { editionId, boundary: m.boundary, action, error: (err as Error).message });
      changes.failed.push({ boundary: m.boundary, action, error: (err as Error).name });
    }
  };
  await Promise.all(moved.filter((m) => m.to !== null && toSecond(m.to) > toSecond(now)).map((m) => attempt(m, 'create')));
  await Promise.all(moved.filter((m) => m.from !== null).map((m) => attempt(m, 'remove')));
  return changes;
};
