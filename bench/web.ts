/** The web app's section: each page's first-load size (gzipped JS + CSS, target ≤ 100 kB), and
 * Lighthouse 12 (mobile: simulated slow 4G, 4× CPU slowdown) on the home page and two participant
 * pages, with Debian's Chromium; targets performance ≥ 90 and accessibility 100. A participant page
 * needs a session: Chromium runs with a profile in which the participant signed in, and Lighthouse
 * keeps its storage. Runs only where Chromium is installed. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { signDevToken } from '#scripts/local/dev-tokens';
import { startLocalStack } from '#scripts/local/stack';
import { ensureWebBuilt, WEB_DIST } from '#scripts/local/web-app';
import { FIRST_LOAD_BUDGET_BYTES, firstLoads } from '#scripts/local/web-budget';
import { SAMPLE_PDF, uploadWithPresignedPost, validInnovation } from '#scripts/samples';
import { atMost, kB, log, onExit, type Table, type Verdict } from './support';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumInstalled = (): boolean => existsSync(CHROMIUM_PATH);

const DEBUG_PORT = 9333;

export const webApp = async (endpoints: { dynamodb: string; s3: string }): Promise<{ tables: Table[]; failures: string[] }> => {
  const failures: string[] = [];
  const verdict = (v: Verdict, what: string) => {
    if (v === 'FAIL') failures.push(what);
    return v;
  };
  ensureWebBuilt();
  const sizes: Table = {
    title: '5a. Web app: first load per page',
    note: "Every chunk and stylesheet a page's first load needs (Vite's manifest), gzipped; target ≤ 100 kB.",
    columns: ['page', 'files', 'gzipped JS + CSS', 'verdict'],
    rows: firstLoads().map((l) => [l.page, String(l.files.length), kB(l.gzipBytes), verdict(atMost(l.gzipBytes, FIRST_LOAD_BUDGET_BYTES), `first load of ${l.page}`)]),
  };

  log('web: local stack with the built app, a participant with a draft and its proposal');
  const stack = await startLocalStack({ endpoints, tableName: 'bench-web', bucketName: 'bench-web', webDist: WEB_DIST });
  onExit(() => stack.stop());
  await stack.setClock(new Date('2023-10-12T09:00:00+08:00'));
  const user = { sub: 'peserta-opd-diskominfo', groups: ['participant'], institutionId: 'opd-diskominfo' };
  const token = await signDevToken(stack.secret, user);
  const post = async (path: string, body: unknown) =>
    (await fetch(stack.url + path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) })).json() as Promise<any>;
  const draft = await post('/editions/pik-2023/innovations', validInnovation());
  const doc = await post(`/innovations/${draft.id}/documents`, { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length });
  await uploadWithPresignedPost(doc.upload, SAMPLE_PDF, 'application/pdf');

  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--no-sandbox', `--remote-debugging-port=${DEBUG_PORT}`, '--disable-background-networking', '--disable-dev-shm-usage', '--no-first-run'],
  });
  onExit(async () => {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(stack.url + '/');
  await page.evaluate((t) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('pik.session', t), token);
  await page.goto('about:blank');

  const { default: lighthouse } = (await import('lighthouse')) as unknown as { default: (url: string, flags: object) => Promise<{ lhr: { finalDisplayedUrl: string; categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> } }> };
  const pages = [
    ['home (public)', '/'],
    ['an innovation (participant)', `/inovasi/${draft.id}`],
    ['documents step (participant)', `/inovasi/${draft.id}/dokumen`],
  ];
  const rows: string[][] = [];
  for (const [name, path] of pages) {
    log(`web: Lighthouse on ${path}`);
    const { lhr } = await lighthouse(stack.url + path, { port: DEBUG_PORT, onlyCategories: ['performance', 'accessibility'], disableStorageReset: true, output: 'json', logLevel: 'error' });
    // A participant page without the session would have sent Lighthouse to the sign-in page.
    if (new URL(lhr.finalDisplayedUrl).pathname !== path) throw new Error(`Lighthouse measured ${lhr.finalDisplayedUrl}, not ${path}`);
    const performance = Math.round((lhr.categories.performance?.score ?? 0) * 100);
    const accessibility = Math.round((lhr.categories.accessibility?.score ?? 0) * 100);
    const metric = (id: string) => `${((lhr.audits[id]?.numericValue ?? NaN) / 1000).toFixed(1)} s`;
    rows.push([name!, String(performance), String(accessibility), metric('first-contentful-paint'), metric('largest-contentful-paint'), `${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN)} ms`,
      verdict(performance >= 90 && accessibility === 100 ? 'PASS' : 'FAIL', `Lighthouse on ${name}: performance ${performance}, accessibility ${accessibility}`)]);
  }
  const scores: Table = {
    title: '5b. Web app: Lighthouse 12, mobile (simulated slow 4G, 4× CPU)',
    note: "Debian's Chromium, headless; targets performance ≥ 90, accessibility 100.",
    columns: ['page', 'performance', 'accessibility', 'FCP', 'LCP', 'TBT', 'verdict'],
    rows,
  };
  return { tables: [sizes, scores], failures };
};
