/** The local stack's outbox page (`/kotak-keluar`) in a phone's browser: listed in the navigation on
 * the local stack, reached with the keyboard alone, it shows the receipt a submission made (who, what
 * event, when, the text with the document and its size) as the recipient would read it, in Indonesian
 * and in English, reloads to show a later message, and passes axe at 360 and 1280 px. */
import type { Page } from 'playwright-core';
import type { LocalStack } from '#scripts/local/stack';
import { AT, expectStatus, personal, setClock, submitEntry } from '#test/judging/support';
import { checkPage, pressOn, useWebSession } from '#test/support/browser';
import type { Http } from '#test/support/stack';

jest.setTimeout(120_000);

let stack: LocalStack;
let http: Http;
let page: Page;
let entryId: string;

const web = useWebSession();
beforeAll(async () => {
  ({ stack, http } = await web.start());
  await setClock(http, AT.REGISTRATION);
  const token = await http.token('guru-1', ['participant']);
  entryId = await submitEntry(http, token, personal('GURU', { title: 'Kelas Literasi Desa', contact: { name: 'Rina', email: 'rina@sekolah.sch.id', phone: '+62 812 5555 0102' } }));
  page = await web.phonePage();
});

test('the navigation lists the outbox on the local stack; the receipt reads as its recipient would read it', async () => {
  await page.goto(`${stack.url}/`);
  await pressOn(page, page.getByRole('navigation').getByRole('link', { name: 'Kotak keluar' }));
  await page.getByRole('heading', { level: 1, name: 'Kotak keluar (lokal)' }).waitFor();
  const mail = page.getByRole('article', { name: `Tanda terima pengajuan inovasi "Kelas Literasi Desa" (nomor ${entryId})` });
  await mail.waitFor();
  await expect(mail.getByRole('definition').allInnerTexts()).resolves.toEqual(['rina@sekolah.sch.id', 'Tanda terima pengajuan', '12 Oktober 2023 pukul 09.00 WITA']);
  await expect(mail.innerText()).resolves.toContain('- PROPOSAL "proposal.pdf"');
  await page.getByText('1 surel, terbaru di atas.').waitFor();
  await checkPage(page);
});

test('reloading shows a later message first; the page reads in English too', async () => {
  await setClock(http, AT.SCREENING);
  const admin = await http.token('sekretariat', ['admin']);
  expectStatus(await http.call('PUT', `/innovations/${entryId}/eligibility`, { token: admin, body: { eligible: false, reason: 'Belum berjalan satu tahun' } }), 200);
  await pressOn(page, page.getByRole('button', { name: 'Muat ulang' }));
  await page.getByText('2 surel, terbaru di atas.').waitFor();
  await expect(page.getByRole('article').first().getByRole('heading').innerText()).resolves.toBe('Inovasi "Kelas Literasi Desa" tidak memenuhi syarat administrasi');
  await expect(page.getByRole('article').first().innerText()).resolves.toContain('Alasan: Belum berjalan satu tahun');
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { level: 1, name: 'Outbox (local)' }).waitFor();
  await page.getByText('2 e-mails, newest first.').waitFor();
  await checkPage(page);
});

test('fits a 1280 px screen', async () => {
  await web.atDesktop('/kotak-keluar', 'outbox', (desk) => desk.getByRole('article').first().waitFor());
});
