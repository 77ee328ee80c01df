import { spawn } from 'node:child_process';
/** Small helpers the benchmark sections share: statistics, verdicts, tables, and cleanup of the
 * processes a run starts. */

export const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Nearest-rank quantile (q in 0..1) of a non-empty sample. */
export const quantile = (xs: readonly number[], q: number): number => {
  if (xs.length === 0) return Number.NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
};

export type Verdict = 'PASS' | 'FAIL' | 'INFO';

export const atMost = (value: number, limit: number): Verdict => (Number.isFinite(value) && value <= limit ? 'PASS' : 'FAIL');
export const atLeast = (value: number, limit: number): Verdict => (Number.isFinite(value) && value >= limit ? 'PASS' : 'FAIL');

export const ms = (x: number): string => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
export const ratio = (x: number): string => x.toFixed(2);
export const kB = (bytes: number): string => `${(bytes / 1024).toFixed(0)} kB`;
export const MB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

/** One table of the report: a title, a note under it, columns and rows of text. */
export interface Table {
  title: string;
  note?: string;
  columns: string[];
  rows: string[][];
}

const escape = (cell: string): string => cell.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const markdownTable = (t: Table): string =>
  [
    `### ${t.title}`,
    '',
    ...(t.note ? [t.note, ''] : []),
    `| ${t.columns.map(escape).join(' | ')} |`,
    `| ${t.columns.map(() => '---').join(' | ')} |`,
    ...t.rows.map((r) => `| ${r.map(escape).join(' | ')} |`),
    '',
  ].join('\n');

/** The same table for a terminal: columns padded to their widest cell. */
export const consoleTable = (t: Table): string => {
  const widths = t.columns.map((c, i) => Math.max(c.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (c ?? '').padEnd(widths[i]!)).join('  ').trimEnd();
  return [`== ${t.title}`, line(t.columns), line(widths.map((w) => '-'.repeat(w))), ...t.rows.map(line), ...(t.note ? [wrap(t.note)] : []), ''].join('\n');
};

const wrap = (text: string, width = 110): string =>
  text
    .split('\n')
    .map((para) => {
      const out: string[] = [];
      let current = '';
      for (const word of para.split(' ')) {
        if ((current + ' ' + word).trim().length > width) {
          out.push(current.trim());
          current = word;
        } else current += ' ' + word;
      }
      out.push(current.trim());
      return out.join('\n');
    })
    .join('\n');

/** Cleanups to run however the benchmark ends (engines are child processes of this one). */
const cleanups: (() => Promise<void>)[] = [];
export const onExit = (cleanup: () => Promise<void>): void => {
  cleanups.push(cleanup);
};
export const runCleanups = async (): Promise<void> => {
  for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined);
};

export const log = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
};

/** A deterministic pseudo-random sequence (LCG), so every run loads the same data. */
export const seededRandom = (seed: number) => {
  let s = seed >>> 0;
  return (): number => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
};

/** Runs a Node script in its own process and answers the JSON on the last line it prints; a failed
 * run rejects with the end of its stderr. */
export const lastJsonLineOf = (args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<any> =>
  new Promise((res, rej) => {
    const child = spawn(process.execPath, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-4000)));
    child.once('error', rej);
    child.once('exit', (code) => {
      try {
        const line = out.trim().split('\n').pop();
        if (code !== 0 || !line) throw new Error('no result');
        res(JSON.parse(line));
      } catch (e) {
        rej(new Error(`${args.join(' ')} failed (exit ${code}): ${(e as Error).message}\n${err}`));
      }
    });
  });
