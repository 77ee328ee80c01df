import * as z from 'zod/mini';
import { INSTITUTIONAL_CATEGORIES } from '#shared/vocabulary/categories';
import { defineSchema, Slug, Text } from './common.schema';

export const InstitutionType = /* @__PURE__ */ defineSchema(() => z.enum(INSTITUTIONAL_CATEGORIES));

export const InstitutionInput = /* @__PURE__ */ defineSchema(() => z.strictObject({
  name: Text(200, 2),
  type: InstitutionType,
  /** The sub-district (kecamatan) it belongs to, where that applies. */
  district: z.optional(Text(100)),
}));
export type InstitutionInput = z.infer<typeof InstitutionInput>;

export const Institution = /* @__PURE__ */ defineSchema(() => z.extend(InstitutionInput, { institutionId: Slug }));
export type Institution = z.infer<typeof Institution>;

export const ComplianceRow = /* @__PURE__ */ defineSchema(() => z.extend(z.pick(Institution, { institutionId: true, name: true, type: true }), {
  submitted: z.number().check(z.int(), z.minimum(0)),
  registered: z.number().check(z.int(), z.minimum(0)),
}));
export const ComplianceReport = /* @__PURE__ */ defineSchema(() => z.object({
  editionId: Slug,
  total: z.number().check(z.int()),
  compliant: z.number().check(z.int()),
  institutions: z.array(ComplianceRow),
}));
export type ComplianceReport = z.infer<typeof ComplianceReport>;

/** How many innovations one institution registered and submitted in one edition. */
export interface Tally {
  institutionId: string;
  registered: number;
  submitted: number;
}
