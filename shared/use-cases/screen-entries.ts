/** (stage boundary) --> screen entries --> eligibility rules + innovations data. When registration
 * closes, every submitted entry of the edition is checked against the edition's eligibility rules,
 * and what the rules find is stored on the entry for the secretariat's screening queue
 * (`GET /editions/{id}/innovations?flag=…`). The rules flag; they never decide.
 *
 * Access: the edition's entries by category on GSI1 (as the ranking reads them), and each earlier
 * edition's (GSI1's editions partition, then its entries by category), a projection of four
 * attributes. This runs at the boundary, never on a request; the list then filters on the stored
 * flag codes within the edition's Query. Re-running it writes nothing where the flags are unchanged. */
import { innovationSubject } from '#shared/data/audit';
import { allEditions } from '#shared/data/editions';
import { innovationsOfCategory, setScreeningFlags } from '#shared/data/innovations';
import { windowOf } from '#shared/domain/calendar';
import { DEFAULT_ELIGIBILITY_RULES, normaliseTitle, screeningFlags, type EarlierEntry, type EligibilityRules } from '#shared/domain/eligibility';
import type { Edition } from '#shared/schemas/edition.schema';
import type { InnovationStatus } from '#shared/schemas/innovation.schema';
import { toSecond, toWita } from '#shared/vocabulary/wita';

/** Entries that were entered: submitted, whatever became of them since. */
const ENTERED: readonly InnovationStatus[] = ['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'NOMINATED', 'WINNER'];

const FIELDS = ['id', 'editionId', 'title', 'status', 'innovationStage', 'startedOn', 'screeningFlags'] as const;

const entriesOf = async (edition: Edition) =>
  (await Promise.all(edition.categories.map((c) => innovationsOfCategory(edition.id, c, FIELDS)))).flat().filter((i) => ENTERED.includes(i.status));

export const rulesOf = (edition: Edition): EligibilityRules => ({
  minimumRunningMonths: edition.eligibilityRules?.minimumRunningMonths ?? DEFAULT_ELIGIBILITY_RULES.minimumRunningMonths,
  titleSimilarity: edition.eligibilityRules?.titleSimilarity ?? DEFAULT_ELIGIBILITY_RULES.titleSimilarity,
});

/** Flags the edition's entries; each change of an entry's flags is audited as done by `who`. */
export const screenEntries = async (edition: Edition, who: string, at: Date): Promise<{ flagged: number }> => {
  const close = windowOf(edition, 'REGISTRATION').end!;
  const earlierEditions = (await allEditions()).filter((e) => e.id !== edition.id && toSecond(windowOf(e, 'REGISTRATION').end!) < toSecond(close));
  const [entries, earlier] = await Promise.all([entriesOf(edition), Promise.all(earlierEditions.map(entriesOf))]);
  // Every pair is compared (titles normalised once; lengths too far apart skipped): fine for the
  // hundreds of entries an edition has, quadratic for tens of thousands.
  const others: EarlierEntry[] = [...entries, ...earlier.flat()].map((i) => ({ id: i.id, editionId: i.editionId, title: i.title, winner: i.status === 'WINNER', normalisedTitle: normaliseTitle(i.title) }));
  const rules = rulesOf(edition);
  let flagged = 0;
  await Promise.all(
    entries.map(async (entry) => {
      const flags = screeningFlags(entry, others, rules, close);
      if (flags.length > 0) flagged++;
      if (flags.length === 0 && entry.screeningFlags === undefined) return;
      await setScreeningFlags(entry.id, flags, toWita(at), {
        subject: innovationSubject(entry.id),
        at: toWita(at),
        who,
        action: 'SCREENING_FLAGGED',
        before: { screeningFlags: entry.screeningFlags ?? null },
        after: { screeningFlags: flags },
      });
    }),
  );
  return { flagged };
};
