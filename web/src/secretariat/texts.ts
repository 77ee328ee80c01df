/** The secretariat's words, in their own chunk: only its pages import this file, so the public and
 * participant pages never download them. Each page may keep its own texts beside it the same way. */
const id = {
  secretariatOnly: 'Halaman ini untuk sekretariat (Brida).',
  secretariatNavLabel: 'Halaman sekretariat',
  secDashboard: 'Dasbor',
  secScreening: 'Seleksi administrasi',
  secPanel: 'Panel juri dan verifikator',
  secRankings: 'Peringkat',
  secObjections: 'Sanggahan',
  secCompliance: 'Kepatuhan',
  secCalendar: 'Jadwal',
  secAnnouncement: 'Pengumuman',
  secExports: 'Ekspor CSV',
  secAudit: 'Jejak audit',
};
const en: typeof id = {
  secretariatOnly: 'This page is for the secretariat (Brida).',
  secretariatNavLabel: 'Secretariat pages',
  secDashboard: 'Dashboard',
  secScreening: 'Administrative screening',
  secPanel: 'Jury and verifier panel',
  secRankings: 'Rankings',
  secObjections: 'Objections',
  secCompliance: 'Compliance',
  secCalendar: 'Calendar',
  secAnnouncement: 'Announcement',
  secExports: 'CSV exports',
  secAudit: 'Audit trail',
};
export const secretariatTexts = { id, en };
export type SecretariatTexts = typeof id;
