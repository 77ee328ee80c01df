import { calendarProblems, calendarView, stageAt, windowView, type Dated, type StageWindow } from '#shared/domain/calendar';
import { seedEdition } from '#shared/domain/seed-edition';
import { requireStage } from '#shared/domain/stage-rules';
import { DATED_STAGES, STAGES } from '#shared/vocabulary/stages';
import { toSecond, toWita, witaWallClock } from '#shared/vocabulary/wita';
import { AppError } from '#shared/errors';
import { msg, renderMessage } from '#shared/messages/catalogue';

const seed: Dated = { stages: seedEdition.stages };
const announced = (at: string): Dated => ({ ...seed, announcedAt: at });

/** Every boundary of the 2023 edition as the regency announced it, in WITA: the last second of the
 * stage before it, and the first second of the stage after it. */
const BOUNDARIES = [
  { before: '2023-10-10T23:59:59+08:00', at: '2023-10-11T00:00:00+08:00', from: 'UPCOMING', to: 'REGISTRATION' },
  { before: '2023-10-13T23:59:59+08:00', at: '2023-10-14T00:00:00+08:00', from: 'REGISTRATION', to: 'SCREENING' },
  { before: '2023-10-31T23:59:59+08:00', at: '2023-11-01T00:00:00+08:00', from: 'SCREENING', to: 'ASSESSMENT' },
  { before: '2023-11-20T11:59:59+08:00', at: '2023-11-20T12:00:00+08:00', from: 'ASSESSMENT', to: 'NOMINATION' },
  { before: '2023-11-20T17:59:59+08:00', at: '2023-11-20T18:00:00+08:00', from: 'NOMINATION', to: 'FIELD_VERIFICATION' },
  { before: '2023-11-26T23:59:59+08:00', at: '2023-11-27T00:00:00+08:00', from: 'FIELD_VERIFICATION', to: 'PRESENTATION' },
  { before: '2023-12-08T23:59:59+08:00', at: '2023-12-09T00:00:00+08:00', from: 'PRESENTATION', to: 'WINNER_DETERMINATION' },
] as const;

describe('the seed edition', () => {
  test('its windows are the ones the regency announced, back to back, and WINNER_DETERMINATION lasts until the announcement', () => {
    expect(seedEdition.stages.map((w) => w.stage)).toEqual([...DATED_STAGES]);
    BOUNDARIES.forEach((b, i) => {
      if (i > 0) expect(toSecond(seedEdition.stages[i - 1]!.end!)).toBe(toSecond(b.at));
      expect(toSecond(seedEdition.stages[i]!.start)).toBe(toSecond(b.at));
    });
    expect(seedEdition.stages.at(-1)!.end).toBeNull();
  });

  test('its calendar has no problems', () => {
    expect(calendarProblems(seedEdition.stages)).toEqual([]);
  });
});

describe('stageAt — decided to the second in WITA, start inclusive, end exclusive', () => {
  test.each(BOUNDARIES)('$before is still $from; $at is already $to', ({ before, at, from, to }) => {
    expect(stageAt(seed, before)).toBe(from);
    expect(stageAt(seed, at)).toBe(to);
  });

  test.each(BOUNDARIES)('the last millisecond before $at still belongs to $from', ({ at, from }) => {
    expect(stageAt(seed, new Date(Date.parse(at) - 1))).toBe(from);
  });

  test('the same instant written in UTC decides the same stage (WITA is UTC+8)', () => {
    expect(stageAt(seed, '2023-10-10T15:59:59Z')).toBe('UPCOMING');
    expect(stageAt(seed, '2023-10-10T16:00:00Z')).toBe('REGISTRATION');
    expect(stageAt(seed, '2023-11-20T04:00:00Z')).toBe('NOMINATION');
    expect(stageAt(seed, Date.parse('2023-11-20T10:00:00Z'))).toBe('FIELD_VERIFICATION');
  });

  test('long before the first window the edition is UPCOMING', () => {
    expect(stageAt(seed, '2023-01-01T00:00:00+08:00')).toBe('UPCOMING');
    expect(stageAt(seed, '2023-10-01T00:00:00+08:00')).toBe('UPCOMING');
  });

  test('without an announcement the edition stays in WINNER_DETERMINATION, however late', () => {
    expect(stageAt(seed, '2024-06-30T12:00:00+08:00')).toBe('WINNER_DETERMINATION');
  });

  test('from the announcement instant (inclusive) the edition is ANNOUNCED', () => {
    const edition = announced('2023-12-15T10:00:00+08:00');
    expect(stageAt(edition, '2023-12-15T09:59:59+08:00')).toBe('WINNER_DETERMINATION');
    expect(stageAt(edition, '2023-12-15T10:00:00+08:00')).toBe('ANNOUNCED');
    expect(stageAt(edition, '2024-01-01T00:00:00+08:00')).toBe('ANNOUNCED');
  });

  test('an announcement does not rewrite the past: earlier instants keep their stage', () => {
    const edition = announced('2023-12-15T10:00:00+08:00');
    for (const b of BOUNDARIES) expect(stageAt(edition, b.at)).toBe(b.to);
  });

  test('a moved window (a registration extension) moves the boundary with it', () => {
    const extended: Dated = {
      stages: seedEdition.stages.map((w) =>
        w.stage === 'REGISTRATION' ? { ...w, end: '2023-10-17T00:00:00+08:00' } : w.stage === 'SCREENING' ? { ...w, start: '2023-10-17T00:00:00+08:00' } : w,
      ),
    };
    expect(stageAt(extended, '2023-10-14T00:00:00+08:00')).toBe('REGISTRATION');
    expect(stageAt(extended, '2023-10-16T23:59:59+08:00')).toBe('REGISTRATION');
    expect(stageAt(extended, '2023-10-17T00:00:00+08:00')).toBe('SCREENING');
  });
});

describe('calendarView — the calendar as the wire shows it', () => {
  const ISO_WITA = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

  test('lists every stage in order, each instant as ISO 8601 with the +08:00 offset', () => {
    const view = calendarView(seed);
    expect(view.map((w) => w.stage)).toEqual([...STAGES]);
    for (const w of view) {
      if (w.start !== null) expect(w.start).toMatch(ISO_WITA);
      if (w.end !== null) expect(w.end).toMatch(ISO_WITA);
    }
  });

  test('UPCOMING ends where REGISTRATION starts; WINNER_DETERMINATION and ANNOUNCED are open until the announcement', () => {
    expect(calendarView(seed)).toEqual([
      { stage: 'UPCOMING', start: null, end: '2023-10-11T00:00:00+08:00' },
      { stage: 'REGISTRATION', start: '2023-10-11T00:00:00+08:00', end: '2023-10-14T00:00:00+08:00' },
      { stage: 'SCREENING', start: '2023-10-14T00:00:00+08:00', end: '2023-11-01T00:00:00+08:00' },
      { stage: 'ASSESSMENT', start: '2023-11-01T00:00:00+08:00', end: '2023-11-20T12:00:00+08:00' },
      { stage: 'NOMINATION', start: '2023-11-20T12:00:00+08:00', end: '2023-11-20T18:00:00+08:00' },
      { stage: 'FIELD_VERIFICATION', start: '2023-11-20T18:00:00+08:00', end: '2023-11-27T00:00:00+08:00' },
      { stage: 'PRESENTATION', start: '2023-11-27T00:00:00+08:00', end: '2023-12-09T00:00:00+08:00' },
      { stage: 'WINNER_DETERMINATION', start: '2023-12-09T00:00:00+08:00', end: null },
      { stage: 'ANNOUNCED', start: null, end: null },
    ]);
  });

  test('once announced, the announcement closes WINNER_DETERMINATION and opens ANNOUNCED', () => {
    const view = calendarView(announced('2023-12-15T10:00:00+08:00'));
    expect(view.at(-2)).toEqual({ stage: 'WINNER_DETERMINATION', start: '2023-12-09T00:00:00+08:00', end: '2023-12-15T10:00:00+08:00' });
    expect(view.at(-1)).toEqual({ stage: 'ANNOUNCED', start: '2023-12-15T10:00:00+08:00', end: null });
  });

  test('instants stored in UTC are shown in WITA', () => {
    const utc: Dated = { stages: seedEdition.stages.map((w) => ({ ...w, start: new Date(w.start).toISOString(), end: w.end && new Date(w.end).toISOString() })) };
    expect(calendarView(utc)).toEqual(calendarView(seed));
    expect(windowView(utc, 'NOMINATION')).toEqual({ stage: 'NOMINATION', start: '2023-11-20T12:00:00+08:00', end: '2023-11-20T18:00:00+08:00' });
  });
});

describe('WITA helpers', () => {
  test('toWita writes the instant to the second with +08:00, dropping milliseconds', () => {
    expect(toWita(new Date('2023-10-10T16:00:00.999Z'))).toBe('2023-10-11T00:00:00+08:00');
    expect(toWita(Date.parse('2023-12-31T23:30:00Z'))).toBe('2024-01-01T07:30:00+08:00');
  });

  test('witaWallClock gives the local wall clock without offset (for EventBridge at(...) in Asia/Makassar)', () => {
    expect(witaWallClock('2023-11-20T04:00:00Z')).toBe('2023-11-20T12:00:00');
  });
});

describe('requireStage — refusing an action outside its stages', () => {
  const refusal = (at: string): AppError => {
    try {
      requireStage(seed, new Date(at), ['REGISTRATION'], 'ACTION_REGISTER_INNOVATION');
    } catch (err) {
      return err as AppError;
    }
    throw new Error(`not refused at ${at}`);
  };

  test('allows the action inside its window and answers the current stage', () => {
    expect(requireStage(seed, new Date('2023-10-11T00:00:00+08:00'), ['REGISTRATION'], 'ACTION_REGISTER_INNOVATION')).toBe('REGISTRATION');
  });

  test('is a 409 WRONG_STAGE naming the current stage with its window, and the allowed window', () => {
    const err = refusal('2023-10-10T23:59:59+08:00');
    expect(err).toBeInstanceOf(AppError);
    expect(err.kind).toBe('conflict');
    expect(err.code).toBe('WRONG_STAGE');
    expect(err.message).toBe('Registering an innovation is not possible during UPCOMING (… – 2023-10-11T00:00:00+08:00)');
    expect(err.messageIn('id')).toBe('Pendaftaran inovasi tidak dapat dilakukan pada tahap pra-pendaftaran (UPCOMING, sampai 11-10-2023 00.00 WITA)');
    expect(err.details).toEqual([
      { message: msg('DETAIL_CURRENT_STAGE'), stage: 'UPCOMING', start: null, end: '2023-10-11T00:00:00+08:00' },
      { message: msg('DETAIL_ALLOWED_STAGE'), stage: 'REGISTRATION', start: '2023-10-11T00:00:00+08:00', end: '2023-10-14T00:00:00+08:00' },
    ]);
  });

  test('at the closing instant the current stage is SCREENING, with its own window', () => {
    const err = refusal('2023-10-14T00:00:00+08:00');
    expect(err.messageIn('id')).toBe('Pendaftaran inovasi tidak dapat dilakukan pada tahap seleksi administrasi (SCREENING, 14-10-2023 00.00 – 01-11-2023 00.00 WITA)');
    expect(err.details![0]).toEqual({
      message: msg('DETAIL_CURRENT_STAGE'),
      stage: 'SCREENING',
      start: '2023-10-14T00:00:00+08:00',
      end: '2023-11-01T00:00:00+08:00',
    });
  });
});

describe('calendarProblems — every dated stage once, in order, back to back', () => {
  const windows = (): StageWindow[] => seedEdition.stages.map((w) => ({ ...w }));
  const paths = (ws: StageWindow[]) => calendarProblems(ws).map((p) => p.path);

  test('a gap between two windows is refused at the start of the later one', () => {
    const ws = windows();
    ws[2] = { ...ws[2]!, start: '2023-11-02T00:00:00+08:00' }; // SCREENING ends 11-01, ASSESSMENT starts 11-02
    expect(paths(ws)).toEqual([['stages', 2, 'start']]);
    expect(renderMessage(calendarProblems(ws)[0]!.message, 'en')).toContain('ASSESSMENT must start when SCREENING ends');
  });

  test('an overlap between two windows is refused at the start of the later one', () => {
    const ws = windows();
    ws[1] = { ...ws[1]!, start: '2023-10-13T00:00:00+08:00' }; // SCREENING starts before REGISTRATION ends
    expect(paths(ws)).toEqual([['stages', 1, 'start']]);
  });

  test('a gap of one second is a gap', () => {
    const ws = windows();
    ws[0] = { ...ws[0]!, end: '2023-10-13T23:59:59+08:00' };
    expect(paths(ws)).toEqual([['stages', 1, 'start']]);
  });

  test('the same instant written with another offset is no gap', () => {
    const ws = windows();
    ws[1] = { ...ws[1]!, start: '2023-10-13T16:00:00Z' };
    expect(calendarProblems(ws)).toEqual([]);
  });

  test('windows out of order are refused at each misplaced position', () => {
    const ws = windows();
    [ws[3], ws[4]] = [ws[4]!, ws[3]!]; // FIELD_VERIFICATION listed before NOMINATION
    expect(paths(ws)).toEqual(expect.arrayContaining([
      ['stages', 3, 'stage'],
      ['stages', 4, 'stage'],
    ]));
  });

  test('a window that ends before (or when) it starts is refused', () => {
    const ws = windows();
    ws[3] = { ...ws[3]!, end: '2023-11-20T12:00:00+08:00' }; // NOMINATION ends as it starts
    ws[4] = { ...ws[4]!, start: '2023-11-20T12:00:00+08:00' };
    expect(paths(ws)).toEqual([['stages', 3, 'end']]);
  });

  test('only WINNER_DETERMINATION may be open-ended', () => {
    const ws = windows();
    ws[5] = { ...ws[5]!, end: null };
    expect(paths(ws)).toContainEqual(['stages', 5, 'end']);
  });

  test('a missing stage and an extra window are both refused', () => {
    expect(paths(windows().slice(0, 6))).toEqual([['stages', 6, 'stage']]);
    expect(paths([...windows(), { stage: 'SCREENING', start: '2024-01-01T00:00:00+08:00', end: null }])).toEqual([['stages']]);
  });
});

describe('WINNER_DETERMINATION lasts until the announcement', () => {
  const withEnd = (): StageWindow[] => seedEdition.stages.map((w) => (w.stage === 'WINNER_DETERMINATION' ? { ...w, end: '2023-12-20T00:00:00+08:00' } : { ...w }));

  // KNOWN BUG (reported): calendarProblems accepts an end on WINNER_DETERMINATION, and stageAt then
  // answers UPCOMING after it (the reversed search finds no window and falls through). `test.failing`
  // keeps the suite green until shared/domain/calendar.ts refuses it; then make these plain `test`s.
  test('a calendar that gives WINNER_DETERMINATION an end is refused at its end', () => {
    expect(calendarProblems(withEnd())).toEqual([expect.objectContaining({ path: ['stages', 6, 'end'] })]);
  });

  test('an edition is never UPCOMING again once its first window has opened', () => {
    expect(stageAt({ stages: withEnd() }, '2023-12-25T00:00:00+08:00')).toBe('WINNER_DETERMINATION');
  });
});
