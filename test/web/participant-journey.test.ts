/** A participant's whole journey in a phone's browser, with the keyboard alone, against the real
 * local stack: sign in, register in steps (reloading mid-way finds the draft), upload the proposal
 * (progress seen, cancel, retry), watch the checklist clear, check the answers and submit, see the
 * timeline. Then a second participant cannot open the entry, and an ended session is noticed. */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { signDevToken } from '#scripts/local/dev-tokens';
import type { LocalStack } from '#scripts/local/stack';
import { checkPage, expectAccessible, type InPage, phone, pressOn, SESSION_KEY, tabTo, useWebSession } from '#test/support/browser';
import { api, validInnovation } from '#test/support/stack';

jest.setTimeout(180_000);

let stack: LocalStack;
let browser: Browser;
let page: Page;
let entryUrl: string;

/** A PDF big enough that its upload, throttled, shows progress. */
const PROPOSAL = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(600 * 1024, 0x20), Buffer.from('\n%%EOF\n')]);

const web = useWebSession();
beforeAll(async () => {
  const session = await web.start();
  ({ stack, browser } = session);
  await session.http.setClock('2023-10-12T09:00:00+08:00');
  page = await web.phonePage();
});

const press = (target: Locator, key?: string) => pressOn(page, target, key);
/** Tabs to a field and types into it. */
const type = async (label: string, text: string) => {
  await tabTo(page, page.getByLabel(label, { exact: true }));
  await page.keyboard.type(text);
};
/** A slow connection, as in a village: uploads at 100 kB/s until the answer is called. */
const slowUploads = async (): Promise<() => Promise<unknown>> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: -1, uploadThroughput: 100 * 1024 });
  return () => cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
};
const continueButton = () => page.getByRole('button', { name: 'Simpan dan lanjutkan' });

test('a participant signs in and registers in steps; a reload mid-way finds the draft', async () => {
  await page.goto(`${stack.url}/inovasi`);
  // Not signed in: sent to the sign-in page, and back after.
  await page.getByRole('heading', { name: 'Masuk', level: 1 }).waitFor();
  await checkPage(page);
  await press(page.getByRole('button', { name: 'Masuk sebagai Dinas Komunikasi dan Informatika' }));
  await page.getByRole('heading', { name: 'Inovasi saya' }).waitFor();
  await checkPage(page);

  await press(page.getByRole('link', { name: 'Daftarkan inovasi baru' }));
  await page.getByRole('heading', { name: 'Judul, kategori dan kontak' }).waitFor();
  // Sent empty: the error summary at the top, each message beside its field, in Indonesian.
  await press(continueButton());
  const summary = page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' });
  await summary.waitFor();
  await expect(summary.getByRole('link', { name: /^Judul inovasi:/ }).count()).resolves.toBe(1);
  await checkPage(page);

  await type('Judul inovasi', 'Adminduk Keliling Digital');
  await tabTo(page, page.getByLabel('Kategori'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // Rumah Sakit Umum Daerah: not what an agency enters
  await type('Nama narahubung', 'Siti Rahmawati');
  await type('Email narahubung', 'siti@contoh');
  await type('Nomor telepon narahubung', '+62 812 5555 0101');
  await press(continueButton());
  // The schema the API uses finds the e-mail wrong before anything is sent.
  await page.locator('#field-contact-email-error').waitFor();
  await tabTo(page, page.getByLabel('Email narahubung'));
  await page.keyboard.press('End'); // tabbing in selects the text: keep it, add to it
  await page.keyboard.type('.kukarkab.go.id');
  await press(continueButton());
  // The API refuses the category: its message, in Indonesian, beside the field and in the summary.
  await page.locator('#field-category-error').filter({ hasText: 'Dinas Komunikasi dan Informatika adalah OPD dan hanya dapat mengikuti kategori OPD' }).waitFor();
  await page.getByRole('link', { name: /^Kategori: Dinas Komunikasi/ }).waitFor();
  await tabTo(page, page.getByLabel('Kategori'));
  await page.keyboard.press('ArrowUp'); // the first category: Organisasi Perangkat Daerah
  await expect(page.getByLabel('Kategori').inputValue()).resolves.toBe('OPD');
  await press(continueButton());

  await page.getByRole('heading', { name: 'Masalah dan solusi' }).waitFor();
  entryUrl = page.url().replace(/\/langkah\/uraian$/, '');
  await type('Ringkasan (boleh diisi nanti)', 'Petugas dukcapil datang ke desa.');
  await page.keyboard.press('Tab'); // leaving the field saves it
  await page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
  await type('Masalah yang diatasi (boleh diisi nanti)', 'Warga desa jauh dari kantor dinas.');
  await page.keyboard.press('Tab');
  await page.getByRole('status').filter({ hasText: 'Tersimpan' }).waitFor();
  await checkPage(page);

  // The connection drops, the phone reloads: what was saved is there.
  await page.reload();
  await page.getByRole('heading', { name: 'Masalah dan solusi' }).waitFor();
  await expect(page.getByLabel('Ringkasan (boleh diisi nanti)').inputValue()).resolves.toBe('Petugas dukcapil datang ke desa.');
  await expect(page.getByLabel('Masalah yang diatasi (boleh diisi nanti)').inputValue()).resolves.toBe('Warga desa jauh dari kantor dinas.');
  // Offline while typing the next field: told so, the text stays, and it is sent once back online.
  await page.context().setOffline(true);
  await type('Solusi (cara kerja inovasi) (boleh diisi nanti)', 'Layanan jemput bola dengan mobil keliling.');
  await page.keyboard.press('Tab');
  await page.getByRole('alert').filter({ hasText: 'Tidak ada sambungan internet' }).waitFor();
  await page.context().setOffline(false);
  await press(continueButton());

  await page.getByRole('heading', { name: 'Dampak dan penerapan' }).waitFor();
  await type('Dampak (sebelum dan sesudah) (boleh diisi nanti)', 'Pengurusan KTP dari 14 hari menjadi 2 hari.');
  await tabTo(page, page.getByRole('radio', { name: 'Inisiatif (masih gagasan)' }));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Sudah diterapkan' }).isChecked()).resolves.toBe(true);
  await tabTo(page, page.getByRole('radio', { name: 'Digital', exact: true }));
  await page.keyboard.press('Space');
  await type('Tanggal', '1');
  await type('Bulan', '3');
  await type('Tahun', '2022');
  await checkPage(page);
  await press(continueButton());
  await page.getByRole('heading', { name: 'Dokumen', level: 1 }).waitFor();
});

test('the proposal is checked on the phone and uploaded with progress; the checklist clears', async () => {
  // The limits are on the page before any file is chosen.
  await page.getByText('Jenis berkas: PDF. Ukuran paling besar 20 MB.').waitFor();
  await checkPage(page);
  const choose = async (name: string, buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await press(page.getByLabel('Proposal (wajib)'), 'Space');
    await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer });
  };
  // Not a PDF, whatever its name says: refused before upload.
  await choose('proposal.pdf', Buffer.from('GIF89a not a pdf'));
  await page.getByText('PROPOSAL "proposal.pdf" bukan berkas application/pdf').waitFor();
  await expect(page.getByRole('button', { name: 'Unggah' }).first().isDisabled()).resolves.toBe(true);

  const restore = await slowUploads();
  await choose('proposal.pdf', PROPOSAL);
  await press(page.getByRole('button', { name: 'Unggah' }).first());
  await page.getByRole('progressbar').waitFor();
  await page.getByText(/Mengunggah… [1-9]\d?%/).waitFor();
  await page.getByText('Berhasil diunggah').waitFor({ timeout: 30_000 });
  await restore();
  await page.getByText('Semua data dan dokumen wajib sudah lengkap.').waitFor();
  await checkPage(page);
});

test('the participant checks the answers, confirms and submits, and sees the timeline', async () => {
  await press(page.getByRole('link', { name: 'Simpan dan lanjutkan' }));
  await page.getByRole('heading', { name: 'Periksa jawaban Anda' }).waitFor();
  await page.getByText('Adminduk Keliling Digital').waitFor();
  await page.getByText('1 Maret 2022').waitFor();
  await page.getByText('Layanan jemput bola dengan mobil keliling.').waitFor();
  await checkPage(page);
  // Submitting without the confirmation is refused with the reason at the top.
  await press(page.getByRole('button', { name: 'Ajukan inovasi' }));
  await page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' }).waitFor();
  await press(page.getByRole('checkbox', { name: 'Saya menyatakan data ini benar.' }), 'Space');
  await press(page.getByRole('button', { name: 'Ajukan inovasi' }));

  await page.getByText('Sudah diajukan', { exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Perjalanan inovasi Anda' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Inovasi Anda sudah diajukan.' }).waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Pendaftaran' }).getByText('Diajukan 12 Oktober 2023 pukul 09.00 WITA').waitFor();
  await page.getByText('11 Oktober 2023 pukul 00.00 WITA – 14 Oktober 2023 pukul 00.00 WITA').waitFor();
  await expect(page.getByRole('link', { name: 'Buka proposal.pdf' }).count()).resolves.toBeGreaterThan(0);
  await checkPage(page);
});

test('the participant opens the submitted proposal: the very bytes they uploaded, as a download', async () => {
  const [download] = await Promise.all([page.waitForEvent('download'), press(page.getByRole('link', { name: 'Buka proposal.pdf' }).first())]);
  expect(download.suggestedFilename()).toBe('proposal.pdf');
  expect(readFileSync((await download.path())!)).toEqual(PROPOSAL);
});

test('a second participant cannot open the first one’s entry', async () => {
  const other = await phone(browser);
  const second = await other.newPage();
  await second.goto(`${stack.url}/masuk`);
  await second.getByRole('button', { name: 'Masuk sebagai Dinas Kesehatan' }).click();
  await second.getByRole('heading', { name: 'Inovasi saya' }).waitFor();
  await second.getByText('Anda belum mendaftarkan inovasi.').waitFor();
  await second.goto(entryUrl);
  await second.getByRole('alert').filter({ hasText: 'Anda tidak berhak melihat inovasi ini' }).waitFor();
  await expect(second.getByText('Adminduk Keliling Digital').count()).resolves.toBe(0);
  await other.close();
});

test('an ended session is noticed and the participant is asked to sign in again', async () => {
  const user = { sub: 'peserta-opd-diskominfo', groups: ['participant'], institutionId: 'opd-diskominfo' };
  const expired = await signDevToken(stack.secret, user, Math.floor(Date.now() / 1000) - 60);
  const other = await phone(browser);
  const late = await other.newPage();
  await late.goto(`${stack.url}/`);
  await late.evaluate(([key, token]) => (globalThis as unknown as InPage).localStorage.setItem(key, token), [SESSION_KEY, expired] as const);
  await late.goto(entryUrl);
  await late.getByRole('alert').filter({ hasText: 'Sesi Anda telah berakhir' }).waitFor();
  await expectAccessible(late);

  // A token the API refuses (revoked, or signed by another stack) ends the session the same way.
  const foreign = await signDevToken(new Uint8Array(32), user);
  await late.evaluate(([key, token]) => (globalThis as unknown as InPage).localStorage.setItem(key, token), [SESSION_KEY, foreign] as const);
  await late.goto(`${stack.url}/inovasi`);
  await late.getByRole('alert').filter({ hasText: 'Sesi Anda telah berakhir' }).waitFor();
  await late.getByRole('button', { name: 'Masuk lagi' }).click();
  await late.getByRole('heading', { name: 'Masuk', level: 1 }).waitFor();
  expect(new URL(late.url()).searchParams.get('kembali')).toBe('/inovasi');
  await other.close();
});

test('an upload can be cancelled and tried again', async () => {
  // Its own draft: s3rver keeps the part of a cancelled upload it received (S3 keeps nothing), and
  // submission checks every stored document.
  const token = await signDevToken(stack.secret, { sub: 'peserta-opd-diskominfo', groups: ['participant'], institutionId: 'opd-diskominfo' });
  const draft = await api(stack).call('POST', '/editions/pik-2023/innovations', { token, body: validInnovation() });
  await page.goto(`${stack.url}/inovasi/${draft.body.id}/dokumen`);
  const restore = await slowUploads();
  const chooser = page.waitForEvent('filechooser');
  await press(page.getByLabel('Proposal (wajib)'), 'Space');
  await (await chooser).setFiles({ name: 'proposal.pdf', mimeType: 'application/pdf', buffer: PROPOSAL });
  await press(page.getByRole('button', { name: 'Unggah' }).first());
  await page.getByText(/Mengunggah… [1-9]\d?%/).waitFor();
  await press(page.getByRole('button', { name: 'Batal' }));
  await page.getByText('Unggahan dibatalkan.').waitFor();
  await checkPage(page);
  await press(page.getByRole('button', { name: 'Coba lagi' }));
  await page.getByRole('progressbar').waitFor();
  await page.getByText('Berhasil diunggah').waitFor({ timeout: 30_000 });
  await restore();
});
