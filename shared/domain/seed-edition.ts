import type { EditionInput } from '#shared/schemas/edition.schema';
import { CATEGORY_CODES } from '#shared/vocabulary/categories';

/** The 2023 edition as the regency announced it (all times WITA). Also the template the secretariat
 * copies for next year's edition. */
export const SEED_EDITION_ID = 'pik-2023';

export const seedEdition: EditionInput = {
  name: 'Pekan Inovasi dan Kreativitas Kutai Kartanegara 2023',
  theme: 'Inovasi dan kreativitas untuk akselerasi mewujudkan Kukar IDAMAN',
  timeZone: 'Asia/Makassar',
  stages: [
    { stage: 'REGISTRATION', start: '2023-10-11T00:00:00+08:00', end: '2023-10-14T00:00:00+08:00' },
    { stage: 'SCREENING', start: '2023-10-14T00:00:00+08:00', end: '2023-11-01T00:00:00+08:00' },
    { stage: 'ASSESSMENT', start: '2023-11-01T00:00:00+08:00', end: '2023-11-20T12:00:00+08:00' },
    { stage: 'NOMINATION', start: '2023-11-20T12:00:00+08:00', end: '2023-11-20T18:00:00+08:00' },
    { stage: 'FIELD_VERIFICATION', start: '2023-11-20T18:00:00+08:00', end: '2023-11-27T00:00:00+08:00' },
    { stage: 'PRESENTATION', start: '2023-11-27T00:00:00+08:00', end: '2023-12-09T00:00:00+08:00' },
    { stage: 'WINNER_DETERMINATION', start: '2023-12-09T00:00:00+08:00', end: null },
  ],
  categories: [...CATEGORY_CODES],
  rubric: {
    // National anchors: KemenPAN-RB KIPP, Kemendagri IGA presentation weights, Kukar's 2025 criteria.
    assessment: [
      { key: 'kebaruan', label: 'Kebaruan (novelty)', weight: 25, min: 1, max: 5 },
      { key: 'kemanfaatan', label: 'Kemanfaatan: dampak dengan bukti sebelum–sesudah', weight: 25, min: 1, max: 5 },
      { key: 'efektivitas', label: 'Efektivitas dan efisiensi', weight: 15, min: 1, max: 5 },
      { key: 'replikasi', label: 'Dapat direplikasi', weight: 15, min: 1, max: 5 },
      { key: 'keberlanjutan', label: 'Keberlanjutan (regulasi, anggaran, SDM)', weight: 15, min: 1, max: 5 },
      { key: 'kelengkapan', label: 'Kelengkapan bukti dan kualitas video', weight: 5, min: 1, max: 5 },
    ],
    presentation: [
      { key: 'kebaruan', label: 'Kebaruan', weight: 30, min: 1, max: 5 },
      { key: 'kemanfaatan', label: 'Kemanfaatan', weight: 25, min: 1, max: 5 },
      { key: 'kolaborasi', label: 'Kewenangan dan kolaborasi', weight: 15, min: 1, max: 5 },
      { key: 'replikasi', label: 'Dapat direplikasi', weight: 20, min: 1, max: 5 },
      { key: 'penguasaan', label: 'Penguasaan materi', weight: 10, min: 1, max: 5 },
    ],
  },
  nominationsPerCategory: 5,
  maxInnovationsPerOwner: 20,
  minimumNominationScore: null,
  finalWeights: { assessment: 50, verification: 20, presentation: 30 },
};
