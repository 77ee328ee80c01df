/** What the screening rules can flag an entry for (see shared/domain/eligibility.ts). */
export const FLAG_CODES = ['RUNNING_TIME', 'DUPLICATE_TITLE', 'PREVIOUS_WINNER'] as const;
export type FlagCode = (typeof FLAG_CODES)[number];
