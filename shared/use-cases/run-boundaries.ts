/** (stage-transition function | local scheduler) --> run boundaries --> data + compute ranking.
 * The calendar is the truth: a boundary runs only once its time has come, runs the earlier undone
 * ones first, does its work stamped with its own calendar instant (so running it late, twice, or from
 * the reconciler leaves the same state), and is recorded as done once. */
import { editionSubject } from '#shared/data/audit';
import { doneBoundaries, markBoundaryDone } from '#shared/data/boundaries';
import { allEditions, getEdition } from '#shared/data/editions';
import { innovationsOfCategory, setStatus } from '#shared/data/innovations';
import { objectionsOfEditionAll } from '#shared/data/objections';
import { boundariesInOrder, boundaryInstant, dueBoundaries, type Boundary } from '#shared/domain/boundaries';
import { objectionTally } from '#shared/domain/objections';
import type { AuditRecord } from '#shared/schemas/judging.schema';
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

/** Each boundary's work; what it answers as an audit record is written with the boundary's done mark,
 * in one transaction, so a boundary run twice records it once. */
const WORK: Record<Boundary, (edition: Edition, at: Date) => Promise<AuditRecord | unknown>> = {
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
  OBJECTION_CLOSE: async (edition, at): Promise<AuditRecord> => ({
    subject: editionSubject(edition.id),
    at: toWita(at),
    who: SYSTEM_USER,
    action: 'OBJECTION_PERIOD_CLOSED',
    after: objectionTally(await objectionsOfEditionAll(edition.id, ['status'])),
  }),
};

const isAuditRecord = (x: unknown): x is AuditRecord => typeof x === 'object' && x !== null && 'action' in x && 'subject' in x;

/** Runs the due boundaries in the order they fall, up to `upTo` (every due one without it). */
const runDue = async (edition: Edition, now: Date, upTo?: Boundary): Promise<BoundaryRun[]> => {
  const done = await doneBoundaries(edition.id);
  const runs: BoundaryRun[] = [];
  const order = boundariesInOrder(edition);
  for (const boundary of dueBoundaries(edition, now, done)) {
    if (upTo && order.indexOf(boundary) > order.indexOf(upTo)) break;
    const at = boundaryInstant(edition, boundary);
    const record = await WORK[boundary](edition, new Date(at));
    const first = await markBoundaryDone(edition.id, boundary, toWita(new Date(at)), isAuditRecord(record) ? record : undefined);
    runs.push({ editionId: edition.id, boundary, at: toWita(new Date(at)), result: first ? 'done' : 'already done' });
  }
  if (upTo && done.has(upTo)) runs.push({ editionId: edition.id, boundary: upTo, at: toWita(new Date(boundaryInstant(edition, upTo))), result: 'already done' });
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
      runs.push(...(await runDue(edition, now)).filter((r) => r.result === 'done'));
    } catch (err) {
      failures.push(err as Error);
    }
  }
  if (failures.length) throw new AggregateError(failures, `reconciler: ${failures.length} edition(s) failed: ${failures.map((f) => f.message).join('; ')}`);
  return runs;
};
