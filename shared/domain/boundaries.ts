import { BOUNDARIES, DATED_STAGES, type Boundary } from '#shared/vocabulary/stages';
import { calendarProblems, windowOf, type CalendarProblem, type Dated, type StageWindow } from './calendar';
import { toSecond, witaWallClock } from '#shared/vocabulary/wita';
import { conflict, invalidInput } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import { objectionWindowOf } from './objections';

/** A boundary is an instant of the calendar the stage clock acts at: the start of each dated stage,
 * and — for an edition that holds a public objection period — the period's end. */
export { BOUNDARIES, type Boundary };

type Calendar = Dated & { objectionWindow?: { days?: number } };

/** What each boundary does (besides being recorded as done). */
export const BOUNDARY_WORK: Record<Boundary, string> = {
  REGISTRATION: 'open registration',
  SCREENING: 'close registration: freeze submissions, mark drafts never submitted, flag entries by the eligibility rules',
  ASSESSMENT: 'open assessment: submitted entries not screened out become eligible',
  NOMINATION: 'compute the nomination ranking',
  FIELD_VERIFICATION: 'open field verification',
  PRESENTATION: 'open presentations',
  WINNER_DETERMINATION: 'compute the final ranking',
  OBJECTION_CLOSE: 'close the public objection period: its tally goes into the audit trail',
};

/** The boundaries an edition has: every stage's start, and the objection period's end if it has one. */
export const boundariesOf = (calendar: Calendar): Boundary[] => (objectionWindowOf(calendar) ? [...BOUNDARIES] : [...DATED_STAGES]);

export const boundaryInstant = (calendar: Calendar, boundary: Boundary): string => {
  if (boundary !== 'OBJECTION_CLOSE') return windowOf(calendar, boundary).start;
  const window = objectionWindowOf(calendar);
  if (!window) throw new Error('this edition has no objection period');
  return window.end;
};

/** An edition's boundaries in the order they fall (stage order among equal instants). */
export const boundariesInOrder = (calendar: Calendar): Boundary[] =>
  boundariesOf(calendar)
    .map((b, i) => ({ b, i, t: toSecond(boundaryInstant(calendar, b)) }))
    .sort((x, y) => x.t - y.t || x.i - y.i)
    .map((x) => x.b);

/** Boundaries whose time has come and that are not done yet, in the order they fall. */
export const dueBoundaries = (calendar: Calendar, now: Date, done: ReadonlySet<Boundary>): Boundary[] =>
  boundariesInOrder(calendar).filter((b) => !done.has(b) && toSecond(boundaryInstant(calendar, b)) <= toSecond(now));

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

/** A boundary whose instant changed; `from` null: it is new (a new edition, an objection period
 * turned on); `to` null: it is gone (the period turned off). */
export interface MovedBoundary {
  boundary: Boundary;
  from: string | null;
  to: string | null;
}

/** The boundaries that differ between two versions of an edition (`before` null: a new edition). */
export const movedBoundaries = (before: Calendar | null, after: Calendar): MovedBoundary[] => {
  const instantsOf = (c: Calendar | null) => new Map(c ? boundariesOf(c).map((b) => [b, boundaryInstant(c, b)] as const) : []);
  const [was, will] = [instantsOf(before), instantsOf(after)];
  return BOUNDARIES.map((boundary) => ({ boundary, from: was.get(boundary) ?? null, to: will.get(boundary) ?? null })).filter(
    (m) => (m.from === null ? null : toSecond(m.from)) !== (m.to === null ? null : toSecond(m.to)),
  );
};

/** Checks a new calendar against the old one at `now`: the windows must be sound (400), and nothing
 * that has already happened may move (409): a started window keeps its start, an ended one its end.
 * Answers the boundaries that move. */
export const calendarChange = (old: Calendar, next: readonly StageWindow[], now: Date): MovedBoundary[] => {
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
  return movedBoundaries(old, { ...old, stages: [...next] });
};
