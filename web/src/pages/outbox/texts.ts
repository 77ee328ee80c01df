/** The outbox page's words: only this page (local stack only) carries them. */
const id = {
  outboxTitle: 'Kotak keluar (lokal)',
  outboxIntro: 'Surel yang akan dikirim sistem melalui Amazon SES bila berjalan di AWS. Halaman ini hanya ada di tumpukan lokal; tidak ada surel yang benar-benar dikirim.',
  outboxEmpty: 'Belum ada surel. Surel muncul setelah inovasi diajukan, tim ditugaskan, jadwal diperpanjang, atau nominasi dan pemenang ditetapkan.',
  outboxCount: (n: number) => `${n} surel, terbaru di atas.`,
  outboxRefresh: 'Muat ulang',
  outboxTo: 'Kepada',
  outboxSent: 'Dikirim',
  outboxEvent: 'Peristiwa',
  outboxEvents: {
    SUBMISSION_RECEIPT: 'Tanda terima pengajuan',
    SCREENED_OUT: 'Tidak memenuhi syarat',
    NOMINATED: 'Masuk nominasi',
    WON: 'Pemenang',
    ASSIGNED: 'Penugasan tim',
    DEADLINE_EXTENDED: 'Perpanjangan jadwal',
  },
};
const en: typeof id = {
  outboxTitle: 'Outbox (local)',
  outboxIntro: 'The e-mails the system would send through Amazon SES when it runs in AWS. This page exists on the local stack only; no e-mail is really sent.',
  outboxEmpty: 'No e-mail yet. E-mails appear once an innovation is submitted, the panel is assigned, a deadline is extended, or nominees and winners are named.',
  outboxCount: (n) => `${n} e-mail${n === 1 ? '' : 's'}, newest first.`,
  outboxRefresh: 'Reload',
  outboxTo: 'To',
  outboxSent: 'Sent',
  outboxEvent: 'Event',
  outboxEvents: {
    SUBMISSION_RECEIPT: 'Submission receipt',
    SCREENED_OUT: 'Screened out',
    NOMINATED: 'Nominated',
    WON: 'Winner',
    ASSIGNED: 'Panel assignment',
    DEADLINE_EXTENDED: 'Deadline extended',
  },
};
export const outboxTexts = { id, en };
