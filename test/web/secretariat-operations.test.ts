/** The secretariat's operations pages in a browser against the real local stack, with the keyboard
 * where a person would use it: the dashboard's figures match what was registered, registration is
 * extended and the moved boundary shown, an entry's audit trail is read, the CSV exports download
 * (their content checked), the announcement is refused before its stage and made after the final
 * ranking, and the public results page then shows the winners. axe and no sideways scrolling on
 * every page at 360 px, and at 1280 px; screenshots in `.screens/` (git ignores it). */
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { playEdition } from '#scripts/demo/play-edition';
import type { LocalStack } from '#scripts/local/stack';
import { ASSESSMENT_KEYS, EDITION, PRESENTATION_KEYS, criteria, draftEntry, expectStatus, setClock, submitEntry } from '#test/judging/support';
import { checkPage, phone, pressOn, SCREENS, startWebStack, useWebSession } from '#test/support/browser';
import type { Http } from '#test/support/stack';

jest.setTimeout(240_000);

const TENGGARONG = 'Jemput Bola Imunisasi Desa';
const LOA_KULU = 'Kelas Gizi Balita Keliling';
const DINKES = 'Posyandu Digital (draf)';

let stack: LocalStack;
let http: Http;
let browser: Browser;
let page: Page;
const t: Record<string, string> = {};
const ids: Record<string, string> = {};

const web = useWebSession();
beforeAll(async () => {
  ({ stack, http, browser } = await web.start());
  await setClock(http, '2023-10-12T09:00:00+08:00');
  t.admin = await http.token('sekretariat-brida', ['admin']);
  t.juri1 = await http.token('juri-1', ['jury']);
  t.juri2 = await http.token('juri-2', ['jury']);
  t.verifier = await http.token('verifikator-1', ['verifier']);
  for (const [title, institutionId] of [
    [TENGGARONG, 'pkm-tenggarong'],
    [LOA_KULU, 'pkm-loa-kulu'],
  ] as const)
    ids[title] = await submitEntry(http, await http.token(`peserta-${institutionId}`, ['participant'], institutionId), { title, institutionId, category: 'PUSKESMAS' });
  await draftEntry(http, await http.token('peserta-opd-dinkes', ['participant'], 'opd-dinkes'), { title: DINKES, institutionId: 'opd-dinkes', category: 'OPD' });
  page = await web.phonePage();
});

const press = (target: Locator, key?: string) => pressOn(page, target, key);

/** Opens a page of the area from its menu, with the keyboard. */
const openFromMenu = async (label: string) => {
  await press(page.getByRole('navigation', { name: 'Halaman sekretariat' }).getByRole('link', { name: label, exact: true }));
  await page.getByRole('heading', { level: 1 }).waitFor();
};

/** Downloads the file a button saves and answers its name and text (without the byte-order mark). */
const download = async (button: string): Promise<{ name: string; text: string }> => {
  const [file] = await Promise.all([page.waitForEvent('download'), press(page.getByRole('button', { name: button }))]);
  const path = await file.path();
  await page.getByText(`Tersimpan: ${file.suggestedFilename()}`).waitFor();
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8').replace(/^\uFEFF/, '') };
};

test('the secretariat signs in and reads the dashboard: the figures match what was registered', async () => {
  // Not signed in yet: the area sends the visitor to sign in, and back.
  await page.goto(`${stack.url}/sekretariat`);
  await press(page.getByRole('button', { name: 'Masuk sebagai Sekretariat (Brida)' }));
  await page.getByRole('heading', { name: 'Dasbor sekretariat', level: 1 }).waitFor();
  await page.getByRole('heading', { name: 'Tahap sekarang: Pendaftaran' }).waitFor();
  await page.getByText('Seleksi administrasi dimulai 14 Oktober 2023 pukul 00.00 WITA').waitFor();
  await page.getByText(/^Menuju tahap berikutnya: 1 hari 14 jam/).waitFor();
  const figure = (label: string) => page.locator('.dashboard__figures > div', { has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(figure('Inovasi terdaftar').textContent()).resolves.toBe('3');
  await expect(figure('Sudah diajukan').textContent()).resolves.toBe('2');
  await expect(figure('Draf (tidak atau belum diajukan)').textContent()).resolves.toBe('1');
  await page.getByText('2 dari 17 instansi sudah mengajukan inovasi').waitFor();
  // The chart's figures as a table, opened with the keyboard.
  const perCategory = page.getByRole('figure', { name: 'Pendaftaran per kategori' });
  await press(perCategory.getByText('Lihat angkanya sebagai tabel'));
  const puskesmas = perCategory.getByRole('row', { name: /^Puskesmas/ });
  await expect(puskesmas.getByRole('cell').allTextContents()).resolves.toEqual(['2', '0']);
  await expect(perCategory.getByRole('row', { name: /^Organisasi Perangkat Daerah/ }).getByRole('cell').allTextContents()).resolves.toEqual(['0', '1']);
  const perDay = page.getByRole('figure', { name: 'Pendaftaran dan pengajuan per hari (WITA)' });
  await press(perDay.getByText('Lihat angkanya sebagai tabel'));
  await expect(perDay.getByRole('row', { name: /^12 Oktober 2023/ }).getByRole('cell').allTextContents()).resolves.toEqual(['3', '2']);
  await expect(page.getByRole('link', { name: 'Dasbor', exact: true }).getAttribute('aria-current')).resolves.toBe('page');
  await checkPage(page);
  await web.shoot('sec-dashboard');
  await web.atDesktop('/sekretariat', 'sec-dashboard');
});

test('the compliance report lists who has and has not submitted, per institution type', async () => {
  await openFromMenu('Kepatuhan');
  await page.getByText('2 dari 17 instansi sudah mengajukan inovasi (11,8%).').waitFor();
  const row = (type: string, name: string) => page.getByRole('list', { name: type }).getByRole('listitem').filter({ hasText: name });
  await expect(row('Puskesmas', 'Puskesmas Tenggarong').textContent()).resolves.toBe('Puskesmas Tenggarong1 terdaftar · 1 diajukanPatuh');
  // Registered a draft but submitted nothing: still to chase, and listed first.
  await expect(row('Organisasi Perangkat Daerah', 'Dinas Kesehatan').textContent()).resolves.toBe('Dinas Kesehatan1 terdaftar · 0 diajukanBelum mengajukan');
  await expect(page.getByRole('list', { name: 'Organisasi Perangkat Daerah' }).getByRole('listitem').first().textContent()).resolves.toMatch(/Belum mengajukan$/);
  await page.getByText('2 dari 2 sudah mengajukan').waitFor();
  // Only those to chase: the compliant ones leave the lists.
  await press(page.getByLabel('Tampilkan hanya yang belum mengajukan'), 'Space');
  await page.getByText('Semua instansi jenis ini sudah mengajukan.').waitFor();
  await expect(page.getByRole('list', { name: 'Puskesmas' }).getByRole('listitem').count()).resolves.toBe(0);
  await expect(row('Organisasi Perangkat Daerah', 'Dinas Kesehatan').count()).resolves.toBe(1);
  await press(page.getByLabel('Tampilkan hanya yang belum mengajukan'), 'Space');
  await checkPage(page);
  await web.shoot('sec-compliance');
  await web.atDesktop('/sekretariat/kepatuhan', 'sec-compliance');
});

test('registration is extended by two days: a past boundary is read-only, a wrong date is shown on its field, then the moved boundary', async () => {
  await openFromMenu('Jadwal');
  await page.getByRole('heading', { name: 'Jadwal dan perpanjangan', level: 1 }).waitFor();
  // Registration has started: its start is shown, not offered.
  await page.getByText('Mulai Pendaftaran', { exact: true }).waitFor();
  await expect(page.getByLabel('Mulai Pendaftaran').count()).resolves.toBe(0);
  const close = page.getByLabel('Akhir Pendaftaran dan mulai Seleksi administrasi');
  // Past the start of the assessment: the calendar's own rule, in the browser, on the next field.
  await close.fill('2023-11-02T00:00');
  await press(page.getByRole('button', { name: 'Simpan jadwal' }));
  const summary = page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' });
  await summary.waitFor();
  await checkPage(page);
  await web.shoot('sec-calendar-error');
  await close.fill('2023-10-16T00:00');
  await press(page.getByRole('button', { name: 'Simpan jadwal' }));
  const moved = page.getByRole('status').filter({ has: page.getByRole('heading', { name: 'Batas yang berpindah' }) });
  await moved.waitFor();
  await expect(moved.getByRole('listitem').allTextContents()).resolves.toEqual([
    expect.stringMatching(/^Akhir Pendaftaran dan mulai Seleksi administrasi: 14 Oktober 2023 pukul 00\.00 WITA\s*→\s*menjadi\s*16 Oktober 2023 pukul 00\.00 WITA$/),
  ]);
  await expect(close.inputValue()).resolves.toBe('2023-10-16T00:00');
  // The API holds it: the edition's calendar moved.
  const edition = (await http.call('GET', EDITION)).body;
  expect(edition.stages.find((w: { stage: string }) => w.stage === 'REGISTRATION').end).toBe('2023-10-16T00:00:00+08:00');
  await checkPage(page);
  await web.shoot('sec-calendar');
  await web.atDesktop('/sekretariat/jadwal', 'sec-calendar');

  // Meanwhile registration closes; the page still offers that boundary, and the API's refusal lands on its field.
  await setClock(http, '2023-10-17T09:00:00+08:00');
  await close.fill('2023-10-18T00:00');
  await press(page.getByRole('button', { name: 'Simpan jadwal' }));
  // One problem per boundary: the end of registration and the start of screening are one field.
  const refusal = page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' });
  await refusal.getByRole('link', { name: /^Akhir Pendaftaran dan mulai Seleksi administrasi: tahap pendaftaran \(REGISTRATION\) sudah berakhir/ }).waitFor();
  await expect(refusal.getByRole('link').count()).resolves.toBe(1);
  await expect(close.getAttribute('aria-invalid')).resolves.toBe('true');
  expect((await http.call('GET', EDITION)).body.stages.find((w: { stage: string }) => w.stage === 'REGISTRATION').end).toBe('2023-10-16T00:00:00+08:00');
  await checkPage(page);
  await web.shoot('sec-calendar-refused');
});

test('before its stage the announcement page explains why it cannot be made yet; an entry’s audit trail is read', async () => {
  await setClock(http, '2023-10-20T09:00:00+08:00');
  expectStatus(
    await http.call('PUT', `${EDITION}/assignments`, {
      token: t.admin,
      body: {
        assignments: [
          { userId: 'juri-1', role: 'jury', categories: ['PUSKESMAS'] },
          { userId: 'juri-2', role: 'jury', categories: ['PUSKESMAS'] },
          { userId: 'verifikator-1', role: 'verifier', categories: ['PUSKESMAS'] },
        ],
        conflicts: [],
      },
    }),
    200,
  );
  await setClock(http, '2023-11-05T09:00:00+08:00');
  for (const [title, value] of [[TENGGARONG, 5], [LOA_KULU, 3]] as const)
    for (const judge of [t.juri1, t.juri2]) expectStatus(await http.call('PUT', `/innovations/${ids[title]}/scores/assessment`, { token: judge, body: { criteria: criteria(ASSESSMENT_KEYS, value) } }), 201);

  await page.goto(`${stack.url}/sekretariat/pengumuman`);
  await page.getByRole('heading', { name: 'Pengumuman pemenang', level: 1 }).waitFor();
  await page.getByText('Peringkat akhir belum ada. Peringkat ini dihitung otomatis saat tahap Penentuan pemenang dimulai (9 Desember 2023 pukul 00.00 WITA).').waitFor();
  await page.getByText('Pengumuman hanya dapat dilakukan pada tahap Penentuan pemenang (9 Desember 2023 pukul 00.00 WITA – sampai pengumuman), setelah peringkat akhir dihitung.').waitFor();
  await page.getByText('Tahap sekarang: Penilaian (1 November 2023 pukul 00.00 WITA – 20 November 2023 pukul 12.00 WITA).').waitFor();
  await expect(page.getByRole('button', { name: 'Umumkan pemenang' }).count()).resolves.toBe(0);
  await checkPage(page);
  await web.shoot('sec-announcement-early');

  await openFromMenu('Jejak audit');
  // The edition's trail: the calendar change made above, by the secretariat, in WITA.
  const calendarChange = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Jadwal diubah' }) });
  await calendarChange.getByText('oleh sekretariat-brida').waitFor();
  await calendarChange.getByText('Akhir Pendaftaran dan mulai Seleksi administrasi: 14 Oktober 2023 pukul 00.00 WITA → 16 Oktober 2023 pukul 00.00 WITA').waitFor();
  await checkPage(page);
  await web.shoot('sec-audit-edition');
  await web.atDesktop('/sekretariat/audit', 'sec-audit-edition');
  // One entry's trail, by its id.
  await pressOn(page, page.getByLabel('ID inovasi'), 'Tab');
  await page.getByLabel('ID inovasi').fill('bukan-id');
  await press(page.getByRole('button', { name: 'Tampilkan' }));
  await page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' }).waitFor();
  await page.getByLabel('ID inovasi').fill(ids[TENGGARONG]!);
  await press(page.getByRole('button', { name: 'Tampilkan' }));
  await page.getByRole('heading', { name: `Jejak audit: ${TENGGARONG}`, level: 1 }).waitFor();
  const scores = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Nilai penilaian disimpan' }) });
  await scores.nth(1).waitFor();
  await expect(scores.count()).resolves.toBe(2);
  await scores.first().getByText('5 November 2023 pukul 09.00 WITA oleh juri-1').waitFor();
  await scores.first().getByText('Total 100').waitFor();
  await checkPage(page);
  await web.shoot('sec-audit-entry');
  await web.atDesktop(`/sekretariat/audit/${ids[TENGGARONG]}`, 'sec-audit-entry');
});

test('after the final ranking the exports download as CSV with the right content', async () => {
  await setClock(http, '2023-11-22T09:00:00+08:00');
  for (const title of [TENGGARONG, LOA_KULU])
    expectStatus(await http.call('PUT', `/innovations/${ids[title]}/verification`, { token: t.verifier, body: { result: 'VERIFIED', score: 80, findings: 'Klaim terbukti di lapangan.' } }), 201);
  await setClock(http, '2023-11-28T09:00:00+08:00');
  for (const [title, value] of [[TENGGARONG, 5], [LOA_KULU, 4]] as const)
    for (const judge of [t.juri1, t.juri2]) expectStatus(await http.call('PUT', `/innovations/${ids[title]}/scores/presentation`, { token: judge, body: { criteria: criteria(PRESENTATION_KEYS, value) } }), 201);
  await setClock(http, '2023-12-09T09:00:00+08:00');

  await openFromMenu('Ekspor CSV');
  const entries = await download('Unduh semua inovasi (CSV)');
  expect(entries.name).toBe('iid-pik-2023.csv');
  const [header, ...rows] = entries.text.trim().split(/\r?\n/);
  expect(header).toContain('title');
  expect(rows).toHaveLength(2); // the submitted entries; the draft is not one
  expect(entries.text).toContain(TENGGARONG);
  expect(entries.text).toContain(LOA_KULU);
  const ranking = await download('Unduh peringkat akhir (CSV)');
  expect(ranking.text.split(/\r?\n/)[0]).toBe('category,rank,place,innovationId,title,institutionId,score,assessment,verificationResult,verificationScore,presentation,tie,reason,why');
  expect(ranking.text).toMatch(new RegExp(`PUSKESMAS,1,1,${ids[TENGGARONG]},${TENGGARONG},pkm-tenggarong,`));
  const audit = await download('Unduh jejak audit (CSV)');
  expect(audit.text.split(/\r?\n/)[0]).toBe('at,who,action,before,after');
  expect(audit.text).toContain('sekretariat-brida,CALENDAR_CHANGED');
  expect(audit.text).toContain('RANKING_FINAL');
  const compliance = await download('Unduh laporan kepatuhan (CSV)');
  expect(compliance.text).toMatch(/pkm-tenggarong,Puskesmas Tenggarong,PUSKESMAS,1,1,true/);
  await checkPage(page);
  await web.shoot('sec-exports');
  await web.atDesktop('/sekretariat/ekspor', 'sec-exports');
});

test('the secretariat announces after the final ranking, with a confirm step, and the public results then show the winners', async () => {
  await openFromMenu('Pengumuman');
  await page.getByText(/^Peringkat akhir dihitung 9 Desember 2023 pukul 0[09]\.00 WITA\.$/).waitFor();
  const puskesmas = page.getByRole('region', { name: 'Puskesmas' });
  await expect(puskesmas.getByRole('listitem').allTextContents()).resolves.toEqual([`Juara 1: ${TENGGARONG} — Puskesmas Tenggarong`, `Juara 2: ${LOA_KULU} — Puskesmas Loa Kulu`]);
  await checkPage(page);
  await web.shoot('sec-announcement-ready');
  await web.atDesktop('/sekretariat/pengumuman', 'sec-announcement-ready');
  await press(page.getByRole('button', { name: 'Umumkan pemenang' }));
  // The confirm step takes the focus; cancelling leaves everything as it was.
  await page.getByRole('heading', { name: 'Umumkan sekarang?' }).waitFor();
  await press(page.getByRole('button', { name: 'Batal' }));
  expect((await http.call('GET', EDITION)).body.currentStage).toBe('WINNER_DETERMINATION');
  await press(page.getByRole('button', { name: 'Umumkan pemenang' }));
  await checkPage(page);
  await web.shoot('sec-announcement-confirm');
  await press(page.getByRole('button', { name: 'Ya, umumkan sekarang' }));
  await page.getByRole('heading', { name: 'Pemenang sudah diumumkan' }).waitFor();
  await page.getByText('Diumumkan 9 Desember 2023 pukul 09.00 WITA. Hasil kini terbuka untuk umum.').waitFor();
  expect((await http.call('GET', EDITION)).body.currentStage).toBe('ANNOUNCED');
  await checkPage(page);
  await web.shoot('sec-announcement-done');

  await press(page.getByRole('link', { name: 'Lihat halaman Hasil' }));
  await page.getByRole('heading', { name: 'Nominasi dan pemenang', level: 1 }).waitFor();
  await page.getByText(`Juara 1: ${TENGGARONG}`).waitFor();
  await page.getByText(`Juara 2: ${LOA_KULU}`).waitFor();
  await checkPage(page);
});

test('someone else announced meanwhile: the refusal is explained with the stage now and its window', async () => {
  // A second edition played through by the demo; the page is opened when the final ranking is there,
  // then the demo's secretariat announces first.
  const other = await startWebStack();
  const desk = await phone(browser);
  const p = await desk.newPage();
  try {
    await playEdition(other.url, () => undefined, async (_, stage) => {
      if (stage !== 'WINNER_DETERMINATION') return;
      await p.goto(`${other.url}/sekretariat/pengumuman`);
      await pressOn(p, p.getByRole('button', { name: 'Masuk sebagai Sekretariat (Brida)' }));
      await p.getByRole('button', { name: 'Umumkan pemenang' }).waitFor();
    });
    await pressOn(p, p.getByRole('button', { name: 'Umumkan pemenang' }));
    await pressOn(p, p.getByRole('button', { name: 'Ya, umumkan sekarang' }));
    const refusal = p.getByRole('alert').filter({ has: p.getByRole('heading', { name: 'Pengumuman ditolak' }) });
    await refusal.waitFor();
    await refusal.getByText('Tahap sekarang: Pengumuman pemenang (9 Desember 2023 pukul 00.00 WITA – sampai pengumuman).').waitFor();
    await refusal.getByText('Pengumuman hanya dapat dilakukan pada tahap Penentuan pemenang (9 Desember 2023 pukul 00.00 WITA – 9 Desember 2023 pukul 00.00 WITA), setelah peringkat akhir dihitung.').waitFor();
    await expect(p.getByRole('button', { name: 'Umumkan pemenang' }).count()).resolves.toBe(0);
    await checkPage(p);
    await p.screenshot({ path: `${SCREENS}/sec-announcement-refused-360.png`, fullPage: true });
    // Read again, the page shows the announcement made.
    await pressOn(p, p.getByRole('button', { name: 'Muat ulang halaman' }));
    await p.getByRole('heading', { name: 'Pemenang sudah diumumkan' }).waitFor();
  } finally {
    await desk.close();
    await other.stop();
  }
});
