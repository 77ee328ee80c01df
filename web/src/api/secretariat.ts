/** The secretariat's operations through the API: the dashboard's figures, the compliance report,
 * moving the calendar, the final ranking and the announcement, the CSV exports and the audit trail. */
import { call, callFile } from './client';
import type { EditionView, StageWindow } from './contract';
import { ApiError } from './errors';

export const statistics = (editionId: string) => call('getStatistics', { path: { editionId } });
export const compliance = (editionId: string) => call('getCompliance', { path: { editionId } });

/** The calendar as `PUT …/calendar` takes it: the dated windows of the edition's view. */
export const datedWindows = (edition: EditionView): StageWindow[] =>
  edition.stages.flatMap((w) => (w.stage === 'UPCOMING' || w.stage === 'ANNOUNCED' || w.start === null ? [] : [{ stage: w.stage, start: w.start, end: w.end }]));

export const moveCalendar = (editionId: string, stages: StageWindow[], version: number) =>
  call('putCalendar', { path: { editionId }, body: { stages, version } });

/** A boundary that moved: the start of `stage` (and the end of the stage before it). */
export interface MovedBoundary {
  stage: StageWindow['stage'];
  from: string;
  to: string;
}

/** The boundaries whose instant differs between two calendars, in calendar order. */
export const movedBoundaries = (before: readonly StageWindow[], after: readonly StageWindow[]): MovedBoundary[] =>
  after.flatMap((w, i) => {
    const from = before[i]?.start;
    return from && new Date(from).getTime() !== new Date(w.start).getTime() ? [{ stage: w.stage, from, to: w.start }] : [];
  });

/** The final ranking, or undefined while it has not been computed (404). */
export const finalRanking = async (editionId: string) => {
  try {
    return await call('getRanking', { path: { editionId, round: 'final' } });
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return undefined;
    throw err;
  }
};

export const announce = (editionId: string) => call('announce', { path: { editionId } });

/** The entry an audit trail is about (its title names the page). */
export const entry = (id: string) => call('getInnovation', { path: { id } });

/** One page of an edition's or an entry's audit trail, oldest first. */
export const auditPage = (subject: { editionId: string } | { innovationId: string }, nextToken?: string) =>
  'editionId' in subject
    ? call('getEditionAudit', { path: { editionId: subject.editionId }, query: { nextToken } })
    : call('getInnovationAudit', { path: { id: subject.innovationId }, query: { nextToken } });

/** The CSV downloads, each from the route that answers it as CSV (the server writes every one, the
 * same bytes a script gets with `Accept: text/csv`). */
export const EXPORTS = ['entries', 'winners', 'compliance', 'rankingNomination', 'rankingFinal', 'audit'] as const;
export type ExportKind = (typeof EXPORTS)[number];

export const downloadExport = (kind: ExportKind, editionId: string) => {
  const path = { editionId };
  switch (kind) {
    case 'entries':
      return callFile('exportIid', { path });
    case 'winners':
      return callFile('exportIid', { path, query: { winners: 'true' } });
    case 'compliance':
      return callFile('getCompliance', { path });
    case 'rankingNomination':
      return callFile('getRanking', { path: { ...path, round: 'nomination' } });
    case 'rankingFinal':
      return callFile('getRanking', { path: { ...path, round: 'final' } });
    case 'audit':
      return callFile('getEditionAudit', { path });
  }
};
