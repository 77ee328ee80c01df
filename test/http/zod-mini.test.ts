/** The functions validate with zod/mini, whose functions a bundle keeps only as used: the full `zod`
 * (methods on every schema, so nothing of it tree-shakes) costs ~0.4 in cold-load ratio (see
 * bench/results.md, "ddb baseline + zod"). Tests and the OpenAPI script may use either. What the bundles
 * hold is checked in test/infra/bundles.test.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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
