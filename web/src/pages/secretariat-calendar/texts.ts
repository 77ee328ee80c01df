/** The calendar page's words (Indonesian, English), in the page's own chunk. */
const id = {
  calendarTitle: 'Jadwal dan perpanjangan',
  calendarIntro: 'Setiap tahap berakhir tepat saat tahap berikutnya dimulai, jadi memindahkan satu batas menggeser keduanya. Batas yang sudah lewat tidak dapat diubah.',
  wita: 'Tanggal dan jam dalam WITA.',
  passed: 'sudah lewat, tidak dapat diubah',
  saveCalendar: 'Simpan jadwal',
  savingCalendar: 'Menyimpan…',
  movedTitle: 'Batas yang berpindah',
  movedTo: 'menjadi',
  nothingMoved: 'Tidak ada batas yang berubah.',
  schedulesFailed: 'Jadwal otomatis untuk batas berikut belum dibuat ulang; pemeriksa berkala akan menjalankannya tepat waktu:',
  calendarClosed: 'Pemenang sudah diumumkan: jadwal edisi ini tidak dapat diubah lagi.',
  versionConflict: 'Jadwal baru saja diubah oleh orang lain. Muat ulang untuk melihat jadwal terbaru, lalu ubah lagi.',
  reload: 'Muat ulang jadwal',
};
const en: typeof id = {
  calendarTitle: 'Calendar and extensions',
  calendarIntro: 'Each stage ends exactly when the next one starts, so moving a boundary moves both. Boundaries that have passed cannot change.',
  wita: 'Dates and times in WITA.',
  passed: 'passed, cannot change',
  saveCalendar: 'Save the calendar',
  savingCalendar: 'Saving…',
  movedTitle: 'Boundaries moved',
  movedTo: 'to',
  nothingMoved: 'No boundary changed.',
  schedulesFailed: 'The automatic schedules of these boundaries were not made again yet; the periodic check will still run them on time:',
  calendarClosed: 'The winners have been announced: this edition’s calendar can no longer change.',
  versionConflict: 'Someone else changed the calendar just now. Reload to see the latest calendar, then change it again.',
  reload: 'Reload the calendar',
};
export const calendarTexts = { id, en };
