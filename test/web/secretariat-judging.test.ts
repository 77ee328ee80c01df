/** The secretariat's judging pages in the browser, with the keyboard alone, against the real local
 * stack: the screening queue (a flagged entry's reason in Indonesian, an entry screened out with a
 * reason), the panel with a conflict (the conflicted judge then does not see that entry), the
 * ranking's breakdown and the severity chart's table (and the page in English), and an objection's
 * evidence read and the objection upheld (the public results then list the next in line). The seed edition is revised before it opens to have an objection
 * window and two nominees per category. axe and no sideways scrolling on every page, at 360 and
 * 1280 px; screenshots in `.screens/`. */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import type { LocalStack } from '#scripts/local/stack';
import { seedEdition } from '#shared/domain/seed-edition';
import { ASSESSMENT_KEYS, AT, EDITION, PRESENTATION_KEYS, criteria, expectStatus, setClock, submitEntry } from '#test/judging/support';
import { checkPage, phone, pressOn, tabTo, useWebSession } from '#test/support/browser';
import { SAMPLE_JPEG, uploadWithPresignedPost, type Http } from '#test/support/stack';

jest.setTimeout(240_000);

const ENTRIES = {
  izin: ['Layanan Izin Usaha Daring Terpadu', 'opd-dpmptsp'],
  riset: ['Bank Data Riset Daerah', 'opd-brida'],
  posyandu: ['Posyandu Digital Keliling', 'opd-dinkes'],
  rapor: ['Rapor Sekolah Terbuka', 'opd-disdikbud'],
  copy: ['Layanan Izin Usaha Daring Terpadu!', 'opd-diskominfo'],
} as const;
type Name = keyof typeof ENTRIES;

let stack: LocalStack;
let http: Http;
let browser: Browser;
let page: Page;
const t: Record<string, string> = {};
const ids = {} as Record<Name, string>;

const web = useWebSession();
beforeAll(async () => {
  ({ stack, http, browser } = await web.start());
  t.admin = await http.token('sekretariat-brida', ['admin']);
  t.juri1 = await http.token('juri-1', ['jury']);
  t.juri2 = await http.token('juri-2', ['jury']);
  expectStatus(await http.call('PUT', EDITION, { token: t.admin, body: { ...seedEdition, nominationsPerCategory: 2, objectionWindow: { days: 5 } } }), 200);
  await setClock(http, AT.REGISTRATION);
  for (const [name, [title, institutionId]] of Object.entries(ENTRIES) as [Name, readonly [string, string]][])
    ids[name] = await submitEntry(http, await http.token(`peserta-${institutionId}`, ['participant'], institutionId), { title, institutionId, category: 'OPD' });
  await setClock(http, AT.SCREENING);
  page = await web.phonePage();
  await page.goto(`${stack.url}/masuk`);
  await pressOn(page, page.getByRole('button', { name: 'Masuk sebagai Sekretariat (Brida)' }));
  await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
});

const press = (target: Locator, key?: string) => pressOn(page, target, key);
const type = async (target: Locator, text: string) => {
  await tabTo(page, target);
  await page.keyboard.type(text);
};

test('screening: the flagged entry shows its reason in Indonesian; the secretariat screens it out with a reason and sees the decision', async () => {
  await page.goto(`${stack.url}/sekretariat/seleksi`);
  await page.getByRole('heading', { name: 'Seleksi administrasi', level: 1 }).waitFor();
  await checkPage(page);
  // Only the flagged entries, by the flag's name.
  await page.getByLabel('Tanda').selectOption({ label: 'Judul mirip entri lain' });
  await press(page.getByRole('button', { name: 'Tampilkan' }));
  await page.getByText('2 inovasi').waitFor();
  const copy = page.getByRole('article', { name: ENTRIES.copy[0] });
  await copy.getByText(new RegExp(`Judulnya [\\d,]+ % mirip dengan "${ENTRIES.izin[0]}" pada edisi ini`)).waitFor();
  // Screening out without a reason is refused with the API's own message, beside the field.
  // Tab reaches a radio group at its first radio; the arrow picks the next.
  await tabTo(page, copy.getByRole('radio', { name: 'Memenuhi syarat', exact: true }));
  await page.keyboard.press('ArrowDown');
  await expect(copy.getByRole('radio', { name: 'Tidak memenuhi syarat' }).isChecked()).resolves.toBe(true);
  await press(copy.getByRole('button', { name: 'Simpan keputusan' }));
  await copy.getByText('alasan wajib diisi jika inovasi dinyatakan tidak memenuhi syarat').first().waitFor();
  await type(copy.getByRole('textbox', { name: 'Alasan' }), 'Entri ganda dari inovasi Layanan Izin Usaha Daring Terpadu.');
  await press(copy.getByRole('button', { name: 'Simpan keputusan' }));
  await copy.getByText(`Keputusan untuk ${ENTRIES.copy[0]} tersimpan.`).waitFor();
  await copy.getByText('Tidak memenuhi syarat — Entri ganda dari inovasi Layanan Izin Usaha Daring Terpadu.').waitFor();
  await copy.getByText(/^Diputuskan oleh sekretariat-brida, 20 Oktober 2023 pukul 09\.00 WITA$/).waitFor();
  expect(expectStatus(await http.call('GET', `/innovations/${ids.copy}`, { token: t.admin }), 200).body.status).toBe('INELIGIBLE');
  await web.shoot('secretariat-screening');
  await web.atDesktop('/sekretariat/seleksi', 'secretariat-screening');
});

test('panel: two judges on OPD, one with a conflict; the load per judge follows the form; the conflicted judge does not see the entry', async () => {
  await page.goto(`${stack.url}/sekretariat/panel`);
  await page.getByRole('heading', { name: 'Panel juri dan verifikator', level: 1 }).waitFor();
  await checkPage(page);
  const first = page.getByRole('group', { name: /^Anggota 1/ });
  await type(first.getByRole('textbox', { name: 'ID pengguna' }), 'juri-1');
  await tabTo(page, first.getByRole('checkbox', { name: 'Organisasi Perangkat Daerah' }));
  await page.keyboard.press('Space');
  await first.getByLabel('Instansi yang berkonflik').selectOption({ value: ENTRIES.rapor[1] });
  await press(first.getByRole('button', { name: 'Tambahkan konflik' }));
  await first.getByRole('button', { name: /^Hapus konflik dengan / }).waitFor();
  await press(page.getByRole('button', { name: 'Tambah anggota' }));
  const second = page.getByRole('group', { name: /^Anggota 2/ });
  await type(second.getByRole('textbox', { name: 'ID pengguna' }), 'juri-2');
  await tabTo(page, second.getByRole('checkbox', { name: 'Organisasi Perangkat Daerah' }));
  await page.keyboard.press('Space');
  // Four entries are still in the running (one was screened out); juri-1 has a conflict with one.
  const load = page.getByRole('table');
  await expect(load.getByRole('row', { name: /^juri-1 / }).getByRole('cell').nth(1).textContent()).resolves.toBe('3');
  await expect(load.getByRole('row', { name: /^juri-2 / }).getByRole('cell').nth(1).textContent()).resolves.toBe('4');
  await press(page.getByRole('button', { name: 'Simpan panel' }));
  await page.getByText(/^Panel tersimpan \(20 Oktober 2023 pukul 09\.00 WITA\)\.$/).waitFor();
  await web.shoot('secretariat-panel');
  await web.atDesktop('/sekretariat/panel', 'secretariat-panel');
  const panel = expectStatus(await http.call('GET', `${EDITION}/assignments`, { token: t.admin }), 200).body;
  expect(panel.conflicts).toEqual([{ userId: 'juri-1', institutionIds: [ENTRIES.rapor[1]] }]);

  await setClock(http, AT.ASSESSMENT);
  const judge = await (await phone(browser)).newPage();
  await judge.goto(`${stack.url}/masuk`);
  await pressOn(judge, judge.getByRole('button', { name: 'Masuk sebagai Tim penilai (juri)' }));
  await judge.getByRole('heading', { name: 'Penilaian saya', level: 1 }).waitFor();
  await judge.getByRole('link', { name: ENTRIES.izin[0] }).waitFor();
  await expect(judge.getByRole('link', { name: ENTRIES.rapor[0] }).count()).resolves.toBe(0);
  await judge.context().close();
});

test('rankings: the preview while judges score, then the nomination with each row’s breakdown and the severity chart’s table', async () => {
  const levels: Record<string, [number, number]> = { izin: [5, 4], riset: [4, 4], posyandu: [3, 1], rapor: [0, 2] };
  for (const [name, [one, two]] of Object.entries(levels)) {
    if (one) expectStatus(await http.call('PUT', `/innovations/${ids[name as Name]}/scores/assessment`, { token: t.juri1, body: { criteria: criteria(ASSESSMENT_KEYS, one) } }), 201);
    expectStatus(await http.call('PUT', `/innovations/${ids[name as Name]}/scores/assessment`, { token: t.juri2, body: { criteria: criteria(ASSESSMENT_KEYS, two) } }), 201);
  }
  await page.goto(`${stack.url}/sekretariat/peringkat`);
  await page.getByText(/^Pratinjau: babak ini masih dinilai/).waitFor();
  await page.getByRole('heading', { name: 'Kesepakatan antarjuri' }).first().waitFor();
  // Posyandu's judges are 50 points apart (threshold 25): flagged while a judge can still be added.
  await page.getByText(`${ENTRIES.posyandu[0]}: selisih 50 poin`).waitFor();
  await checkPage(page);
  await page.goto(`${stack.url}/sekretariat/panel`);
  await page.getByText(/^1 inovasi pada babak yang sedang berjalan dinilai sangat berbeda oleh para jurinya\./).waitFor();
  await page.goto(`${stack.url}/sekretariat/peringkat`);

  await setClock(http, AT.NOMINATION);
  await page.reload();
  await page.getByText(/^Dihitung 20 November 2023 pukul 12\.00 WITA/).waitFor();
  const opd = page.getByRole('region', { name: 'Organisasi Perangkat Daerah' });
  await opd.getByRole('row', { name: new RegExp(`^1 ${ENTRIES.izin[0]} `) }).getByText('Nominasi').waitFor();
  // Entries left out, and why, in Indonesian.
  await opd.getByRole('row', { name: new RegExp(`^– ${ENTRIES.rapor[0]} `) }).getByText('dinilai 1 juri; minimal 2 juri diperlukan').waitFor();
  await opd.getByRole('row', { name: /Daring Terpadu! / }).getByText('tidak memenuhi syarat (seleksi administrasi)').waitFor();
  await opd.getByText(/^ICC\(2,2\), rata-rata 2 juri$/).waitFor();
  await opd.getByText(/\((buruk|sedang|baik|sangat baik)\); selang kepercayaan 95 %/).first().waitFor();
  // A row's breakdown: each judge's raw and adjusted total.
  await press(opd.getByText(`Rincian: ${ENTRIES.izin[0]}`, { exact: true }));
  const totals = opd.getByRole('table', { name: 'Total tiap juri: mentah dan sesudah koreksi' });
  await expect(totals.getByRole('row', { name: /^juri-1 / }).getByRole('cell').first().textContent()).resolves.toBe('100');
  await expect(totals.getByRole('row', { name: /^juri-2 / }).getByRole('cell').first().textContent()).resolves.toBe('75');
  // The severity chart's figures as a table: each judge's mean ± SD before and after correction.
  await press(page.getByText('Lihat angkanya sebagai tabel').first());
  const severity = page.getByRole('table', { name: /^Kekerasan penilaian tiap juri/ });
  await severity.getByRole('columnheader', { name: 'Sebelum koreksi' }).waitFor();
  await expect(severity.getByRole('row', { name: /^juri-1 / }).getByRole('cell').first().textContent()).resolves.toMatch(/^[\d,]+ ± [\d,]+$/);
  await checkPage(page);
  await web.shoot('secretariat-rankings');
  // The English switch words the page, the reasons included, from the same catalogue.
  await press(page.getByRole('button', { name: 'Switch to English' }));
  await page.getByRole('heading', { name: 'Rankings', level: 1 }).waitFor();
  await page.getByText('scored by 1 judge(s); at least 2 are needed').waitFor();
  await page.getByText(/^ICC\(2,2\), mean of 2 judges$/).first().waitFor();
  await checkPage(page);
  await press(page.getByRole('button', { name: /Bahasa Indonesia|Indonesia/ }));
  await page.getByRole('heading', { name: 'Peringkat', level: 1 }).waitFor();
  await web.atDesktop('/sekretariat/peringkat', 'secretariat-rankings');
});

test('objections: the secretariat upholds one with a reason; the next in line moves up, and the public results list it', async () => {
  const nominees = async () => (expectStatus(await http.call('GET', `${EDITION}/results`), 200).body.nominees.OPD as { innovationId: string }[]).map((n) => n.innovationId);
  expect(await nominees()).toEqual([ids.izin, ids.riset]);
  const citizen = await http.token('warga-1', ['participant']);
  const filed = expectStatus(
    await http.call('POST', `/innovations/${ids.izin}/objections`, {
      token: citizen,
      body: { reason: 'Layanan ini dibuat oleh penyedia, bukan oleh dinas.', evidence: { kind: 'PHOTO', fileName: 'tangkapan-layar.jpg', contentType: 'image/jpeg', size: SAMPLE_JPEG.length } },
    }),
    201,
  ).body;
  await uploadWithPresignedPost(filed.upload.upload, SAMPLE_JPEG, 'image/jpeg');
  await page.goto(`${stack.url}/sekretariat/sanggahan`);
  await page.getByRole('heading', { name: 'Sanggahan', level: 1 }).waitFor();
  await checkPage(page);
  const card = page.getByRole('article', { name: `Terhadap: ${ENTRIES.izin[0]}` });
  await card.getByText('Layanan ini dibuat oleh penyedia, bukan oleh dinas.').waitFor();
  // The evidence, read through the document route: the bytes the objector uploaded.
  const [download] = await Promise.all([page.waitForEvent('download'), press(card.getByRole('link', { name: 'Buka bukti tangkapan-layar.jpg' }))]);
  expect(readFileSync((await download.path())!)).toEqual(SAMPLE_JPEG);
  await tabTo(page, card.getByRole('radio', { name: 'Terima (nominasi didiskualifikasi)' }));
  await page.keyboard.press('Space');
  await type(card.getByRole('textbox', { name: 'Alasan keputusan' }), 'Terbukti: aplikasi adalah produk penyedia.');
  await press(card.getByRole('button', { name: 'Simpan keputusan' }));
  await page.getByText(`Naik menjadi nominasi: ${ENTRIES.posyandu[0]}.`).waitFor();
  await card.getByText('Diterima').waitFor();
  await web.shoot('secretariat-objections');
  await web.atDesktop('/sekretariat/sanggahan', 'secretariat-objections');
  expect(await nominees()).toEqual([ids.riset, ids.posyandu]);
  await page.goto(`${stack.url}/hasil`);
  await page.getByText(ENTRIES.posyandu[0]).first().waitFor();
  await checkPage(page);
});

test('the final round: each row’s components with their weights, and the places', async () => {
  expectStatus(
    await http.call('PUT', `${EDITION}/assignments`, {
      token: t.admin,
      body: {
        assignments: [
          { userId: 'juri-1', role: 'jury', categories: ['OPD'] },
          { userId: 'juri-2', role: 'jury', categories: ['OPD'] },
          { userId: 'verifikator-1', role: 'verifier', categories: ['OPD'] },
        ],
        conflicts: [{ userId: 'juri-1', institutionIds: [ENTRIES.rapor[1]] }],
      },
    }),
    200,
  );
  await setClock(http, AT.FIELD_VERIFICATION);
  const verifier = await http.token('verifikator-1', ['verifier']);
  for (const name of ['riset', 'posyandu'] as const)
    expect((await http.call('PUT', `/innovations/${ids[name]}/verification`, { token: verifier, body: { result: 'VERIFIED', score: 80, findings: 'Sesuai dengan proposal.' } })).status).toBeLessThan(300);
  await setClock(http, AT.PRESENTATION);
  for (const [name, level] of [['riset', 5], ['posyandu', 3]] as const)
    for (const token of [t.juri1!, t.juri2!])
      expectStatus(await http.call('PUT', `/innovations/${ids[name]}/scores/presentation`, { token, body: { criteria: criteria(PRESENTATION_KEYS, level) } }), 201);
  await setClock(http, AT.WINNER_DETERMINATION);
  await page.goto(`${stack.url}/sekretariat/peringkat`);
  await tabTo(page, page.getByRole('radio', { name: 'Nominasi (dari penilaian dokumen)' }));
  await page.keyboard.press('ArrowDown');
  await press(page.getByRole('button', { name: 'Tampilkan' }));
  const opd = page.getByRole('region', { name: 'Organisasi Perangkat Daerah' });
  await opd.getByRole('row', { name: new RegExp(`^1 ${ENTRIES.riset[0]} `) }).getByText('Juara 1').waitFor();
  await press(opd.getByText(`Rincian: ${ENTRIES.riset[0]}`, { exact: true }));
  const components = opd.getByRole('table', { name: 'Komponen' });
  await components.waitFor();
  await expect(components.getByRole('row', { name: /^Presentasi / }).getByRole('cell').allTextContents()).resolves.toEqual(['100', '30 %', '30']);
  await expect(components.getByRole('row', { name: /^Verifikasi lapangan / }).getByRole('cell').allTextContents()).resolves.toEqual(['80', '20 %', '16']);
  await checkPage(page);
  await web.shoot('secretariat-rankings-final');
});
