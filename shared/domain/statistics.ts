import type { CategoryCode } from '#shared/vocabulary/categories';
import { INNOVATION_STATUSES, type InnovationStatus } from '#shared/vocabulary/statuses';
import { toWita } from '#shared/vocabulary/wita';
import type { EditionStatistics } from '#shared/schemas/statistics.schema';

/** What the figures need of one entry (the data module reads only these attributes). */
export interface EntryFacts {
  category: CategoryCode;
  status: InnovationStatus;
  createdAt: string;
  submittedAt?: string;
}

/** Statuses of an entry that was never submitted. */
const UNSUBMITTED: ReadonlySet<InnovationStatus> = new Set(['DRAFT', 'NOT_SUBMITTED']);

const DAY_MS = 86_400_000;
/** The WITA calendar day of an instant. */
const witaDay = (instant: string): string => toWita(new Date(instant)).slice(0, 10);

const zeroCounts = (): Record<InnovationStatus, number> => Object.fromEntries(INNOVATION_STATUSES.map((s) => [s, 0])) as Record<InnovationStatus, number>;

const countStatuses = (entries: readonly EntryFacts[]): Record<InnovationStatus, number> => {
  const counts = zeroCounts();
  for (const e of entries) counts[e.status] += 1;
  return counts;
};

/** Every day from the first to the last with a registration or submission, each with its counts. */
const perDay = (entries: readonly EntryFacts[]): EditionStatistics['perDay'] => {
  const registered = new Map<string, number>();
  const submitted = new Map<string, number>();
  const bump = (m: Map<string, number>, day: string) => m.set(day, (m.get(day) ?? 0) + 1);
  for (const e of entries) {
    bump(registered, witaDay(e.createdAt));
    if (e.submittedAt) bump(submitted, witaDay(e.submittedAt));
  }
  const days = [...registered.keys(), ...submitted.keys()].sort();
  if (days.length === 0) return [];
  const out: EditionStatistics['perDay'] = [];
  // Days are WITA dates written as UTC midnights, so stepping a whole day never crosses a zone change.
  for (let t = Date.parse(`${days[0]}T00:00:00Z`), last = Date.parse(`${days[days.length - 1]}T00:00:00Z`); t <= last; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push({ day, registered: registered.get(day) ?? 0, submitted: submitted.get(day) ?? 0 });
  }
  return out;
};

/** The dashboard's figures of an edition: entries per category and status, drafts against
 * submissions, registrations and submissions per WITA day, and the compliance share. */
export const editionStatistics = (
  editionId: string,
  categories: readonly CategoryCode[],
  entries: readonly EntryFacts[],
  compliance: { total: number; compliant: number },
): EditionStatistics => {
  const byStatus = countStatuses(entries);
  return {
    editionId,
    total: entries.length,
    submitted: entries.filter((e) => !UNSUBMITTED.has(e.status)).length,
    drafts: byStatus.DRAFT + byStatus.NOT_SUBMITTED,
    byStatus,
    byCategory: categories.map((category) => {
      const own = entries.filter((e) => e.category === category);
      return { category, total: own.length, byStatus: countStatuses(own) };
    }),
    perDay: perDay(entries),
    compliance: { ...compliance, share: compliance.total === 0 ? null : compliance.compliant / compliance.total },
  };
};
