import type { Institution } from '../../shared/schemas/institution.schema';

/** A sample of Kutai Kartanegara's institutions, one or more of each institutional type, loaded by
 * the local stack so the compliance report has something to report on. */
export const SAMPLE_INSTITUTIONS: Institution[] = [
  { institutionId: 'opd-brida', name: 'Badan Riset dan Inovasi Daerah', type: 'OPD' },
  { institutionId: 'opd-diskominfo', name: 'Dinas Komunikasi dan Informatika', type: 'OPD' },
  { institutionId: 'opd-dinkes', name: 'Dinas Kesehatan', type: 'OPD' },
  { institutionId: 'opd-disdikbud', name: 'Dinas Pendidikan dan Kebudayaan', type: 'OPD' },
  { institutionId: 'opd-dpmptsp', name: 'Dinas Penanaman Modal dan PTSP', type: 'OPD' },
  { institutionId: 'rsud-parikesit', name: 'RSUD Aji Muhammad Parikesit', type: 'RSUD' },
  { institutionId: 'rsud-dayaku-raja', name: 'RSUD Dayaku Raja', type: 'RSUD' },
  { institutionId: 'kec-tenggarong', name: 'Kecamatan Tenggarong', type: 'KECAMATAN', district: 'Tenggarong' },
  { institutionId: 'kec-loa-kulu', name: 'Kecamatan Loa Kulu', type: 'KECAMATAN', district: 'Loa Kulu' },
  { institutionId: 'kec-muara-badak', name: 'Kecamatan Muara Badak', type: 'KECAMATAN', district: 'Muara Badak' },
  { institutionId: 'kel-loa-ipuh', name: 'Kelurahan Loa Ipuh', type: 'KELURAHAN_DESA', district: 'Tenggarong' },
  { institutionId: 'desa-bangun-rejo', name: 'Desa Bangun Rejo', type: 'KELURAHAN_DESA', district: 'Tenggarong Seberang' },
  { institutionId: 'bumdes-bangun-rejo', name: 'BUMDes Bangun Rejo Sejahtera', type: 'BUMDES', district: 'Tenggarong Seberang' },
  { institutionId: 'pkm-tenggarong', name: 'Puskesmas Tenggarong', type: 'PUSKESMAS', district: 'Tenggarong' },
  { institutionId: 'pkm-loa-kulu', name: 'Puskesmas Loa Kulu', type: 'PUSKESMAS', district: 'Loa Kulu' },
  { institutionId: 'sman-1-tenggarong', name: 'SMA Negeri 1 Tenggarong', type: 'SEKOLAH', district: 'Tenggarong' },
  { institutionId: 'smpn-1-loa-kulu', name: 'SMP Negeri 1 Loa Kulu', type: 'SEKOLAH', district: 'Loa Kulu' },
];
