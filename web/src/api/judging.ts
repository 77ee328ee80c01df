/** The panel's work through the API: a judge's or verifier's entries (the API lists only those of
 * their categories, without the institutions they declared a conflict with), a judge's own score of
 * one round, and a verifier's record of a field visit. */
import { call } from './client';
import { ApiError } from './errors';
import type { EditionView, Innovation, RoundName, Score, Stage } from './contract';

/** The round a judge scores in a stage, if any. */
export const roundOf = (stage: Stage): RoundName | undefined => (stage === 'ASSESSMENT' ? 'assessment' : stage === 'PRESENTATION' ? 'presentation' : undefined);

/** The round whose window has closed most recently, when none is open: a judge may still read their score of it. */
export const closedRound = (stage: Stage): RoundName | undefined =>
  ['NOMINATION', 'FIELD_VERIFICATION'].includes(stage) ? 'assessment' : ['WINNER_DETERMINATION', 'ANNOUNCED'].includes(stage) ? 'presentation' : undefined;

/** Which entries a round scores: the desk assessment every screened entry, the presentation the nominees. */
const IN_ROUND: Record<RoundName, readonly Innovation['status'][]> = {
  assessment: ['SUBMITTED', 'ELIGIBLE'],
  presentation: ['NOMINATED', 'WINNER'],
};

export const panelEntries = async (editionId: string): Promise<Innovation[]> => (await call('listInnovations', { path: { editionId } })).items;

export const entriesOfRound = (entries: Innovation[], round: RoundName): Innovation[] => entries.filter((i) => IN_ROUND[round].includes(i.status));

/** The judge's own score of an entry in a round (the API answers no other judge's), or undefined. */
export const ownScore = async (innovationId: string, round: RoundName): Promise<Score | undefined> =>
  (await call('getScores', { path: { id: innovationId, round } })).items[0];

export const saveScore = (innovationId: string, round: RoundName, body: { criteria: Record<string, number>; comment?: string }, version?: number): Promise<Score> =>
  call('putScore', { path: { id: innovationId, round }, body, ifMatch: version });

export const saveVerification = (innovationId: string, body: { result: 'VERIFIED' | 'NOT_VERIFIED'; score: number; findings: string; evidence: string[] }, version?: number) =>
  call('putVerification', { path: { id: innovationId }, body, ifMatch: version });

/** The nominee's field verification as recorded, or undefined before the first one. */
export const recordedVerification = async (innovationId: string) => {
  try {
    return await call('getVerification', { path: { id: innovationId } });
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) return undefined;
    throw err;
  }
};

/** Every institution of the registry (to name a nominee's institution and its district). */
export const institutions = async () => {
  const all = [];
  let nextToken: string | undefined;
  do {
    const page = await call('listInstitutions', { query: { limit: '100', nextToken } });
    all.push(...page.items);
    nextToken = page.nextToken;
  } while (nextToken);
  return all;
};

/** The window of a stage: when it ends (null: open-ended). */
export const windowEnd = (edition: EditionView, stage: Stage): string | null | undefined => edition.stages.find((w) => w.stage === stage)?.end;
