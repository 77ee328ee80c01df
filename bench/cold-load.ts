/** Section 1 — cold load. Every handler in functions/ is bundled exactly as CDK bundles it
 * (infra/bundling.ts), then started as a fresh process (`node index.mjs`: start Node, load
 * and evaluate the bundle, exit) against a baseline bundle that imports the same AWS SDK clients and
 * commands — found in the handler bundle's metafile — and does nothing else.
 *
 * The verdict is the ratio of instructions executed (valgrind callgrind, V8 in its predictable mode,
 * its hash seed fixed per count): each bundle counted once, then the handlers whose ratio lies within
 * NEAR_TARGET of the target, and their baselines, counted again with other seeds up to
 * `instructionRuns` times with the spread shown (a count takes 10–60 s, by the machine's load).
 * Instructions rather than time, because other processes on this shared
 * machine add wall time to either side, in bursts nobody controls, while the instructions a start
 * executes do not change with the machine's load. The wall-time ratio is shown beside it as the
 * median of alternating pairs (handler then baseline, baseline then handler, …; one ratio per pair):
 * both halves of a pair run within a quarter of a second, so drift in the load cancels within the
 * pair and the median drops the pairs a burst hit. Without valgrind the verdict falls back to it. */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { BUNDLE_FILE, esbuildOptions } from '#infra/bundling';
import { nodeOptions } from '#infra/function-sizing';
import { ROUTES } from '#shared/contracts/route-table';
import { STANDARD_SIZING } from '#shared/contracts/contract';
import { atMost, kB, log, median, ms, quantile, ratio, type Table } from './support';

export const COLD_LOAD_TARGET = 1.15;
/** The one library beyond the SDK a handler may load on top of the target: jStat, for the F quantiles
 * of the judges' agreement interval (DESIGN.md "the judges' reliability"). It is the lightest
 * well-kept F quantile on npm (about 44 M instructions at load; @stdlib's f-quantile costs more, and
 * we take the well-kept library for a job rather than write it): a function whose every request
 * ranks cannot start within 1.15 × its SDK-only baseline with it, however lean the rest. Such a
 * function is judged against its SDK baseline plus jStat; the functions that rank now and then load
 * jStat only when they rank and are judged on the SDK alone (shared/use-cases/compute-ranking.ts,
 * `loadFQuantile`). */
const STATISTICS_LIBRARY = 'jstat';
/** How far an instruction ratio may move between repeated counts for the verdict to stand. */
export const INSTRUCTION_SPREAD_TARGET = 0.03;
/** Handlers whose instruction ratio lies this close to the target are counted again. */
const NEAR_TARGET = 0.05;
/** Counts run this many at a time: a count does not depend on what else runs, so more than the
 * machine's cores only shares them out, and takes a larger share on a busy machine. */
export const COUNTING_PARALLEL = 4;

const REPO = resolve(__dirname, '..');
export const OUT = join(REPO, 'bench', '.out', 'cold');
/** A handler's entry point (functions/<name>.ts). */
export const handlerEntry = (name: string): string => join(REPO, 'functions', `${name}.ts`);
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);

/** The environment a Lambda function starts with, as far as loading the bundle can tell: the
 * NODE_OPTIONS of infra/function-sizing.ts (source maps, heap limit), of a 512 MB function. */
const lambdaEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  NODE_OPTIONS: nodeOptions(STANDARD_SIZING.memoryMb),
  AWS_REGION: 'ap-southeast-3',
  TABLE_NAME: 'bench',
  BUCKET_NAME: 'bench',
  POWERTOOLS_SERVICE_NAME: 'kukar-innovation-week',
});

/** The child reports its own CPU time (user + system, all threads) when it exits: a second view that
 * other processes on the machine disturb less than wall time. */
const CPU_REPORTER = 'data:text/javascript,process.on("exit",()=>{const u=process.cpuUsage();process.stderr.write("@cpu "+(u.user+u.system)/1000+"\\n")})';

/** The SDK packages whose clients the baseline reproduces: every service client, the document
 * client and the S3 presigners. */
const SDK_PACKAGE = /node_modules\/(?:(.+?)\/node_modules\/)?@aws-sdk\/(client-[a-z0-9-]+|lib-dynamodb|s3-presigned-post|s3-request-presigner)\/dist-[a-z]+\/(.+)\.js$/;

interface SdkUse {
  /** package → the symbols the handler bundle holds (client classes, commands, presigners). */
  symbols: Map<string, Set<string>>;
  /** SDK packages bundled twice (a second copy nested under another package). */
  duplicates: string[];
}

/** Which SDK clients and commands a bundle holds, read from the metafile's inputs. */
const sdkUse = (inputs: Metafile['outputs'][string]['inputs']): SdkUse => {
  const symbols = new Map<string, Set<string>>();
  const duplicates = new Set<string>();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const m = SDK_PACKAGE.exec(path);
    if (!m || bytesInOutput === 0) continue;
    const [, nestedUnder, pkg, file] = m;
    if (nestedUnder) {
      duplicates.add(`@aws-sdk/${pkg} (again under ${nestedUnder})`);
      continue; // the outer package's symbols pull the nested copy in again in the baseline
    }
    const set = symbols.get(pkg!) ?? new Set<string>();
    symbols.set(pkg!, set);
    const command = /^commands\/(\w+Command)$/.exec(file!);
    const client = /^(\w+Client)$/.exec(file!);
    if (command) set.add(command[1]!);
    else if (client) set.add(client[1]!);
    else if (pkg === 's3-presigned-post' && file === 'createPresignedPost') set.add('createPresignedPost');
    else if (pkg === 's3-request-presigner' && file === 'getSignedUrl') set.add('getSignedUrl');
  }
  return { symbols, duplicates: [...duplicates].sort() };
};

/** A module that imports exactly these SDK symbols and does nothing else (exporting them keeps
 * esbuild from shaking them away). Packages in `unused` are left out. */
const baselineSource = (use: SdkUse, unused: ReadonlySet<string> = new Set()): string =>
  [...use.symbols]
    .filter(([pkg, s]) => s.size > 0 && !unused.has(pkg))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([pkg, s]) => `export { ${[...s].sort().map((x) => `${x} as ${pkg.replace(/-/g, '_')}_${x}`).join(', ')} } from '@aws-sdk/${pkg}';`)
    .join('\n') + '\n';

export interface Bundle {
  name: string;
  file: string;
  bytes: number;
  mapBytes: number;
  metafile: Metafile;
}

/** `plugins` only for the library-cost reference (bench/library-cost.ts): verdicts use CDK's settings. */
export const bundle = async (name: string, entry: string, dir: string, plugins: Plugin[] = []): Promise<Bundle> => {
  const file = join(dir, BUNDLE_FILE);
  const result = await build({ ...esbuildOptions(entry, file, NODE_MAJOR), absWorkingDir: REPO, metafile: true, plugins });
  return { name, file, bytes: statSync(file).size, mapBytes: statSync(`${file}.map`).size, metafile: result.metafile };
};

const entryInputs = (b: Bundle) => Object.values(b.metafile.outputs).find((o) => o.entryPoint)!.inputs;

const packageOf = (path: string): string => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(path);
  return m ? m[1]! : path;
};

/** SDK clients that only a third-party package brings in (none of our modules, nor another SDK
 * package our modules use): a client the handler loads without using it itself. */
const broughtInOnlyBy = (b: Bundle, pkg: string): string | undefined => {
  const importers = new Set<string>();
  for (const [path, input] of Object.entries(b.metafile.inputs))
    for (const i of input.imports)
      if (packageOf(i.path) === `@aws-sdk/${pkg}` && packageOf(path) !== `@aws-sdk/${pkg}`) importers.add(packageOf(path));
  const ours = [...importers].some((i) => !i.includes('node_modules') && !i.startsWith('@')) || [...importers].some((i) => i.startsWith('@aws-sdk/'));
  return importers.size && !ours ? [...importers].join(', ') : undefined;
};

/** Bytes of the bundle that come from the AWS SDK and its runtime (@aws-sdk, @smithy, @aws, tslib…). */
const sdkBytes = (b: Bundle): number =>
  Object.entries(entryInputs(b))
    .filter(([p]) => /node_modules\/(@aws-sdk|@smithy|@aws\/|@aws-crypto|tslib|fast-xml-parser|strnum|bowser|uuid)/.test(p))
    .reduce((sum, [, v]) => sum + v.bytesInOutput, 0);

/** What a bundle holds beyond the SDK, by the package (or our folder) each input comes from. */
const CONTENT_GROUPS: [label: string, matches: (pkg: string, path: string) => boolean][] = [
  ['Powertools logger', (pkg) => pkg === '@aws-lambda-powertools/logger'],
  ['Powertools commons', (pkg) => pkg === '@aws-lambda-powertools/commons'],
  ['Powertools idempotency + JMESPath', (pkg) => pkg === '@aws-lambda-powertools/idempotency' || pkg === '@aws-lambda-powertools/jmespath'],
  ['zod/mini', (pkg) => pkg === 'zod'],
  ['middy', (pkg) => pkg.startsWith('@middy/')],
  ['jStat', (pkg) => pkg === STATISTICS_LIBRARY],
  ['message catalogue', (_, path) => path.startsWith('shared/messages/')],
  ['our other code', (_, path) => /^(shared|functions|infra)\//.test(path)],
];

/** Each input counts once, in the first group it matches; what no group takes is "other". */
const contentRow = (b: Bundle): string[] => {
  const groups = CONTENT_GROUPS.map(() => 0);
  for (const [path, { bytesInOutput }] of Object.entries(entryInputs(b))) {
    const group = CONTENT_GROUPS.findIndex(([, matches]) => matches(packageOf(path), path));
    if (group >= 0) groups[group]! += bytesInOutput;
  }
  const other = b.bytes - sdkBytes(b) - groups.reduce((a, x) => a + x, 0);
  return [kB(b.bytes), kB(sdkBytes(b)), ...groups.map((x) => (x ? kB(x) : '')), kB(other)];
};

interface Sample {
  wall: number;
  cpu: number;
}

const startOnce = (file: string): Sample => {
  const t = process.hrtime.bigint();
  const out = spawnSync(process.execPath, ['--import', CPU_REPORTER, file], { env: lambdaEnv(), stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const stderr = out.stderr.toString();
  if (out.status !== 0) throw new Error(`${relative(REPO, file)} did not load (exit ${out.status}):\n${stderr.slice(-2000)}`);
  return { wall, cpu: Number(/@cpu ([\d.]+)/.exec(stderr)?.[1] ?? Number.NaN) };
};

const valgrindAvailable = (): boolean => spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status === 0;

/** Instructions executed to start Node and load `file`, counted by callgrind, with V8 in its
 * predictable mode (`--predictable`: one thread, and time as V8 sees it advancing with the work
 * rather than the clock). Two things used to move a count: V8's hash seed, new in every process,
 * whose set-up (a search for a prime from it, before any JavaScript runs) costs 5 to 12 M
 * instructions at random; and the machine's load: V8 paces its garbage collector and its timed
 * tasks by the clock, so a start slowed down by other processes did more of that work (the same
 * bundle counted 531 M alone and 538 M four at a time on two cores, its baseline 464 M and 466 M).
 * Predictable mode counts what a start on a quiet machine does, whatever the load, and each count
 * names its seed (`--hash-seed`): a handler and its baseline are counted with the same seeds, a
 * repeated count with another one; the counts of one seed agree to ±0.01 %. */
const instructionsOf = (file: string, hashSeed: number): Promise<number> =>
  new Promise((done, fail) => {
    const child = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--predictable', `--hash-seed=${hashSeed}`, file], {
      env: lambdaEnv(),
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (status) => {
      const collected = /Collected : (\d+)/.exec(stderr);
      if (status === 0 && collected) done(Number(collected[1]));
      else fail(new Error(`callgrind on ${relative(REPO, file)} failed (exit ${status}):\n${stderr.slice(-1000)}`));
    });
  });

/** Counts every bundle's instructions once per hash seed, `parallel` at a time (after the timed
 * runs, so it disturbs none): each bundle's counts in the order of `seeds`. */
export const countInstructions = async (files: string[], parallel: number, seeds: readonly number[] = [FIRST_SEED]): Promise<Map<string, number[]>> => {
  const counts = new Map<string, number[]>();
  const queue = seeds.flatMap((seed, run) => [...new Set(files)].map((file) => ({ file, seed, run })));
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const n = await instructionsOf(job.file, job.seed);
      const xs = counts.get(job.file) ?? [];
      xs[job.run] = n;
      counts.set(job.file, xs);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return counts;
};

export interface Pair {
  subject: Bundle;
  baseline: Bundle;
  subjectRuns: Sample[];
  baselineRuns: Sample[];
}

/** Starts each pair's baseline and subject `runs` times, interleaved and alternating who goes first,
 * after one discarded warm-up (file cache): run r of the subject and run r of the baseline are a pair. */
export const measurePairs = (pairs: Pair[], runs: number): void => {
  for (let r = -1; r < runs; r++) {
    for (const p of pairs) {
      const order = r % 2 === 0 ? [p.baseline, p.subject] : [p.subject, p.baseline];
      for (const b of order) {
        const s = startOnce(b.file);
        if (r >= 0) (b === p.subject ? p.subjectRuns : p.baselineRuns).push(s);
      }
    }
  }
};

export const wallOf = (xs: Sample[]) => median(xs.map((s) => s.wall));
const cpuOf = (xs: Sample[]) => median(xs.map((s) => s.cpu));
const pairRatios = (p: Pair): number[] => p.subjectRuns.map((s, i) => s.wall / p.baselineRuns[i]!.wall);
/** The wall-time ratio: the median of the ratios of alternating pairs. */
export const pairRatio = (p: Pair): number => median(pairRatios(p));
/** Where the middle half of the pairs' ratios lies. */
const pairRange = (p: Pair): string => `${ratio(quantile(pairRatios(p), 0.25))}–${ratio(quantile(pairRatios(p), 0.75))}`;

/** An instruction ratio to three decimals: counts are steady to far less than that, and two decimals
 * would show 1.145 as 1.15, the target itself. */
export const instructionRatioText = (x: number): string => x.toFixed(3);

/** The hash seed of every bundle's first count; repeated counts take the next ones. */
export const FIRST_SEED = 1;
const seedsAfterFirst = (count: number): number[] => Array.from({ length: count }, (_, i) => FIRST_SEED + 1 + i);

/** Counts of the same seed make a pair: the verdict is the median of the pairs' ratios, and the
 * spread ± half the range of those ratios. */
export const instructionRatio = (subject: readonly number[], baseline: readonly number[]): { ratio: number; spread: number } => {
  const ratios = subject.map((n, run) => n / baseline[run]!);
  return { ratio: median(ratios), spread: (Math.max(...ratios) - Math.min(...ratios)) / 2 };
};

const short: Record<string, string> = {
  'client-dynamodb': 'ddb',
  'lib-dynamodb': 'ddb-doc',
  'client-s3': 's3',
  's3-presigned-post': 's3-post',
  's3-request-presigner': 's3-presign',
  'client-scheduler': 'scheduler',
  'client-sesv2': 'sesv2',
};

export interface ColdLoadResult {
  tables: Table[];
  failures: string[];
  /** Each handler's bundle with its baseline and the runs measured. */
  pairs: Pair[];
  /** Instructions counted per bundle file with the first seed (empty when not counted). */
  instructions: Map<string, number>;
}

/** A handler with its own baseline, and for one that holds the statistics library, the same plus that library. */
type HandlerPair = Pair & { use: SdkUse; withStatistics?: Bundle };

/** `instructionRuns`: how many times callgrind counts a handler near the target and its baseline
 * (the others once; 0: none at all, nor without valgrind). */
export const coldLoad = async (runs: number, instructionRuns: number): Promise<ColdLoadResult> => {
  const routeHandlers = new Set<string>(ROUTES.map((r) => r.handler));
  const names = readdirSync(join(REPO, 'functions'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
  log(`cold load: bundling ${names.length} handlers (esbuild ESM, minified, source maps, node${NODE_MAJOR})`);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  const baselines = new Map<string, Promise<Bundle>>();
  const baselineFor = (source: string): Promise<Bundle> => {
    const id = createHash('sha256').update(source).digest('hex').slice(0, 10);
    if (!baselines.has(id)) {
      const dir = join(OUT, `baseline-${id}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'entry.mjs'), source);
      baselines.set(id, bundle(`baseline-${id}`, join(dir, 'entry.mjs'), dir));
    }
    return baselines.get(id)!;
  };

  const pairs: HandlerPair[] = [];
  for (const name of names) {
    const subject = await bundle(name, handlerEntry(name), join(OUT, name));
    const use = sdkUse(entryInputs(subject));
    // A client only a third-party package brings in (Powertools idempotency's DynamoDB client in a
    // handler that never uses it) is not one the handler needs: the baseline goes without it.
    const unused = new Set([...use.symbols.keys()].filter((pkg) => broughtInOnlyBy(subject, pkg)));
    const source = baselineSource(use, unused);
    const holdsStatistics = Object.keys(entryInputs(subject)).some((path) => packageOf(path) === STATISTICS_LIBRARY);
    const withStatistics = holdsStatistics ? await baselineFor(`${source}import '${STATISTICS_LIBRARY}';\n`) : undefined;
    pairs.push({ subject, baseline: await baselineFor(source), subjectRuns: [], baselineRuns: [], use, ...(withStatistics && { withStatistics }) });
  }

  // Reference points: an empty module (Node's own start), and what zod costs on top of the SDK.
  const refDir = join(OUT, 'reference');
  mkdirSync(refDir, { recursive: true });
  const ddbSource = baselineSource(pairs.find((p) => p.subject.name === 'get-innovation')?.use ?? pairs[0]!.use);
  const refs: Record<string, string> = {
    'empty module': 'export const handler = async () => ({});\n',
    'ddb baseline + zod': `${ddbSource}export { z } from 'zod';\n`,
    'ddb baseline + zod/mini': `${ddbSource}import * as z from 'zod/mini';\nexport const Innovation = z.object({ id: z.string().check(z.minLength(1)), title: z.string(), status: z.enum(['DRAFT', 'SUBMITTED']), documents: z.array(z.object({ key: z.string(), size: z.number() })) });\n`,
  };
  const refPairs: Pair[] = [];
  const ddbBaseline = await baselineFor(ddbSource);
  for (const [label, source] of Object.entries(refs)) {
    const dir = join(refDir, label.replace(/[^a-z0-9]+/gi, '-'));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'entry.mjs'), source);
    refPairs.push({ subject: await bundle(label, join(dir, 'entry.mjs'), dir), baseline: ddbBaseline, subjectRuns: [], baselineRuns: [] });
  }

  log(`cold load: ${runs} interleaved starts of ${pairs.length} handlers and their baselines (+${refPairs.length} references)`);
  measurePairs([...pairs, ...refPairs], runs);

  const counting = instructionRuns > 0 && valgrindAvailable();
  if (counting) log(`cold load: counting instructions with callgrind (${pairs.length} handlers and their baselines, 10–60 s a count, ${COUNTING_PARALLEL} at a time)`);
  else log('cold load: valgrind not found (or BENCH_COLD_INSTRUCTION_RUNS=0): no instruction counts, the verdict falls back to wall time');
  const countedFiles = (p: HandlerPair) => [p.subject.file, p.baseline.file, ...(p.withStatistics ? [p.withStatistics.file] : [])];
  const counts = counting ? await countInstructions(pairs.flatMap(countedFiles), COUNTING_PARALLEL) : new Map<string, number[]>();
  const instr = (p: Pair) => instructionRatio(counts.get(p.subject.file)!, counts.get(p.baseline.file)!);
  /** Over its SDK baseline plus jStat, where the SDK alone leaves it over the target (see STATISTICS_LIBRARY). */
  const instrWithStatistics = (p: HandlerPair) =>
    counting && p.withStatistics && instr(p).ratio > COLD_LOAD_TARGET ? instructionRatio(counts.get(p.subject.file)!, counts.get(p.withStatistics.file)!) : undefined;
  const judged = (p: HandlerPair) => instrWithStatistics(p) ?? instr(p);
  const near = counting ? pairs.filter((p) => Math.abs(judged(p).ratio - COLD_LOAD_TARGET) <= NEAR_TARGET) : [];
  if (near.length && instructionRuns > 1) {
    log(`cold load: counting ${near.map((p) => p.subject.name).join(', ')} and their baselines ${instructionRuns - 1}× more (within ${NEAR_TARGET} of the target)`);
    for (const [file, more] of await countInstructions(near.flatMap(countedFiles), COUNTING_PARALLEL, seedsAfterFirst(instructionRuns - 1))) counts.set(file, [...counts.get(file)!, ...more]);
  }
  const repeated = (p: Pair) => counts.get(p.subject.file)!.length > 1;
  const mInstr = (file: string) => (median(counts.get(file)!) / 1e6).toFixed(0);

  const failures: string[] = [];
  const rows = pairs.map((p) => {
    const statistics = instrWithStatistics(p);
    const verdictRatio = counting ? judged(p).ratio : pairRatio(p);
    const verdict = atMost(verdictRatio, COLD_LOAD_TARGET);
    const measure = counting ? `instructions${statistics ? ' over SDK + jStat' : ''}` : 'wall time';
    if (verdict === 'FAIL') failures.push(`cold load ${p.subject.name}: ${measure} ${(counting ? instructionRatioText : ratio)(verdictRatio)} > ${COLD_LOAD_TARGET}`);
    if (counting && repeated(p) && judged(p).spread > INSTRUCTION_SPREAD_TARGET) failures.push(`cold load ${p.subject.name}: instruction ratio moved ±${judged(p).spread.toFixed(3)} > ±${INSTRUCTION_SPREAD_TARGET}`);
    const sdk = [...p.use.symbols.keys()].sort().map((k) => {
      const by = broughtInOnlyBy(p.subject, k);
      return (short[k] ?? k) + (by ? ` ⚠ only via ${by}` : '');
    });
    return [
      p.subject.name + (routeHandlers.has(p.subject.name) ? '' : ' (scheduler target)'),
      sdk.join('+') + (p.use.duplicates.length ? ` ⚠ ${p.use.duplicates.length} dup` : ''),
      kB(p.subject.bytes),
      kB(p.baseline.bytes),
      `${kB(sdkBytes(p.subject))} / ${kB(sdkBytes(p.baseline))}`,
      counting ? `${mInstr(p.subject.file)} / ${mInstr(p.baseline.file)}` : '–',
      counting ? instructionRatioText(instr(p).ratio) + (statistics ? ` (${instructionRatioText(statistics.ratio)} over SDK + jStat ${mInstr(p.withStatistics!.file)} M)` : '') : '–',
      counting && repeated(p) ? `±${judged(p).spread.toFixed(3)} (${counts.get(p.subject.file)!.length}×)` : '–',
      `${ms(wallOf(p.subjectRuns))} / ${ms(wallOf(p.baselineRuns))}`,
      ratio(pairRatio(p)),
      pairRange(p),
      ratio(cpuOf(p.subjectRuns) / cpuOf(p.baselineRuns)),
      `${counting ? 'instr' : 'wall'} ≤ ${COLD_LOAD_TARGET}${statistics ? ' over SDK + jStat' : ''}`,
      verdict,
    ];
  });
  const widest = Math.max(...pairs.filter(repeated).map((p) => judged(p).spread));
  const refRows = refPairs.map((p) => [
    p.subject.name,
    kB(p.subject.bytes),
    ms(wallOf(p.subjectRuns)),
    ms(wallOf(p.baselineRuns)),
    ratio(pairRatio(p)),
    ratio(cpuOf(p.subjectRuns) / cpuOf(p.baselineRuns)),
    ms(cpuOf(p.subjectRuns) - cpuOf(p.baselineRuns)),
  ]);
  const dupes = [...new Set(pairs.flatMap((p) => p.use.duplicates))];
  return {
    failures,
    pairs,
    instructions: new Map([...counts].map(([file, xs]) => [file, xs[0]!])),
    tables: [
      {
        title: `1. Cold load — process start + load of each production bundle vs its SDK-only baseline (instructions; ${runs} alternating pairs of starts)`,
        note:
          `Bundles: infra/bundling.ts (= CDK's NodejsFunction settings: ESM, minified, source maps, banner, SDK bundled), target node${NODE_MAJOR} here (node24 in AWS); ` +
          `started as \`node index.mjs\` with NODE_OPTIONS=${nodeOptions(STANDARD_SIZING.memoryMb)} as the functions run. ` +
          'Baseline = a bundle exporting exactly the SDK client classes and ' +
          'commands found in the handler bundle\'s metafile, and nothing else — except a client that only a third-party package brings in ("⚠ only via"), ' +
          'which the handler does not use and the baseline leaves out. "SDK kB" = bytes from @aws-sdk/@smithy in handler / baseline. ' +
          '"instr ratio" (the verdict) = instructions executed to start Node and load the bundle (valgrind callgrind, V8 in its predictable mode, so the machine\'s load does not change a count; "M instr" = millions, handler / baseline, medians of the counts), ' +
          'handler over baseline, each pair of counts with the same V8 hash seed (`--hash-seed`: a random seed moves a count by up to 12 M), the median over the seeds; ' +
          `"spread" = how far that ratio moves between seeds (± half the range of the pairs' ratios; target ±${INSTRUCTION_SPREAD_TARGET}` +
          (Number.isFinite(widest) ? `, widest here ±${widest.toFixed(3)}` : '') +
          `), shown for the handlers within ${NEAR_TARGET} of the target, counted again with their baselines and other seeds; the others were counted once, too far from the target for that to turn their verdict. ` +
          'The machine\'s load adds wall time to either side unpredictably; the instructions a start executes do not change with it. ' +
          '"wall ratio" = median over the pairs of handler ms / baseline ms, each pair started back to back, who goes first alternating, so drift in the load cancels within a pair; ' +
          '"pairs IQR" = the middle half of the pairs\' ratios; "ms" = median start times; "cpu ratio" = medians of the child\'s own CPU time. ' +
          '"over SDK + jStat": a function whose every request ranks loads jStat at start (the F quantiles of the judges\' agreement interval; the lightest well-kept F quantile, and not one to write ourselves) and is judged against its SDK baseline plus jStat; ' +
          'the functions that rank now and then load jStat when they rank and are judged on the SDK alone.' +
          (dupes.length ? `\n⚠ dup: ${dupes.join('; ')} is bundled twice.` : ''),
        columns: ['handler', 'SDK clients', 'bundle', 'baseline', 'SDK kB', 'M instr', 'instr ratio', 'spread', 'ms', 'wall ratio', 'pairs IQR', 'cpu ratio', 'target', 'verdict'],
        rows,
      },
      {
        title: 'What each bundle holds beyond the SDK (bytes of minified output, from the metafile)',
        note: 'The code each start parses on top of its baseline: roughly 0.5–1 M instructions per kB (callgrind, above). "other" = SDK-side helpers outside @aws-sdk/@smithy (mnemonist, obliterator…, in the baseline too), esbuild\'s runtime, the banner and the source-map comment.',
        columns: ['handler', 'bundle', 'SDK', ...CONTENT_GROUPS.map(([label]) => label), 'other'],
        rows: pairs.map((p) => [p.subject.name, ...contentRow(p.subject)]),
      },
      {
        title: 'Cold load reference points (not verdicts): the same measure for modules that are not handlers',
        note: 'Each against the DynamoDB baseline above, median start times and the median of alternating pairs as in the verdicts. "Δ cpu ms" is the extra CPU time (median) the module costs at start.',
        columns: ['module', 'bundle', 'ms', 'ddb baseline ms', 'wall ratio', 'cpu ratio', 'Δ cpu ms'],
        rows: refRows,
      },
    ],
  };
};
