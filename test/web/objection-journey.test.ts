/** The public objection period (masa sanggah) in a phone's browser against the real local stack. The
 * seed edition is revised (before it opens) to hold a 5-day objection period; three agency
 * entries are submitted and scored, and the clock reaches the nomination (two nominees per category).
 * The public results page announces the period and offers the form on each nominee; a visitor is
 * sent to sign in and brought back; an empty reason is refused on its field; an objection with a PDF
 * as evidence is received with its number. The secretariat upholds it through the API; the public
 * page then lists the nominee as disqualified with the counts, the next entry in the nominees, and
 * never the objector's name. Keyboard alone; axe and no sideways scrolling on every page. */
import type { Page } from 'playwright-core';
import type { LocalStack } from '#scripts/local/stack';
import { seedEdition } from '#shared/domain/seed-edition';
import { ASSESSMENT_KEYS, AT, EDITION, criteria, expectStatus, score, setClock, submitEntry } from '#test/judging/support';
import { checkPage, pressOn, useWebSession } from '#test/support/browser';
import { SAMPLE_PDF, type Http } from '#test/support/stack';

jest.setTimeout(180_000);

const ENTRIES = [
  ['Satu Data Kukar Terpadu', 'opd-diskominfo', 4.6],
  ['Kelas Gizi Balita Keliling', 'opd-dinkes', 4.0],
  ['Rapor Digital Sekolah Dasar', 'opd-disdikbud', 3.2],
] as const;
const [FIRST, SECOND, THIRD] = ENTRIES.map(([title]) => title);

let stack: LocalStack;
let http: Http;
let page: Page;
const ids: Record<string, string> = {};
let admin = '';

const web = useWebSession();
beforeAll(async () => {
  ({ stack, http } = await web.start());
  admin = await http.token('sekretariat-brida', ['admin']);
  expectStatus(await http.call('PUT', EDITION, { token: admin, body: { ...seedEdition, nominationsPerCategory: 2, objectionWindow: { days: 5 } } }), 200);
  await setClock(http, AT.REGISTRATION);
  for (const [title, institutionId] of ENTRIES)
    ids[title] = await submitEntry(http, await http.token(`peserta-${institutionId}`, ['participant'], institutionId), { title, institutionId, category: 'OPD' });
  await setClock(http, AT.SCREENING);
  const judges = ['juri-1', 'juri-2'];
  expectStatus(await http.call('PUT', `${EDITION}/assignments`, { token: admin, body: { assignments: judges.map((userId) => ({ userId, role: 'jury', categories: ['OPD'] })), conflicts: [] } }), 200);
  await setClock(http, AT.ASSESSMENT);
  for (const judge of judges) {
    const token = await http.token(judge, ['jury']);
    for (const [title, , quality] of ENTRIES) expectStatus(await score(http, token, ids[title]!, 'assessment', { criteria: criteria(ASSESSMENT_KEYS, quality) }), 201);
  }
  await setClock(http, AT.NOMINATION);
  page = await web.phonePage();
});

const nominees = () => page.getByRole('heading', { name: 'Nominasi', level: 3 }).locator('xpath=following-sibling::ul[1]');

test('the results page announces the objection period and offers the form on each nominee', async () => {
  await page.goto(`${stack.url}/hasil`);
  await checkPage(page);
  await expect(page.getByRole('heading', { name: 'Masa sanggah' }).isVisible()).resolves.toBe(true);
  await expect(page.getByText(/Dibuka sampai 25 November 2023/).isVisible()).resolves.toBe(true);
  await expect(nominees().getByRole('listitem').allInnerTexts()).resolves.toEqual([expect.stringContaining(FIRST), expect.stringContaining(SECOND)]);
  await expect(page.getByRole('link', { name: `Ajukan sanggahan atas ${THIRD}` }).count()).resolves.toBe(0);
  await pressOn(page, page.getByRole('link', { name: `Ajukan sanggahan atas ${FIRST}` }));
  await page.waitForURL(/\/masuk/);
});

test('signed in, an objector is brought back to the form; an empty reason is refused on its field', async () => {
  await pressOn(page, page.getByRole('button', { name: 'Masuk sebagai Peserta perorangan (guru, pelajar, petani, pemuda…)' }));
  await page.getByRole('heading', { name: 'Ajukan sanggahan', level: 1 }).waitFor();
  await expect(page.getByText(`Sanggahan atas nominasi: ${FIRST}`).isVisible()).resolves.toBe(true);
  await checkPage(page);
  await pressOn(page, page.getByRole('button', { name: 'Kirim sanggahan' }));
  const summary = page.getByRole('alert');
  await expect(summary.getByRole('link', { name: /^Alasan sanggahan: / }).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('textbox', { name: 'Alasan sanggahan' }).getAttribute('aria-invalid')).resolves.toBe('true');
});

test('an objection with a PDF as evidence is received with its number', async () => {
  await page.getByRole('textbox', { name: 'Alasan sanggahan' }).fill('Inovasi ini baru berjalan tiga bulan, belum satu tahun seperti syarat penerapan.');
  await page.getByLabel('Bukti (tidak wajib)').setInputFiles({ name: 'surat-keputusan.pdf', mimeType: 'application/pdf', buffer: SAMPLE_PDF });
  await pressOn(page, page.getByRole('button', { name: 'Kirim sanggahan' }));
  const receipt = page.getByRole('status');
  await receipt.getByRole('heading', { name: 'Sanggahan Anda sudah diterima' }).waitFor();
  await expect(receipt.innerText()).resolves.toMatch(/dengan nomor [0-9A-F]{8}\./);
  await checkPage(page);

  const filed = expectStatus(await http.call('GET', `${EDITION}/objections`, { token: admin }), 200).body.items;
  expect(filed).toEqual([expect.objectContaining({ innovationId: ids[FIRST], filedBy: 'peserta-perorangan', status: 'OPEN', evidence: [expect.objectContaining({ fileName: 'surat-keputusan.pdf', kind: 'EVIDENCE' })] })]);
});

test('upheld by the secretariat, the nominee is listed as disqualified with the counts and the next entry moves up', async () => {
  const [objection] = expectStatus(await http.call('GET', `${EDITION}/objections`, { token: admin }), 200).body.items;
  expectStatus(await http.call('PUT', `/innovations/${ids[FIRST]}/objections/${objection.objectionId}`, { token: admin, body: { outcome: 'UPHELD', reason: 'Terbukti belum berjalan satu tahun.' } }), 200);

  await page.goto(`${stack.url}/hasil`);
  await checkPage(page);
  await expect(nominees().getByRole('listitem').allInnerTexts()).resolves.toEqual([expect.stringContaining(SECOND), expect.stringContaining(THIRD)]);
  const disqualified = page.getByRole('heading', { name: 'Didiskualifikasi karena sanggahan diterima' }).locator('xpath=following-sibling::ul[1]');
  await expect(disqualified.innerText()).resolves.toContain(FIRST);
  await expect(disqualified.innerText()).resolves.toContain('Sanggahan: 1 diajukan (1 diterima, 0 ditolak, 0 sedang diperiksa).');
  await expect(page.locator('body').innerText()).resolves.not.toContain('peserta-perorangan');
});
