/** The arrows that must never exist (.dependency-cruiser.cjs) are reported when they do. `npm run deps`
 * proves the tree has none; this proves each rule bites, on a
 * fixture tree written to a temporary folder and cruised with the project's configuration, in a child
 * process (dependency-cruiser is ESM-only, which Jest's CommonJS sandbox cannot load). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: { name: string }[];
}

/** Writes `files` under a fresh folder, cruises it with the project's rules; answers each violation as
 * `rule: from → to` (a cycle as its modules in order), sorted. `args` are added to the command line. */
const cruise = (files: Record<string, string>, args: string[] = []): string[] => {
  const dir = mkdtempSync(join(tmpdir(), 'depcruise-fixture-'));
  try {
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    let out: string;
    try {
      out = execFileSync(process.execPath, [CLI, '--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json', ...args, '.'], { cwd: dir, encoding: 'utf8' });
    } catch (err) {
      // The cruiser exits with the number of errors found; the report is still on stdout.
      out = (err as { stdout: string }).stdout;
    }
    const { summary } = JSON.parse(out) as { summary: { violations: Violation[] } };
    return summary.violations
      .map((v) => `${v.rule.name}: ${v.cycle ? [v.from, ...v.cycle.map((c) => c.name)].join(' → ') : `${v.from} → ${v.to}`}`)
      .sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const ALLOWED: Record<string, string> = {
  'shared/domain/rules.ts': "export const rule = (n: number): boolean => n > 0;\n",
  'shared/data/store.ts': "import { rule } from '../domain/rules';\nexport const save = (n: number) => rule(n);\n",
  'shared/http/claims.ts': "import { save } from '../data/store';\nexport interface Caller { id: string }\nexport const store = save;\n",
  'functions/handler.ts': "import { store } from '../shared/http/claims';\nimport type { Caller } from '../shared/http/claims';\nexport const handler = (c: Caller) => store(c.id.length);\n",
  'infra/stack.ts': "import { handler } from '../functions/handler';\nexport const entry = handler;\n",
  'scripts/local/start.ts': "import { handler } from '../../functions/handler';\nexport const start = handler;\n",
  'test/app.test.ts': "import { entry } from '../infra/stack';\nimport { start } from '../scripts/local/start';\nexport const both = [entry, start];\n",
};

test('the layers in their allowed directions: no violation', () => {
  expect(cruise(ALLOWED)).toEqual([]);
});

test('each forbidden arrow is reported, type-only imports included', () => {
  const violations = cruise({
    ...ALLOWED,
    'shared/domain/access.ts': "import type { Caller } from '../http/claims';\nimport { save } from '../data/store';\nexport const can = (c: Caller) => save(c.id.length);\n",
    'shared/domain/calendar.ts': "import { handler } from '../../functions/handler';\nimport { start } from '../../scripts/local/start';\nexport const now = [handler, start];\n",
    'functions/deploy.ts': "import { entry } from '../infra/stack';\nexport const d = entry;\n",
    'shared/data/reply.ts': "import type { Caller } from '../http/claims';\nexport type C = Caller;\n",
    'scripts/local/synth.ts': "import { entry } from '../../infra/stack';\nexport const s = entry;\n",
    'shared/clock.ts': "import { both } from '../test/app.test';\nimport { size } from '../bench/run';\nexport const c = [both, size];\n",
    'bench/run.ts': 'export const size = 1;\n',
  });
  expect(violations).toEqual([
    'data-not-to-http: shared/data/reply.ts → shared/http/claims.ts',
    'domain-stays-pure: shared/domain/access.ts → shared/data/store.ts',
    'domain-stays-pure: shared/domain/access.ts → shared/http/claims.ts',
    'domain-stays-pure: shared/domain/calendar.ts → functions/handler.ts',
    'domain-stays-pure: shared/domain/calendar.ts → scripts/local/start.ts',
    'functions-not-to-infra: functions/deploy.ts → infra/stack.ts',
    'local-stack-not-to-infra: scripts/local/synth.ts → infra/stack.ts',
    'shared-not-to-callers: shared/clock.ts → bench/run.ts',
    'shared-not-to-callers: shared/clock.ts → test/app.test.ts',
    'shared-not-to-callers: shared/domain/calendar.ts → functions/handler.ts',
    'shared-not-to-callers: shared/domain/calendar.ts → scripts/local/start.ts',
  ]);
});

test('the layers under the rules stay under them: vocabulary, messages and schemas, contracts, use cases; the web app uses the contracts', () => {
  const violations = cruise({
    ...ALLOWED,
    'shared/vocabulary/roles.ts': "import { msg } from '../messages/catalogue';\nexport const roles = [msg];\n",
    'shared/messages/catalogue.ts': "import { rule } from '../domain/rules';\nexport const msg = rule;\n",
    'shared/schemas/score.schema.ts': "import { save } from '../data/store';\nexport const s = save;\n",
    'shared/contracts/score.contract.ts': "import { rule } from '../domain/rules';\nexport const c = rule;\n",
    'shared/use-cases/score.ts': "import type { Caller } from '../http/claims';\nimport { c } from '../contracts/score.contract';\nexport const u = (x: Caller) => [x, c];\n",
    'web/src/page.ts': "import { c } from '../../shared/contracts/score.contract';\nimport { save } from '../../shared/data/store';\nexport const p = [c, save];\n",
  });
  expect(violations).toEqual([
    'contracts-declare-only: shared/contracts/score.contract.ts → shared/domain/rules.ts',
    'messages-and-schemas-below-the-rules: shared/messages/catalogue.ts → shared/domain/rules.ts',
    'messages-and-schemas-below-the-rules: shared/schemas/score.schema.ts → shared/data/store.ts',
    'use-cases-not-to-http: shared/use-cases/score.ts → shared/contracts/score.contract.ts',
    'use-cases-not-to-http: shared/use-cases/score.ts → shared/http/claims.ts',
    'vocabulary-at-the-bottom: shared/vocabulary/roles.ts → shared/messages/catalogue.ts',
    'web-through-the-contracts: web/src/page.ts → shared/data/store.ts',
  ]);
});

test('a cycle is reported (once, from one of its modules), also when one of its arrows is a type-only import', () => {
  const violations = cruise({
    'shared/messages/catalogue.ts': "import type { Kind } from '../schemas/kind.schema';\nexport const msg = (k: Kind) => k;\n",
    'shared/schemas/kind.schema.ts': "import { msg } from '../messages/catalogue';\nexport type Kind = 'a' | 'b';\nexport const label = msg('a');\n",
  });
  expect(violations).toEqual([
    'no-circular: shared/messages/catalogue.ts → shared/schemas/kind.schema.ts → shared/messages/catalogue.ts',
  ]);
});

test('an import that does not resolve is reported (it would slip past every other rule)', () => {
  expect(cruise({ 'functions/handler.ts': "import { gone } from '../shared/moved-away';\nexport const h = gone;\n" })).toEqual([
    'not-to-unresolvable: functions/handler.ts → ../shared/moved-away',
  ]);
});
