import { conflict } from '#shared/errors';
import { msg, type ActionKey } from '#shared/messages/catalogue';
import type { RoundName } from '#shared/schemas/edition.schema';
import type { StoredInnovation } from '#shared/schemas/innovation.schema';
import type { StoredVerification, Verification } from '#shared/schemas/judging.schema';
import { statusConflict } from './innovation-rules';

/** The stage in which each scoring round is open. */
export const ROUND_STAGE = { assessment: 'ASSESSMENT', presentation: 'PRESENTATION' } as const;

/** What scoring each round is called when its stage refuses it. */
export const ROUND_ACTION: Record<RoundName, ActionKey> = { assessment: 'ACTION_SCORE_ASSESSMENT', presentation: 'ACTION_SCORE_PRESENTATION' };

/** Whether an entry can be scored in a round: the assessment takes submitted entries not screened
 * out; the presentation takes nominees whose field verification did not fail. */
export const requireScorable = (innovation: StoredInnovation, round: RoundName, verification: Verification | undefined): void => {
  if (round === 'assessment' && !['SUBMITTED', 'ELIGIBLE'].includes(innovation.status))
    throw statusConflict('NOT_ELIGIBLE', innovation.status);
  if (round === 'presentation') {
    requireNominee(innovation);
    if (verification?.result === 'NOT_VERIFIED')
      throw conflict('NOT_VERIFIED', msg('NOT_VERIFIED'));
  }
};

export const requireNominee = (innovation: StoredInnovation): void => {
  if (innovation.status !== 'NOMINATED')
    throw statusConflict('NOT_A_NOMINEE', innovation.status);
};

/** A verification as its readers see it: evidence without its storage key, each with its `href`. */
export const verificationView = (v: StoredVerification): Verification => ({ ...v, evidence: v.evidence.map(({ submittedKey: _key, ...e }) => e) });

/** Screening decides on submitted entries only; drafts are never eligible. */
export const requireScreenable = (innovation: StoredInnovation): void => {
  if (!['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE'].includes(innovation.status))
    throw statusConflict('NOT_SUBMITTED', innovation.status);
};
