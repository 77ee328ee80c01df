/** The one message catalogue: every message a person reads in an error response, in Indonesian
 * (`id`, the default) and English (`en`, on `Accept-Language: en`). Code refers to a message by its
 * key with typed params (`msg('NOT_DRAFT', { status })`), so a message without an entry, or with the
 * wrong params, does not compile. English is also what logs show (`AppError.message`). Keys are not
 * wire codes: `error.code` stays as the contract names it; a code may have several messages. */
import type * as z from 'zod/mini';
import { en, id } from 'zod/v4/locales';
import type { Stage } from '#shared/vocabulary/stages';
import { toWita } from '#shared/vocabulary/wita';
import type { Role } from '#shared/vocabulary/roles';
import type { ScreeningFlag } from '#shared/vocabulary/screening-flags';
import type { InnovationStatus } from '#shared/vocabulary/statuses';
import type { Language } from './language';

type Renderer<P> = (params: P) => string;
interface Entry<P> {
  id: Renderer<P>;
  en: Renderer<P>;
}
/** One message in both languages, with the params both take. */
const entry = <P = void>(e: Entry<P>): Entry<P> => e;

// ---------------------------------------------------------------------------------------------
// Indonesian wording of the competition's codes (the code itself is kept next to it)

const TAHAP: Record<Stage, string> = {
  UPCOMING: 'pra-pendaftaran',
  REGISTRATION: 'pendaftaran',
  SCREENING: 'seleksi administrasi',
  ASSESSMENT: 'penilaian',
  NOMINATION: 'penentuan nominasi',
  FIELD_VERIFICATION: 'verifikasi lapangan',
  PRESENTATION: 'presentasi inovasi',
  WINNER_DETERMINATION: 'penentuan pemenang',
  ANNOUNCED: 'pengumuman',
};
const tahap = (stage: Stage): string => `${TAHAP[stage]} (${stage})`;

const PERAN: Record<Role, string> = { participant: 'peserta', jury: 'tim penilai', verifier: 'tim verifikasi lapangan', admin: 'sekretariat' };
const peran = (role: Role): string => `${PERAN[role]} (${role})`;

const STATUS: Record<InnovationStatus, string> = {
  DRAFT: 'draf',
  SUBMITTED: 'sudah diajukan',
  ELIGIBLE: 'memenuhi syarat',
  INELIGIBLE: 'tidak memenuhi syarat',
  NOMINATED: 'nominasi',
  WINNER: 'pemenang',
  NOT_SUBMITTED: 'tidak diajukan',
  DISQUALIFIED: 'didiskualifikasi',
};
const status = (s: InnovationStatus): string => `${STATUS[s] ?? s} (${s})`;

/** What a client's optimistic lock guards. */
export type Versioned = 'innovation' | 'edition' | 'score' | 'verification';
const VERSIONED: Record<Versioned, string> = { innovation: 'inovasi', edition: 'edisi', score: 'nilai', verification: 'hasil verifikasi' };

/** An instant as a Kukar office writes it: `14-10-2023 00.00` (WITA; seconds only when not zero). */
export const waktu = (instant: string): string => {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) return instant;
  const [date, time] = toWita(at).slice(0, 19).split('T') as [string, string];
  const [y, m, d] = date.split('-');
  const [hh, mm, ss] = time.split(':');
  return `${d}-${m}-${y} ${hh}.${mm}${ss === '00' ? '' : `.${ss}`}`;
};

/** A WITA calendar date as a Kukar office writes it: `15-10-2023`. */
const tanggal = (date: string): string => date.split('-').reverse().join('-');

/** A share (0–1) as a percentage with at most one decimal: `96,5 %` in Indonesian, `96.5 %` in English. */
const persen = (share: number, language: Language): string => `${(Math.round(share * 1000) / 10).toLocaleString(language === 'id' ? 'id-ID' : 'en-GB')} %`;

/** A stored document, named alike in both languages: `PROPOSAL "proposal.pdf"`. */
type Stored = { kind: string; fileName: string };
const berkas = (p: Stored): string => `${p.kind} "${p.fileName}"`;

/** A file size as an Indonesian office writes it: `12,3 kB`, `1,5 MB` (1 kB = 1000 bytes), the
 * number and its unit kept on one line (a no-break space). */
const ukuran = (bytes: number): string =>
  bytes < 1000 ? `${bytes}\u00a0B` : bytes < 1e6 ? `${(bytes / 1e3).toFixed(1).replace('.', ',')}\u00a0kB` : `${(bytes / 1e6).toFixed(1).replace('.', ',')}\u00a0MB`;

/** A stage window in WITA; an open end is written as such. */
const rentang = (start: string | null, end: string | null): string =>
  start && end ? `${waktu(start)} – ${waktu(end)} WITA` : start ? `mulai ${waktu(start)} WITA` : end ? `sampai ${waktu(end)} WITA` : 'tanpa jadwal';

// ---------------------------------------------------------------------------------------------
// Actions refused outside their stages (`requireStage`): noun phrases that open WRONG_STAGE

const ACTIONS = {
  ACTION_REGISTER_INNOVATION: entry({ id: () => 'Pendaftaran inovasi', en: () => 'Registering an innovation' }),
  ACTION_EDIT_INNOVATION: entry({ id: () => 'Perubahan data inovasi', en: () => 'Editing an innovation' }),
  ACTION_UPLOAD_DOCUMENT: entry({ id: () => 'Pengunggahan dokumen', en: () => 'Uploading a document' }),
  ACTION_SUBMIT_INNOVATION: entry({ id: () => 'Pengajuan inovasi', en: () => 'Submitting an innovation' }),
  ACTION_SCREEN: entry({ id: () => 'Seleksi administrasi', en: () => 'Screening' }),
  ACTION_ASSIGN_PANEL: entry({ id: () => 'Penetapan tim penilai dan tim verifikasi', en: () => 'Assigning the panel' }),
  ACTION_SCORE_ASSESSMENT: entry({ id: () => 'Pemberian nilai tahap penilaian', en: () => 'Scoring the assessment round' }),
  ACTION_SCORE_PRESENTATION: entry({ id: () => 'Pemberian nilai presentasi inovasi', en: () => 'Scoring the presentation round' }),
  ACTION_UPLOAD_EVIDENCE: entry({ id: () => 'Pengunggahan bukti verifikasi lapangan', en: () => 'Uploading field evidence' }),
  ACTION_RECORD_VERIFICATION: entry({ id: () => 'Pencatatan hasil verifikasi lapangan', en: () => 'Recording a field verification' }),
  ACTION_COMPUTE_NOMINATION: entry({ id: () => 'Perhitungan peringkat nominasi', en: () => 'Computing the nomination ranking' }),
  ACTION_COMPUTE_FINAL: entry({ id: () => 'Perhitungan peringkat akhir', en: () => 'Computing the final ranking' }),
  ACTION_ANNOUNCE: entry({ id: () => 'Pengumuman pemenang', en: () => 'Announcing the winners' }),
  ACTION_READ_RESULTS: entry({ id: () => 'Melihat hasil lomba', en: () => 'Reading the results' }),
  ACTION_RESOLVE_OBJECTION: entry({ id: () => 'Penyelesaian sanggahan', en: () => 'Resolving an objection' }),
  ACTION_REVISE_EDITION: entry({ id: () => 'Perubahan edisi', en: () => 'Revising an edition' }),
};
export type ActionKey = keyof typeof ACTIONS;

// zod's own issue messages, in zod 4's locales: built on the first message worded, not at load.
let zodLocales: Record<Language, z.core.$ZodErrorMap> | undefined;
const zodLocale = (language: Language): z.core.$ZodErrorMap => (zodLocales ??= { id: id().localeError, en: en().localeError })[language];
/** What zod/mini words an issue that has no message of its own (no locale is configured). */
const ZOD_FALLBACK = 'Invalid input';
const zodText = (issue: z.core.$ZodIssue, language: Language): string => {
  const english = String(zodLocale('en')(issue as never) ?? ZOD_FALLBACK);
  // A schema's own message not worded through the catalogue (no `schemaMessage`): keep its text
  // rather than swap it for a generic one. zod's own issues carry either zod/mini's fallback or,
  // where the full zod configured its English locale, that wording.
  if (issue.message !== english && issue.message !== ZOD_FALLBACK) return issue.message;
  return language === 'en' ? english : String(zodLocale(language)(issue as never) ?? english);
};

/** The whole catalogue, built on the first message worded rather than at load: a request that
 * succeeds words none, so its cold start only parses the catalogue and never runs it. */
const buildCatalogue = () => ({
  ...ACTIONS,

  // ---- Stages and the calendar
  WRONG_STAGE: entry<{ action: ActionKey; stage: Stage; start: string | null; end: string | null }>({
    id: (p) => `${ACTIONS[p.action].id()} tidak dapat dilakukan pada tahap ${TAHAP[p.stage]} (${p.stage}, ${rentang(p.start, p.end)})`,
    en: (p) => `${ACTIONS[p.action].en()} is not possible during ${p.stage} (${p.start ?? '…'} – ${p.end ?? '…'})`,
  }),
  DETAIL_CURRENT_STAGE: entry({ id: () => 'tahap saat ini', en: () => 'current stage' }),
  DETAIL_ALLOWED_STAGE: entry({ id: () => 'tahap yang diizinkan', en: () => 'allowed stage' }),
  CALENDAR_UNSOUND: entry({ id: () => 'Jadwal tahapan tidak benar', en: () => 'The calendar is not sound' }),
  CALENDAR_STAGE_EXPECTED: entry<{ stage: Stage; position: number }>({
    id: (p) => `tahap ${tahap(p.stage)} seharusnya berada pada posisi ${p.position}`,
    en: (p) => `expected ${p.stage} at position ${p.position}`,
  }),
  CALENDAR_END_REQUIRED: entry<{ stage: Stage }>({ id: (p) => `tahap ${tahap(p.stage)} memerlukan waktu selesai`, en: (p) => `${p.stage} needs an end` }),
  CALENDAR_END_MUST_BE_NULL: entry<{ stage: Stage }>({
    id: (p) => `tahap ${tahap(p.stage)} berlangsung sampai pengumuman; waktu selesainya harus null`,
    en: (p) => `${p.stage} lasts until the announcement; its end must be null`,
  }),
  CALENDAR_END_BEFORE_START: entry<{ stage: Stage }>({ id: (p) => `tahap ${tahap(p.stage)} harus selesai setelah dimulai`, en: (p) => `${p.stage} must end after it starts` }),
  CALENDAR_GAP: entry<{ stage: Stage; previous: Stage; end: string }>({
    id: (p) => `tahap ${tahap(p.stage)} harus dimulai tepat saat tahap ${tahap(p.previous)} berakhir (${waktu(p.end)} WITA)`,
    en: (p) => `${p.stage} must start when ${p.previous} ends (${p.end})`,
  }),
  CALENDAR_WINDOW_COUNT: entry<{ count: number }>({ id: (p) => `jadwal harus berisi ${p.count} tahapan`, en: (p) => `expected ${p.count} windows` }),
  CALENDAR_PAST: entry({
    id: () => 'Hanya tahapan yang belum berakhir yang dapat diubah, dan tidak ke waktu yang sudah lewat',
    en: () => 'Only windows that have not ended can move, and not into the past',
  }),
  CALENDAR_START_PASSED: entry<{ stage: Stage; start: string }>({
    id: (p) => `tahap ${tahap(p.stage)} dimulai ${waktu(p.start)} WITA; waktu mulai yang sudah lewat, atau waktu mulai baru di masa lalu, tidak dapat ditetapkan`,
    en: (p) => `${p.stage} starts ${p.start}; a start that has passed, or a new start in the past, cannot be set`,
  }),
  CALENDAR_END_PASSED: entry<{ stage: Stage }>({
    id: (p) => `tahap ${tahap(p.stage)} sudah berakhir atau akan berakhir di masa lalu; waktunya tidak dapat diubah`,
    en: (p) => `${p.stage} ended or would end in the past; it cannot move`,
  }),
  CALENDAR_CLOSED: entry({ id: () => 'Pemenang sudah diumumkan; jadwal tidak dapat diubah lagi', en: () => 'The winners are announced; the calendar is closed' }),
  NEW_EDITION_IN_PAST: entry({ id: () => 'Edisi baru harus dibuka pada waktu yang akan datang', en: () => 'A new edition must open in the future' }),
  REGISTRATION_START_AFTER: entry<{ at: string }>({ id: (p) => `pendaftaran harus dimulai setelah ${waktu(p.at)} WITA`, en: (p) => `registration must start after ${p.at}` }),

  // ---- Access
  UNAUTHORIZED: entry({ id: () => 'Token tidak ada atau tidak valid', en: () => 'Missing or invalid token' }),
  ROLE_REQUIRED: entry<{ roles: readonly Role[] }>({
    id: (p) => `Tindakan ini memerlukan salah satu peran: ${p.roles.map(peran).join(', ')}`,
    en: (p) => `This action needs one of the roles: ${p.roles.join(', ')}`,
  }),
  OWNER_ONLY: entry({ id: () => 'Hanya pemilik inovasi ini yang dapat mengubahnya', en: () => 'Only the owner of this innovation may change it' }),
  NOT_INSTITUTION_ACCOUNT: entry<{ name: string }>({ id: (p) => `Akun Anda tidak mewakili ${p.name}`, en: (p) => `Your account does not speak for ${p.name}` }),
  CONFLICT_OF_INTEREST: entry({
    id: () => 'Anda telah menyatakan konflik kepentingan dengan instansi ini',
    en: () => 'You declared a conflict of interest with this institution',
  }),
  NOT_ON_PANEL: entry<{ role: 'jury' | 'verifier'; category: string }>({
    id: (p) => `Anda tidak ditugaskan sebagai ${PERAN[p.role]} untuk kategori ${p.category}`,
    en: (p) => `You are not assigned as ${p.role} to the ${p.category} category`,
  }),
  NOT_ASSIGNED_TO_CATEGORY: entry<{ category: string }>({
    id: (p) => `Anda tidak ditugaskan pada kategori ${p.category}`,
    en: (p) => `You are not assigned to the ${p.category} category`,
  }),
  READ_FORBIDDEN: entry({ id: () => 'Anda tidak berhak melihat inovasi ini', en: () => 'You may not read this innovation' }),
  LIST_FORBIDDEN: entry({
    id: () => 'Daftar inovasi hanya dapat dilihat oleh sekretariat, tim penilai dan tim verifikasi yang ditugaskan, serta peserta',
    en: () => 'Only the secretariat, assigned judges and verifiers, and participants list innovations',
  }),

  // ---- Not found
  EDITION_NOT_FOUND: entry<{ editionId: string }>({ id: (p) => `Edisi ${p.editionId} tidak ditemukan`, en: (p) => `Edition ${p.editionId} not found` }),
  INNOVATION_NOT_FOUND: entry<{ id: string }>({ id: (p) => `Inovasi ${p.id} tidak ditemukan`, en: (p) => `Innovation ${p.id} not found` }),
  ASSIGNMENTS_NOT_FOUND: entry<{ editionId: string }>({
    id: (p) => `Penugasan tim penilai untuk edisi ${p.editionId} belum ada`,
    en: (p) => `Assignments of edition ${p.editionId} not found`,
  }),
  RANKING_NOT_FOUND: entry<{ round: 'nomination' | 'final'; editionId: string }>({
    id: (p) => `Peringkat ${p.round === 'nomination' ? 'nominasi' : 'akhir'} edisi ${p.editionId} belum dihitung`,
    en: (p) => `The ${p.round} ranking of ${p.editionId} (not computed yet) not found`,
  }),
  ROUTE_NOT_FOUND: entry<{ method: string; path: string }>({ id: (p) => `Tidak ada rute ${p.method} ${p.path}`, en: (p) => `No route ${p.method} ${p.path}` }),

  // ---- Innovations
  CATEGORY_NOT_IN_EDITION: entry<{ category: string }>({
    id: (p) => `${p.category} bukan kategori pada edisi ini`,
    en: (p) => `${p.category} is not a category of this edition`,
  }),
  PERSONAL_CATEGORY_WITHOUT_INSTITUTION: entry<{ category: string }>({
    id: (p) => `${p.category} adalah kategori perorangan; tuliskan sekolah atau komunitas Anda pada affiliation`,
    en: (p) => `${p.category} is a personal category; name your school or community in affiliation`,
  }),
  INSTITUTION_REQUIRED: entry<{ category: string }>({
    id: (p) => `wajib diisi untuk kategori kelembagaan ${p.category}`,
    en: (p) => `required for the institutional category ${p.category}`,
  }),
  INSTITUTION_NOT_REGISTERED: entry<{ institutionId: string }>({
    id: (p) => `instansi ${p.institutionId} tidak terdaftar`,
    en: (p) => `institution ${p.institutionId} is not in the registry`,
  }),
  INSTITUTION_OTHER_CATEGORY: entry<{ name: string; type: string }>({
    id: (p) => `${p.name} adalah ${p.type} dan hanya dapat mengikuti kategori ${p.type}`,
    en: (p) => `${p.name} is a ${p.type} and enters in that category`,
  }),
  NOT_DRAFT: entry<{ status: InnovationStatus }>({
    id: (p) => `Inovasi ini berstatus ${status(p.status)}; hanya draf yang dapat diubah`,
    en: (p) => `The innovation is ${p.status}; only a draft can be changed`,
  }),
  DETAIL_STATUS: entry({ id: () => 'status inovasi', en: () => 'status' }),
  FIELD_REQUIRED_FOR_SUBMISSION: entry<{ field: string }>({
    id: (p) => `${p.field} wajib diisi sebelum pengajuan`,
    en: (p) => `${p.field} is required for submission`,
  }),
  PROPOSAL_REQUIRED: entry({
    id: () => 'dokumen PROPOSAL (PDF) wajib diunggah sebelum pengajuan',
    en: () => 'a PROPOSAL (PDF) document is required for submission',
  }),
  INCOMPLETE: entry({ id: () => 'Data inovasi belum lengkap untuk diajukan', en: () => 'The innovation is not complete enough to submit' }),
  DUPLICATE_INNOVATION: entry({ id: () => 'Inovasi ini sudah ada', en: () => 'This innovation already exists' }),
  TOO_MANY_INNOVATIONS: entry<{ max: number }>({
    id: (p) => `Satu akun paling banyak mendaftarkan ${p.max} inovasi pada satu edisi`,
    en: (p) => `One account registers at most ${p.max} innovations in an edition`,
  }),
  DUPLICATE_EDITION: entry<{ editionId: string }>({ id: (p) => `Edisi ${p.editionId} sudah ada`, en: (p) => `Edition ${p.editionId} already exists` }),

  // ---- Documents and evidence
  CONTENT_TYPE_NOT_ACCEPTED: entry<{ kind: string; accepted: readonly string[] }>({
    id: (p) => `${p.kind} harus berjenis salah satu dari ${p.accepted.join(', ')}`,
    en: (p) => `${p.kind} must be one of ${p.accepted.join(', ')}`,
  }),
  DOCUMENT_TOO_LARGE: entry<{ kind: string; maxMb: number }>({
    id: (p) => `Ukuran ${p.kind} paling besar ${p.maxMb} MB`,
    en: (p) => `${p.kind} must be at most ${p.maxMb} MB`,
  }),
  TOO_MANY_DOCUMENTS: entry<{ max: number }>({
    id: (p) => `Satu inovasi paling banyak memuat ${p.max} dokumen`,
    en: (p) => `An innovation keeps at most ${p.max} documents`,
  }),
  DOCUMENT_NOT_UPLOADED: entry<Stored>({ id: (p) => `${berkas(p)} belum diunggah`, en: (p) => `${berkas(p)} was not uploaded` }),
  DOCUMENT_STORED_AS: entry<Stored & { stored: string | undefined; declared: string }>({
    id: (p) => `${berkas(p)} tersimpan sebagai ${p.stored ?? 'jenis yang tidak dikenal'}, bukan ${p.declared}`,
    en: (p) => `${berkas(p)} is stored as ${p.stored ?? 'unknown type'}, not ${p.declared}`,
  }),
  DOCUMENT_LARGER_THAN_ALLOWED: entry<Stored & { size: number }>({
    id: (p) => `${berkas(p)} berukuran ${p.size} byte, lebih besar dari yang diizinkan`,
    en: (p) => `${berkas(p)} is larger (${p.size} bytes) than allowed`,
  }),
  DOCUMENT_EMPTY: entry<Stored>({ id: (p) => `${berkas(p)} kosong`, en: (p) => `${berkas(p)} is empty` }),
  DOCUMENT_NOT_OF_TYPE: entry<Stored & { contentType: string }>({
    id: (p) => `${berkas(p)} bukan berkas ${p.contentType}`,
    en: (p) => `${berkas(p)} is not a ${p.contentType} file`,
  }),
  DOCUMENTS_MISMATCH: entry({
    id: () => 'Beberapa dokumen yang diunggah tidak sesuai dengan yang dinyatakan; unggah ulang dokumen tersebut',
    en: () => 'Some uploaded documents are not what was declared; upload them again',
  }),
  EVIDENCE_NOT_UPLOADED: entry<{ documentId: string }>({
    id: (p) => `${p.documentId} bukan bukti yang diunggah untuk inovasi ini`,
    en: (p) => `${p.documentId} is not evidence uploaded for this innovation`,
  }),
  EVIDENCE_MISMATCH: entry({
    id: () => 'Sebagian bukti tidak ada atau tidak sesuai dengan yang dinyatakan',
    en: () => 'Some evidence is missing or not what was declared',
  }),
  DUPLICATE_OBJECTION: entry({ id: () => 'Sanggahan ini sudah ada', en: () => 'This objection already exists' }),
  DUPLICATE_EVIDENCE: entry({ id: () => 'Bukti ini sudah ada', en: () => 'This evidence already exists' }),
  DOCUMENT_UNREADABLE: entry<Stored>({
    id: (p) => `${berkas(p)} tidak dapat dibaca dari penyimpanan; unggah ulang dokumen tersebut`,
    en: (p) => `${berkas(p)} cannot be read from storage; upload it again`,
  }),
  DOCUMENT_NOT_FOUND: entry<{ documentId: string }>({
    id: (p) => `Dokumen ${p.documentId} tidak ditemukan pada inovasi ini`,
    en: (p) => `Document ${p.documentId} not found in this innovation`,
  }),
  DOCUMENT_NOT_STORED: entry<Stored>({
    id: (p) => `${berkas(p)} belum diunggah, sehingga belum dapat dibaca`,
    en: (p) => `${berkas(p)} has not been uploaded, so there is nothing to read yet`,
  }),
  EVIDENCE_NOT_FOUND: entry<{ documentId: string }>({
    id: (p) => `Bukti ${p.documentId} tidak ditemukan pada inovasi ini`,
    en: (p) => `Evidence ${p.documentId} not found for this innovation`,
  }),
  VERIFICATION_NOT_FOUND: entry({
    id: () => 'Verifikasi lapangan inovasi ini belum dicatat',
    en: () => 'No field verification has been recorded for this innovation yet',
  }),
  EVIDENCE_READ_FORBIDDEN: entry({
    id: () => 'Bukti verifikasi lapangan hanya dapat dilihat oleh sekretariat serta tim penilai dan tim verifikasi yang ditugaskan',
    en: () => 'Only the secretariat and the assigned judges and verifiers read field-verification evidence',
  }),

  // ---- Judging
  NOT_ELIGIBLE: entry<{ status: InnovationStatus }>({
    id: (p) => `Inovasi ini berstatus ${status(p.status)}; hanya inovasi yang sudah diajukan dan memenuhi syarat yang dinilai`,
    en: (p) => `The innovation is ${p.status}; only submitted, eligible entries are assessed`,
  }),
  NOT_VERIFIED: entry({
    id: () => 'Verifikasi lapangan tidak membenarkan nominasi ini; inovasi ini tidak dinilai pada presentasi',
    en: () => 'The field verification did not confirm this nominee; it is not scored in the presentation round',
  }),
  NOT_A_NOMINEE: entry<{ status: InnovationStatus }>({
    id: (p) => `Inovasi ini berstatus ${status(p.status)}, bukan nominasi`,
    en: (p) => `The innovation is ${p.status}, not a nominee`,
  }),
  NOT_SUBMITTED: entry<{ status: InnovationStatus }>({
    id: (p) => `Inovasi ini berstatus ${status(p.status)}; hanya inovasi yang sudah diajukan yang diseleksi`,
    en: (p) => `The innovation is ${p.status}; only submitted entries are screened`,
  }),
  SCORE_DOES_NOT_FIT: entry({ id: () => 'Nilai tidak sesuai dengan rubrik', en: () => 'The score does not fit the rubric' }),
  CRITERION_REQUIRED: entry<{ key: string }>({ id: (p) => `${p.key} wajib diisi`, en: (p) => `${p.key} is required` }),
  CRITERION_NOT_A_NUMBER: entry<{ key: string }>({ id: (p) => `${p.key} harus berupa angka`, en: (p) => `${p.key} must be a number` }),
  CRITERION_OFF_SCALE: entry<{ key: string; min: number; max: number }>({
    id: (p) => `${p.key} harus bernilai antara ${p.min} dan ${p.max}`,
    en: (p) => `${p.key} must be between ${p.min} and ${p.max}`,
  }),
  CRITERION_UNKNOWN: entry<{ key: string }>({
    id: (p) => `${p.key} bukan kriteria pada rubrik babak ini`,
    en: (p) => `${p.key} is not a criterion of this round's rubric`,
  }),
  OBJECTION_WINDOW_OFF: entry({
    id: () => 'Edisi ini tidak membuka masa sanggah',
    en: () => 'This edition has no objection window',
  }),
  OBJECTION_WINDOW_CLOSED: entry<{ start: string; end: string }>({
    id: (p) => `Sanggahan hanya dapat diajukan pada masa sanggah, ${waktu(p.start)} sampai ${waktu(p.end)} WITA`,
    en: (p) => `Objections are filed only during the objection window, ${p.start} to ${p.end}`,
  }),
  OBJECTION_NOT_FOUND: entry({ id: () => 'Sanggahan tidak ditemukan', en: () => 'Objection not found' }),
  OBJECTION_RESOLVED_ALREADY: entry<{ outcome: string }>({
    id: (p) => `Sanggahan ini sudah diputuskan (${p.outcome})`,
    en: (p) => `This objection has already been resolved (${p.outcome})`,
  }),
  NOMINATION_FIRST: entry({ id: () => 'Peringkat nominasi belum dihitung', en: () => 'The nomination ranking has not been computed yet' }),
  FINAL_RANKING_FIRST: entry({
    id: () => 'Hitung peringkat akhir terlebih dahulu sebelum mengumumkan pemenang',
    en: () => 'Compute the final ranking before announcing the winners',
  }),
  RANKING_IN_PROGRESS: entry({
    id: () => 'Perhitungan lain atas peringkat ini selesai lebih dahulu; baca ulang peringkatnya',
    en: () => 'Another computation of this ranking finished first; read it again',
  }),

  // ---- Versions and concurrency
  VERSION_CONFLICT: entry({
    id: () => 'Data ini telah diubah oleh pengguna lain; muat ulang lalu coba lagi',
    en: () => 'The item was changed by someone else; reload it and try again',
  }),
  EDITION_CHANGED: entry({
    id: () => 'Edisi ini telah diubah oleh pengguna lain; muat ulang lalu coba lagi',
    en: () => 'The edition was changed by someone else; reload it and try again',
  }),
  ASSIGNMENTS_CHANGED: entry({
    id: () => 'Penugasan telah diubah oleh pengguna lain; muat ulang lalu coba lagi',
    en: () => 'The assignments were changed by someone else; reload them and try again',
  }),
  SCORE_CHANGED: entry({
    id: () => 'Nilai ini telah diubah sementara itu (dari sesi Anda yang lain?); muat ulang lalu coba lagi',
    en: () => 'This score was changed meanwhile (another session of yours?); reload it and try again',
  }),
  VERIFICATION_CHANGED: entry({
    id: () => 'Hasil verifikasi ini telah diubah sementara itu; muat ulang lalu coba lagi',
    en: () => 'The verification was changed meanwhile; reload it and try again',
  }),
  VERSION_EDITED: entry<{ what: Versioned; expected: number; stored: number | undefined }>({
    id: (p) => `Anda mengubah ${VERSIONED[p.what]} versi ${p.expected}; ${p.stored === undefined ? `${VERSIONED[p.what]} ini belum memiliki versi` : `versi yang tersimpan sekarang ${p.stored}`}`,
    en: (p) => `You edited version ${p.expected} of the ${p.what}; it is now at ${p.stored === undefined ? 'no version' : `version ${p.stored}`}`,
  }),
  ASSIGNMENTS_VERSION_EDITED: entry<{ expected: number; stored: number | undefined }>({
    id: (p) => `Anda mengubah versi ${p.expected}; penugasan ${p.stored === undefined ? 'belum memiliki versi' : `sekarang pada versi ${p.stored}`}`,
    en: (p) => `You edited version ${p.expected}; the assignments are at version ${p.stored ?? 'none'}`,
  }),
  IF_MATCH_FORMAT: entry({ id: () => 'harus berupa nomor versi, misalnya "3"', en: () => 'expected a version such as "3"' }),
  IDEMPOTENCY_KEY_REUSED: entry({
    id: () => 'Idempotency-Key ini sudah dipakai untuk permintaan dengan isi yang berbeda',
    en: () => 'This Idempotency-Key was used with a different request body',
  }),
  REQUEST_IN_PROGRESS: entry({
    id: () => 'Permintaan dengan Idempotency-Key ini masih diproses',
    en: () => 'A request with this Idempotency-Key is still in progress',
  }),
  TOO_MANY_CHANGES: entry({
    id: () => 'Terlalu banyak perubahan pada saat yang sama; coba lagi sebentar lagi',
    en: () => 'Too many changes at once; try again shortly',
  }),
  SERVICE_UNAVAILABLE: entry({
    id: () => 'Layanan sedang tidak tersedia; coba lagi sebentar lagi',
    en: () => 'Temporarily unavailable, try again shortly',
  }),
  INTERNAL: entry({ id: () => 'Terjadi kesalahan pada sistem', en: () => 'Internal error' }),

  // ---- The request itself
  INVALID_INPUT: entry({ id: () => 'Data yang dikirim tidak valid', en: () => 'Invalid input' }),
  INVALID_REQUEST_PART: entry<{ part: 'path' | 'query' | 'body' }>({
    id: (p) => ({ path: 'Alamat (path) permintaan tidak valid', query: 'Parameter kueri tidak valid', body: 'Isi permintaan tidak valid' })[p.part],
    en: (p) => `Invalid ${p.part}`,
  }),
  INVALID_JSON: entry({ id: () => 'Isi permintaan bukan JSON yang valid', en: () => 'The body is not valid JSON' }),
  UNSUPPORTED_MEDIA_TYPE: entry({ id: () => 'Kirim isi permintaan sebagai application/json', en: () => 'Send the body as application/json' }),
  BODY_TOO_LARGE: entry<{ maxBytes: number }>({
    id: (p) => `Isi permintaan tidak boleh lebih dari ${p.maxBytes} byte`,
    en: (p) => `The body must not exceed ${p.maxBytes} bytes`,
  }),
  FIELD_REQUIRED: entry({ id: () => 'wajib diisi', en: () => 'required' }),
  UNKNOWN_FIELD: entry<{ field: string }>({ id: (p) => `${p.field} bukan kolom yang dikenal`, en: (p) => `${p.field} is not a known field` }),
  ILL_FORMED_TEXT: entry({ id: () => 'harus berupa teks Unicode yang utuh', en: () => 'must be well-formed Unicode text' }),
  INVALID_UTF8: entry({ id: () => 'berisi byte yang bukan UTF-8 yang valid', en: () => 'contains bytes that are not valid UTF-8' }),
  INVALID_UTF8_FIELD_NAME: entry({ id: () => 'nama kolom berisi byte yang bukan UTF-8 yang valid', en: () => 'a field name contains bytes that are not valid UTF-8' }),
  ILL_FORMED_FIELD_NAME: entry({ id: () => 'nama kolom harus berupa teks Unicode yang utuh', en: () => 'field names must be well-formed Unicode text' }),
  PAGE_TOKEN_FOREIGN: entry({ id: () => 'bukan token halaman dari daftar ini', en: () => 'not a page token of this list' }),
  /** A zod issue of a request schema, in zod's own locale for the language. */
  ZOD_ISSUE: entry<{ issue: z.core.$ZodIssue }>({ id: (p) => zodText(p.issue, 'id'), en: (p) => zodText(p.issue, 'en') }),

  // ---- The screening rules' flags (`flagMessage`)
  FLAG_RUNNING_TIME: entry<{ stage: string; minimumMonths: number; startedOn: string; reachesMinimumOn: string; registrationClose: string }>({
    id: (p) =>
      `Inovasi tahap ${p.stage} harus sudah berjalan ${p.minimumMonths} bulan saat pendaftaran ditutup (${waktu(p.registrationClose)} WITA); dimulai ${tanggal(p.startedOn)}, baru genap ${p.minimumMonths} bulan pada ${tanggal(p.reachesMinimumOn)}`,
    en: (p) =>
      `A ${p.stage} innovation must have been running ${p.minimumMonths} month(s) when registration closes (${waktu(p.registrationClose)} WITA); started ${p.startedOn}, it reaches that on ${p.reachesMinimumOn}`,
  }),
  // The resembled entry by its title and edition, as people tell entries apart (its id is in the flag).
  FLAG_DUPLICATE_TITLE: entry<{ title: string; editionId: string; similarity: number; sameEdition: boolean }>({
    id: (p) => `Judulnya ${persen(p.similarity, 'id')} mirip dengan "${p.title}" ${p.sameEdition ? 'pada edisi ini' : `pada edisi ${p.editionId}`}`,
    en: (p) => `The title is ${persen(p.similarity, 'en')} like "${p.title}" ${p.sameEdition ? 'in this edition' : `in edition ${p.editionId}`}`,
  }),
  FLAG_PREVIOUS_WINNER: entry<{ title: string; editionId: string; similarity: number }>({
    id: (p) => `Judulnya ${persen(p.similarity, 'id')} mirip dengan "${p.title}", pemenang edisi ${p.editionId}: inovasi yang sama tidak boleh diikutkan lagi`,
    en: (p) => `The title is ${persen(p.similarity, 'en')} like "${p.title}", a winner of edition ${p.editionId}: the same innovation may not enter again`,
  }),

  // ---- Why a ranking leaves an entry out, or cannot compute its judges' agreement (`why` of a row or a category)
  LEFT_OUT_DISQUALIFIED: entry({ id: () => 'didiskualifikasi (sanggahan diterima)', en: () => 'disqualified (objection upheld)' }),
  LEFT_OUT_NOT_ELIGIBLE: entry({ id: () => 'tidak memenuhi syarat (seleksi administrasi)', en: () => 'not eligible (administrative screening)' }),
  LEFT_OUT_TOO_FEW_JUDGES: entry<{ judges: number; needed: number }>({
    id: (p) => `dinilai ${p.judges} juri; minimal ${p.needed} juri diperlukan`,
    en: (p) => `scored by ${p.judges} judge(s); at least ${p.needed} are needed`,
  }),
  LEFT_OUT_BELOW_MINIMUM: entry<{ score: number; minimum: number }>({
    id: (p) => `nilai ${p.score} di bawah nilai minimum nominasi ${p.minimum}`,
    en: (p) => `score ${p.score} is below the minimum nomination score ${p.minimum}`,
  }),
  LEFT_OUT_NOT_VERIFIED: entry({ id: () => 'tidak terverifikasi di lapangan (NOT_VERIFIED)', en: () => 'not verified in the field (NOT_VERIFIED)' }),
  LEFT_OUT_INCOMPLETE: entry<{ unverified: boolean; presentationScores: number | null; needed: number }>({
    id: (p) =>
      `belum lengkap: ${[...(p.unverified ? ['belum ada verifikasi lapangan'] : []), ...(p.presentationScores !== null ? [`${p.presentationScores} nilai presentasi, minimal ${p.needed}`] : [])].join('; ')}`,
    en: (p) =>
      `incomplete: ${[...(p.unverified ? ['no field verification'] : []), ...(p.presentationScores !== null ? [`${p.presentationScores} presentation score(s), at least ${p.needed} needed`] : [])].join('; ')}`,
  }),
  ICC_TOO_FEW_JUDGES: entry<{ judges: number }>({
    id: (p) => `dinilai ${p.judges} juri; kesepakatan memerlukan minimal 2`,
    en: (p) => `scored by ${p.judges} judge(s); agreement needs at least 2`,
  }),
  ICC_TOO_FEW_ENTRIES: entry<{ entries: number; needed: number }>({
    id: (p) => `${p.entries} inovasi dinilai oleh 2 juri yang sama atau lebih; kesepakatan memerlukan minimal ${p.needed}`,
    en: (p) => `${p.entries} entr${p.entries === 1 ? 'y' : 'ies'} scored by the same 2 or more judges; agreement needs at least ${p.needed}`,
  }),
  ICC_UNDEFINED: entry({ id: () => 'semua total juri sama: kesepakatan tidak terdefinisi', en: () => 'every judge total is the same: agreement is not defined' }),
  ICC_K_MEANINGLESS: entry({
    id: () => 'para juri jauh lebih berbeda pendapat daripada perbedaan antarinovasi: ICC(2,k) tidak bermakna',
    en: () => 'the judges disagree far more than the entries differ: ICC(2,k) has no meaning',
  }),

  // ---- Schemas' own messages (`schemaMessage`)
  SLUG_FORMAT: entry({ id: () => 'huruf, angka, "-" atau "_", paling banyak 64 karakter', en: () => 'letters, digits, "-" or "_", at most 64' }),
  NO_CONTROL_CHARACTERS: entry({ id: () => 'tidak boleh berisi karakter kontrol', en: () => 'must not contain control characters' }),
  NO_BIDI_CONTROLS: entry({
    id: () => 'tidak boleh berisi karakter pengatur arah teks (U+202A–U+202E, U+2066–U+2069)',
    en: () => 'must not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069)',
  }),
  RESERVED_KEY: entry({ id: () => 'nama kolom ini tidak diperbolehkan', en: () => 'this key is not allowed' }),
  PHONE_FORMAT: entry({ id: () => 'nomor telepon, misalnya +62 812 3456 7890', en: () => 'a phone number such as +62 812 3456 7890' }),
  NOTHING_TO_CHANGE: entry({ id: () => 'tidak ada yang diubah', en: () => 'nothing to change' }),
  SCALE_MAX_ABOVE_MIN: entry({ id: () => 'max harus lebih besar dari min', en: () => 'max must be greater than min' }),
  CRITERION_KEYS_UNIQUE: entry({ id: () => 'kunci kriteria tidak boleh berulang', en: () => 'criterion keys must be unique' }),
  WEIGHTS_ADD_UP: entry({ id: () => 'jumlah bobot harus 100', en: () => 'weights must add up to 100' }),
  FINAL_WEIGHTS_ADD_UP: entry({ id: () => 'jumlah bobot nilai akhir harus 100', en: () => 'final weights must add up to 100' }),
  CATEGORIES_UNIQUE: entry({ id: () => 'kategori tidak boleh berulang', en: () => 'categories must be unique' }),
  USER_ONCE_PER_ROLE: entry({ id: () => 'setiap pengguna hanya boleh muncul satu kali untuk setiap peran', en: () => 'a user appears at most once per role' }),
  REASON_REQUIRED: entry({
    id: () => 'alasan wajib diisi jika inovasi dinyatakan tidak memenuhi syarat',
    en: () => 'a reason is required when an entry is ineligible',
  }),
  EVIDENCE_IDS_UNIQUE: entry({ id: () => 'id bukti tidak boleh berulang', en: () => 'evidence ids must be unique' }),

  // ---- Notifications (e-mail; sent in Indonesian, the English is for the catalogue's tests and readers)
  MAIL_RECEIPT_SUBJECT: entry<{ title: string; number: string }>({
    id: (p) => `Tanda terima pengajuan inovasi "${p.title}" (nomor ${p.number})`,
    en: (p) => `Receipt of the submission of "${p.title}" (number ${p.number})`,
  }),
  MAIL_RECEIPT_TEXT: entry<{ name: string; title: string; number: string; at: string; documents: readonly (Stored & { size: number })[] }>({
    id: (p) =>
      `Yth. ${p.name},\n\nInovasi "${p.title}" telah diajukan pada ${waktu(p.at)} WITA dengan nomor pendaftaran ${p.number}.\n\nDokumen yang diterima:\n${p.documents.map((d) => `- ${berkas(d)}, ${ukuran(d.size)}`).join('\n')}\n\nSimpan surel ini sebagai tanda terima. Dokumen di atas tidak dapat diubah lagi.`,
    en: (p) =>
      `Dear ${p.name},\n\n"${p.title}" was submitted on ${p.at} with registration number ${p.number}.\n\nDocuments received:\n${p.documents.map((d) => `- ${berkas(d)}, ${d.size} bytes`).join('\n')}\n\nKeep this e-mail as your receipt. The documents above can no longer change.`,
  }),
  MAIL_SCREENED_OUT_SUBJECT: entry<{ title: string }>({
    id: (p) => `Inovasi "${p.title}" tidak memenuhi syarat administrasi`,
    en: (p) => `"${p.title}" did not pass the administrative screening`,
  }),
  MAIL_SCREENED_OUT_TEXT: entry<{ name: string; title: string; number: string; reason: string }>({
    id: (p) => `Yth. ${p.name},\n\nBerdasarkan seleksi administrasi, inovasi "${p.title}" (nomor ${p.number}) dinyatakan tidak memenuhi syarat.\n\nAlasan: ${p.reason}`,
    en: (p) => `Dear ${p.name},\n\nAfter the administrative screening, "${p.title}" (number ${p.number}) is not eligible.\n\nReason: ${p.reason}`,
  }),
  MAIL_NOMINATED_SUBJECT: entry<{ title: string }>({
    id: (p) => `Selamat, inovasi "${p.title}" masuk nominasi`,
    en: (p) => `Congratulations, "${p.title}" is nominated`,
  }),
  MAIL_NOMINATED_TEXT: entry<{ name: string; title: string; number: string }>({
    id: (p) => `Yth. ${p.name},\n\nInovasi "${p.title}" (nomor ${p.number}) masuk nominasi. Tim verifikasi lapangan akan menghubungi Anda untuk kunjungan, lalu Anda diundang mempresentasikan inovasi di hadapan tim penilai.`,
    en: (p) => `Dear ${p.name},\n\n"${p.title}" (number ${p.number}) is nominated. The field verifiers will contact you for a visit; then you present the innovation to the jury.`,
  }),
  MAIL_WON_SUBJECT: entry<{ title: string; place: number }>({
    id: (p) => `Selamat, inovasi "${p.title}" meraih juara ${p.place}`,
    en: (p) => `Congratulations, "${p.title}" won place ${p.place}`,
  }),
  MAIL_WON_TEXT: entry<{ name: string; title: string; number: string; place: number; category: string }>({
    id: (p) => `Yth. ${p.name},\n\nInovasi "${p.title}" (nomor ${p.number}) meraih juara ${p.place} kategori ${p.category}. Terima kasih atas inovasi Anda untuk Kutai Kartanegara.`,
    en: (p) => `Dear ${p.name},\n\n"${p.title}" (number ${p.number}) won place ${p.place} in the ${p.category} category. Thank you for your innovation for Kutai Kartanegara.`,
  }),
  MAIL_ASSIGNED_SUBJECT: entry<{ role: Role; editionId: string }>({
    id: (p) => `Penugasan sebagai ${PERAN[p.role]} ${p.editionId}`,
    en: (p) => `Assigned as ${p.role} in ${p.editionId}`,
  }),
  MAIL_ASSIGNED_TEXT: entry<{ role: Role; editionId: string; categories: readonly string[] }>({
    id: (p) => `Anda ditugaskan sebagai ${peran(p.role)} pada ${p.editionId} untuk kategori: ${p.categories.join(', ')}.\n\nDaftar inovasi yang ditugaskan dapat dilihat setelah masuk ke aplikasi.`,
    en: (p) => `You are assigned as ${p.role} in ${p.editionId} for the categories: ${p.categories.join(', ')}.\n\nSign in to the app to see the entries assigned to you.`,
  }),
  MAIL_EXTENDED_SUBJECT: entry<{ stage: Stage; end: string }>({
    id: (p) => `Perpanjangan tahap ${TAHAP[p.stage]} sampai ${waktu(p.end)} WITA`,
    en: (p) => `${p.stage} is extended to ${p.end}`,
  }),
  MAIL_EXTENDED_TEXT: entry<{ stage: Stage; editionId: string; from: string; end: string }>({
    id: (p) => `Tahap ${tahap(p.stage)} ${p.editionId} diperpanjang: semula berakhir ${waktu(p.from)} WITA, kini berakhir ${waktu(p.end)} WITA.`,
    en: (p) => `${p.stage} of ${p.editionId} is extended: it was to end at ${p.from}, it now ends at ${p.end}.`,
  }),

  // ---- The local stack only (never deployed)
  TOKEN_MISSING: entry({ id: () => 'Token bearer tidak ada', en: () => 'Missing bearer token' }),
  TOKEN_INVALID: entry({ id: () => 'Token tidak valid atau sudah kedaluwarsa', en: () => 'Invalid or expired token' }),
  REQUEST_TOO_LARGE: entry({ id: () => 'Isi permintaan melebihi 10 MB', en: () => 'Request body over 10 MB' }),
  CLOCK_BACKWARDS: entry<{ now: string }>({
    id: (p) => `Jam lokal menunjukkan ${waktu(p.now)} WITA dan hanya dapat maju`,
    en: (p) => `The local clock is at ${p.now} and only moves forward`,
  }),
  CLOCK_MOVED_MEANWHILE: entry({
    id: () => 'Jam lokal sudah dimajukan lebih jauh sementara itu; jam hanya dapat maju',
    en: () => 'The local clock was moved further meanwhile; it only moves forward',
  }),
});

type Catalogue = ReturnType<typeof buildCatalogue>;
let built: Catalogue | undefined;
const catalogue = (): Catalogue => (built ??= buildCatalogue());

export type MessageKey = keyof Catalogue;
type ParamsOf<K extends MessageKey> = Catalogue[K] extends Entry<infer P> ? P : never;
type ParamsArg<K extends MessageKey> = ParamsOf<K> extends void ? [] : [params: ParamsOf<K>];

/** A message to be worded later, in whichever language the reader wants. */
export type Message = { [K in MessageKey]: { key: K; params: ParamsOf<K> } }[MessageKey];

/** Keys whose message takes no params. */
export type PlainMessageKey = { [K in MessageKey]: ParamsOf<K> extends void ? K : never }[MessageKey];

export const messageKeys = (): MessageKey[] => Object.keys(catalogue()) as MessageKey[];

export const msg = <K extends MessageKey>(key: K, ...params: ParamsArg<K>): Message => ({ key, params: params[0] }) as Message;

/** A message worded in `language`. */
export const renderMessage = (message: Message, language: Language): string =>
  (catalogue()[message.key][language] as Renderer<unknown>)(message.params);

/** Why the screening rules flagged an entry of `editionId`, worded from the flag's particulars. */
export const flagMessage = (flag: ScreeningFlag, editionId: string): Message => {
  switch (flag.code) {
    case 'RUNNING_TIME':
      return msg('FLAG_RUNNING_TIME', flag);
    case 'PREVIOUS_WINNER':
      return msg('FLAG_PREVIOUS_WINNER', flag);
    case 'DUPLICATE_TITLE':
      return msg('FLAG_DUPLICATE_TITLE', { ...flag, sameEdition: flag.editionId === editionId });
  }
};

/** A schema's own message, from the catalogue, as zod's error param. zod keeps the English text
 * (what anyone using the schema directly sees); the issue also carries `messageKey`, so an error
 * response words it in the reader's language. */
export const schemaMessage = (key: PlainMessageKey) => ({
  error: (issue: object): string => {
    (issue as { messageKey?: PlainMessageKey }).messageKey = key;
    return renderMessage(msg(key), 'en');
  },
});

/** The catalogue key a zod issue's message was worded from, if it was (`schemaMessage`). */
export const issueMessageKey = (issue: z.core.$ZodIssue): PlainMessageKey | undefined => (issue as { messageKey?: PlainMessageKey }).messageKey;
