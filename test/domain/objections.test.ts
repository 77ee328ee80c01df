import { isObjectionWindowOpen, objectionSummaries, objectionWindowOf, requireObjectionWindow } from '#shared/domain/objections';
import { seedEdition } from '#shared/domain/seed-edition';
import { AppError } from '#shared/errors';

describe('the objection window', () => {
  it('is off unless the edition turns it on (the seed edition keeps it off)', () => {
    expect(objectionWindowOf(seedEdition)).toBeNull();
    expect(isObjectionWindowOpen(null, new Date('2023-11-21T00:00:00+08:00'))).toBe(false);
  });

  it('opens at the nomination boundary for 5 days by default, or the days the edition says', () => {
    expect(objectionWindowOf({ ...seedEdition, objectionWindow: {} })).toEqual({ start: '2023-11-20T12:00:00+08:00', end: '2023-11-25T12:00:00+08:00' });
    expect(objectionWindowOf({ ...seedEdition, objectionWindow: { days: 2 } })!.end).toBe('2023-11-22T12:00:00+08:00');
  });

  it('is open from its start, to the second, until its end (exclusive)', () => {
    const w = objectionWindowOf({ ...seedEdition, objectionWindow: { days: 5 } });
    expect(isObjectionWindowOpen(w, new Date('2023-11-20T11:59:59+08:00'))).toBe(false);
    expect(isObjectionWindowOpen(w, new Date('2023-11-20T12:00:00+08:00'))).toBe(true);
    expect(isObjectionWindowOpen(w, new Date('2023-11-25T11:59:59.999+08:00'))).toBe(true);
    expect(isObjectionWindowOpen(w, new Date('2023-11-25T12:00:00+08:00'))).toBe(false);
  });

  it('refuses filing outside it with a 409 naming the window', () => {
    const edition = { ...seedEdition, objectionWindow: { days: 5 } };
    expect(() => requireObjectionWindow(edition, new Date('2023-11-26T00:00:00+08:00'))).toThrow(AppError);
    expect(() => requireObjectionWindow(seedEdition, new Date('2023-11-21T00:00:00+08:00'))).toThrow(/no objection window/);
    expect(requireObjectionWindow(edition, new Date('2023-11-21T00:00:00+08:00'))).toEqual({ start: '2023-11-20T12:00:00+08:00', end: '2023-11-25T12:00:00+08:00' });
  });

  it('counts objections per innovation by outcome, without who filed them', () => {
    const summary = objectionSummaries([
      { innovationId: 'a', status: 'OPEN' },
      { innovationId: 'a', status: 'UPHELD' },
      { innovationId: 'b', status: 'REJECTED' },
    ]);
    expect(Object.fromEntries(summary)).toEqual({ a: { filed: 2, open: 1, upheld: 1, rejected: 0 }, b: { filed: 1, open: 0, upheld: 0, rejected: 1 } });
  });
});
