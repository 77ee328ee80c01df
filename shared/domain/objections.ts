import { conflict } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';
import type { Objection, ObjectionSummary } from '#shared/schemas/objection.schema';
import { toSecond, toWita } from '#shared/vocabulary/wita';
import { windowOf, type Dated } from './calendar';

/** The public objection window (masa sanggah) of DESIGN.md, as pure rules. An edition that turns it
 * on (`objectionWindow: {days}`, 5 by default) opens it at the nomination boundary — when the
 * nominees become public — and closes it `days` × 24 hours later (start inclusive, end exclusive,
 * to the second, like every window). It runs beside the stages and is not one of them; the
 * calendar decides whether it is open, as for every stage action, and the stage clock closes it as
 * a boundary of its own (`OBJECTION_CLOSE`), recording its tally in the edition's audit trail. */

export interface ObjectionWindow {
  start: string;
  end: string;
}

export const DEFAULT_OBJECTION_DAYS = 5;

export const objectionWindowOf = (edition: Dated & { objectionWindow?: { days?: number } }): ObjectionWindow | null => {
  if (!edition.objectionWindow) return null;
  const start = windowOf(edition, 'NOMINATION').start;
  const days = edition.objectionWindow.days ?? DEFAULT_OBJECTION_DAYS;
  return { start: toWita(new Date(start)), end: toWita(toSecond(start) + days * 86_400_000) };
};

export const isObjectionWindowOpen = (window: ObjectionWindow | null, now: Date): boolean =>
  window !== null && toSecond(window.start) <= toSecond(now) && toSecond(now) < toSecond(window.end);

/** Refuses filing outside the window: 409 naming it (or saying the edition has none). */
export const requireObjectionWindow = (edition: Dated & { objectionWindow?: { days?: number } }, now: Date): ObjectionWindow => {
  const window = objectionWindowOf(edition);
  if (window === null) throw conflict('OBJECTION_WINDOW_CLOSED', msg('OBJECTION_WINDOW_OFF'));
  if (!isObjectionWindowOpen(window, now))
    throw conflict('OBJECTION_WINDOW_CLOSED', msg('OBJECTION_WINDOW_CLOSED', window), [{ message: msg('OBJECTION_WINDOW_CLOSED', window), start: window.start, end: window.end }]);
  return window;
};

/** How many objections were filed and how they ended: per nominee for the public, and the whole
 * period's for the record made when it closes. */
export const objectionTally = (objections: readonly Pick<Objection, 'status'>[]): ObjectionSummary => ({
  filed: objections.length,
  open: objections.filter((o) => o.status === 'OPEN').length,
  upheld: objections.filter((o) => o.status === 'UPHELD').length,
  rejected: objections.filter((o) => o.status === 'REJECTED').length,
});

/** Per innovation, its tally: what the public sees. */
export const objectionSummaries = (objections: readonly Pick<Objection, 'innovationId' | 'status'>[]): Map<string, ObjectionSummary> => {
  const byNominee = new Map<string, Pick<Objection, 'status'>[]>();
  for (const o of objections) byNominee.set(o.innovationId, [...(byNominee.get(o.innovationId) ?? []), o]);
  return new Map([...byNominee].map(([id, filed]) => [id, objectionTally(filed)]));
};
