/** What the audit trail records: every change the brief asks to be answered for (who, when, what). */
export const AUDIT_ACTIONS = [
  'EDITION_REVISED',
  'CALENDAR_CHANGED',
  'ASSIGNMENTS_SET',
  'SCREENING_FLAGGED',
  'ELIGIBILITY_SET',
  'SCORE_ASSESSMENT',
  'SCORE_PRESENTATION',
  'VERIFICATION_SET',
  'RANKING_NOMINATION',
  'RANKING_FINAL',
  'ANNOUNCED',
  'OBJECTION_FILED',
  'OBJECTION_RESOLVED',
  'OBJECTION_PERIOD_CLOSED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
