/** DESIGN.md: every access pattern is a GetItem/Query/transaction on a key or index designed for it;
 * no Scan on any request path. A ranking of many entries reads per category with Query, so the whole
 * deployable code (handlers and everything they share) must never build a Scan. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.[cm]?[jt]s$/.test(e.name) && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );

test.each(['shared', 'functions'])('no source file under %s/ uses a DynamoDB Scan', (dir) => {
  const files = sourceFiles(join(ROOT, dir));
  expect(files.length).toBeGreaterThan(0);
  const offenders = files
    .filter((f) => /\bScan(Command|Paginator|Input)\b|\bpaginateScan\b|\.scan\(/.test(readFileSync(f, 'utf8')))
    .map((f) => relative(ROOT, f));
  expect(offenders).toEqual([]);
});

test('the check would catch one (the test harness itself scans, off the request path)', () => {
  expect(readFileSync(join(ROOT, 'test', 'support', 'stack.ts'), 'utf8')).toMatch(/\bScanCommand\b/);
});
