/** The edition: its calendar, categories and rubric. */
import * as z from 'zod/mini';
import { defineSchema, ListOf, Version } from '#shared/schemas/common.schema';
import { EditionInput, EditionView, StageName, StageWindow } from '#shared/schemas/edition.schema';
import { defineResponses, defineRoute, READS_TABLE, STANDARD_SIZING } from './contract';
import { EditionPath } from './path-params';

/** What became of the boundary schedules a new or moved calendar asked for. */
export const ScheduleChanges = /* @__PURE__ */ defineSchema(() => z.object({
  created: z.array(z.string()),
  removed: z.array(z.string()),
  failed: z.array(z.object({ boundary: StageName, action: z.enum(['create', 'remove']), error: z.string() })),
}));
export const EditionList = /* @__PURE__ */ defineSchema(() => ListOf(EditionView));
export const EditionWithSchedules = /* @__PURE__ */ defineSchema(() => z.extend(EditionView, { schedules: ScheduleChanges }));
export const EditionRevision = /* @__PURE__ */ defineSchema(() => z.extend(EditionInput, { version: z.optional(Version) }));
export const CalendarInput = /* @__PURE__ */ defineSchema(() => z.strictObject({ stages: z.array(StageWindow).check(z.minLength(1), z.maxLength(10)), version: z.optional(Version) }));

export const listEditions = /* @__PURE__ */ defineRoute(() => ({
  id: 'listEditions',
  method: 'GET',
  path: '/editions',
  handler: 'list-editions',
  summary: 'Every edition, newest first, each with its calendar and current stage',
  roles: 'public',
  idempotent: false,
  request: {},
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const getEdition = /* @__PURE__ */ defineRoute(() => ({
  id: 'getEdition',
  method: 'GET',
  path: '/editions/{editionId}',
  handler: 'get-edition',
  summary: 'Edition, calendar, categories, rubric and current stage',
  roles: 'public',
  idempotent: false,
  request: { path: EditionPath },
  access: READS_TABLE,
  sizing: STANDARD_SIZING,
}));

export const putEdition = /* @__PURE__ */ defineRoute(() => ({
  id: 'putEdition',
  method: 'PUT',
  path: '/editions/{editionId}',
  handler: 'put-edition',
  summary: "Create next year's edition (or revise it before it starts); its schedules follow",
  roles: ['admin'],
  idempotent: false,
  request: { path: EditionPath, body: EditionRevision },
  // A new calendar schedules its boundaries at run time.
  access: { table: 'readWrite', bucket: null, schedules: 'manage' },
  sizing: STANDARD_SIZING,
}));

export const putCalendar = /* @__PURE__ */ defineRoute(() => ({
  id: 'putCalendar',
  method: 'PUT',
  path: '/editions/{editionId}/calendar',
  handler: 'put-calendar',
  summary: 'Move windows that have not ended; pending schedules follow',
  roles: ['admin'],
  idempotent: false,
  request: { path: EditionPath, body: CalendarInput },
  // A moved calendar schedules its moved boundaries anew.
  access: { table: 'readWrite', bucket: null, schedules: 'manage' },
  sizing: STANDARD_SIZING,
}));

/** What each route above answers on success. */
export const editionResponses = /* @__PURE__ */ defineResponses(() => ({
  listEditions: { statuses: [200], schema: EditionList },
  getEdition: { statuses: [200], schema: EditionView },
  putEdition: { statuses: [201, 200], schema: EditionWithSchedules },
  putCalendar: { statuses: [200], schema: EditionWithSchedules },
}));
