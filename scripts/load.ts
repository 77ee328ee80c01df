/** `npm run load` — the closing-minute rush against a fresh in-memory local stack (see
 * scripts/load/closing-rush.ts). Prints the report; exits non-zero when the invariant fails.
 * Options: --participants=200 --stragglers=20 --late=50 */
import { formatReport, runClosingRush } from './load/closing-rush';

const arg = (name: string, fallback: number): number => {
  const raw = process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number, not ${raw}`);
  return value;
};

const main = async (): Promise<void> => {
  const participants = arg('participants', 200);
  const report = await runClosingRush({
    participants,
    stragglers: arg('stragglers', Math.round(participants / 10)),
    late: arg('late', 50),
    progress: (line) => console.error(`  … ${line}`),
  });
  console.log(formatReport(report));
  process.exitCode = report.invariantHolds ? 0 : 1;
};

main().catch((err: Error) => {
  console.error(`\n  ✗ the load run failed: ${err.stack ?? err.message}\n`);
  process.exitCode = 2;
});
