import type { Edition, EditionView } from '#shared/schemas/edition.schema';
import { calendarView, stageAt } from './calendar';
import { isObjectionWindowOpen, objectionWindowOf } from './objections';

/** An edition as the API shows it; with an objection window, its dates and whether it is open now
 * (it runs beside the stages, so it is not one of `stages`). */
export const editionView = (edition: Edition, now: Date): EditionView => {
  const window = objectionWindowOf(edition);
  return {
    ...edition,
    stages: calendarView(edition),
    currentStage: stageAt(edition, now),
    ...(window && { objectionPeriod: { ...window, open: isObjectionWindowOpen(window, now) } }),
  };
};
