/** The project's own lint rules (eslint.config.mjs) report what they are there for, and only there:
 * no DynamoDB Scan in deployable code (functions/, shared/), and product code (those plus
 * scripts/local/) imports `zod/mini` as a namespace, never the full zod. `npm run lint` proves the
 * tree passes them; this proves they would fail on a breach. Sources are linted as if they sat at the
 * given paths (ESLint's lintText with a filePath), in a child process: ESLint loads its ESM
 * configuration with import(), which Jest's CommonJS sandbox does not offer. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

interface Case {
  filePath: string;
  code: string;
}

const LINT = `
import { ESLint } from 'eslint';
const cases = JSON.parse(await new Promise((ok) => { let s = ''; process.stdin.on('data', (d) => (s += d)).on('end', () => ok(s)); }));
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { filePath, code } of cases) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, message: m.message })));
}
process.stdout.write(JSON.stringify(out));
`;

/** The messages of each case, linted with the project's configuration. */
const lint = (cases: Case[]): { ruleId: string | null; line: number; message: string }[][] =>
  JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', LINT], { cwd: ROOT, input: JSON.stringify(cases), encoding: 'utf8' }));

/** The rules each case breaks, one entry a report (`line:rule`), sorted. */
const rulesBroken = (messages: ReturnType<typeof lint>): string[][] => messages.map((ms) => ms.map((m) => `${m.line}:${m.ruleId}`).sort());

describe('no DynamoDB Scan on a request path', () => {
  let messages: ReturnType<typeof lint>;
  let results: string[][];
  const cases: Case[] = [
    // 0: the named import, and the command built from it.
    { filePath: 'shared/data/fixture.ts', code: "import { ScanCommand } from '@aws-sdk/lib-dynamodb';\nexport const scan = () => new ScanCommand({ TableName: 't' });\n" },
    // 1: the paginator, from the low-level client.
    { filePath: 'functions/fixture.ts', code: "import { paginateScan } from '@aws-sdk/client-dynamodb';\nexport const pages = paginateScan;\n" },
    // 2: through a namespace import.
    { filePath: 'functions/fixture.ts', code: "import * as lib from '@aws-sdk/lib-dynamodb';\nexport const scan = () => new lib.ScanCommand({ TableName: 't' });\n" },
    // 3: the aggregated client's method.
    { filePath: 'shared/use-cases/fixture.ts', code: "import type { DynamoDBDocument } from '@aws-sdk/lib-dynamodb';\nexport const all = (doc: DynamoDBDocument) => doc.scan({ TableName: 't' });\n" },
    // 4: a type-only import of its input.
    { filePath: 'shared/data/fixture.ts', code: "import type { ScanCommandInput } from '@aws-sdk/lib-dynamodb';\nexport type I = ScanCommandInput;\n" },
    // 5-7: allowed: a Query on a request path (read backwards: ScanIndexForward is no Scan); a Scan in the test harness and in the local stack's tooling.
    { filePath: 'shared/data/fixture.ts', code: "import { QueryCommand } from '@aws-sdk/lib-dynamodb';\nexport const q = () => new QueryCommand({ TableName: 't', ScanIndexForward: false });\n" },
    { filePath: 'test/support/fixture.ts', code: "import { ScanCommand } from '@aws-sdk/lib-dynamodb';\nexport const scan = () => new ScanCommand({ TableName: 't' });\n" },
    { filePath: 'bench/fixture.ts', code: "import { ScanCommand } from '@aws-sdk/lib-dynamodb';\nexport const scan = () => new ScanCommand({ TableName: 't' });\n" },
  ];
  beforeAll(() => {
    messages = lint(cases);
    results = rulesBroken(messages);
  });

  test('a Scan command, paginator, input type or client method in functions/ or shared/ is an error', () => {
    expect(results.slice(0, 5)).toEqual([
      ['1:no-restricted-syntax', '2:no-restricted-syntax'],
      ['1:no-restricted-syntax', '2:no-restricted-syntax'],
      ['2:no-restricted-syntax'],
      ['2:no-restricted-syntax'],
      ['1:no-restricted-syntax', '2:no-restricted-syntax'],
    ]);
  });

  test('a Query on a request path, and a Scan in tests or the bench, pass', () => {
    expect(results.slice(5)).toEqual([[], [], []]);
  });

  test('the message says why', () => {
    expect(messages[0][0].message).toMatch(/No DynamoDB Scan on a request path/);
  });
});

describe('product code imports zod/mini as a namespace', () => {
  let results: string[][];
  const cases: Case[] = [
    // 0-5: the full zod under each of its names, from each product folder, each way of importing it.
    { filePath: 'shared/schemas/fixture.schema.ts', code: "import { z } from 'zod';\nexport const s = z.string();\n" },
    { filePath: 'functions/fixture.ts', code: "import * as z from 'zod/v4';\nexport const s = z.string();\n" },
    { filePath: 'scripts/local/fixture.ts', code: "export { object } from 'zod/v4/classic';\n" },
    { filePath: 'shared/http/fixture.ts', code: "import type { ZodType } from 'zod/v3';\nexport type T = ZodType;\n" },
    { filePath: 'shared/fixture.ts', code: "export const load = () => import('zod/index.js');\n" },
    { filePath: 'scripts/local/fixture.ts', code: "// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const z = require('zod');\n" },
    // 6: zod/mini, but as a named import of `z`.
    { filePath: 'functions/fixture.ts', code: "import { z } from 'zod/mini';\nexport const s = z.string();\n" },
    // 7-10: allowed: the namespace import of zod/mini, its other named exports, and full zod in tests
    // and in the OpenAPI script.
    { filePath: 'functions/fixture.ts', code: "import * as z from 'zod/mini';\nexport const s = z.string();\n" },
    { filePath: 'shared/schemas/fixture.schema.ts', code: "import { string, type ZodMiniType } from 'zod/mini';\nexport const s: ZodMiniType = string();\n" },
    { filePath: 'test/domain/fixture.test.ts', code: "import { z } from 'zod';\nexport const s = z.string();\n" },
    { filePath: 'scripts/openapi-fixture.ts', code: "import { z } from 'zod';\nexport const s = z.string();\n" },
  ];
  beforeAll(() => {
    results = rulesBroken(lint(cases));
  });

  test('the full zod (zod, zod/v3, zod/v4, zod/v4/classic, zod/index.js) in product code is an error, however imported', () => {
    expect(results.slice(0, 6)).toEqual([['1:no-restricted-imports'], ['1:no-restricted-imports'], ['1:no-restricted-imports'], ['1:no-restricted-imports'], ['1:no-restricted-syntax'], ['2:no-restricted-syntax']]);
  });

  test('`import { z } from "zod/mini"` is an error', () => {
    expect(results[6]).toEqual(['1:no-restricted-syntax']);
  });

  test('the namespace import of zod/mini, its named functions, and full zod in tests and scripts pass', () => {
    expect(results.slice(7)).toEqual([[], [], [], []]);
  });
});

test('across folders, modules import through the package.json aliases; relative paths stay within a folder', () => {
  const results = rulesBroken(
    lint([
      { filePath: 'functions/fixture.ts', code: "import { now } from '../shared/clock';\nexport const n = now;\n" },
      { filePath: 'test/integration/fixture.test.ts', code: "import { now } from '../../shared/clock';\nexport const n = now;\n" },
      { filePath: 'functions/fixture.ts', code: "import { now } from '#shared/clock';\nexport const n = now;\n" },
      { filePath: 'shared/data/fixture.ts', code: "import { ddb } from './dynamo';\nexport const d = ddb;\n" },
      { filePath: 'scripts/local/fixture.ts', code: "import institutions from '../seed/institutions.json';\nexport const i = institutions;\n" },
    ]),
  );
  expect(results).toEqual([['1:no-restricted-imports'], ['1:no-restricted-imports'], [], [], []]);
});
