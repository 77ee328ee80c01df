import { conflict } from '#shared/errors';
import { msg, type ActionKey } from '#shared/messages/catalogue';
import { calendarView, stageAt, type Dated } from './calendar';
import type { Stage } from '#shared/vocabulary/stages';

/** Refuses an action outside the stages that allow it: 409 naming the current stage and its window,
 * and the windows in which the action would be allowed. `action` is the catalogue's wording of what
 * was refused. */
export const requireStage = (edition: Dated, now: Date, allowed: readonly Stage[], action: ActionKey): Stage => {
  const current = stageAt(edition, now);
  if (allowed.includes(current)) return current;
  const view = calendarView(edition);
  const window = view.find((w) => w.stage === current)!;
  throw conflict('WRONG_STAGE', msg('WRONG_STAGE', { action, stage: current, start: window.start, end: window.end }), [
    { message: msg('DETAIL_CURRENT_STAGE'), stage: current, start: window.start, end: window.end },
    ...view.filter((w) => allowed.includes(w.stage)).map((w) => ({ message: msg('DETAIL_ALLOWED_STAGE'), stage: w.stage, start: w.start, end: w.end })),
  ]);
};
