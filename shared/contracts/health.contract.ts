import * as z from 'zod/mini';
import { defineSchema, IsoInstant } from '../schemas/common.schema';
import { defineRoute, STANDARD_SIZING } from './contract';

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
  response: { statuses: [200], schema: Health },
  access: { table: null, bucket: null, schedules: null },
  sizing: STANDARD_SIZING,
}));
