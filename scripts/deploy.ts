/** `npm run deploy -- --stage prod [more cdk deploy options]` — deploys every stack of a stage, after
 * checking that cdk.json's block for the stage names its account and its alarm recipients (the
 * region has its default, Jakarta): a deploy never lands in whatever account the shell's
 * credentials name, nor in the CLI's default region, nor without anyone hearing the alarms. */
import { App } from 'aws-cdk-lib';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deployProblems, readConfig } from '#infra/config';
import { REPO_ROOT } from '#infra/paths';

const args = process.argv.slice(2);
const at = args.indexOf('--stage');
if (at < 0 || !args[at + 1]) {
  console.error('\n  Usage: npm run deploy -- --stage <stage> [cdk deploy options]\n');
  process.exit(2);
}
const stage = args[at + 1];
const rest = [...args.slice(0, at), ...args.slice(at + 2)];
const { context } = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
const config = readConfig(new App({ context: { ...context, stage } }).node);
const problems = deployProblems(config);
if (problems.length) {
  console.error(`\n  Not deploying:\n${problems.map((p) => `  - ${p}`).join('\n')}\n  See docs/deploy.md, "Configure the stage".\n`);
  process.exit(1);
}
console.log(`Deploying stage "${stage}" to account ${config.account}, region ${config.region}; alarms to ${config.alarmEmails.join(', ')}`);
const cdk = spawnSync('npx', ['cdk', 'deploy', '--all', '-c', `stage=${stage}`, '--require-approval', 'broadening', ...rest], { stdio: 'inherit', cwd: REPO_ROOT });
process.exit(cdk.status ?? 1);
