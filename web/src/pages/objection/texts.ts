/** The objection form's words: only this page carries them. */
const id = {
  objectionTitle: 'Ajukan sanggahan',
  objectionAbout: 'Sanggahan atas nominasi',
  objectionIntro:
    'Tuliskan mengapa nominasi ini tidak layak, misalnya inovasinya belum berjalan, meniru inovasi lain, atau datanya tidak benar. Sekretariat memeriksa setiap sanggahan dan memutuskannya dengan alasan. Publik hanya melihat jumlah sanggahan dan hasilnya, tidak pernah nama Anda.',
  reasonLabel: 'Alasan sanggahan',
  reasonHint: 'Paling sedikit 10 huruf. Sebutkan fakta yang dapat diperiksa.',
  evidenceLabel: 'Bukti (tidak wajib)',
  evidenceHint: 'Satu berkas: PDF, JPG atau PNG sampai 20 MB, foto WEBP sampai 10 MB, atau video MP4, MOV atau WEBM sampai 500 MB.',
  sendObjection: 'Kirim sanggahan',
  sendingObjection: (pct: number) => `Mengirim… ${pct}%`,
  retryObjection: 'Coba kirim lagi',
  objectionSentTitle: 'Sanggahan Anda sudah diterima',
  objectionSent: (at: string, number: string) => `Tercatat ${at} dengan nomor ${number}. Sekretariat akan memutuskannya; hasilnya tampil sebagai jumlah di halaman nominasi dan pemenang.`,
  objectionWindowShut: 'Masa sanggah tidak sedang dibuka, jadi sanggahan tidak dapat diajukan sekarang.',
  notANominee: 'Inovasi ini tidak ada dalam daftar nominasi.',
  backToResults: 'Kembali ke nominasi dan pemenang',
};
const en: typeof id = {
  objectionTitle: 'File an objection',
  objectionAbout: 'Objection to the nominee',
  objectionIntro:
    'Say why this nomination should not stand, for example the innovation is not running yet, copies another, or its facts are wrong. The secretariat examines every objection and decides it with a reason. The public only sees how many objections were filed and their outcome, never your name.',
  reasonLabel: 'Reason for the objection',
  reasonHint: 'At least 10 characters. Name facts that can be checked.',
  evidenceLabel: 'Evidence (optional)',
  evidenceHint: 'One file: PDF, JPG or PNG up to 20 MB, a WEBP photo up to 10 MB, or an MP4, MOV or WEBM video up to 500 MB.',
  sendObjection: 'Send objection',
  sendingObjection: (pct) => `Sending… ${pct}%`,
  retryObjection: 'Try sending again',
  objectionSentTitle: 'Your objection has been received',
  objectionSent: (at, number) => `Recorded ${at} with number ${number}. The secretariat will decide it; the outcome appears as a count on the nominees and winners page.`,
  objectionWindowShut: 'The objection period is not open, so objections cannot be filed now.',
  notANominee: 'This innovation is not among the nominees.',
  backToResults: 'Back to nominees and winners',
};
export const objectionTexts = { id, en };
