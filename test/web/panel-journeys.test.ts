/** The jury's and the field verifiers' journeys in a phone's browser, with the keyboard alone, against
 * the real local stack. Set up through the API: three village health and district entries submitted,
 * the panel assigned (the judge declared a conflict with one institution), the clock in ASSESSMENT.
 * A judge sees progress 0/2 and not the conflicted entry, opens an entry and its proposal, scores it
 * with the anchored levels in view, sees 1/2, and revises the score; another judge's score never
 * shows. Then, nominations made, a field verifier records a visit with a photo from the camera (a
 * failed upload retried) and sees it saved; the judge reads their closed round's score but cannot
 * change it; in PRESENTATION the judge finds the nominees on the
 * presentation's own sheet. axe and no sideways scrolling on every page, at 360 and
 * 1280 px; screenshots in `.screens/` (git ignores it). */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import type { LocalStack } from '#scripts/local/stack';
import { ASSESSMENT_KEYS, AT, EDITION, criteria, expectStatus, setClock, submitEntry } from '#test/judging/support';
import { checkPage, pressOn, tabTo, useWebSession } from '#test/support/browser';
import { SAMPLE_JPEG, SAMPLE_PDF, type Http } from '#test/support/stack';

jest.setTimeout(180_000);

const TENGGARONG = 'Jemput Bola Imunisasi Desa';
const LOA_KULU = 'Kelas Gizi Balita Keliling';
const MUARA_BADAK = 'Pelayanan Adminduk Terapung';

let stack: LocalStack;
let http: Http;
let page: Page;
const t: Record<string, string> = {};
const ids: Record<string, string> = {};

const web = useWebSession();
beforeAll(async () => {
  ({ stack, http } = await web.start());
  await setClock(http, AT.REGISTRATION);
  t.admin = await http.token('sekretariat-brida', ['admin']);
  t.juri1 = await http.token('juri-1', ['jury']);
  t.juri2 = await http.token('juri-2', ['jury']);
  for (const [title, institutionId, category] of [
    [TENGGARONG, 'pkm-tenggarong', 'PUSKESMAS'],
    [LOA_KULU, 'pkm-loa-kulu', 'PUSKESMAS'],
    [MUARA_BADAK, 'kec-muara-badak', 'KECAMATAN'],
  ] as const)
    ids[title] = await submitEntry(http, await http.token(`peserta-${institutionId}`, ['participant'], institutionId), { title, institutionId, category });
  await setClock(http, AT.SCREENING);
  expectStatus(
    await http.call('PUT', `${EDITION}/assignments`, {
      token: t.admin,
      body: {
        assignments: [
          // The sample judge and verifier of the sign-in page.
          { userId: 'juri-1', role: 'jury', categories: ['PUSKESMAS', 'KECAMATAN'] },
          { userId: 'juri-2', role: 'jury', categories: ['PUSKESMAS', 'KECAMATAN'] },
          { userId: 'verifikator-1', role: 'verifier', categories: ['PUSKESMAS', 'KECAMATAN'] },
        ],
        conflicts: [{ userId: 'juri-1', institutionIds: ['kec-muara-badak'] }],
      },
    }),
    200,
  );
  await setClock(http, AT.ASSESSMENT);
  // Another judge has already scored the entry juri-1 opens: juri-1 must never see it.
  expectStatus(await http.call('PUT', `/innovations/${ids[TENGGARONG]}/scores/assessment`, { token: t.juri2, body: { criteria: criteria(ASSESSMENT_KEYS, 2), comment: 'Catatan juri lain' } }), 201);
  page = await web.phonePage();
});

const press = (target: Locator, key?: string) => pressOn(page, target, key);
/** Picks a criterion's level with the keyboard: Tab into its radios, then the arrows. */
const level = async (criterion: RegExp, n: number) => {
  const group = page.getByRole('group', { name: criterion });
  const checked = group.locator('input:checked');
  if (await checked.count()) {
    const from = Number(await checked.getAttribute('value'));
    await tabTo(page, checked);
    for (let i = from; i < n; i++) await page.keyboard.press('ArrowDown');
    for (let i = from; i > n; i--) await page.keyboard.press('ArrowUp');
  } else {
    await tabTo(page, group.getByRole('radio').first());
    await page.keyboard.press('Space');
    for (let i = 1; i < n; i++) await page.keyboard.press('ArrowDown');
  }
  await expect(group.getByRole('radio', { name: new RegExp(`^${n} – `) }).isChecked()).resolves.toBe(true);
};
const CRITERIA = [/^Kebaruan \(novelty\)/, /^Kemanfaatan/, /^Efektivitas/, /^Dapat direplikasi/, /^Keberlanjutan/, /^Kelengkapan/];

describe('a judge during ASSESSMENT', () => {
  test('signs in and sees the entries of the round with progress 0/2 and the time left; the conflicted entry is absent', async () => {
    await page.goto(`${stack.url}/masuk`);
    await press(page.getByRole('button', { name: 'Masuk sebagai Tim penilai (juri)' }));
    await page.getByRole('heading', { name: 'Penilaian saya', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Babak sekarang: Penilaian dokumen (desk evaluation)' }).waitFor();
    await page.getByText('Penilaian ditutup 20 November 2023 pukul 12.00 WITA.').waitFor();
    await page.getByText(/^Sisa waktu: 15 hari/).waitFor();
    await expect(page.getByText('0 dari 2 sudah dinilai').count()).resolves.toBe(2); // the round and its category
    await page.getByRole('link', { name: TENGGARONG }).waitFor();
    await page.getByRole('link', { name: LOA_KULU }).waitFor();
    await expect(page.getByText(MUARA_BADAK).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Penilaian saya' }).getAttribute('aria-current')).resolves.toBe('page');
    await checkPage(page);
    await web.shoot('jury-list');
    await web.atDesktop('/penilaian', 'jury-list');
    // Typing the conflicted entry's address finds nothing to score.
    await page.goto(`${stack.url}/penilaian/${ids[MUARA_BADAK]}`);
    await page.getByRole('alert').waitFor();
    await expect(page.getByRole('button', { name: 'Simpan nilai' }).count()).resolves.toBe(0);
    await page.goto(`${stack.url}/penilaian`);
  });

  test('opens an entry: what it says, its proposal (the very bytes), and the anchored levels of each criterion', async () => {
    await press(page.getByRole('link', { name: TENGGARONG }));
    await page.getByRole('heading', { name: TENGGARONG, level: 1 }).waitFor();
    await page.getByText('Waktu layanan turun dari 14 hari menjadi 2 hari.').waitFor();
    await page.getByText('Puskesmas Tenggarong', { exact: true }).waitFor(); // the institution's name, from the registry
    await page.getByRole('heading', { name: 'Lembar nilai: Penilaian dokumen (desk evaluation)' }).waitFor();
    // Never another judge's score: juri-2 scored this entry, juri-1 has not.
    await page.getByText('Anda belum memberi nilai.').waitFor();
    await expect(page.getByText('Catatan juri lain').count()).resolves.toBe(0);
    const kebaruan = page.getByRole('group', { name: /^Kebaruan \(novelty\)/ });
    await kebaruan.getByText('bobot 25%').waitFor();
    await kebaruan.getByText('Belum pernah ada di Kukar maupun di daerah lain; gagasannya asli.').waitFor();
    await expect(kebaruan.getByRole('radio').count()).resolves.toBe(5);
    await page.getByRole('group', { name: /^Keberlanjutan/ }).getByText('Ada aturan dan anggaran rutin, dengan petugas yang ditunjuk.').waitFor();
    await checkPage(page);

    // A desktop opens the proposal in a new tab; the API serves it as an attachment: the bytes arrive.
    const [tab] = await Promise.all([page.context().waitForEvent('page'), press(page.getByRole('link', { name: /^Buka proposal\.pdf/ }))]);
    const download = await tab.waitForEvent('download');
    expect(download.suggestedFilename()).toBe('proposal.pdf');
    expect(readFileSync((await download.path())!)).toEqual(SAMPLE_PDF);
    await tab.close();
  });

  test('scores the entry: the error summary first, then saved with its total; progress 1/2', async () => {
    await press(page.getByRole('button', { name: 'Simpan nilai' }));
    const summary = page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' });
    await summary.waitFor();
    await summary.getByRole('link', { name: 'Kebaruan (novelty): pilih satu tingkat, 1 sampai 5' }).waitFor();
    await page.locator('#field-criteria-kelengkapan-error').waitFor();
    await checkPage(page);
    await web.shoot('jury-entry-errors');

    for (const c of CRITERIA) await level(c, 4);
    await tabTo(page, page.getByLabel('Catatan untuk sekretariat (boleh diisi nanti)'));
    await page.keyboard.type('Cakupan imunisasi naik dengan bukti register.');
    await press(page.getByRole('button', { name: 'Simpan nilai' }));
    await page.getByRole('status').filter({ hasText: 'Nilai Anda tersimpan. Total 75 dari 100.' }).waitFor();
    await checkPage(page);
    await web.shoot('jury-entry');
    await web.atDesktop(`/penilaian/${ids[TENGGARONG]}`, 'jury-entry');

    await press(page.getByRole('link', { name: 'Kembali ke daftar penilaian' }).last());
    await page.getByRole('heading', { name: 'Penilaian saya', level: 1 }).waitFor();
    await expect(page.getByText('1 dari 2 sudah dinilai').count()).resolves.toBe(2);
    await page.getByText('Sudah dinilai · 75').waitFor();
    await page.getByText('Belum dinilai').waitFor();
    await checkPage(page);
  });

  test('revises the score until the window closes (the stored version is sent along)', async () => {
    await press(page.getByRole('link', { name: TENGGARONG }));
    await page.getByText('Total 75 dari 100').waitFor();
    await expect(page.getByLabel('Catatan untuk sekretariat (boleh diisi nanti)').inputValue()).resolves.toBe('Cakupan imunisasi naik dengan bukti register.');
    await level(CRITERIA[0]!, 5);
    await level(CRITERIA[1]!, 5);
    await press(page.getByRole('button', { name: 'Simpan perubahan' }));
    await page.getByRole('status').filter({ hasText: 'Total 87,5 dari 100.' }).waitFor();

    // The API holds one score of juri-1, revised once; juri-2's is untouched.
    const stored = expectStatus(await http.call('GET', `/innovations/${ids[TENGGARONG]}/scores/assessment`, { token: t.admin }), 200).body.items as { judgeId: string; total: number; version: number }[];
    expect(stored.map((s) => [s.judgeId, s.total, s.version]).sort()).toEqual([
      ['juri-1', 87.5, 2],
      ['juri-2', 25, 1],
    ]);

    // In English: the sheet and its anchors switch language.
    await press(page.getByRole('button', { name: 'Switch to English' }));
    await page.getByRole('heading', { name: 'Score sheet: Desk assessment' }).waitFor();
    await page.getByRole('group', { name: /^Kebaruan \(novelty\)/ }).getByText('Never seen in Kukar or elsewhere; an original idea.').waitFor();
    await checkPage(page);
    await web.shoot('jury-entry-en');
    await press(page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }));
    await page.getByRole('heading', { name: /^Lembar nilai/ }).waitFor();
  });
});

describe('a field verifier during FIELD_VERIFICATION', () => {
  beforeAll(async () => {
    // Two judges on each entry, so the nomination boundary nominates them (juri-1's own score of the
    // first entry comes from the browser above; put here only if that part did not get so far).
    const own = await http.call('GET', `/innovations/${ids[TENGGARONG]}/scores/assessment`, { token: t.juri1 });
    if (!own.body.items?.length) expectStatus(await http.call('PUT', `/innovations/${ids[TENGGARONG]}/scores/assessment`, { token: t.juri1, body: { criteria: criteria(ASSESSMENT_KEYS, 4) } }), 201);
    expectStatus(await http.call('PUT', `/innovations/${ids[LOA_KULU]}/scores/assessment`, { token: t.juri1, body: { criteria: criteria(ASSESSMENT_KEYS, 3) } }), 201);
    expectStatus(await http.call('PUT', `/innovations/${ids[LOA_KULU]}/scores/assessment`, { token: t.juri2, body: { criteria: criteria(ASSESSMENT_KEYS, 3) } }), 201);
    await setClock(http, AT.FIELD_VERIFICATION);
    expect((await http.call('GET', `/innovations/${ids[TENGGARONG]}`, { token: t.admin })).body.status).toBe('NOMINATED');
    await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
  });

  test('signs in and sees the nominees to visit with their institution and district', async () => {
    await page.goto(`${stack.url}/masuk`);
    await press(page.getByRole('button', { name: 'Masuk sebagai Tim verifikasi lapangan' }));
    await page.getByRole('heading', { name: 'Verifikasi lapangan', level: 1 }).waitFor();
    await page.getByText('Verifikasi lapangan ditutup').waitFor();
    const visit = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: TENGGARONG }) });
    await visit.getByText('Puskesmas Tenggarong').waitFor();
    await visit.getByText('Kecamatan Tenggarong').waitFor();
    await page.getByRole('link', { name: LOA_KULU }).waitFor();
    await checkPage(page);
    await web.shoot('verifier-list');
    await web.atDesktop('/verifikasi', 'verifier-list');
  });

  test('records a visit: errors beside their fields, a photo from the camera (a failed upload retried), saved', async () => {
    await press(page.getByRole('link', { name: TENGGARONG }));
    await page.getByRole('heading', { name: TENGGARONG, level: 1 }).waitFor();
    await checkPage(page);
    await press(page.getByRole('button', { name: 'Simpan hasil verifikasi' }));
    const summary = page.getByRole('alert').filter({ hasText: 'Ada yang perlu diperbaiki' });
    await summary.waitFor();
    await summary.getByRole('link', { name: /^Hasil verifikasi:/ }).waitFor();
    await page.locator('#field-score-error').waitFor();
    await page.locator('#field-findings-error').waitFor();
    await checkPage(page);
    await web.shoot('verifier-entry-errors');

    await tabTo(page, page.getByRole('radio', { name: 'Terverifikasi: klaim terbukti di lapangan' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByLabel('Nilai verifikasi (0–100)'));
    await page.keyboard.type('85');
    await tabTo(page, page.getByLabel('Temuan di lapangan'));
    await page.keyboard.type('Register imunisasi desa cocok dengan laporan; kader posyandu ditemui.');

    // The camera input: the first upload to storage fails, the retry goes through.
    const camera = page.getByLabel('Ambil foto bukti');
    await expect(camera.getAttribute('capture')).resolves.toBe('environment');
    await expect(camera.getAttribute('accept')).resolves.toBe('image/*');
    await tabTo(page, camera); // the keyboard reaches the camera button too
    let failures = 1;
    await page.route(
      (url) => !url.href.startsWith(stack.url),
      (route) => (route.request().method() === 'POST' && failures-- > 0 ? route.abort('connectionreset') : route.fallback()),
    );
    await camera.setInputFiles({ name: 'foto-posyandu.jpg', mimeType: 'image/jpeg', buffer: SAMPLE_JPEG });
    await page.getByText('Unggahan gagal. Periksa sambungan lalu coba lagi.').waitFor();
    await press(page.getByRole('button', { name: 'Coba lagi unggah foto-posyandu.jpg' }));
    await page.getByRole('status').filter({ hasText: 'Terunggah' }).waitFor();
    await checkPage(page);

    await press(page.getByRole('button', { name: 'Simpan hasil verifikasi' }));
    const saved = page.getByRole('status').filter({ hasText: 'Hasil verifikasi tersimpan' });
    await saved.waitFor();
    await saved.getByText('Terverifikasi: klaim terbukti di lapangan').waitFor();
    await checkPage(page);
    await web.shoot('verifier-entry');
    await web.atDesktop(`/verifikasi/${ids[TENGGARONG]}`, 'verifier-entry');

    // The photo the verification names opens through the evidence route: the same bytes.
    const [download] = await Promise.all([page.waitForEvent('download'), press(saved.getByRole('link', { name: 'Buka foto foto-posyandu.jpg' }))]);
    expect(readFileSync((await download.path())!)).toEqual(SAMPLE_JPEG);

    // Changed while the window is open: the form again, with what was entered, saved over the first.
    await press(page.getByRole('button', { name: 'Ubah hasil verifikasi' }));
    await tabTo(page, page.getByLabel('Nilai verifikasi (0–100)'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('90');
    await press(page.getByRole('button', { name: 'Simpan hasil verifikasi' }));
    await page.getByRole('status').filter({ hasText: 'Hasil verifikasi tersimpan' }).getByText('90', { exact: true }).waitFor();
  });

  test('opened again later, the visit is read back from the API and revised from the version read, its photo kept', async () => {
    await page.goto(`${stack.url}/verifikasi/${ids[TENGGARONG]}`);
    const saved = page.getByRole('status').filter({ hasText: 'Hasil verifikasi tersimpan' });
    await saved.getByText('90', { exact: true }).waitFor();
    await saved.getByRole('link', { name: 'Buka foto foto-posyandu.jpg' }).waitFor();
    await checkPage(page);
    await press(page.getByRole('button', { name: 'Ubah hasil verifikasi' }));
    await expect(page.getByLabel('Temuan di lapangan').inputValue()).resolves.toContain('Register imunisasi desa');
    await page.getByRole('button', { name: 'Hapus foto-posyandu.jpg' }).waitFor();
    await tabTo(page, page.getByLabel('Nilai verifikasi (0–100)'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('88');
    await press(page.getByRole('button', { name: 'Simpan hasil verifikasi' }));
    await saved.getByText('88', { exact: true }).waitFor();
    const stored = expectStatus(await http.call('GET', `/innovations/${ids[TENGGARONG]}/verification`, { token: t.admin }), 200).body;
    expect(stored).toMatchObject({ score: 88, version: 3, evidence: [expect.objectContaining({ fileName: 'foto-posyandu.jpg' })] });
  });
});

describe('the judge after the assessment window', () => {
  test('reads their own assessment score but can no longer change it', async () => {
    await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
    await page.goto(`${stack.url}/masuk?kembali=${encodeURIComponent(`/penilaian/${ids[TENGGARONG]}`)}`);
    await press(page.getByRole('button', { name: 'Masuk sebagai Tim penilai (juri)' }));
    await page.getByRole('heading', { name: TENGGARONG, level: 1 }).waitFor();
    await page.getByText('Waktu penilaian untuk babak ini sudah berakhir').waitFor();
    await page.getByText('Total 87,5 dari 100').waitFor();
    await expect(page.getByText('5 – Sangat baik').count()).resolves.toBe(2); // kebaruan and kemanfaatan, revised
    await page.getByText('Cakupan imunisasi naik dengan bukti register.').waitFor();
    await expect(page.getByRole('button', { name: /^Simpan/ }).count()).resolves.toBe(0);
    await checkPage(page);
  });
});

describe('the judge again during PRESENTATION', () => {
  test('sees the nominees of the presentation round with its own criteria, progress 0/2', async () => {
    await setClock(http, AT.PRESENTATION);
    await page.evaluate(() => (globalThis as unknown as { localStorage: { clear(): void } }).localStorage.clear());
    await page.goto(`${stack.url}/masuk`);
    await press(page.getByRole('button', { name: 'Masuk sebagai Tim penilai (juri)' }));
    await page.getByRole('heading', { name: 'Babak sekarang: Presentasi inovasi' }).waitFor();
    await expect(page.getByText('0 dari 2 sudah dinilai').count()).resolves.toBe(2);
    await press(page.getByRole('link', { name: TENGGARONG }));
    await page.getByRole('heading', { name: 'Lembar nilai: Presentasi inovasi' }).waitFor();
    // The assessment score is not this round's: a fresh sheet, with the presentation's criteria.
    await page.getByText('Anda belum memberi nilai.').waitFor();
    await page.getByRole('group', { name: /^Kewenangan dan kolaborasi/ }).getByText('Kerja sama nyata dengan beberapa pihak, dengan peran yang jelas.').waitFor();
    await expect(page.getByRole('group', { name: /^Kelengkapan/ }).count()).resolves.toBe(0);
    await checkPage(page);
  });
});
