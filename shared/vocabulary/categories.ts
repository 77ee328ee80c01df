/** The fourteen competition categories. Institutional ones are entered by an institution (instansi),
 * personal ones by a person. Each category is ranked separately. */
export const INSTITUTIONAL_CATEGORIES = ['OPD', 'RSUD', 'KECAMATAN', 'KELURAHAN_DESA', 'BUMDES', 'PUSKESMAS', 'SEKOLAH'] as const;
export const PERSONAL_CATEGORIES = [
  'GURU', 'SISWA', 'PETANI_NELAYAN', 'PEREMPUAN', 'PENYANDANG_DIFABEL', 'MAHASISWA', 'PEMUDA',
] as const;
export const CATEGORY_CODES = [...INSTITUTIONAL_CATEGORIES, ...PERSONAL_CATEGORIES] as const;

export type CategoryCode = (typeof CATEGORY_CODES)[number];
export type InstitutionType = (typeof INSTITUTIONAL_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<CategoryCode, string> = {
  OPD: 'Organisasi Perangkat Daerah',
  RSUD: 'Rumah Sakit Umum Daerah',
  KECAMATAN: 'Kecamatan',
  KELURAHAN_DESA: 'Kelurahan/Desa',
  BUMDES: 'Badan Usaha Milik Desa',
  PUSKESMAS: 'Puskesmas',
  SEKOLAH: 'Sekolah',
  GURU: 'Guru',
  SISWA: 'Siswa',
  PETANI_NELAYAN: 'Petani-Nelayan',
  PEREMPUAN: 'Perempuan',
  PENYANDANG_DIFABEL: 'Penyandang Difabel',
  MAHASISWA: 'Mahasiswa',
  PEMUDA: 'Pemuda',
};

export const isInstitutional = (category: string): category is InstitutionType =>
  (INSTITUTIONAL_CATEGORIES as readonly string[]).includes(category);
