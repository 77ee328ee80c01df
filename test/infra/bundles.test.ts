/** What every function bundle holds, read from esbuild's metafile of the very build CDK runs
 * (infra/bundling.ts): zod/mini and two locales rather than the full zod, no binding of the Node
 * built-ins that only middy's response streaming needs, and jStat only behind a dynamic import. */
import { build, type Metafile } from 'esbuild';
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { BUNDLE_ALIASES, esbuildOptions } from '#infra/bundling';

const ROOT = resolve(__dirname, '../..');
const entries = readdirSync(join(ROOT, 'functions')).filter((f) => f.endsWith('.ts'));
let metafile: Metafile;

beforeAll(async () => {
  const { outfile: _one, ...options } = esbuildOptions('', '');
  ({ metafile } = await build({ ...options, entryPoints: entries.map((f) => join(ROOT, 'functions', f)), outdir: join(ROOT, '.bundle-check'), write: false, metafile: true, sourcemap: false }));
}, 120_000);

const bundles = () => Object.values(metafile.outputs).filter((out) => out.entryPoint);
const entryOf = (out: Metafile['outputs'][string]) => relative(ROOT, resolve(ROOT, out.entryPoint!));

it('builds one bundle per handler file', () => {
  expect(bundles().map(entryOf).sort()).toEqual(entries.map((f) => `functions/${f}`).sort());
});

it('every function bundle holds zod/mini and the two locales it words messages in, not the full zod', () => {
  for (const out of bundles()) {
    const zod = Object.entries(out.inputs)
      .filter(([path, input]) => path.includes('node_modules/zod/') && input.bytesInOutput > 0)
      .map(([path, input]) => ({ module: path.replace(/^.*node_modules\/zod\//, ''), bytes: input.bytesInOutput }));
    const kept = {
      entry: entryOf(out),
      // Anything but zod's core, mini and the Indonesian and English locales (and their index).
      unexpected: zod.map((z) => z.module).filter((m) => !/^v4\/(core|mini)\//.test(m) && !/^v4\/locales\/(en|id|index)\.js$/.test(m)),
      under100kB: zod.reduce((sum, z) => sum + z.bytes, 0) < 100 * 1024,
    };
    expect(kept).toEqual({ entry: kept.entry, unexpected: [], under100kB: true });
  }
});

it('binds none of the aliased built-ins, and only @middy/core asks for them (nothing else loses the real module)', () => {
  const aliased = Object.keys(BUNDLE_ALIASES);
  const shim = relative(ROOT, Object.values(BUNDLE_ALIASES)[0]!);
  for (const out of bundles()) {
    const code = out.imports.filter((i) => aliased.includes(i.path)).map((i) => i.path);
    expect({ entry: entryOf(out), imports: code }).toEqual({ entry: entryOf(out), imports: [] });
  }
  const importers = Object.entries(metafile.inputs)
    .filter(([, input]) => input.imports.some((i) => i.path === shim || aliased.includes(i.original ?? '')))
    .map(([path]) => path.replace(/^.*node_modules\//, ''));
  expect([...new Set(importers)]).toEqual(['@middy/core/index.js']);
});

it('reaches jStat only through the F quantile, which the ranking imports where it first needs it', () => {
  // jStat is about 5 % of a start: a static import anywhere would load it in every function that
  // ranks now and then (shared/use-cases/compute-ranking.ts, loadFQuantile).
  const importsOf = (target: RegExp) =>
    Object.entries(metafile.inputs).flatMap(([path, input]) => input.imports.filter((i) => target.test(i.path)).map((i) => ({ from: path, kind: i.kind })));
  expect(importsOf(/node_modules\/jstat\//)).toEqual([{ from: 'shared/domain/f-quantile.ts', kind: 'import-statement' }]);
  expect(importsOf(/^shared\/domain\/f-quantile\.ts$/)).toEqual([{ from: 'shared/use-cases/compute-ranking.ts', kind: 'dynamic-import' }]);
});
