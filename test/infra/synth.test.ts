/** The one test that bundles for real: `npx cdk synth` as the IT team runs it, offline, with no Docker
 * and no AWS credentials, into a temporary directory. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '#infra/paths';

const out = mkdtempSync(join(tmpdir(), 'kukar-cdk-out-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it(
  'synthesizes every stack and bundles every function with the local esbuild',
  () => {
    const env: NodeJS.ProcessEnv = { ...process.env, CDK_DISABLE_CLI_TELEMETRY: 'true', AWS_EC2_METADATA_DISABLED: 'true', DOCKER_HOST: 'unix:///nonexistent' };
    for (const key of ['AWS_PROFILE', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'CDK_DEFAULT_ACCOUNT']) delete env[key];
    const run = spawnSync('npx', ['cdk', 'synth', '--quiet', '--no-notices', '--output', out], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 240_000 });
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });

    for (const stack of ['Kukar-dev-Site', 'Kukar-dev-Data', 'Kukar-dev-Identity', 'Kukar-dev-Schedules', 'Kukar-dev-Api', 'Kukar-dev-Web']) expect(existsSync(join(out, `${stack}.template.json`))).toBe(true);

    // Every Lambda function of every stack points at a bundle: minified ESM that defines `require`, with
    // its source map, and CDK passed the aliases (infra/bundling.ts): middy's streaming built-ins are not bound.
    let bundles = 0;
    for (const stack of ['Kukar-dev-Identity', 'Kukar-dev-Schedules', 'Kukar-dev-Api']) {
      const template = JSON.parse(readFileSync(join(out, `${stack}.template.json`), 'utf8')) as { Resources: Record<string, { Type: string; Metadata?: Record<string, string> }> };
      for (const r of Object.values(template.Resources).filter((r) => r.Type === 'AWS::Lambda::Function')) {
        const dir = join(out, r.Metadata!['aws:asset:path']);
        const code = readFileSync(join(dir, 'index.mjs'), 'utf8');
        expect(code.startsWith("import { createRequire")).toBe(true);
        expect(code).toMatch(/export\s*\{[^}]*as handler/);
        expect(code).not.toMatch(/from\s*"node:stream\/(web|promises)"/);
        expect(statSync(join(dir, 'index.mjs.map')).size).toBeGreaterThan(0);
        bundles += 1;
      }
    }
    expect(bundles).toBeGreaterThan(1);

    // The scheduler's target is bundled like the handlers, and the default synth (now) schedules no
    // boundary of the 2023 seed edition: only the reconciler.
    const schedules = JSON.parse(readFileSync(join(out, 'Kukar-dev-Schedules.template.json'), 'utf8')) as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
    const expressions = Object.values(schedules.Resources).filter((r) => r.Type === 'AWS::Scheduler::Schedule').map((r) => r.Properties.ScheduleExpression);
    expect(expressions).toEqual(['rate(15 minutes)']);
  },
  240_000,
);
