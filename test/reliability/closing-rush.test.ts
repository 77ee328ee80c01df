/** Issue 6: the closing-minute rush of `npm run load`, small enough for every test run: 20
 * participants register, upload and submit at once a minute before registration closes, three of
 * them only after midnight, and five latecomers try to register after it. */
import { formatReport, runClosingRush } from '#scripts/load/closing-rush';
import { startTestStack } from '#test/support/stack';

test('every acknowledged submission is stored, nothing else is, and nothing is accepted after the close', async () => {
  const started = Date.now();
  const report = await runClosingRush({ participants: 20, stragglers: 3, late: 5, start: () => startTestStack() });
  const checks = Object.fromEntries(report.checks.map((c) => [c.name, c.ok]));
  expect([checks, formatReport(report)]).toEqual([Object.fromEntries(report.checks.map((c) => [c.name, true])), expect.any(String)]);
  expect(report.invariantHolds).toBe(true);

  const step = (name: string) => report.steps.find((s) => s.step === name)!;
  expect(step('register').statuses).toEqual({ 201: 20 });
  expect(step('submit').statuses).toEqual({ 200: 17 });
  expect(step('late register').statuses).toEqual({ 409: 5 });
  expect(step('late submit').statuses).toEqual({ 409: 3 });
  expect(report.steps.reduce((n, s) => n + s['5xx'] + s.errors, 0)).toBe(0);
  expect(report.stored).toEqual({ submitted: 17, byStatus: { SUBMITTED: 17, NOT_SUBMITTED: 3 } });
  expect(Date.now() - started).toBeLessThan(30_000);
});
