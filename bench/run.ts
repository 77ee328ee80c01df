/** `npm run bench`: the performance figures of issues 7 and 19, each with its target and verdict,
 * printed and written to bench/results.md.
 *
 *   1. cold load of every handler's production bundle against an SDK-only baseline, judged on
 *      instructions executed; 1b (`library`) what each library costs two of them at start (a reference);
 *   2. in-process request cost of submit, score, verify and a read against the bare SDK calls, and
 *      DynamoDB round trips against the minimum each rule allows;
 *   3. nomination and final ranking at two sizes, time and memory; 3b (`national`) the nomination of
 *      30,000 entries inside one stage-transition run, against the function's limits;
 *   4. registrations per second on the local stack under autocannon;
 *   5. the web app: each page's first-load size for every route, and Lighthouse (mobile) on the home,
 *      participant and jury scoring pages — only where Chromium is installed;
 *   6. what an edition costs in AWS: a whole edition played through the local stack, priced.
 *
 * Each section's latest run is kept in bench/results.json and the report, bench/results.md, is
 * written from all of them: running some sections again replaces only those.
 *
 * Knobs (environment): BENCH_ONLY=cold,library,requests,ranking,national,throughput,web,cost · BENCH_COLD_RUNS (30 pairs) ·
 * BENCH_COLD_INSTRUCTION_RUNS (3: a handler near the target counted with 3 hash seeds; 0 skips callgrind) ·
 * BENCH_REQUESTS (200) · BENCH_RANKING_SIZES (5000,50000) · BENCH_NATIONAL_SIZE (30000) · BENCH_THROUGHPUT_SECONDS (10) ·
 * BENCH_COST_ENTRIES (1000) · BENCH_COST_VIEWS (3000) · BENCH_STRICT=1 exits 1 when a target is missed. */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { missedTargets, saveRuns, SECTIONS, storedRuns, type Section, type SectionRun } from './results-store';
import { consoleTable, log, onExit, runCleanups, type Table } from './support';

// The SDK warns once that releases after January 2027 need Node 22; the Lambdas run Node 24.
const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;
process.emitWarning = ((...args: unknown[]) => {
  const kinds = args.map((a) => (a !== null && typeof a === 'object' && 'type' in a ? String(a.type) : a instanceof Error ? a.name : String(a)));
  if (!kinds.some((k) => k.includes('NodeVersionSupportWarning'))) emitWarning(...args);
}) as typeof process.emitWarning;

const sections = (process.env.BENCH_ONLY?.split(',').map((s) => s.trim()) ?? [...SECTIONS]) as Section[];
const unknown = sections.filter((s) => !SECTIONS.includes(s));
if (unknown.length) throw new Error(`BENCH_ONLY: no section ${unknown.join(', ')} (there are ${SECTIONS.join(', ')})`);
const COLD_RUNS = Math.max(10, Number(process.env.BENCH_COLD_RUNS ?? 30));
const COLD_INSTRUCTION_RUNS = Math.max(0, Number(process.env.BENCH_COLD_INSTRUCTION_RUNS ?? 3));
const REQUESTS = Math.max(20, Number(process.env.BENCH_REQUESTS ?? 200));
/** The issue's sizes: 50k × 3 takes about 2 min on DynamoDB Local (loading 50 s, nomination ~60 s). */
const RANKING_SIZES = (process.env.BENCH_RANKING_SIZES ?? '5000,50000').split(',').map(Number);
const THROUGHPUT_SECONDS = Number(process.env.BENCH_THROUGHPUT_SECONDS ?? 10);
const COST_ENTRIES = Number(process.env.BENCH_COST_ENTRIES ?? 1000);
const COST_VIEWS = Number(process.env.BENCH_COST_VIEWS ?? 3000);
const NATIONAL_SIZE = process.env.BENCH_NATIONAL_SIZE ? Number(process.env.BENCH_NATIONAL_SIZE) : undefined;

/** Handlers log one JSON line per request at INFO, as in production: the work is done, the lines are
 * dropped instead of flooding the report. */
const realStdoutWrite = process.stdout.write.bind(process.stdout);
const discardStdout = () => {
  process.stdout.write = ((_chunk: unknown, ...rest: unknown[]) => {
    const done = rest.find((r) => typeof r === 'function') as (() => void) | undefined;
    done?.();
    return true;
  }) as typeof process.stdout.write;
};
const restoreStdout = () => {
  process.stdout.write = realStdoutWrite;
};

interface Outcome {
  tables: Table[];
  failures: string[];
}

const machineNow = (loadAtStart: number) =>
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load average ${loadAtStart.toFixed(1)} at start / ${loadavg()[0]!.toFixed(1)} at end`;

const main = async (): Promise<number> => {
  const runs: Partial<Record<Section, SectionRun>> = {};
  /** Runs one section, with when, how long and under what load, and stores it at once (a later
   * section that breaks loses nothing). A section that throws is reported as missed, and the
   * others still run. */
  const run = async (section: Section, work: () => Promise<Outcome>): Promise<void> => {
    const started = Date.now();
    const loadAtStart = loadavg()[0]!;
    let outcome: Outcome;
    try {
      outcome = await work();
    } catch (err) {
      const reason = (err as Error).message.split('\n')[0]!;
      log(`${section} failed: ${(err as Error).stack ?? err}`);
      outcome = { tables: [{ title: `${section}: the section failed`, columns: ['error'], rows: [[reason]] }], failures: [`${section}: the section failed: ${reason}`] };
    }
    const minutes = ((Date.now() - started) / 60_000).toFixed(1);
    // Only the report: a section's outcome may carry its raw samples too (the cold load's pairs).
    runs[section] = { ranOn: new Date(started).toISOString().slice(0, 10), machine: machineNow(loadAtStart), minutes, tables: outcome.tables, failures: outcome.failures };
    saveRuns({ [section]: runs[section] });
  };

  // The library-cost reference reuses the cold-load section's bundles, runs and counts.
  if (sections.includes('cold') || sections.includes('library')) {
    const { coldLoad } = await import('./cold-load');
    const cold = coldLoad(COLD_RUNS, COLD_INSTRUCTION_RUNS);
    if (sections.includes('cold')) await run('cold', () => cold);
    if (sections.includes('library')) {
      const { libraryCosts, LIBRARY_COST_HANDLERS } = await import('./library-cost');
      await run('library', async () => {
        const { pairs, instructions } = await cold;
        return { tables: [await libraryCosts(pairs.filter((p) => LIBRARY_COST_HANDLERS.includes(p.subject.name)), COLD_RUNS, instructions)], failures: [] };
      });
    }
  }

  if (sections.some((s) => s !== 'cold' && s !== 'library')) {
    const { startDynamoDb, startS3 } = await import('#scripts/local/engines');
    const { useEngines } = await import('#scripts/local/stack');
    log('starting DynamoDB Local (in memory) and s3rver on loopback');
    const s3Dir = mkdtempSync(join(tmpdir(), 'bench-s3-'));
    const [dynamo, s3] = await Promise.all([startDynamoDb(), startS3({ dataDir: s3Dir })]);
    onExit(async () => {
      await Promise.all([dynamo.stop(), s3.stop()]);
      rmSync(s3Dir, { recursive: true, force: true });
    });
    const endpoints = { dynamodb: dynamo.endpoint, s3: s3.endpoint };
    useEngines(endpoints);

    discardStdout();
    try {
      if (sections.includes('throughput')) await run('throughput', async () => (await import('./throughput')).throughput(endpoints, THROUGHPUT_SECONDS));
      if (sections.includes('requests')) await run('requests', async () => (await import('./request-cost')).requestCost(endpoints, REQUESTS));
      if (sections.includes('ranking')) await run('ranking', async () => (await import('./ranking-scale')).rankingScale(RANKING_SIZES));
      if (sections.includes('national')) await run('national', async () => (await import('./ranking-scale')).nationalScale(NATIONAL_SIZE));
      if (sections.includes('web')) {
        const { chromiumInstalled, webApp } = await import('./web');
        if (chromiumInstalled()) await run('web', () => webApp(endpoints));
        else log('web: no Chromium (apt-get install chromium): section skipped');
      }
      if (sections.includes('cost')) await run('cost', async () => (await import('./edition-cost')).editionCost(endpoints, s3Dir, COST_ENTRIES, COST_VIEWS));
    } finally {
      restoreStdout();
    }
  }

  const ran = SECTIONS.filter((s) => runs[s]);
  const failures = missedTargets(runs);
  const summary = failures.length ? `${failures.length} target(s) missed:\n${failures.map((f) => `- ${f}`).join('\n')}` : 'Every target met.';
  process.stdout.write(`\n${ran.flatMap((s) => runs[s]!.tables).map(consoleTable).join('\n')}\n${summary}\n`);
  for (const s of ran) process.stdout.write(`(${s}: ${runs[s]!.machine}; ${runs[s]!.minutes} min)\n`);
  const kept = missedTargets(storedRuns()).length - failures.length;
  log(`bench/results.json and bench/results.md hold every section${kept ? ` (${kept} target(s) missed in sections not run now)` : ''}`);
  return failures.length && process.env.BENCH_STRICT === '1' ? 1 : 0;
};

const stop = (code: number) => void runCleanups().finally(() => process.exit(code));
process.once('SIGINT', () => stop(130));
process.once('SIGTERM', () => stop(143));
main().then(
  (code) => stop(code),
  (err) => {
    restoreStdout();
    process.stderr.write(`bench failed: ${(err as Error).stack ?? err}\n`);
    stop(1);
  },
);
