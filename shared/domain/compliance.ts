import type { ComplianceReport, Institution, Tally } from '#shared/schemas/institution.schema';

/** Satu Instansi Satu Inovasi: every institution in the registry should have submitted at least one
 * innovation in the edition. Listed non-compliant first, then by name, so the secretariat sees who
 * to chase. */
export const complianceReport = (editionId: string, institutions: Institution[], tallies: Tally[]): ComplianceReport => {
  const byId = new Map(tallies.map((t) => [t.institutionId, t]));
  const rows = institutions
    .map((i) => ({ institutionId: i.institutionId, name: i.name, type: i.type, registered: byId.get(i.institutionId)?.registered ?? 0, submitted: byId.get(i.institutionId)?.submitted ?? 0 }))
    .sort((a, b) => Number(a.submitted > 0) - Number(b.submitted > 0) || a.name.localeCompare(b.name, 'id') || a.institutionId.localeCompare(b.institutionId));
  return { editionId, total: rows.length, compliant: rows.filter((r) => r.submitted > 0).length, institutions: rows };
};
