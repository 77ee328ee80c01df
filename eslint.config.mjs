// @ts-check
/** ESLint for the whole tree, plus the project's own rules of where things may be used:
 * - no DynamoDB Scan in deployable code (docs/data-model.md: every access pattern is a GetItem, Query or
 *   transaction on a key or index designed for it; a ranking of many entries reads per category);
 * - product code validates with `zod/mini`, imported as a namespace (the full `zod` keeps all of
 *   itself in every bundle, ~0.4 in cold-load ratio; see bench/results.md). Tests, the OpenAPI
 *   script and the bench may use either.
 * test/architecture/lint-rules.test.ts proves each of these rules reports its case.
 *
 * The rule sets are the non-type-checked recommended ones: with typescript-eslint's type-checked set
 * the lint took 47 s on the project's 2-vCPU machine (against 6 s) and reported 1,053 findings, almost
 * all no-unsafe-* on JSON bodies in tests; `tsc --noEmit` in `npm test` does the type checking. */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Deployable code: the handlers and everything they share. */
const REQUEST_PATH = ['functions/**/*.ts', 'shared/**/*.ts'];
/** Code that ships or runs the product, where only `zod/mini` is allowed. */
const PRODUCT = [...REQUEST_PATH, 'scripts/local/**/*.ts'];

/** The names of DynamoDB's Scan in both clients, as an esquery regular expression. */
const SCAN_NAME = '/^(Scan(Command|Paginator|Input)|paginateScan)/';
const noScanMessage = 'No DynamoDB Scan on a request path: read with GetItem, Query or a transaction on a key or index designed for it (docs/data-model.md, "No Scan on any request path").';

/** Full zod under every name it is published as (zod, zod/v3, zod/v4, zod/v4/classic, …/index[.js]). */
const FULL_ZOD = '^zod(?:/v3|/v4(?:/classic)?)?(?:/index(?:\\.[cm]?js)?)?$';
/** The same for a selector: esquery ends a regular expression at the first `/`, so it is written `\x2F`. */
const FULL_ZOD_SELECTOR = FULL_ZOD.replaceAll('/', '\\x2F');
const fullZodMessage = 'Product code imports `zod/mini` (`import * as z from \'zod/mini\'`): the full zod cannot be tree-shaken and costs cold-load time in every bundle.';

const noScanSyntax = [
  {
    // ScanCommand, ScanCommandInput, ScanInput, ScanPaginator, paginateScan: their import (type-only
    // too) from either client, once each…
    selector: `ImportSpecifier[imported.name=${SCAN_NAME}]`,
    message: noScanMessage,
  },
  {
    // …and any other use of the name, however it is reached (a namespace import, a re-export).
    selector: `:not(ImportSpecifier) > Identifier[name=${SCAN_NAME}]`,
    message: noScanMessage,
  },
  {
    // The aggregated client's method: `DynamoDBDocument#scan`, `DynamoDB#scan`.
    selector: `CallExpression > MemberExpression.callee[property.name='scan']`,
    message: noScanMessage,
  },
];

const fullZodSyntax = [
  { selector: `ImportExpression[source.value=/${FULL_ZOD_SELECTOR}/]`, message: fullZodMessage },
  { selector: `CallExpression[callee.name='require'][arguments.0.value=/${FULL_ZOD_SELECTOR}/]`, message: fullZodMessage },
  {
    selector: `ImportDeclaration[source.value='zod/mini'][importKind!='type'] > ImportSpecifier[imported.name='z'][importKind!='type']`,
    message: "Import zod/mini as a namespace (`import * as z from 'zod/mini'`): `import { z }` keeps all of it in the bundle.",
  },
];

const fullZodImports = { patterns: [{ regex: FULL_ZOD, message: fullZodMessage }] };

export default defineConfig(
  // What git ignores (build output, local data, screenshots of failed browser tests) is not linted.
  { ignores: ['node_modules/', 'cdk.out/', '.local/', 'coverage/', 'bench/.out/', 'bench/.scratch/', 'docs/', 'web/dist/', 'test/web/.screens/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The same convention as tsc's noUnusedLocals/noUnusedParameters: a leading underscore marks a
      // name left unused on purpose (`({ key: _key, ...rest }) => rest`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // The text schemas and the document policy reject control characters on purpose, by a character
      // class of them; that is the one thing this rule reports.
      'no-control-regex': 'off',
    },
  },
  {
    // Harness code: tests, the bench and the scripts read JSON bodies loosely, and tests load fresh
    // module copies with require() inside jest.isolateModules.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['scripts/local/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // The few configuration files in plain JavaScript run on Node (TypeScript files need no globals:
    // the compiler checks names, and typescript-eslint turns no-undef off for them).
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly' } },
  },
  { files: ['**/*.{js,cjs}'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: PRODUCT,
    rules: {
      'no-restricted-imports': ['error', fullZodImports],
      'no-restricted-syntax': ['error', ...fullZodSyntax],
    },
  },
  {
    files: REQUEST_PATH,
    rules: {
      // A later config object replaces a rule's options rather than merging them: repeat zod's.
      'no-restricted-syntax': ['error', ...fullZodSyntax, ...noScanSyntax],
    },
  },
);
