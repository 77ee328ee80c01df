/** `npm start` — runs the embedded local stack on http://127.0.0.1:${PORT:-3000}.
 * `npm start -- --fresh` throws away the data kept under .local/ and starts from the seed. */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { toWita } from '#shared/vocabulary/wita';
import { EngineStartError, portIsFree } from './engines';
import { resetDataDir, startLocalStack } from './stack';
import { ensureWebBuilt, WEB_DIST } from './web-app';

const DATA_DIR = resolve(__dirname, '../../.local');

const fail = (message: string): never => {
  console.error(`\n  ✗ ${message}\n`);
  process.exit(1);
};

const main = async (): Promise<void> => {
  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) fail(`PORT=${process.env.PORT} is not a port number`);
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
  } catch {
    fail('Java 17 or newer is needed for DynamoDB Local. On Debian: apt-get install -y openjdk-17-jre-headless');
  }
  if (!(await portIsFree(port))) fail(`Port ${port} on 127.0.0.1 is in use. Stop what uses it or run: PORT=3001 npm start`);
  if (process.argv.includes('--fresh')) resetDataDir(DATA_DIR);

  if (ensureWebBuilt()) console.log('  Web app built (web/dist)');
  const stack = await startLocalStack({ port, dataDir: DATA_DIR, webDist: WEB_DIST }).catch((err: Error) =>
    fail(err instanceof EngineStartError ? err.message : `The local stack did not start: ${err.message}`),
  );
  const { url } = stack;
  console.log(`
  Kukar Innovation Week — local stack
  Web app    ${url}/            (participants: ${url}/masuk)
  API        ${url}            (try: curl ${url}/editions/pik-2023)
  Clock      ${toWita(stack.now())}   (GET|POST ${url}/_local/clock)
  Data       ${DATA_DIR}  (npm start -- --fresh to start over)

  Get a token:
    curl -s -X POST ${url}/_local/token -H 'content-type: application/json' \\
      -d '{"sub":"peserta-1","groups":["participant"],"institutionId":"opd-diskominfo"}'
  `);
  const shutdown = async () => {
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
};

void main();
