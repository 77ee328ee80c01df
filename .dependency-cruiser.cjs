/** The arrows that must never exist between the layers (README "How it is built", docs STYLE):
 * the domain is pure, the data layer knows nothing of HTTP, nothing deployable reaches into the CDK
 * app, shared code never reaches up into its callers, and no module takes part in a cycle.
 *
 * `npm run deps` checks functions, shared, infra, scripts, bench and test; any violation fails `npm test`.
 * test/architecture/dependency-rules.test.ts proves each rule reports a fixture that breaks it. */
const path = require('node:path');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-stays-pure',
      comment: 'shared/domain holds the pure rules: it may not depend on the data layer, use cases, contracts, HTTP, handlers, the CDK app or scripts.',
      severity: 'error',
      from: { path: '^shared/domain/' },
      to: { path: '^(shared/data|shared/use-cases|shared/contracts|shared/http|functions|infra|scripts)/' },
    },
    {
      name: 'vocabulary-at-the-bottom',
      comment: "shared/vocabulary holds the competition's words (roles, caller, stages, categories, statuses, time): it depends on nothing else of ours.",
      severity: 'error',
      from: { path: '^shared/vocabulary/' },
      to: { path: '^(shared/(?!vocabulary/)|functions|infra|scripts)' },
    },
    {
      name: 'messages-and-schemas-below-the-rules',
      comment: 'The message catalogue and the wire schemas sit under the rules: they may use the vocabulary (and schemas the catalogue), nothing above.',
      severity: 'error',
      from: { path: '^shared/(messages|schemas)/|^shared/errors\\.ts$' },
      to: { path: '^shared/(domain|data|use-cases|contracts|http)/' },
    },
    {
      name: 'contracts-declare-only',
      comment: 'A route contract is a declaration (schemas, roles, access, sizing): it never reaches the rules, the data layer, use cases or HTTP machinery.',
      severity: 'error',
      from: { path: '^shared/contracts/' },
      to: { path: '^shared/(domain|data|use-cases|http)/' },
    },
    {
      name: 'use-cases-not-to-http',
      comment: 'Use cases orchestrate rules and data; how a request arrives (contracts, HTTP) is above them.',
      severity: 'error',
      from: { path: '^shared/use-cases/' },
      to: { path: '^shared/(contracts|http)/' },
    },
    {
      name: 'functions-not-to-infra',
      comment: 'A handler is deployed code; infra is the CDK app that deploys it (and pulls in aws-cdk-lib).',
      severity: 'error',
      from: { path: '^functions/' },
      to: { path: '^infra/' },
    },
    {
      name: 'data-not-to-http',
      comment: 'The data layer maps aggregates to DynamoDB, S3 and the Scheduler; HTTP concerns (claims, responses) stay in shared/http, and use cases sit above it.',
      severity: 'error',
      from: { path: '^shared/data/' },
      to: { path: '^shared/(http|use-cases)/' },
    },
    {
      name: 'local-stack-not-to-infra',
      comment: 'The local stack runs the handlers as API Gateway would; it reads the route table, not the CDK app.',
      severity: 'error',
      from: { path: '^scripts/local/' },
      to: { path: '^infra/' },
    },
    {
      name: 'shared-not-to-callers',
      comment: 'shared/ is used by handlers, infra, scripts, the bench and tests; it never depends on them.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(functions|infra|scripts|bench|test)/' },
    },
    {
      name: 'web-through-the-contracts',
      comment:
        "The web app runs in a browser: it uses the contracts, schemas, messages, vocabulary and pure rules (and the claims' parser and the request validation), never the data layer, use cases, the HTTP machinery, handlers, infra or scripts — but for the local sign-in's token request and sample users.",
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(shared/(data|use-cases)/|shared/http/(?!(claims|validation|utf8)\\.ts)|functions/|infra/|scripts/(?!local/(dev-tokens|sample-institutions)\\.ts))' },
    },
    {
      name: 'no-circular',
      comment: 'No module takes part in a cycle, type-only imports included (tsPreCompilationDeps keeps them).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'Every import resolves: an import the cruiser cannot resolve would slip past every rule above.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|cdk\\.out|\\.local|coverage)/|^bench/\\.(out|scratch)/' },
    // Type-only imports (`import type`, `import { type X }`) are dependencies too: they count for the
    // layer rules and for cycles.
    tsPreCompilationDeps: true,
    // Resolve as tsc does: module "preserve", moduleResolution "bundler", and any `paths`. Absolute,
    // so the rules' own test can cruise a fixture folder with this configuration.
    tsConfig: { fileName: path.join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    skipAnalysisNotInRules: true,
  },
};
