/** The functions validate with zod/mini, whose functions a bundle keeps only as used: the full `zod`
 * (methods on every schema, so nothing of it tree-shakes) costs ~0.4 in cold-load ratio (see
 * bench/results.md, "ddb baseline + zod"). Tests and the OpenAPI script may use either. */
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { esbuildOptions } from '../../infra/bundling';

const ROOT = resolve(__dirname, '../..');
const PRODUCT = ['shared', 'functions', 'scripts/local'];

const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.[cm]?[jt]s$/.test(e.name) ? [join(dir, e.name)] : [],
  );

/** Lines of product code matching `pattern`, as `file:line: text`. */
const offending = (pattern: RegExp): string[] =>
  PRODUCT.flatMap(sources).flatMap((file) =>
    readFileSync(join(ROOT, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );

test('no product file imports the full zod (zod, zod/v4, zod/v4/classic, zod/v3)', () => {
  expect(PRODUCT.flatMap(sources).length).toBeGreaterThan(50);
  expect(offending(/(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*)['"]zod(?:\/v3|\/v4(?:\/classic)?)?(?:\/index(?:\.[cm]?js)?)?['"]/)).toEqual([]);
});

test("zod/mini is imported as a namespace (`import * as z`): `import { z }` keeps all of it in the bundle", () => {
  expect(offending(/^\s*import\s+(?!type\b)[^;]*\{[^}]*\bz\b[^}]*\}\s*from\s*['"]zod\/mini['"]/)).toEqual([]);
});

test('every function bundle holds zod/mini and the two locales it words messages in, not the full zod', async () => {
  const entries = readdirSync(join(ROOT, 'functions')).filter((f) => f.endsWith('.ts'));
  const { outfile: _one, ...options } = esbuildOptions('', '');
  const { metafile } = await build({ ...options, entryPoints: entries.map((f) => join(ROOT, 'functions', f)), outdir: join(ROOT, '.zod-mini-check'), write: false, metafile: true, sourcemap: false });
  const bundles = Object.values(metafile.outputs).filter((out) => out.entryPoint);
  expect(bundles).toHaveLength(entries.length);
  for (const out of bundles) {
    const zod = Object.entries(out.inputs)
      .filter(([path, input]) => path.includes('node_modules/zod/') && input.bytesInOutput > 0)
      .map(([path, input]) => ({ module: path.replace(/^.*node_modules\/zod\//, ''), bytes: input.bytesInOutput }));
    const kept = {
      entry: relative(ROOT, resolve(ROOT, out.entryPoint!)),
      // Anything but zod's core, mini and the Indonesian and English locales (and their index).
      unexpected: zod.map((z) => z.module).filter((m) => !/^v4\/(core|mini)\//.test(m) && !/^v4\/locales\/(en|id|index)\.js$/.test(m)),
      under100kB: zod.reduce((sum, z) => sum + z.bytes, 0) < 100 * 1024,
    };
    expect(kept).toEqual({ entry: kept.entry, unexpected: [], under100kB: true });
  }
});
