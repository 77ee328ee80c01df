/** Issue 5, the pure rules of stage boundaries: when a boundary is due (to the second, in WITA), what
 * its run-time schedule is called, and which calendar changes are sound (400) and allowed (409). */
import { BOUNDARIES, boundariesOf, calendarChange, dueBoundaries, movedBoundaries, scheduleName, type Boundary } from '#shared/domain/boundaries';
import type { Dated, StageWindow } from '#shared/domain/calendar';
import { seedEdition } from '#shared/domain/seed-edition';
import { AppError } from '#shared/errors';

const seed: Dated = { stages: seedEdition.stages };
const at = (iso: string) => new Date(iso);

/** The seed calendar's boundaries: the last second before each and its first second (WITA). */
const SEED = [
  { boundary: 'REGISTRATION', before: '2023-10-10T23:59:59+08:00', at: '2023-10-11T00:00:00+08:00' },
  { boundary: 'SCREENING', before: '2023-10-13T23:59:59+08:00', at: '2023-10-14T00:00:00+08:00' },
  { boundary: 'ASSESSMENT', before: '2023-10-31T23:59:59+08:00', at: '2023-11-01T00:00:00+08:00' },
  { boundary: 'NOMINATION', before: '2023-11-20T11:59:59+08:00', at: '2023-11-20T12:00:00+08:00' },
  { boundary: 'FIELD_VERIFICATION', before: '2023-11-20T17:59:59+08:00', at: '2023-11-20T18:00:00+08:00' },
  { boundary: 'PRESENTATION', before: '2023-11-26T23:59:59+08:00', at: '2023-11-27T00:00:00+08:00' },
  { boundary: 'WINNER_DETERMINATION', before: '2023-12-08T23:59:59+08:00', at: '2023-12-09T00:00:00+08:00' },
] as const;

/** The seed calendar with some windows' instants replaced (by stage). */
const withWindows = (changes: Partial<Record<Boundary, Partial<StageWindow>>>): StageWindow[] =>
  seedEdition.stages.map((w) => ({ ...w, ...changes[w.stage] }));

/** The seed calendar with one boundary moved: the stage before ends, and the stage starts, at `to`. */
const moveBoundary = (boundary: Boundary, to: string): StageWindow[] => {
  const i = BOUNDARIES.indexOf(boundary);
  return seedEdition.stages.map((w, j) => (j === i ? { ...w, start: to } : j === i - 1 ? { ...w, end: to } : { ...w }));
};

const thrown = (f: () => unknown): AppError => {
  try {
    f();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError, nothing was thrown');
};
const paths = (err: AppError) => (err.details ?? []).map((d) => (d.path ?? []).join('.'));

describe('dueBoundaries', () => {
  test.each(SEED.map((b, i) => [b.boundary, b.before, b.at, i] as const))('%s is not due at %s and due at %s', (boundary, before, instant, i) => {
    const earlier = new Set<Boundary>(BOUNDARIES.slice(0, i));
    expect(dueBoundaries(seed, at(before), earlier)).toEqual([]);
    expect(dueBoundaries(seed, at(instant), earlier)).toEqual([boundary]);
    // Decided to the second: the last millisecond before is still before.
    expect(dueBoundaries(seed, new Date(at(instant).getTime() - 1), earlier)).toEqual([]);
  });

  test('nothing done yet: every boundary whose time has come, in calendar order; done ones are left out', () => {
    expect(dueBoundaries(seed, at('2023-09-30T00:00:00+08:00'), new Set())).toEqual([]);
    expect(dueBoundaries(seed, at('2023-11-20T12:00:00+08:00'), new Set())).toEqual(['REGISTRATION', 'SCREENING', 'ASSESSMENT', 'NOMINATION']);
    expect(dueBoundaries(seed, at('2023-11-20T12:00:00+08:00'), new Set(['SCREENING', 'NOMINATION'] as Boundary[]))).toEqual(['REGISTRATION', 'ASSESSMENT']);
    expect(dueBoundaries(seed, at('2030-01-01T00:00:00+08:00'), new Set())).toEqual(BOUNDARIES.filter((b) => b !== 'OBJECTION_CLOSE'));
    expect(dueBoundaries(seed, at('2030-01-01T00:00:00+08:00'), new Set(BOUNDARIES))).toEqual([]);
  });

  test('the instant is WITA however it is written: 2023-10-13T16:00:00Z is SCREENING\'s first second', () => {
    const done = new Set<Boundary>(['REGISTRATION']);
    expect(dueBoundaries(seed, at('2023-10-13T15:59:59Z'), done)).toEqual([]);
    expect(dueBoundaries(seed, at('2023-10-13T16:00:00Z'), done)).toEqual(['SCREENING']);
  });
});

describe('scheduleName', () => {
  test('edition, boundary and the WITA wall-clock time it fires', () => {
    expect(scheduleName('pik-2023', 'SCREENING', '2023-10-14T00:00:00+08:00')).toBe('pik-2023.SCREENING.20231014T000000');
    expect(seedEdition.stages.map((w) => scheduleName('pik-2023', w.stage, w.start))).toEqual([
      'pik-2023.REGISTRATION.20231011T000000',
      'pik-2023.SCREENING.20231014T000000',
      'pik-2023.ASSESSMENT.20231101T000000',
      'pik-2023.NOMINATION.20231120T120000',
      'pik-2023.FIELD_VERIFICATION.20231120T180000',
      'pik-2023.PRESENTATION.20231127T000000',
      'pik-2023.WINNER_DETERMINATION.20231209T000000',
    ]);
  });

  test('deterministic: the same instant written in UTC, or with milliseconds, has the same name (never the UTC wall clock)', () => {
    const name = scheduleName('pik-2023', 'SCREENING', '2023-10-14T00:00:00+08:00');
    expect(scheduleName('pik-2023', 'SCREENING', '2023-10-13T16:00:00Z')).toBe(name);
    expect(scheduleName('pik-2023', 'SCREENING', '2023-10-13T16:00:00.000Z')).toBe(name);
    expect(scheduleName('pik-2023', 'SCREENING', '2023-10-14T00:00:00.750+08:00')).toBe(name);
    expect(scheduleName('pik-2023', 'SCREENING', '2023-10-14T00:00:00+08:00')).toBe(name);
    expect(name).not.toContain('20231013T160000');
  });

  test('a moved boundary, another boundary or another edition gets another name', () => {
    const names = [
      scheduleName('pik-2023', 'SCREENING', '2023-10-14T00:00:00+08:00'),
      scheduleName('pik-2023', 'SCREENING', '2023-10-16T00:00:00+08:00'),
      scheduleName('pik-2023', 'SCREENING', '2023-10-14T00:00:01+08:00'),
      scheduleName('pik-2023', 'ASSESSMENT', '2023-10-14T00:00:00+08:00'),
      scheduleName('pik-2024', 'SCREENING', '2023-10-14T00:00:00+08:00'),
    ];
    expect(new Set(names).size).toBe(names.length);
  });

  test('a long edition id (a slug may have 64 characters) still gives a valid name of at most 64 that keeps the boundary and time', () => {
    const long = 'pekan-inovasi-dan-kreativitas-kabupaten-kutai-kartanegara-2024-x';
    expect(long).toHaveLength(64);
    for (const w of seedEdition.stages) {
      const name = scheduleName(long, w.stage, w.start);
      expect(name).toMatch(/^[0-9A-Za-z_.-]{1,64}$/);
      expect(name.endsWith(`.${w.stage}.${scheduleName('x', w.stage, w.start).split('.')[2]}`)).toBe(true);
    }
    // Two times of a boundary, and two long ids sharing a prefix, never share a schedule.
    expect(scheduleName(long, 'WINNER_DETERMINATION', '2024-12-09T00:00:00+08:00')).not.toBe(scheduleName(long, 'WINNER_DETERMINATION', '2024-12-10T00:00:00+08:00'));
    expect(scheduleName(`${long.slice(0, 63)}y`, 'WINNER_DETERMINATION', '2024-12-09T00:00:00+08:00')).not.toBe(scheduleName(long, 'WINNER_DETERMINATION', '2024-12-09T00:00:00+08:00'));
    expect(scheduleName(long, 'SCREENING', '2024-10-14T00:00:00+08:00')).toBe(scheduleName(long, 'SCREENING', '2024-10-14T00:00:00+08:00'));
  });
});

describe('calendarChange', () => {
  const DURING_REGISTRATION = at('2023-10-12T09:00:00+08:00');

  test('extending REGISTRATION while it is open (perpanjangan) moves SCREENING\'s start, and is accepted', () => {
    const next = moveBoundary('SCREENING', '2023-10-16T00:00:00+08:00');
    expect(next[0]).toEqual({ stage: 'REGISTRATION', start: '2023-10-11T00:00:00+08:00', end: '2023-10-16T00:00:00+08:00' });
    expect(next[1]).toEqual({ stage: 'SCREENING', start: '2023-10-16T00:00:00+08:00', end: '2023-11-01T00:00:00+08:00' });
    expect(calendarChange(seed, next, DURING_REGISTRATION)).toEqual([{ boundary: 'SCREENING', from: '2023-10-14T00:00:00+08:00', to: '2023-10-16T00:00:00+08:00' }]);
  });

  test('an extension is still accepted in the window\'s last second, and refused in the first second after it', () => {
    const next = moveBoundary('SCREENING', '2023-10-16T00:00:00+08:00');
    expect(calendarChange(seed, next, at('2023-10-13T23:59:59+08:00'))).toHaveLength(1);
    const err = thrown(() => calendarChange(seed, next, at('2023-10-14T00:00:00+08:00')));
    expect(err.kind).toBe('conflict');
  });

  test('shortening an open window, or moving windows that have not started, is accepted; each moved start is answered', () => {
    expect(calendarChange(seed, moveBoundary('SCREENING', '2023-10-13T00:00:00+08:00'), DURING_REGISTRATION)).toEqual([
      { boundary: 'SCREENING', from: '2023-10-14T00:00:00+08:00', to: '2023-10-13T00:00:00+08:00' },
    ]);
    const later = withWindows({
      ASSESSMENT: { end: '2023-11-21T12:00:00+08:00' },
      NOMINATION: { start: '2023-11-21T12:00:00+08:00', end: '2023-11-21T18:00:00+08:00' },
      FIELD_VERIFICATION: { start: '2023-11-21T18:00:00+08:00' },
    });
    expect(calendarChange(seed, later, DURING_REGISTRATION).map((m) => m.boundary)).toEqual(['NOMINATION', 'FIELD_VERIFICATION']);
  });

  test('the same calendar, written in UTC or with milliseconds, moves nothing', () => {
    const utc = seedEdition.stages.map((w) => ({ ...w, start: new Date(w.start).toISOString(), end: w.end && new Date(w.end).toISOString() }));
    expect(calendarChange(seed, utc, DURING_REGISTRATION)).toEqual([]);
    expect(calendarChange(seed, withWindows({}), at('2023-12-20T00:00:00+08:00'))).toEqual([]);
  });

  test('overlapping windows are 400 with the failing path', () => {
    const overlap = withWindows({ SCREENING: { end: '2023-11-02T00:00:00+08:00' } });
    const err = thrown(() => calendarChange(seed, overlap, DURING_REGISTRATION));
    expect({ kind: err.kind, code: err.code }).toEqual({ kind: 'invalid-input', code: 'INVALID_INPUT' });
    expect(paths(err)).toEqual(['stages.2.start']);
  });

  test('a gap between windows is 400 with the failing path', () => {
    const gap = withWindows({ REGISTRATION: { end: '2023-10-15T00:00:00+08:00' }, SCREENING: { start: '2023-10-16T00:00:00+08:00' } });
    const err = thrown(() => calendarChange(seed, gap, DURING_REGISTRATION));
    expect(err.kind).toBe('invalid-input');
    expect(paths(err)).toEqual(['stages.1.start']);
  });

  test('a window ending before it starts, windows out of order and a missing window are 400', () => {
    const backwards = withWindows({ NOMINATION: { start: '2023-11-20T12:00:00+08:00', end: '2023-11-20T11:00:00+08:00' } });
    expect(paths(thrown(() => calendarChange(seed, backwards, DURING_REGISTRATION)))).toContain('stages.3.end');
    const swapped = [seedEdition.stages[1], seedEdition.stages[0], ...seedEdition.stages.slice(2)];
    const err = thrown(() => calendarChange(seed, swapped, DURING_REGISTRATION));
    expect(err.kind).toBe('invalid-input');
    expect(paths(err)).toEqual(expect.arrayContaining(['stages.0.stage', 'stages.1.stage']));
    expect(thrown(() => calendarChange(seed, seedEdition.stages.slice(0, 6), DURING_REGISTRATION)).kind).toBe('invalid-input');
  });

  test('soundness is judged before time: an unsound change of the past is 400, not 409', () => {
    const overlap = withWindows({ REGISTRATION: { end: '2023-10-15T00:00:00+08:00' } });
    expect(thrown(() => calendarChange(seed, overlap, at('2023-11-05T00:00:00+08:00'))).kind).toBe('invalid-input');
  });

  test('moving a window that has ended is 409', () => {
    const err = thrown(() => calendarChange(seed, moveBoundary('SCREENING', '2023-10-13T00:00:00+08:00'), at('2023-10-20T09:00:00+08:00')));
    expect({ kind: err.kind, code: err.code }).toEqual({ kind: 'conflict', code: 'CALENDAR_PAST' });
    expect(paths(err)).toEqual(['stages.0.end', 'stages.1.start']);
    // Extending an ended window (reopening it) is no better.
    const reopen = thrown(() => calendarChange(seed, moveBoundary('SCREENING', '2023-10-25T00:00:00+08:00'), at('2023-10-20T09:00:00+08:00')));
    expect(reopen.kind).toBe('conflict');
  });

  test('moving a start that has passed is 409, whether earlier or later', () => {
    for (const start of ['2023-10-10T00:00:00+08:00', '2023-10-12T12:00:00+08:00']) {
      const err = thrown(() => calendarChange(seed, withWindows({ REGISTRATION: { start } }), DURING_REGISTRATION));
      expect({ kind: err.kind, code: err.code }).toEqual({ kind: 'conflict', code: 'CALENDAR_PAST' });
      expect(paths(err)).toEqual(['stages.0.start']);
    }
  });

  test('setting a time in the past is 409: closing an open window before now', () => {
    const err = thrown(() => calendarChange(seed, moveBoundary('SCREENING', '2023-10-12T08:00:00+08:00'), DURING_REGISTRATION));
    expect({ kind: err.kind, code: err.code }).toEqual({ kind: 'conflict', code: 'CALENDAR_PAST' });
    expect(paths(err)).toEqual(['stages.0.end', 'stages.1.start']);
  });

  test('setting a boundary at the current second is in the past (409); one second later is the future', () => {
    expect(thrown(() => calendarChange(seed, moveBoundary('SCREENING', '2023-10-12T09:00:00+08:00'), DURING_REGISTRATION)).kind).toBe('conflict');
    expect(calendarChange(seed, moveBoundary('SCREENING', '2023-10-12T09:00:01+08:00'), DURING_REGISTRATION)).toEqual([
      { boundary: 'SCREENING', from: '2023-10-14T00:00:00+08:00', to: '2023-10-12T09:00:01+08:00' },
    ]);
  });

  test('an upcoming edition may move every window (all still in the future)', () => {
    const moved = calendarChange(seed, moveBoundary('REGISTRATION', '2023-10-09T00:00:00+08:00'), at('2023-10-01T00:00:00+08:00'));
    expect(moved).toEqual([{ boundary: 'REGISTRATION', from: '2023-10-11T00:00:00+08:00', to: '2023-10-09T00:00:00+08:00' }]);
  });
});

describe('the objection period’s close, a boundary beside the stages', () => {
  const withPeriod = { stages: seedEdition.stages, objectionWindow: { days: 5 } };

  test('only an edition that holds the period has it; it falls where its instant says, between the stages', () => {
    expect(boundariesOf(seed)).not.toContain('OBJECTION_CLOSE');
    expect(boundariesOf(withPeriod)).toContain('OBJECTION_CLOSE');
    // Nomination 20 Nov 12:00 + 5 days: after field verification opens (20 Nov 18:00), before the presentations (27 Nov).
    expect(dueBoundaries(withPeriod, at('2023-11-25T11:59:59+08:00'), new Set())).not.toContain('OBJECTION_CLOSE');
    expect(dueBoundaries(withPeriod, at('2023-11-25T12:00:00+08:00'), new Set()).slice(-3)).toEqual(['NOMINATION', 'FIELD_VERIFICATION', 'OBJECTION_CLOSE']);
    expect(dueBoundaries(withPeriod, at('2030-01-01T00:00:00+08:00'), new Set()).slice(-3)).toEqual(['OBJECTION_CLOSE', 'PRESENTATION', 'WINNER_DETERMINATION']);
  });

  test('moving the nomination moves the close; turning the period on or off makes or removes it', () => {
    const later = {
      ...withPeriod,
      stages: withWindows({
        ASSESSMENT: { end: '2023-11-21T12:00:00+08:00' },
        NOMINATION: { start: '2023-11-21T12:00:00+08:00', end: '2023-11-21T18:00:00+08:00' },
        FIELD_VERIFICATION: { start: '2023-11-21T18:00:00+08:00' },
      }),
    };
    expect(movedBoundaries(withPeriod, later)).toEqual([
      { boundary: 'NOMINATION', from: '2023-11-20T12:00:00+08:00', to: '2023-11-21T12:00:00+08:00' },
      { boundary: 'FIELD_VERIFICATION', from: '2023-11-20T18:00:00+08:00', to: '2023-11-21T18:00:00+08:00' },
      { boundary: 'OBJECTION_CLOSE', from: '2023-11-25T12:00:00+08:00', to: '2023-11-26T12:00:00+08:00' },
    ]);
    expect(movedBoundaries(seed, withPeriod)).toEqual([{ boundary: 'OBJECTION_CLOSE', from: null, to: '2023-11-25T12:00:00+08:00' }]);
    expect(movedBoundaries(withPeriod, seed)).toEqual([{ boundary: 'OBJECTION_CLOSE', from: '2023-11-25T12:00:00+08:00', to: null }]);
    expect(movedBoundaries(null, seed).map((m) => m.from)).toEqual(Array(7).fill(null));
    expect(calendarChange(withPeriod, later.stages, at('2023-10-12T09:00:00+08:00')).map((m) => m.boundary)).toEqual(['NOMINATION', 'FIELD_VERIFICATION', 'OBJECTION_CLOSE']);
  });
});
