/** The secretariat's export of an edition's entries in the national field set. */
import * as z from 'zod/mini';
import { defineSchema, Slug } from '#shared/schemas/common.schema';
import { defineResponses, defineRoute, STANDARD_SIZING } from './contract';
import { EditionPath, ExportFormat } from './path-params';

export const IidExportQuery = /* @__PURE__ */ defineSchema(() => z.object({
  /** Only the winners (place 1–3), for the provincial and national rounds. */
  winners: z.optional(z.enum(['true', 'false'])),
  format: ExportFormat,
}));

export const IidExport = /* @__PURE__ */ defineSchema(() => z.object({
  editionId: Slug,
  winnersOnly: z.boolean(),
  /** The columns, in order (the CSV's header). */
  fields: z.array(z.string()),
  items: z.array(z.record(z.string(), z.unknown())),
}));

export const exportIid = /* @__PURE__ */ defineRoute(() => ({
  id: 'exportIid',
  method: 'GET',
  path: '/editions/{editionId}/export/iid',
  handler: 'export-iid',
  summary: "The edition's submitted entries (or its winners) in the national field set, as JSON or CSV",
  roles: ['admin'],
  idempotent: false,
  request: { path: EditionPath, query: IidExportQuery },
  access: { table: 'read', bucket: null, schedules: null },
  sizing: STANDARD_SIZING,
}));

export const exportResponses = /* @__PURE__ */ defineResponses(() => ({
  exportIid: { statuses: [200], schema: IidExport, csv: true },
}));
