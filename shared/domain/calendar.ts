import type { ErrorDetail } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import { DATED_STAGES, STAGES, type DatedStage, type Stage } from '#shared/vocabulary/stages';
import { toSecond, toWita } from '#shared/vocabulary/wita';

/** One dated window of the calendar, as stored: ISO instants; WINNER_DETERMINATION's end is null
 * because it lasts until the announcement. */
export interface StageWindow {
  stage: DatedStage;
  start: string;
  end: string | null;
}

export interface CalendarView {
  stage: Stage;
  start: string | null;
  end: string | null;
}

export interface Dated {
  stages: StageWindow[];
  announcedAt?: string | null;
}

export const windowOf = (calendar: Dated, stage: DatedStage): StageWindow => {
  const found = calendar.stages.find((w) => w.stage === stage);
  if (!found) throw new Error(`calendar has no ${stage} window`);
  return found;
};

/** The stage at an instant, decided to the second (start inclusive, end exclusive). */
export const stageAt = (calendar: Dated, instant: Date | number | string): Stage => {
  const t = toSecond(instant);
  if (calendar.announcedAt && t >= toSecond(calendar.announcedAt)) return 'ANNOUNCED';
  // Windows are contiguous (calendarProblems), so the stage is the latest one that has started.
  for (const stage of [...DATED_STAGES].reverse()) if (t >= toSecond(windowOf(calendar, stage).start)) return stage;
  return 'UPCOMING';
};

/** The full calendar as the wire shows it: every stage with its window, in WITA. */
export const calendarView = (calendar: Dated): CalendarView[] => {
  const first = windowOf(calendar, 'REGISTRATION');
  const announced = calendar.announcedAt ? toWita(new Date(calendar.announcedAt)) : null;
  return STAGES.map((stage): CalendarView => {
    if (stage === 'UPCOMING') return { stage, start: null, end: toWita(new Date(first.start)) };
    if (stage === 'ANNOUNCED') return { stage, start: announced, end: null };
    const w = windowOf(calendar, stage);
    const end = w.end ?? (stage === 'WINNER_DETERMINATION' ? announced : null);
    return { stage, start: toWita(new Date(w.start)), end: end === null ? null : toWita(new Date(end)) };
  });
};

export const windowView = (calendar: Dated, stage: Stage): CalendarView =>
  calendarView(calendar).find((w) => w.stage === stage)!;

/** A field of a calendar and what is wrong with it. */
export interface CalendarProblem extends ErrorDetail {
  path: (string | number)[];
}

/** Problems with a calendar's windows: every dated stage once, in order, each starting where the
 * previous ends (no gap, no overlap), each ending after it starts. Empty when it is sound. */
export const calendarProblems = (windows: readonly StageWindow[]): CalendarProblem[] => {
  const problems: CalendarProblem[] = [];
  DATED_STAGES.forEach((stage, i) => {
    const w = windows[i];
    if (!w || w.stage !== stage) {
      problems.push({ path: ['stages', i, 'stage'], message: msg('CALENDAR_STAGE_EXPECTED', { stage, position: i }) });
      return;
    }
    const last = i === DATED_STAGES.length - 1;
    if (!last && w.end === null) problems.push({ path: ['stages', i, 'end'], message: msg('CALENDAR_END_REQUIRED', { stage }) });
    if (last && w.end !== null) problems.push({ path: ['stages', i, 'end'], message: msg('CALENDAR_END_MUST_BE_NULL', { stage }) });
    if (w.end !== null && toSecond(w.end) <= toSecond(w.start))
      problems.push({ path: ['stages', i, 'end'], message: msg('CALENDAR_END_BEFORE_START', { stage }) });
    const next = windows[i + 1];
    if (!last && next && w.end !== null && toSecond(next.start) !== toSecond(w.end))
      problems.push({ path: ['stages', i + 1, 'start'], message: msg('CALENDAR_GAP', { stage: next.stage, previous: stage, end: w.end }) });
  });
  if (windows.length > DATED_STAGES.length) problems.push({ path: ['stages'], message: msg('CALENDAR_WINDOW_COUNT', { count: DATED_STAGES.length }) });
  return problems;
};
