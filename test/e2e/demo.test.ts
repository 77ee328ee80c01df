import { playEdition } from '#scripts/demo/play-edition';
import type { LocalStack } from '#scripts/local/stack';
import { startTestStack } from '#test/support/stack';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

test('the demo plays a whole edition and names the winners of every category that had entries', async () => {
  const lines: string[] = [];
  const result = await playEdition(stack.url, (line) => lines.push(line));
  expect(Object.keys(result.winners).sort()).toEqual(['GURU', 'OPD', 'PEMUDA', 'PUSKESMAS', 'RSUD', 'SISWA']);
  // The harsh judge's low marks do not decide it: the best entry of each category wins.
  expect(result.winners.OPD.map((w) => w.title)).toEqual([
    'SIDARLING: Sistem Data Riset Lingkungan',
    'Kukar Satu Data Terpadu',
    'Posyandu Digital Terintegrasi',
  ]);
  expect(result.compliance).toMatchObject({ total: 17, compliant: 8 });
  expect(lines.some((l) => l.includes('boundary WINNER_DETERMINATION done'))).toBe(true);
  // Issue 18: a flagged entry, an upheld objection, the judges' agreement.
  expect(result.flagged).toMatchObject({ 'POSYANDU Digital Terintegrasi!': ['DUPLICATE_TITLE'], 'Peta Wisata Desa Berbasis Komunitas': ['RUNNING_TIME'] });
  expect(result.disqualified).toEqual(['Aplikasi Absensi Sidik Jari Siswa']);
  expect(result.winners.SISWA!.map((w) => w.title)).toEqual(['Kantin Sekolah Tanpa Plastik']);
  expect(lines.some((l) => l.includes('objection upheld'))).toBe(true);
  expect(lines.some((l) => /OPD .*ICC\(2,1\) -?\d\.\d\d \[/.test(l))).toBe(true);
}, 120_000);
