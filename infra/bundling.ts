/** How every Lambda function is bundled, declared once: the CDK `BundledFunction` construct
 * (infra/constructs/bundled-function.ts) passes these to `NodejsFunction`'s `bundling`, and the
 * benchmark and the bundle tests build the very same bundles with esbuild's API.
 *
 * Kept free of aws-cdk-lib and esbuild so both sides can read it cheaply.
 * `esbuildOptions` spells out what `NodejsFunction` turns `FUNCTION_BUNDLING` into (aws-cdk-lib
 * 2.276, `Bundling.buildEsbuildArgs`): `--bundle --target=nodeNN --platform=node --format=esm
 * --outfile=…/index.mjs --minify --sourcemap --sources-content=false --log-level=error
 * --banner:js=… --main-fields=module,main --alias:…`, and no `--external` since `bundleAwsSDK` is set. */
import { join } from 'node:path';

/** Some bundled dependencies are CommonJS and call `require`, which ESM does not define. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __kukarCreateRequire } from 'node:module'; const require = __kukarCreateRequire(import.meta.url);";

/** Node built-ins that every bundle takes from a stand-in instead (infra/shims/middy-streaming.ts):
 * only @middy/core imports them, for response streaming we never switch on, and binding them costs
 * every cold start about 4 %. Absolute, so esbuild finds the shim whatever its working directory. */
const MIDDY_STREAMING_SHIM = join(__dirname, 'shims', 'middy-streaming.ts');
export const BUNDLE_ALIASES: Readonly<Record<string, string>> = {
  'node:stream/web': MIDDY_STREAMING_SHIM,
  'node:stream/promises': MIDDY_STREAMING_SHIM,
};

/** The `bundling` props of every function, in `NodejsFunction`'s vocabulary. `format` and `logLevel`
 * are the string values of CDK's `OutputFormat.ESM` and `LogLevel.ERROR` (cast them there). */
export const FUNCTION_BUNDLING = {
  format: 'esm',
  banner: ESM_REQUIRE_BANNER,
  mainFields: ['module', 'main'],
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  // The SDK versions the tests ran against ship with the code, rather than whatever the runtime
  // happens to provide.
  bundleAwsSDK: true,
  logLevel: 'error',
  esbuildArgs: { '--alias': Object.entries(BUNDLE_ALIASES).map(([from, to]) => `${from}=${to}`) },
} as const;

/** The Lambda runtime's Node major (`NODEJS_24_X`); CDK derives esbuild's target from it. */
export const LAMBDA_NODE_MAJOR = 24;

/** The file name `NodejsFunction` gives an ESM bundle. */
export const BUNDLE_FILE = 'index.mjs';

/** esbuild build options equal to the command line `NodejsFunction` runs for `FUNCTION_BUNDLING`.
 * `nodeMajor` is the runtime's (24 in AWS); the benchmark passes the Node it runs on. */
export const esbuildOptions = (entry: string, outfile: string, nodeMajor = LAMBDA_NODE_MAJOR) => ({
  entryPoints: [entry],
  outfile,
  bundle: true,
  target: `node${nodeMajor}`,
  platform: 'node' as const,
  format: FUNCTION_BUNDLING.format,
  minify: FUNCTION_BUNDLING.minify,
  sourcemap: FUNCTION_BUNDLING.sourceMap,
  sourcesContent: FUNCTION_BUNDLING.sourcesContent,
  mainFields: [...FUNCTION_BUNDLING.mainFields],
  banner: { js: FUNCTION_BUNDLING.banner },
  logLevel: FUNCTION_BUNDLING.logLevel,
  alias: { ...BUNDLE_ALIASES },
  external: [] as string[],
});
