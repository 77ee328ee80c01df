import { z } from 'zod';
import { INSTITUTIONAL_CATEGORIES } from '../domain/categories';
import { Slug, Text } from './common.schema';

export const InstitutionType = z.enum(INSTITUTIONAL_CATEGORIES);

export const InstitutionInput = z.strictObject({
  name: Text(200).min(2),
  type: InstitutionType,
  /** The sub-district (kecamatan) it belongs to, where that applies. */
  district: Text(100).optional(),
});
export type InstitutionInput = z.infer<typeof InstitutionInput>;

export const Institution = InstitutionInput.extend({ institutionId: Slug });
export type Institution = z.infer<typeof Institution>;

export const ComplianceRow = Institution.pick({ institutionId: true, name: true, type: true }).extend({
  submitted: z.number().int().min(0),
  registered: z.number().int().min(0),
});
export const ComplianceReport = z.object({
  editionId: Slug,
  total: z.number().int(),
  compliant: z.number().int(),
  institutions: z.array(ComplianceRow),
});
export type ComplianceReport = z.infer<typeof ComplianceReport>;

/** How many innovations one institution registered and submitted in one edition. */
export interface Tally {
  institutionId: string;
  registered: number;
  submitted: number;
}
