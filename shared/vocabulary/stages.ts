/** The stages of an edition, in calendar order. UPCOMING precedes the first window; ANNOUNCED follows
 * the secretariat's announcement (an admin action, not a date). */
export const STAGES = [
  'UPCOMING',
  'REGISTRATION',
  'SCREENING',
  'ASSESSMENT',
  'NOMINATION',
  'FIELD_VERIFICATION',
  'PRESENTATION',
  'WINNER_DETERMINATION',
  'ANNOUNCED',
] as const;
export type Stage = (typeof STAGES)[number];

/** Stages that have a dated window in the calendar (start inclusive, end exclusive). */
export const DATED_STAGES = STAGES.slice(1, 8) as readonly Exclude<Stage, 'UPCOMING' | 'ANNOUNCED'>[];
export type DatedStage = (typeof DATED_STAGES)[number];

export const stageIndex = (stage: Stage): number => STAGES.indexOf(stage);

/** The instants the stage clock acts at: each dated stage's start, and the end of an edition's public
 * objection period (which runs beside the stages and opens with the nomination). */
export const BOUNDARIES = [...DATED_STAGES, 'OBJECTION_CLOSE'] as const;
export type Boundary = (typeof BOUNDARIES)[number];
