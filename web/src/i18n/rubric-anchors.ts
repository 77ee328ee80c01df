/** What each level 1–5 of a rubric criterion means, in plain words, so two judges reading the same
 * entry pick the same level. Written for the seed rubric's criterion keys; any other key gets the
 * generic scale. Only the jury's pages load this file. */
import type { Language } from '../../../shared/messages/language';

export interface Anchors {
  /** What the criterion looks at, in one sentence. */
  asks: string;
  /** Levels 1 to 5: a short name and what an entry at that level shows. */
  levels: [name: string, means: string][];
}

const NAMES: Record<Language, string[]> = {
  id: ['Sangat kurang', 'Kurang', 'Cukup', 'Baik', 'Sangat baik'],
  en: ['Very poor', 'Poor', 'Fair', 'Good', 'Very good'],
};

const anchors = (language: Language, asks: string, means: string[]): Anchors => ({ asks, levels: means.map((m, i) => [NAMES[language][i]!, m]) });

const ID: Record<string, Anchors> = {
  kebaruan: anchors('id', 'Seberapa baru cara ini dibanding yang sudah ada, di Kukar dan di tempat lain.', [
    'Sama dengan cara yang sudah lama dipakai; tidak ada yang baru.',
    'Meniru cara dari daerah lain hampir tanpa perubahan.',
    'Cara lama yang diubah sebagian agar cocok dengan keadaan setempat.',
    'Cara baru di Kukar, atau gabungan cara yang belum pernah dipakai bersama.',
    'Belum pernah ada di Kukar maupun di daerah lain; gagasannya asli.',
  ]),
  kemanfaatan: anchors('id', 'Seberapa besar manfaat nyata bagi warga, dibuktikan dengan keadaan sebelum dan sesudah.', [
    'Tidak ada bukti manfaat; hanya rencana atau janji.',
    'Manfaat disebut tetapi tanpa angka atau bukti sebelum–sesudah.',
    'Ada bukti sebelum–sesudah untuk sebagian kecil warga atau dalam waktu singkat.',
    'Bukti sebelum–sesudah yang jelas (angka, data layanan) untuk banyak warga.',
    'Manfaat besar dan terukur bagi banyak warga, dengan data yang dapat diperiksa dan diakui pihak lain.',
  ]),
  efektivitas: anchors('id', 'Apakah inovasi mencapai tujuannya, dan dengan biaya, waktu dan tenaga yang hemat.', [
    'Tujuan tidak tercapai, atau biaya jauh lebih besar dari hasilnya.',
    'Tujuan tercapai sebagian kecil; boros waktu atau biaya.',
    'Tujuan tercapai sebagian; biaya dan waktu wajar.',
    'Tujuan tercapai; layanan menjadi lebih cepat atau lebih murah.',
    'Tujuan tercapai penuh; waktu, biaya atau tenaga turun jauh dan terukur.',
  ]),
  replikasi: anchors('id', 'Apakah instansi, desa atau sekolah lain dapat menerapkan cara yang sama.', [
    'Hanya dapat berjalan di tempat ini.',
    'Sulit ditiru: butuh biaya, alat atau keahlian yang jarang ada.',
    'Dapat ditiru dengan penyesuaian yang cukup banyak.',
    'Mudah ditiru; langkah dan kebutuhannya jelas tertulis.',
    'Sudah ditiru atau diminta oleh tempat lain, dengan panduan yang siap dipakai.',
  ]),
  keberlanjutan: anchors('id', 'Apakah inovasi tetap berjalan setelah lomba: aturan, anggaran dan orang yang mengurusnya.', [
    'Bergantung pada satu orang atau dana sekali pakai; akan berhenti.',
    'Belum ada aturan maupun anggaran; masih coba-coba.',
    'Ada salah satu: aturan (SK, Perbup), anggaran rutin, atau petugas tetap.',
    'Ada aturan dan anggaran rutin, dengan petugas yang ditunjuk.',
    'Sudah menjadi bagian kerja rutin: aturan, anggaran, petugas terlatih dan rencana ke depan.',
  ]),
  kelengkapan: anchors('id', 'Kelengkapan dokumen, bukti pendukung dan mutu video.', [
    'Dokumen wajib tidak lengkap; tidak ada bukti.',
    'Dokumen ada, tetapi bukti sedikit dan sulit dibaca.',
    'Dokumen lengkap; bukti cukup; video seadanya atau tidak ada.',
    'Dokumen dan bukti lengkap dan rapi; video jelas.',
    'Semua lengkap, rapi dan mudah diperiksa; video jelas menunjukkan inovasi berjalan.',
  ]),
  kolaborasi: anchors('id', 'Apakah inovasi sesuai kewenangan pengusulnya dan melibatkan pihak lain (instansi, desa, swasta, warga).', [
    'Di luar kewenangan pengusul; tidak melibatkan pihak lain.',
    'Sesuai kewenangan, tetapi dijalankan sendiri.',
    'Melibatkan satu pihak lain secara terbatas.',
    'Kerja sama nyata dengan beberapa pihak, dengan peran yang jelas.',
    'Kerja sama luas dan tertulis (MoU, SK bersama) yang membuat inovasi lebih kuat.',
  ]),
  penguasaan: anchors('id', 'Seberapa baik penyaji menguasai inovasinya saat presentasi dan tanya jawab.', [
    'Tidak dapat menjelaskan inovasinya sendiri.',
    'Membaca materi; banyak pertanyaan tidak terjawab.',
    'Menjelaskan dengan cukup jelas; sebagian pertanyaan terjawab.',
    'Menjelaskan dengan jelas dan runtut; hampir semua pertanyaan terjawab dengan data.',
    'Sangat menguasai: jelas, ringkas, semua pertanyaan terjawab dengan bukti.',
  ]),
};

const EN: Record<string, Anchors> = {
  kebaruan: anchors('en', 'How new the approach is compared with what exists, in Kukar and elsewhere.', [
    'The same as what has long been done; nothing new.',
    'Copied from another region with hardly any change.',
    'An existing approach partly adapted to local conditions.',
    'New in Kukar, or a combination of approaches not used together before.',
    'Never seen in Kukar or elsewhere; an original idea.',
  ]),
  kemanfaatan: anchors('en', 'How much real benefit residents get, shown by the situation before and after.', [
    'No evidence of benefit; only plans or promises.',
    'Benefits are claimed, without figures or before–after evidence.',
    'Before–after evidence for a few residents or a short time.',
    'Clear before–after evidence (figures, service data) for many residents.',
    'Large, measured benefit for many residents, with data that can be checked and is recognised by others.',
  ]),
  efektivitas: anchors('en', 'Whether the innovation reaches its aim, with little cost, time and effort.', [
    'The aim is not reached, or the cost far exceeds the result.',
    'The aim is barely reached; time or money is wasted.',
    'The aim is partly reached; reasonable cost and time.',
    'The aim is reached; the service became faster or cheaper.',
    'The aim is fully reached; time, cost or effort fell sharply and measurably.',
  ]),
  replikasi: anchors('en', 'Whether another agency, village or school could apply the same approach.', [
    'Can only work in this one place.',
    'Hard to copy: needs money, tools or skills that are rare.',
    'Can be copied with considerable adaptation.',
    'Easy to copy; the steps and needs are clearly written down.',
    'Already copied or requested by others, with a ready-to-use guide.',
  ]),
  keberlanjutan: anchors('en', 'Whether the innovation keeps running after the competition: regulation, budget and staff.', [
    'Depends on one person or one-off money; it will stop.',
    'No regulation or budget yet; still experimental.',
    'One of: a regulation (decree), a recurring budget, or permanent staff.',
    'A regulation and a recurring budget, with assigned staff.',
    'Part of routine work: regulation, budget, trained staff and a plan ahead.',
  ]),
  kelengkapan: anchors('en', 'Completeness of the documents and evidence, and the quality of the video.', [
    'Required documents are missing; no evidence.',
    'Documents are there, but little evidence and hard to read.',
    'Complete documents; enough evidence; a rough video or none.',
    'Complete, tidy documents and evidence; a clear video.',
    'Everything complete, tidy and easy to check; the video clearly shows the innovation at work.',
  ]),
  kolaborasi: anchors('en', 'Whether the innovation lies within its proposer’s authority and involves others (agencies, villages, business, residents).', [
    'Outside the proposer’s authority; nobody else involved.',
    'Within its authority, but run alone.',
    'One other party involved, to a limited extent.',
    'Real cooperation with several parties, with clear roles.',
    'Broad, written cooperation (MoU, joint decree) that makes the innovation stronger.',
  ]),
  penguasaan: anchors('en', 'How well the presenter masters the innovation in the presentation and the questions.', [
    'Cannot explain their own innovation.',
    'Reads the slides; many questions go unanswered.',
    'Explains fairly clearly; some questions answered.',
    'Explains clearly and in order; nearly every question answered with data.',
    'Full mastery: clear, concise, every question answered with evidence.',
  ]),
};

const GENERIC: Record<Language, Anchors> = {
  id: anchors('id', 'Nilai kriteria ini menurut uraian dan bukti inovasi.', [
    'Tidak ada bukti sama sekali.',
    'Sedikit bukti; banyak yang kurang.',
    'Sebagian terpenuhi.',
    'Hampir seluruhnya terpenuhi, dengan bukti jelas.',
    'Seluruhnya terpenuhi, dengan bukti kuat.',
  ]),
  en: anchors('en', 'Score this criterion on the entry’s description and evidence.', [
    'No evidence at all.',
    'Little evidence; much is missing.',
    'Partly met.',
    'Nearly all met, with clear evidence.',
    'Fully met, with strong evidence.',
  ]),
};

/** The anchored levels of a criterion key in `language` (the generic scale for an unknown key). */
export const anchorsOf = (key: string, language: Language): Anchors => ((language === 'id' ? ID : EN)[key] ?? GENERIC[language]);
