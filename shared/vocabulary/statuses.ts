/** Where an innovation stands in the competition. */
export const INNOVATION_STATUSES = ['DRAFT', 'SUBMITTED', 'ELIGIBLE', 'INELIGIBLE', 'NOMINATED', 'WINNER', 'NOT_SUBMITTED', 'DISQUALIFIED'] as const;
export type InnovationStatus = (typeof INNOVATION_STATUSES)[number];
