/** The Cognito groups a person belongs to: what they may do in the competition. */
export const ROLES = ['participant', 'jury', 'verifier', 'admin'] as const;
export type Role = (typeof ROLES)[number];
