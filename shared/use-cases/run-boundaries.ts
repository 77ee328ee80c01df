/** (stage-transition function | local scheduler) --> run boundaries --> data + compute ranking.
 * The calendar is the truth: a boundary runs only once its time has come, runs the earlier undone
 * ones first, does its work stamped with its own calendar instant (so running it late, twice, or from
 * the reconciler leaves the same state), and is recorded as done once. */
import { doneBoundaries, markBoundaryDone } from '#shared/data/boundaries';
import { allEditions, getEdition } from '#shared/data/editions';
import { innovationsOfCategory, setStatus } from '#shared/data/innovations';
import { BOUNDARIES, boundaryInstant, dueBoundaries, type Boundary } from '#shared/domain/boundaries';
import { toSecond, toWita } from '#shared/vocabulary/wita';
import type { Edition } from '#shared/schemas/edition.schema';
import type { InnovationStatus } from '#shared/schemas/innovation.schema';
import { rankEdition } from './compute-ranking';
import { screenEntries } from './screen-entries';

const SYSTEM_USER = 'system:stage-transition';

export interface BoundaryRun {
  editionId: string;
  boundary: Boundary;
  at: string;
  result: 'done' | 'already done' | 'not due';
}

const moveAll = async (edition: Edition, from: InnovationStatus, to: InnovationStatus, at: string): Promise<void> => {
  for (const category of edition.categories) {
    const innovations = await innovationsOfCategory(edition.id, category, ['id', 'status']);
    await Promise.all(innovations.filter((i) => i.status === from).map((i) => setStatus(i.id, to, [from], at)));
  }
};

const WORK: Record<Boundary, (edition: Edition, at: Date) => Promise<unknown>> = {
  REGISTRATION: async () => undefined,
  SCREENING: async (edition, at) => {
    await moveAll(edition, 'DRAFT', 'NOT_SUBMITTED', toWita(at));
    await screenEntries(edition, SYSTEM_USER, at);
  },
  ASSESSMENT: (edition, at) => moveAll(edition, 'SUBMITTED', 'ELIGIBLE', toWita(at)),
  NOMINATION: (edition, at) => rankEdition(edition, 'nomination', SYSTEM_USER, at),
  FIELD_VERIFICATION: async () => undefined,
  PRESENTATION: async () => undefined,
  WINNER_DETERMINATION: (edition, at) => rankEdition(edition, 'final', SYSTEM_USER, at),
};

const runDue = async (edition: Edition, now: Date, upTo: Boundary): Promise<BoundaryRun[]> => {
  const done = await doneBoundaries(edition.id);
  const runs: BoundaryRun[] = [];
  for (const boundary of dueBoundaries(edition, now, done)) {
    if (BOUNDARIES.indexOf(boundary) > BOUNDARIES.indexOf(upTo)) break;
    const at = boundaryInstant(edition, boundary);
    await WORK[boundary](edition, new Date(at));
    const first = await markBoundaryDone(edition.id, boundary, toWita(new Date(at)));
    runs.push({ editionId: edition.id, boundary, at: toWita(new Date(at)), result: first ? 'done' : 'already done' });
  }
  if (done.has(upTo)) runs.push({ editionId: edition.id, boundary: upTo, at: toWita(new Date(boundaryInstant(edition, upTo))), result: 'already done' });
  return runs;
};

/** Runs one boundary of one edition (and any earlier one not done yet), if its time has come. */
export const runBoundary = async (editionId: string, boundary: Boundary, now: Date): Promise<BoundaryRun[]> => {
  const edition = await getEdition(editionId);
  const at = boundaryInstant(edition, boundary);
  if (toSecond(at) > toSecond(now)) return [{ editionId, boundary, at: toWita(new Date(at)), result: 'not due' }];
  return runDue(edition, now, boundary);
};

/** Runs every boundary of every edition that is due and not done: the reconciler's sweep. Every
 * edition is tried; failures are thrown together at the end so the caller's retry sees them. */
export const reconcile = async (now: Date): Promise<BoundaryRun[]> => {
  const runs: BoundaryRun[] = [];
  const failures: Error[] = [];
  for (const edition of await allEditions()) {
    try {
      runs.push(...(await runDue(edition, now, BOUNDARIES[BOUNDARIES.length - 1])).filter((r) => r.result === 'done'));
    } catch (err) {
      failures.push(err as Error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `reconciler: ${failures.length} edition(s) failed: ${failures.map((f) => f.message).join('; ')}`);
  return runs;
};
