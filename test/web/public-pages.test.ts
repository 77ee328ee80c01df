/** The public pages in a phone's browser against the real local stack, as the competition's clock
 * moves: the calendar and countdown before registration, then (the whole edition played through the
 * API) the winners and nominees per category, in Indonesian and in English. */
import type { Page } from 'playwright-core';
import type { LocalStack } from '#scripts/local/stack';
import { playEdition } from '#scripts/demo/play-edition';
import { checkPage, useWebSession } from '#test/support/browser';

jest.setTimeout(180_000);

const web = useWebSession();
let stack: LocalStack;
let page: Page;

beforeAll(async () => {
  ({ stack } = await web.start());
  page = await web.phonePage();
});

test('before registration the home page shows the theme, the stage now, a countdown in WITA, the calendar, categories and rubric', async () => {
  await page.goto(`${stack.url}/`);
  await page.getByRole('heading', { level: 1, name: 'Pekan Inovasi dan Kreativitas Kutai Kartanegara 2023' }).waitFor();
  await page.getByText('Inovasi dan kreativitas untuk akselerasi mewujudkan Kukar IDAMAN').waitFor();
  await page.getByRole('heading', { name: 'Tahap sekarang: Pra-pendaftaran' }).waitFor();
  // The fresh stack's clock stands at 1 October 2023 00:00 WITA: ten days to registration.
  await page.getByText(/Menuju tahap berikutnya: (10 hari 0 jam 0 menit 0 detik|9 hari 23 jam 59 menit \d+ detik)/).waitFor();
  await page.getByText('11 Oktober 2023 pukul 00.00 WITA – 14 Oktober 2023 pukul 00.00 WITA').waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Penyandang Difabel' }).waitFor();
  await page.getByText('Kebaruan (novelty) — bobot 25%').waitFor();
  await checkPage(page);

  await page.getByRole('link', { name: 'Hasil' }).click();
  await page.getByText('Nominasi diumumkan pada tahap penentuan nominasi').waitFor();
  await checkPage(page);
});

test('the public sees the nominees from the nomination on, the winners once announced, also in English', async () => {
  await playEdition(stack.url, () => undefined, async (_, stage) => {
    if (stage !== 'FIELD_VERIFICATION') return;
    await page.goto(`${stack.url}/hasil`);
    const opd = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Organisasi Perangkat Daerah' }) });
    await opd.getByRole('listitem').filter({ hasText: 'Rapor Daring Sekolah Pedalaman' }).first().waitFor();
    await opd.getByText('Pemenang belum diumumkan.').waitFor();
    await checkPage(page);
  });
  await page.goto(`${stack.url}/`);
  await page.getByRole('heading', { name: 'Tahap sekarang: Pengumuman pemenang' }).waitFor();
  await page.getByRole('link', { name: 'Lihat nominasi dan pemenang' }).click();
  await page.getByRole('heading', { name: 'Nominasi dan pemenang', level: 1 }).waitFor();
  const opd = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Organisasi Perangkat Daerah' }) });
  await opd.getByText('Juara 1: SIDARLING: Sistem Data Riset Lingkungan').waitFor();
  await opd.getByRole('heading', { name: 'Nominasi' }).waitFor();
  await expect(opd.getByRole('listitem').filter({ hasText: 'Rapor Daring Sekolah Pedalaman' }).count()).resolves.toBeGreaterThan(0);
  await page.getByText('Diumumkan: 9 Desember 2023 pukul').waitFor();
  await checkPage(page);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Nominees and winners', level: 1 }).waitFor();
  await opd.getByText('Place 1: SIDARLING: Sistem Data Riset Lingkungan').waitFor();
  await expect(page.evaluate(() => (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement.lang)).resolves.toBe('en');
  await checkPage(page);
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('heading', { name: 'Current stage: Winners announced' }).waitFor();
  await checkPage(page);
});

test('every public page fits a 360 px screen and a 1280 px one without sideways scrolling', async () => {
  for (const [path, name] of [['/', 'home'], ['/hasil', 'results'], ['/masuk', 'sign-in'], ['/tidak-ada', 'not-found']] as const) await web.atDesktop(path, `public-${name}`);
});
