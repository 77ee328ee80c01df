import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { playEdition } from '#scripts/demo/play-edition';
import { freePort } from '#scripts/local/engines';
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

/** How `npm run demo` runs the script (tsx's own command, with the same Node). */
const TSX_CLI = require.resolve('tsx/cli');

test('`npm run demo -- --serve` keeps the played edition up, serves the web app, prints its address, and stops on Ctrl-C', async () => {
  const port = await freePort();
  const demo = spawn(process.execPath, [TSX_CLI, 'scripts/demo/run.ts', '--serve'], { cwd: join(__dirname, '../..'), env: { ...process.env, PORT: String(port), LOG_LEVEL: 'WARN' } });
  let out = '';
  demo.stdout.on('data', (d: Buffer) => (out += d.toString()));
  demo.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => demo.on('exit', resolve));
  try {
    await new Promise<void>((resolve, reject) => {
      const poll = setInterval(() => out.includes('stays up until Ctrl-C') && (clearInterval(poll), resolve()), 200);
      void exited.then((code) => (clearInterval(poll), reject(new Error(`demo exited (${code}) before serving:\n${out}`))));
    });
    const url = `http://127.0.0.1:${port}`;
    expect(out).toContain(`Web app     ${url}/`);
    expect(out).toContain(`Sign in     ${url}/masuk`);
    const page = await fetch(`${url}/hasil`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app">');
    const results = (await (await fetch(`${url}/editions/pik-2023/results`)).json()) as { winners: Record<string, unknown[]> };
    expect(Object.keys(results.winners).sort()).toEqual(['GURU', 'OPD', 'PEMUDA', 'PUSKESMAS', 'RSUD', 'SISWA']);
  } finally {
    demo.kill('SIGINT');
  }
  await expect(exited).resolves.toBe(0);
}, 240_000);
