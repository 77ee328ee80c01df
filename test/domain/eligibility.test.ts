import fc from 'fast-check';
import {
  addMonths,
  DEFAULT_ELIGIBILITY_RULES,
  normaliseTitle,
  runningTimeFlag,
  screeningFlags,
  titleFlags,
  titleSimilarity,
  type EarlierEntry,
  type ScreenedEntry,
} from '#shared/domain/eligibility';
import { flagMessage, renderMessage } from '#shared/messages/catalogue';

/** The seed edition's registration closes 2023-10-14 00:00 WITA (exclusive end of REGISTRATION). */
const CLOSE = '2023-10-14T00:00:00+08:00';
const rules = DEFAULT_ELIGIBILITY_RULES;
const entry = (more: Partial<ScreenedEntry> = {}): ScreenedEntry => ({ id: 'e1', editionId: 'pik-2023', title: 'Adminduk Keliling Digital', innovationStage: 'PENERAPAN', startedOn: '2022-03-01', ...more });

describe('RUNNING_TIME: a minimum running time counted to the registration close, in WITA', () => {
  it('a PENERAPAN started exactly 12 months before the close day runs long enough', () => {
    expect(runningTimeFlag(entry({ startedOn: '2022-10-14' }), rules, CLOSE)).toBeNull();
  });

  it('the day before is fine too; the day after is flagged with the dates', () => {
    expect(runningTimeFlag(entry({ startedOn: '2022-10-13' }), rules, CLOSE)).toBeNull();
    expect(runningTimeFlag(entry({ startedOn: '2022-10-15' }), rules, CLOSE)).toEqual({
      code: 'RUNNING_TIME',
      stage: 'PENERAPAN',
      startedOn: '2022-10-15',
      minimumMonths: 12,
      reachesMinimumOn: '2023-10-15',
      registrationClose: CLOSE,
    });
  });

  it('reads the close in WITA: a close at 00:00 WITA is still the previous day in UTC', () => {
    // 2023-10-14 00:00 WITA is 2023-10-13 16:00 UTC: a UTC reading would flag 2022-10-14.
    expect(runningTimeFlag(entry({ startedOn: '2022-10-14' }), rules, '2023-10-13T16:00:00Z')).toBeNull();
    // A close one second earlier (23:59:59 WITA on the 13th) is not yet 12 months after the 14th.
    expect(runningTimeFlag(entry({ startedOn: '2022-10-14' }), rules, '2023-10-13T23:59:59+08:00')).not.toBeNull();
  });

  it('applies only to stages the edition gives a minimum', () => {
    expect(runningTimeFlag(entry({ innovationStage: 'UJI_COBA', startedOn: '2023-10-01' }), rules, CLOSE)).toBeNull();
    const kipp = { ...rules, minimumRunningMonths: { PENERAPAN: 24, UJI_COBA: 3 } };
    expect(runningTimeFlag(entry({ startedOn: '2022-03-01' }), kipp, CLOSE)).toMatchObject({ minimumMonths: 24 });
    expect(runningTimeFlag(entry({ innovationStage: 'UJI_COBA', startedOn: '2023-07-14' }), kipp, CLOSE)).toBeNull();
    expect(runningTimeFlag(entry({ innovationStage: 'UJI_COBA', startedOn: '2023-07-15' }), kipp, CLOSE)).not.toBeNull();
    expect(runningTimeFlag(entry({ startedOn: undefined }), rules, CLOSE)).toBeNull();
  });

  it('adds months keeping the day, or the last day of a shorter month', () => {
    expect(addMonths('2022-10-14', 12)).toBe('2023-10-14');
    expect(addMonths('2023-03-31', 1)).toBe('2023-04-30');
    expect(addMonths('2020-02-29', 12)).toBe('2021-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2022-12-15', 1)).toBe('2023-01-15');
  });
});

const other = (id: string, title: string, more: Partial<EarlierEntry> = {}): EarlierEntry => ({ id, editionId: 'pik-2023', title, winner: false, ...more });

describe('DUPLICATE_TITLE and PREVIOUS_WINNER: near-duplicate titles', () => {
  it('normalises case, accents, punctuation, spaces and Indonesian stop words', () => {
    expect(normaliseTitle('  Inovasi  SI-CANTIK: Layanan Dokumen untuk Warga di Desa!  ')).toBe('si cantik layanan dokumen warga desa');
    expect(normaliseTitle('Pelayanan Dengan Hati yang Café')).toBe('pelayanan hati cafe');
  });

  it('matches titles that differ only in what normalisation removes', () => {
    expect(titleSimilarity('Adminduk Keliling Digital', 'ADMINDUK keliling, digital.')).toBe(1);
    expect(titleSimilarity('Inovasi Adminduk Keliling untuk Desa', 'Adminduk Keliling di Desa')).toBe(1);
  });

  it('matches a small spelling difference, and not a different innovation', () => {
    expect(titleSimilarity('Adminduk Keliling Digital', 'Adminduk Kliling Digital')).toBeGreaterThanOrEqual(0.85);
    expect(titleSimilarity('Adminduk Keliling Digital', 'Posyandu Remaja Digital')).toBeLessThan(0.85);
    expect(titleSimilarity('Sekolah Ramah Anak', 'Sekolah Ramah Lingkungan')).toBeLessThan(0.85);
  });

  it('explains each flag: which entry, in which edition, how alike', () => {
    const flags = titleFlags(entry(), [other('e2', 'Adminduk Kliling Digital'), other('e3', 'Posyandu Remaja'), other('e1', 'Adminduk Keliling Digital')], rules);
    expect(flags).toEqual([
      { code: 'DUPLICATE_TITLE', innovationId: 'e2', editionId: 'pik-2023', title: 'Adminduk Kliling Digital', similarity: 0.96 },
    ]);
  });

  it("words each flag's reason from the catalogue, in Indonesian and English", () => {
    const [duplicate] = titleFlags(entry(), [other('e2', 'Adminduk Kliling Digital')], rules);
    expect(renderMessage(flagMessage(duplicate!, 'pik-2023'), 'id')).toBe('Judulnya 96 % mirip dengan "Adminduk Kliling Digital" pada edisi ini');
    expect(renderMessage(flagMessage(duplicate!, 'pik-2023'), 'en')).toBe('The title is 96 % like "Adminduk Kliling Digital" in this edition');
    const [winner] = titleFlags(entry(), [other('w1', 'Adminduk Keliling Digital!', { editionId: 'pik-2022', winner: true })], rules);
    expect(renderMessage(flagMessage(winner!, 'pik-2023'), 'id')).toBe('Judulnya 100 % mirip dengan "Adminduk Keliling Digital!", pemenang edisi pik-2022: inovasi yang sama tidak boleh diikutkan lagi');
    const running = runningTimeFlag(entry({ startedOn: '2022-10-15' }), rules, CLOSE)!;
    expect(renderMessage(flagMessage(running, 'pik-2023'), 'id')).toBe(
      'Inovasi tahap PENERAPAN harus sudah berjalan 12 bulan saat pendaftaran ditutup (14-10-2023 00.00 WITA); dimulai 15-10-2022, baru genap 12 bulan pada 15-10-2023',
    );
  });

  it("flags an earlier edition's entry as a duplicate and an earlier winner as the same innovation entering again", () => {
    const flags = titleFlags(entry(), [other('w1', 'Adminduk Keliling Digital', { editionId: 'pik-2022', winner: true }), other('p1', 'Adminduk Keliling Digital!', { editionId: 'pik-2021' })], rules);
    expect(flags.map((f) => [f.code, 'editionId' in f && f.editionId])).toEqual([
      ['DUPLICATE_TITLE', 'pik-2021'],
      ['PREVIOUS_WINNER', 'pik-2022'],
    ]);
    // A winner in this very edition (not yet possible at screening) is only a duplicate.
    expect(titleFlags(entry(), [other('w2', 'Adminduk Keliling Digital', { winner: true })], rules)[0]!.code).toBe('DUPLICATE_TITLE');
  });

  it('uses the edition threshold', () => {
    const strict = { ...rules, titleSimilarity: 0.99 };
    expect(titleFlags(entry(), [other('e2', 'Adminduk Kliling Digital')], strict)).toEqual([]);
    // Word order counts: a reordered title is a different string to Levenshtein (36 % alike).
    expect(titleFlags(entry(), [other('e2', 'Layanan Adminduk Keliling')], rules)).toEqual([]);
    expect(titleFlags(entry(), [other('e2', 'Layanan Adminduk Keliling')], { ...rules, titleSimilarity: 0.35 })).toHaveLength(1);
  });

  it('skips only pairs that cannot match: the same flags as comparing every pair in full', () => {
    const word = fc.constantFrom('adminduk', 'keliling', 'digital', 'desa', 'kliling', 'posyandu', 'dan', 'inovasi', 'sehat', 'pintar');
    const title = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(title, fc.array(title, { maxLength: 8 }), fc.double({ min: 0.5, max: 1, noNaN: true }), (mine, theirs, threshold) => {
        const others = theirs.map((t, i) => other(`o${i}`, t));
        const flagged = titleFlags(entry({ title: mine }), others, { ...rules, titleSimilarity: threshold }).map((f) => 'innovationId' in f && f.innovationId).sort();
        const expected = others.filter((o) => titleSimilarity(mine, o.title) >= threshold).map((o) => o.id).sort();
        expect(flagged).toEqual(expected);
      }),
    );
  });

  it('lists every flag in rule order: running time, earlier winner, duplicates', () => {
    const flags = screeningFlags(
      entry({ startedOn: '2023-01-01' }),
      [other('e2', 'Adminduk Keliling Digital'), other('w1', 'Adminduk Keliling Digital', { editionId: 'pik-2022', winner: true })],
      rules,
      CLOSE,
    );
    expect(flags.map((f) => f.code)).toEqual(['RUNNING_TIME', 'PREVIOUS_WINNER', 'DUPLICATE_TITLE']);
  });
});
