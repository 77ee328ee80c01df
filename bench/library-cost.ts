/** Cold load, reference (not a verdict): what each library costs a handler at start. The handler is
 * bundled again with one library's modules replaced by an inert stand-in, and started interleaved
 * with its SDK baseline as in the verdicts. The handler then loads but could not serve a request:
 * the difference is what loading that library, and the work the handler does with it at load
 * (building its zod schemas, constructing the logger, the middy chain), costs. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { bundle, COUNTING_PARALLEL, countInstructions, handlerEntry, instructionRatioText, measurePairs, OUT, pairRatio, wallOf, type Bundle, type Pair } from './cold-load';
import { kB, log, median, ms, ratio, type Table } from './support';

/** The two handlers measured: one that holds every library, and a plain read. */
export const LIBRARY_COST_HANDLERS = ['register-innovation', 'get-edition'];

const LIBRARIES: [label: string, modules: RegExp][] = [
  ['zod/mini (so no schema is built)', /\/node_modules\/zod\//],
  ['Powertools idempotency + JMESPath', /\/node_modules\/@aws-lambda-powertools\/(idempotency|jmespath)\//],
  ['Powertools logger', /\/node_modules\/@aws-lambda-powertools\/logger\//],
  ['middy', /\/node_modules\/@middy\//],
  ['message catalogue', /\/shared\/messages\/catalogue\.ts$/],
];
/** Every library above and Powertools commons: what is left is our own code over the SDK. */
const ALL: [string, RegExp] = ['all of these and Powertools commons', new RegExp(`${LIBRARIES.map(([, m]) => m.source).join('|')}|/node_modules/@aws-lambda-powertools/commons/`)];

/** The names a module exports, read by esbuild without running it. */
const exportNames = async (path: string): Promise<string[]> => {
  const result = await build({ entryPoints: [path], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', logLevel: 'silent' });
  return Object.values(result.metafile.outputs).flatMap((o) => o.exports);
};

/** Every export is one function that returns itself whatever is done with it (called, constructed,
 * extended, read), so code that only wires things up at load runs through. `then` and `message`
 * read as undefined, so it is neither a promise nor a zod error param that names two messages. */
const inertModule = (names: string[]): string =>
  [
    'const inert = new Proxy(function () {}, { get: (_, key) => (key === "then" || key === "message" ? undefined : inert), apply: () => inert, construct: () => inert });',
    `export { ${names.filter((n) => n !== 'default').map((n) => `inert as ${JSON.stringify(n)}`).join(', ')} };`,
    'export default inert;',
  ].join('\n');

const replacing = (modules: RegExp): Plugin => ({
  name: 'inert-stand-in',
  setup(b) {
    b.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      const resolved = await b.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'resolving' });
      return modules.test(resolved.path) ? { path: resolved.path, namespace: 'inert' } : resolved;
    });
    b.onLoad({ filter: /.*/, namespace: 'inert' }, async (args) => ({ contents: inertModule(await exportNames(args.path)), loader: 'js' }));
  },
});

const holds = (b: Bundle, modules: RegExp): boolean => Object.keys(b.metafile.inputs).some((path) => modules.test(`/${path}`));

/** `counted`: the handlers' and baselines' instruction counts from the cold-load section; when there
 * are some, the variants are counted too (steadier than time), else none are. */
export const libraryCosts = async (handlers: Pair[], runs: number, counted: ReadonlyMap<string, number>): Promise<Table> => {
  const rows: Pair[][] = [];
  for (const h of handlers) {
    const variants: Pair[] = [{ subject: h.subject, baseline: h.baseline, subjectRuns: [], baselineRuns: [] }];
    for (const [label, modules] of [...LIBRARIES, ALL]) {
      if (!holds(h.subject, modules)) continue;
      const dir = join(OUT, 'without', h.subject.name, label.replace(/[^a-z0-9]+/gi, '-'));
      mkdirSync(dir, { recursive: true });
      const subject = await bundle(label, handlerEntry(h.subject.name), dir, [replacing(modules)]);
      variants.push({ subject, baseline: h.baseline, subjectRuns: [], baselineRuns: [] });
    }
    rows.push(variants);
  }
  log(`cold load: what each library costs — ${rows.flat().length} variants of ${handlers.map((h) => h.subject.name).join(', ')}, ${runs} interleaved starts each`);
  measurePairs(rows.flat(), runs);
  const counting = counted.size > 0;
  const variantCounts = counting ? await countInstructions(rows.flat().map((p) => p.subject.file).filter((f) => !counted.has(f)), COUNTING_PARALLEL) : new Map<string, number[]>();
  const counts = new Map([...counted, ...[...variantCounts].map(([file, xs]) => [file, median(xs)] as const)]);
  const instr = (p: Pair) => counts.get(p.subject.file) ?? Number.NaN;

  return {
    title: 'What each library costs at start: the handler with that library replaced by an inert stand-in (reference, not verdicts)',
    note:
      `Each library's modules are replaced in the bundle by one function that returns itself, so the handler still loads (and could not serve a request). ` +
      '"ms" = median start time, "ratio" = the median of alternating pairs against the handler\'s SDK baseline, as beside the verdicts; "saved" = the whole handler\'s ms minus this row\'s. ' +
      'Rows move by about ±2 ms between runs; instructions (callgrind with the first hash seed, as above: "saved M instr" = millions fewer than the whole handler) by less than 0.1 %. ' +
      'Our own code is what the last row of each handler still holds over the SDK.',
    columns: ['handler', 'without', 'bundle', 'ms', 'saved ms', 'ratio', 'saved M instr', 'instr ratio'],
    rows: rows.flatMap((variants) => {
      const whole = wallOf(variants[0]!.subjectRuns);
      const wholeInstr = instr(variants[0]!);
      return variants.map((v, i) => [
        i === 0 ? v.subject.name : '',
        i === 0 ? '(nothing: the handler as deployed)' : v.subject.name,
        kB(v.subject.bytes),
        ms(wallOf(v.subjectRuns)),
        i === 0 ? '' : ms(whole - wallOf(v.subjectRuns)),
        ratio(pairRatio(v)),
        !counting || i === 0 ? '' : ((wholeInstr - instr(v)) / 1e6).toFixed(0),
        counting ? instructionRatioText(instr(v) / counts.get(v.baseline.file)!) : '–',
      ]);
    }),
  };
};
