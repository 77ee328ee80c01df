/** One DynamoDB Local and one s3rver per test run, on free loopback ports. Test files isolate
 * themselves with their own table and bucket names (see `test/support/stack.ts`). The web app is
 * built first when its sources changed (the browser tests and the build-size check read it). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startDynamoDb, startS3, type Engine } from '#scripts/local/engines';
import { ensureWebBuilt } from '#scripts/local/web-app';

declare global {
  var __ENGINES__: Engine[] | undefined;
}

export default async function globalSetup(): Promise<void> {
  ensureWebBuilt();
  const [dynamo, s3] = await Promise.all([startDynamoDb(), startS3({ dataDir: mkdtempSync(join(tmpdir(), 'pik-s3-')) })]);
  globalThis.__ENGINES__ = [dynamo, s3];
  process.env.TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.TEST_S3_ENDPOINT = s3.endpoint;
}
