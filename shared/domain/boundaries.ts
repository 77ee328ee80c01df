import { DATED_STAGES, type DatedStage } from '#shared/vocabulary/stages';
import { calendarProblems, windowOf, type CalendarProblem, type Dated, type StageWindow } from './calendar';
import { toSecond, witaWallClock } from '#shared/vocabulary/wita';
import { conflict, invalidInput } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';

/** A stage boundary is the start of a dated stage; what happens there is the boundary's work. */
export type Boundary = DatedStage;
export const BOUNDARIES: readonly Boundary[] = DATED_STAGES;

/** What each boundary does (besides being recorded as done). */
export const BOUNDARY_WORK: Record<Boundary, string> = {
  REGISTRATION: 'open registration',
  SCREENING: 'close registration: freeze submissions, mark drafts never submitted, flag entries by the eligibility rules',
  ASSESSMENT: 'open assessment: submitted entries not screened out become eligible',
  NOMINATION: 'compute the nomination ranking',
  FIELD_VERIFICATION: 'open field verification',
  PRESENTATION: 'open presentations',
  WINNER_DETERMINATION: 'compute the final ranking',
};

export const boundaryInstant = (calendar: Dated, boundary: Boundary): string => windowOf(calendar, boundary).start;

/** Boundaries whose time has come and that are not done yet, in calendar order. */
export const dueBoundaries = (calendar: Dated, now: Date, done: ReadonlySet<Boundary>): Boundary[] =>
  BOUNDARIES.filter((b) => !done.has(b) && toSecond(boundaryInstant(calendar, b)) <= toSecond(now));

/** A short, stable digest (FNV-1a, 32 bits, hex) for names that must fit a length limit. */
const fnv1a = (text: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
};

/** A run-time schedule's name: edition, boundary and the WITA wall-clock time it fires, so a moved
 * boundary gets a new schedule and a re-sent one is recognised. Scheduler names allow [0-9a-zA-Z-_.]
 * and 64 characters: a long edition id is shortened (with a digest of it), never the boundary or time. */
export const scheduleName = (editionId: string, boundary: Boundary, instant: string): string => {
  const tail = `.${boundary}.${witaWallClock(instant).replace(/[-:]/g, '')}`;
  const room = 64 - tail.length;
  return (editionId.length <= room ? editionId : `${editionId.slice(0, room - 9)}-${fnv1a(editionId)}`) + tail;
};

/** A boundary's schedule expression: `at(...)` in WITA wall-clock time, which EventBridge Scheduler
 * reads in `Asia/Makassar`. */
export const boundaryAt = (instant: string): string => `at(${witaWallClock(instant)})`;

/** How long a boundary's delivery is retried before its event goes to the dead-letter queue: the
 * same for the schedules CloudFormation makes and those made at run time. */
export const BOUNDARY_DELIVERY_RETRY = { maximumRetryAttempts: 10, maximumEventAgeSeconds: 6 * 3600 } as const;

export interface MovedBoundary {
  boundary: Boundary;
  from: string;
  to: string;
}

/** Checks a new calendar against the old one at `now`: the windows must be sound (400), and nothing
 * that has already happened may move (409): a started window keeps its start, an ended one its end.
 * Answers the boundaries that move. */
export const calendarChange = (old: Dated, next: readonly StageWindow[], now: Date): MovedBoundary[] => {
  const problems = calendarProblems(next);
  if (problems.length) throw invalidInput(problems, msg('CALENDAR_UNSOUND'));
  const t = toSecond(now);
  const past = next.flatMap((w, i) => {
    const before = old.stages[i];
    const issues: CalendarProblem[] = [];
    if (toSecond(before.start) !== toSecond(w.start) && (toSecond(before.start) <= t || toSecond(w.start) <= t))
      issues.push({ path: ['stages', i, 'start'], message: msg('CALENDAR_START_PASSED', { stage: w.stage, start: before.start }) });
    const oldEnd = before.end === null ? null : toSecond(before.end);
    const newEnd = w.end === null ? null : toSecond(w.end);
    if (oldEnd !== newEnd && ((oldEnd !== null && oldEnd <= t) || (newEnd !== null && newEnd <= t)))
      issues.push({ path: ['stages', i, 'end'], message: msg('CALENDAR_END_PASSED', { stage: w.stage }) });
    return issues;
  });
  if (past.length) throw conflict('CALENDAR_PAST', msg('CALENDAR_PAST'), past, true);
  return next
    .map((w, i) => ({ boundary: w.stage, from: old.stages[i].start, to: w.start }))
    .filter((m) => toSecond(m.from) !== toSecond(m.to));
};
