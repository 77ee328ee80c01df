import { conflict } from '../errors';
import type { RoundName } from '../schemas/edition.schema';
import type { StoredInnovation } from '../schemas/innovation.schema';
import type { Verification } from '../schemas/judging.schema';

/** The stage in which each scoring round is open. */
export const ROUND_STAGE = { assessment: 'ASSESSMENT', presentation: 'PRESENTATION' } as const;

/** Whether an entry can be scored in a round: the assessment takes submitted entries not screened
 * out; the presentation takes nominees whose field verification did not fail. */
export const requireScorable = (innovation: StoredInnovation, round: RoundName, verification: Verification | undefined): void => {
  if (round === 'assessment' && !['SUBMITTED', 'ELIGIBLE'].includes(innovation.status))
    throw conflict('NOT_ELIGIBLE', `The innovation is ${innovation.status}; only submitted, eligible entries are assessed`, [{ message: 'status', status: innovation.status }]);
  if (round === 'presentation') {
    requireNominee(innovation);
    if (verification?.result === 'NOT_VERIFIED')
      throw conflict('NOT_VERIFIED', 'The field verification did not confirm this nominee; it is not scored in the presentation round');
  }
};

export const requireNominee = (innovation: StoredInnovation): void => {
  if (innovation.status !== 'NOMINATED')
    throw conflict('NOT_A_NOMINEE', `The innovation is ${innovation.status}, not a nominee`, [{ message: 'status', status: innovation.status }]);
};

/** Screening decides on submitted entries only; drafts are never eligible. */
export const requireScreenable = (innovation: StoredInnovation): void => {
  if (!['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE'].includes(innovation.status))
    throw conflict('NOT_SUBMITTED', `The innovation is ${innovation.status}; only submitted entries are screened`, [{ message: 'status', status: innovation.status }]);
};
