import type { Edition, EditionView } from '../schemas/edition.schema';
import { calendarView, stageAt } from './calendar';

export const editionView = (edition: Edition, now: Date): EditionView => ({
  ...edition,
  stages: calendarView(edition),
  currentStage: stageAt(edition, now),
});
