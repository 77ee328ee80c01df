/** The secretariat's judging work through the API: the screening queue and its decisions, the panel
 * and its conflicts, the rankings (stored, or previewed while a round is scored) and the objections.
 * Flag reasons are worded here from the API's own message catalogue, in the reader's language. */
import { ApiError } from './errors';
import { call } from './client';
import type { AssignmentsInput, FlagCode, Innovation, Objection, RankingRound, ScreeningFlag } from './contract';
import { flagMessage, renderMessage, type Message } from '../../../shared/messages/catalogue';
import type { Language } from '../../../shared/messages/language';
import { FLAG_CODES } from '../../../shared/vocabulary/screening-flags';

export { FLAG_CODES };

/** Every innovation of the edition (the secretariat's list, page by page), optionally only those with a flag. */
export const editionEntries = async (editionId: string, flag?: FlagCode | 'ANY'): Promise<Innovation[]> => {
  const all: Innovation[] = [];
  let nextToken: string | undefined;
  do {
    const page = await call('listInnovations', { path: { editionId }, query: { flag, limit: '100', nextToken } });
    all.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return all;
};

/** A flag as the API sends it: its particulars (and a reason worded for the request's language). */
export const flagsOf = (entry: Innovation): ScreeningFlag[] => (entry.screeningFlags ?? []) as unknown as ScreeningFlag[];

/** Why the rules flagged an entry, in the reader's language (the API's catalogue, not its answer's wording). */
export const flagReason = (flag: ScreeningFlag, editionId: string, language: Language): string => renderMessage(flagMessage(flag, editionId), language);

/** Why a ranking left a row out or could not compute its agreement, in the reader's language (rankings
 * stored before `why` existed carry only the English `reason`). */
export const rankingReason = (r: { reason?: string; why?: { key: string; params?: unknown } }, language: Language): string | undefined =>
  r.why ? renderMessage(r.why as Message, language) : r.reason;

export const decideEligibility = (innovationId: string, body: { eligible: boolean; reason: string }) => call('putEligibility', { path: { id: innovationId }, body });

/** The panel, or an empty one before the secretariat first sets it (the API answers 404 then). */
export const panelOf = async (editionId: string) => {
  try {
    return await call('getAssignments', { path: { editionId } });
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return undefined;
    throw err;
  }
};

export const savePanel = (editionId: string, body: AssignmentsInput) => call('putAssignments', { path: { editionId }, body });

/** A round's stored ranking, or undefined while it has not been computed. */
export const storedRanking = async (editionId: string, round: RankingRound) => {
  try {
    return await call('getRanking', { path: { editionId, round } });
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 409)) return undefined;
    throw err;
  }
};

/** What the round's ranking would be now: the agreement figures and the disagreements while judges still score. */
export const previewOf = (editionId: string, round: RankingRound) => call('previewRanking', { path: { editionId, round } });

export const computeRankingOf = (editionId: string, round: RankingRound) => call('computeRanking', { path: { editionId, round } });

export const objectionsOf = async (editionId: string): Promise<Objection[]> => (await call('listObjections', { path: { editionId } })).items;

export const resolveObjection = (o: Objection, body: { outcome: 'UPHELD' | 'REJECTED'; reason: string }) =>
  call('resolveObjection', { path: { id: o.innovationId, objectionId: o.objectionId }, body });
