/** Which entries a category's judges disagree on, as a pure function of its own: the stored
 * ranking's readers need it without the statistics of `./reliability` (and the library it loads). */
import { byKey } from './ordering';

/** The entries whose judge totals spread over the threshold, in innovationId order: from the scores
 * when a ranking is computed, and from its stored rows (each keeps its spread) when it is read. */
export const disagreementsAmong = (entries: readonly { innovationId: string; spread?: number | null }[], threshold: number): { innovationId: string; spread: number }[] =>
  entries
    .filter((e): e is { innovationId: string; spread: number } => e.spread != null && e.spread > threshold)
    .map(({ innovationId, spread }) => ({ innovationId, spread }))
    .sort((a, b) => byKey(a.innovationId, b.innovationId));
