/** The compliance report's words (Indonesian, English), in the page's own chunk. */
const id = {
  complianceTitle: 'Laporan kepatuhan Satu Instansi Satu Inovasi',
  complianceRule: 'Setiap perangkat daerah dan unit kerja wajib mengajukan sedikitnya satu inovasi pelayanan publik setiap tahun. Draf yang belum diajukan tidak dihitung.',
  complianceSummary: (compliant: number, total: number, share: string) => `${compliant} dari ${total} instansi sudah mengajukan inovasi (${share}).`,
  perTypeChart: 'Kepatuhan per jenis instansi',
  institutionType: 'Jenis instansi',
  compliantSeries: 'Sudah mengajukan',
  pendingSeries: 'Belum mengajukan',
  typeSummary: (compliant: number, total: number) => `${compliant} dari ${total} sudah mengajukan`,
  counts: (registered: number, submitted: number) => `${registered} terdaftar · ${submitted} diajukan`,
  compliantTag: 'Patuh',
  pendingTag: 'Belum mengajukan',
  downloadCsv: 'Unduh laporan (CSV)',
  emptyRegistry: 'Belum ada instansi di daftar.',
};
const en: typeof id = {
  complianceTitle: 'One agency, one innovation: compliance report',
  complianceRule: 'Every regional agency and work unit must submit at least one public-service innovation each year. Drafts not submitted do not count.',
  complianceSummary: (compliant, total, share) => `${compliant} of ${total} institutions have submitted an innovation (${share}).`,
  perTypeChart: 'Compliance per type of institution',
  institutionType: 'Type of institution',
  compliantSeries: 'Submitted',
  pendingSeries: 'Not submitted',
  typeSummary: (compliant, total) => `${compliant} of ${total} have submitted`,
  counts: (registered, submitted) => `${registered} registered · ${submitted} submitted`,
  compliantTag: 'Compliant',
  pendingTag: 'Not submitted',
  downloadCsv: 'Download the report (CSV)',
  emptyRegistry: 'The registry has no institutions yet.',
};
export const complianceTexts = { id, en };
