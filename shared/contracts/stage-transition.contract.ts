/** The stage clock's function: no route; EventBridge Scheduler invokes it with one of these events,
 * and the local scheduler does too. Every producer builds its event with `boundaryEvent` or
 * `RECONCILE_EVENT`, and the function parses what arrives with `StageTransitionEvent`. */
import * as z from 'zod/mini';
import { defineSchema, Slug } from '#shared/schemas/common.schema';
import { BOUNDARIES, type Boundary } from '#shared/vocabulary/stages';
import { defineFunction, RANKING_SIZING, WRITES_TABLE } from './contract';

export const StageTransitionEvent = /* @__PURE__ */ defineSchema(() =>
  z.union([z.strictObject({ editionId: Slug, boundary: z.enum(BOUNDARIES) }), z.strictObject({ action: z.literal('reconcile') })]),
);
export type StageTransitionEvent = z.infer<typeof StageTransitionEvent>;

/** The event that runs one edition's boundary. */
export const boundaryEvent = (editionId: string, boundary: Boundary): StageTransitionEvent => ({ editionId, boundary });
/** How often EventBridge Scheduler runs the reconciler (the infra builds its schedule from it; the
 * benchmark counts its runs). */
export const RECONCILE_EVERY_MINUTES = 15;
/** The event that runs every boundary that is due, of every edition. */
export const RECONCILE_EVENT = { action: 'reconcile' } as const satisfies StageTransitionEvent;

export const stageTransition = /* @__PURE__ */ defineFunction(() => ({
  handler: 'stage-transition',
  summary: 'EventBridge Scheduler target: runs the stage boundaries that are due, and the periodic reconciler',
  // Moves statuses at boundaries and computes rankings.
  access: WRITES_TABLE,
  // A boundary may compute a whole edition's ranking, with time to spare beyond the HTTP API's limit.
  sizing: { ...RANKING_SIZING, timeoutSeconds: 300 },
}));
