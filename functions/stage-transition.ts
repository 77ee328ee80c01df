/** The EventBridge Scheduler target: `{editionId, boundary}` from a one-time schedule at a stage
 * boundary, or `{action: "reconcile"}` from the periodic reconciler. Not an HTTP route. It fails
 * loudly (throws) so the schedule's retry policy and dead-letter queue catch a failed run; a schedule
 * that fires early is refused by the calendar and ends quietly. */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import * as z from 'zod/mini';
import { now } from '#shared/clock';
import { StageTransitionEvent } from '#shared/contracts/stage-transition.contract';
import { logger } from '#shared/logger';
import { reconcile, runBoundary, type BoundaryRun } from '#shared/use-cases/run-boundaries';

export const handler = middy<unknown, { runs: BoundaryRun[] }>()
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .handler(async (raw) => {
  const event = z.parse(StageTransitionEvent, raw);
  const at = now();
  const runs = 'action' in event ? await reconcile(at) : await runBoundary(event.editionId, event.boundary, at);
  for (const run of runs) logger.info('stage boundary', { ...run });
  if (runs.length === 0) logger.info('nothing due', { event });
  return { runs };
});
