/** The exports page's words (Indonesian, English), in the page's own chunk. */
import type { ExportKind } from '../../api/secretariat';

type Export = { title: string; body: string; button: string };

const id = {
  exportsTitle: 'Ekspor CSV',
  exportsIntro: 'Setiap berkas CSV dibuat oleh server dengan hak akses Anda, dalam UTF-8 yang dibaca benar oleh Excel dan LibreOffice. Di ponsel, berkas tersimpan di folder unduhan.',
  exports: {
    entries: { title: 'Semua inovasi yang diajukan', body: 'Kolom isian nasional (Indeks Inovasi Daerah / KIPP): inisiator, bentuk, urusan pemerintahan, tanggal uji coba dan penerapan, rancang bangun, tujuan, manfaat, hasil, tautan video.', button: 'Unduh semua inovasi (CSV)' },
    winners: { title: 'Pemenang', body: 'Juara 1–3 setiap kategori dalam kolom isian nasional, untuk dibawa ke tingkat provinsi dan nasional.', button: 'Unduh pemenang (CSV)' },
    compliance: { title: 'Laporan kepatuhan', body: 'Setiap instansi di daftar dengan jumlah inovasi yang didaftarkan dan diajukan.', button: 'Unduh laporan kepatuhan (CSV)' },
    rankingNomination: { title: 'Peringkat nominasi', body: 'Satu baris per inovasi: peringkat, nominasi, nilai, rata-rata mentah, jumlah juri, pemangkasan, tie-break, nilai sama dan alasan bila tidak diperingkat.', button: 'Unduh peringkat nominasi (CSV)' },
    rankingFinal: { title: 'Peringkat akhir', body: 'Satu baris per nomine: peringkat, juara, nilai akhir dengan rinciannya (penilaian, verifikasi lapangan, presentasi), nilai sama dan alasan.', button: 'Unduh peringkat akhir (CSV)' },
    audit: { title: 'Jejak audit edisi', body: 'Setiap perubahan panel, jadwal, perhitungan peringkat dan pengumuman: kapan, siapa, apa, sebelum dan sesudah.', button: 'Unduh jejak audit (CSV)' },
  } satisfies Record<ExportKind, Export>,
};
const en: typeof id = {
  exportsTitle: 'CSV exports',
  exportsIntro: 'Each CSV file is made by the server with your access, in UTF-8 that Excel and LibreOffice read correctly. On a phone the file is saved to your downloads.',
  exports: {
    entries: { title: 'Every submitted innovation', body: 'The national field set (Regional Innovation Index / KIPP): initiator, form, government affair, trial and implementation dates, design, aims, benefits, results, video link.', button: 'Download every innovation (CSV)' },
    winners: { title: 'Winners', body: 'Places 1–3 of every category in the national field set, for the provincial and national rounds.', button: 'Download the winners (CSV)' },
    compliance: { title: 'Compliance report', body: 'Every institution of the registry with how many innovations it registered and submitted.', button: 'Download the compliance report (CSV)' },
    rankingNomination: { title: 'Nomination ranking', body: 'One row per entry: rank, nominated, score, raw mean, number of judges, trimming, tie-breaks, ties and why an entry was not ranked.', button: 'Download the nomination ranking (CSV)' },
    rankingFinal: { title: 'Final ranking', body: 'One row per nominee: rank, place, final score with its parts (assessment, field verification, presentation), ties and reasons.', button: 'Download the final ranking (CSV)' },
    audit: { title: 'The edition’s audit trail', body: 'Every change of the panel and the calendar, every ranking run and the announcement: when, who, what, before and after.', button: 'Download the audit trail (CSV)' },
  },
};
export const exportsTexts = { id, en };
