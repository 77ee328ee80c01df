/** Reads of an edition and its results, and the API's clock (the competition's clock can be set on
 * the local stack, so countdowns follow the server's instant, not the phone's). */
import { call } from './client';
import { CATEGORY_LABELS, isInstitutional } from '../../../shared/vocabulary/categories';
import { STAGES } from '../../../shared/vocabulary/stages';
import type { Stage } from './contract';

export { CATEGORY_LABELS, isInstitutional, STAGES };

export const getEdition = (editionId: string) => call('getEdition', { path: { editionId } });
export const getResults = (editionId: string) => call('getResults', { path: { editionId } });

/** The server's instant minus the phone's, in milliseconds. */
export const serverOffset = async (): Promise<number> => {
  const before = Date.now();
  const { now } = await call('health');
  return new Date(now).getTime() - (before + Date.now()) / 2;
};

export const stageIndex = (stage: Stage): number => STAGES.indexOf(stage);
