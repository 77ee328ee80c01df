import { conflict } from '../errors';
import { calendarView, stageAt, type Dated } from './calendar';
import type { Stage } from './stages';

/** Refuses an action outside the stages that allow it: 409 naming the current stage and its window,
 * and the windows in which the action would be allowed. */
export const requireStage = (edition: Dated, now: Date, allowed: readonly Stage[], action: string): Stage => {
  const current = stageAt(edition, now);
  if (allowed.includes(current)) return current;
  const view = calendarView(edition);
  const window = view.find((w) => w.stage === current)!;
  throw conflict('WRONG_STAGE', `${action} is not possible during ${current} (${window.start ?? '…'} – ${window.end ?? '…'})`, [
    { message: 'current stage', stage: current, start: window.start, end: window.end },
    ...view.filter((w) => allowed.includes(w.stage)).map((w) => ({ message: 'allowed stage', stage: w.stage, start: w.start, end: w.end })),
  ]);
};
