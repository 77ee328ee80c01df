import * as z from 'zod/mini';
import { defineSchema, IsoInstant } from '#shared/schemas/common.schema';
import { defineResponses, defineRoute, STANDARD_SIZING } from './contract';

export const Health = /* @__PURE__ */ defineSchema(() => z.object({ status: z.literal('ok'), now: IsoInstant }));

export const health = /* @__PURE__ */ defineRoute(() => ({
  id: 'health',
  method: 'GET',
  path: '/health',
  handler: 'health',
  summary: 'Liveness and version',
  roles: 'public',
  idempotent: false,
  request: {},
  access: { table: null, bucket: null, schedules: null },
  sizing: STANDARD_SIZING,
}));

/** What each route above answers on success. */
export const healthResponses = /* @__PURE__ */ defineResponses(() => ({
  health: { statuses: [200], schema: Health },
}));
