/** The web app's section: the first load of every route of web/src/main.tsx (gzipped JS + CSS of the
 * entry and the route's page chunk; target ≤ 100 kB for public and participant pages, staff pages
 * shown for information), and Lighthouse 12 (mobile: simulated slow 4G, 4× CPU slowdown) on the home
 * page, two participant pages and the jury's scoring page, with Debian's Chromium: performance,
 * accessibility, LCP and total blocking time; targets performance ≥ 90 and accessibility 100 on the
 * public and participant pages, the same figures reported for information on the jury's. A signed-in
 * page needs a session: Chromium runs with a profile in which the user signed in, and Lighthouse
 * keeps its storage. Runs only where Chromium is installed. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { signDevToken } from '#scripts/local/dev-tokens';
import { startLocalStack } from '#scripts/local/stack';
import { ensureWebBuilt, WEB_DIST } from '#scripts/local/web-app';
import { FIRST_LOAD_BUDGET_BYTES, firstLoads, type PageLoad } from '#scripts/local/web-budget';
import { SAMPLE_PDF, uploadWithPresignedPost, validInnovation } from '#scripts/samples';
import { atMost, kB, log, onExit, type Table, type Verdict } from './support';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumInstalled = (): boolean => existsSync(CHROMIUM_PATH);

const DEBUG_PORT = 9333;

type Audience = 'public' | 'participant' | 'jury' | 'verifier' | 'secretariat' | 'local stack';
/** Who a route serves, by its path: the brief's budget binds the public and participant pages. */
const audienceOf = (path: string): Audience =>
  path.startsWith('/penilaian') ? 'jury'
  : path.startsWith('/verifikasi') ? 'verifier'
  : path.startsWith('/sekretariat') ? 'secretariat'
  : path.startsWith('/kotak-keluar') ? 'local stack'
  : path.startsWith('/inovasi') ? 'participant'
  : 'public';
const budgeted = (a: Audience): boolean => a === 'public' || a === 'participant';

/** Every route of the app's router with the page module it renders, read from web/src/main.tsx so a
 * new page is measured without touching the benchmark. */
const routes = (): { path: string; module: string }[] => {
  const main = readFileSync(resolve(__dirname, '../web/src/main.tsx'), 'utf8');
  const modules = new Map([...main.matchAll(/(?:const (\w+) = lazy\(\(\) => import\('\.\/([^']+)'\)\)|import \{ (\w+) \} from '\.\/(pages\/[^']+)')/g)].map((m) => [m[1] ?? m[3]!, m[2] ?? m[4]!]));
  return [...main.matchAll(/<Route (?:path="([^"]+)"|default) component=\{(\w+)\}/g)].map((m) => ({ path: m[1] ?? '(any other path)', module: modules.get(m[2]!)! }));
};

/** The first load of a route: the entry's own (the home page is in it) or its page chunk's. */
const loadOf = (loads: PageLoad[], module: string): PageLoad => {
  const src = `src/${module}`;
  const page = loads.find((l) => l.page === `${src}.tsx` || l.page.startsWith(`${src}/`));
  if (page) return page;
  const entry = loads[0]!;
  if (!module.startsWith('pages/home')) throw new Error(`no chunk for ${module} in Vite's manifest`);
  return entry;
};

export const webApp = async (endpoints: { dynamodb: string; s3: string }): Promise<{ tables: Table[]; failures: string[] }> => {
  const failures: string[] = [];
  const verdict = (v: Verdict, what: string) => {
    if (v === 'FAIL') failures.push(what);
    return v;
  };
  ensureWebBuilt();
  const loads = firstLoads();
  const sizes: Table = {
    title: '5a. Web app: first load of every route',
    note: "Every chunk and stylesheet a route's first load needs (Vite's manifest: the entry, which holds the home page, and the route's page chunk with what it imports), gzipped. Target ≤ 100 kB for public and participant pages (DESIGN.md); staff pages may load more, later, and are shown for information.",
    columns: ['route', 'audience', 'page module', 'files', 'gzipped JS + CSS', 'target', 'verdict'],
    rows: routes().map(({ path, module }) => {
      const audience = audienceOf(path);
      const load = loadOf(loads, module);
      const v: Verdict = budgeted(audience) ? verdict(atMost(load.gzipBytes, FIRST_LOAD_BUDGET_BYTES), `first load of ${path}`) : 'INFO';
      return [path, audience, load.page, String(load.files.length), kB(load.gzipBytes), budgeted(audience) ? `≤ ${kB(FIRST_LOAD_BUDGET_BYTES)}` : 'information', v];
    }),
  };

  log('web: local stack with the built app, a participant with a draft and a submitted entry');
  const stack = await startLocalStack({ endpoints, tableName: 'bench-web', bucketName: 'bench-web', webDist: WEB_DIST });
  onExit(() => stack.stop());
  await stack.setClock(new Date('2023-10-12T09:00:00+08:00'));
  const participant = await signDevToken(stack.secret, { sub: 'peserta-opd-diskominfo', groups: ['participant'], institutionId: 'opd-diskominfo' });
  const judge = { sub: 'juri-1', token: await signDevToken(stack.secret, { sub: 'juri-1', groups: ['jury'] }) };
  const admin = await signDevToken(stack.secret, { sub: 'sekretariat-brida', groups: ['admin'] });
  const call = async (method: string, path: string, token: string, body?: unknown) => {
    const res = await fetch(stack.url + path, { method, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${await res.text()}`);
    return res.json() as Promise<any>;
  };
  const withProposal = async (title: string) => {
    const entry = await call('POST', '/editions/pik-2023/innovations', participant, validInnovation({ title }));
    const doc = await call('POST', `/innovations/${entry.id}/documents`, participant, { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length });
    await uploadWithPresignedPost(doc.upload, SAMPLE_PDF, 'application/pdf');
    return entry.id as string;
  };
  const draft = await withProposal('Layanan Adminduk Keliling Digital');
  const submitted = await withProposal('Sistem Antrean Puskesmas Daring');
  await call('POST', `/innovations/${submitted}/submit`, participant);

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
  const signIn = async (token: string) => {
    await page.goto(stack.url + '/');
    await page.evaluate((t) => (globalThis as unknown as { localStorage: { setItem(k: string, v: string): void } }).localStorage.setItem('pik.session', t), token);
    await page.goto('about:blank');
  };

  const { default: lighthouse } = (await import('lighthouse')) as unknown as { default: (url: string, flags: object) => Promise<{ lhr: { finalDisplayedUrl: string; categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> } }> };
  const rows: string[][] = [];
  const measure = async (name: string, path: string, binding: boolean) => {
    log(`web: Lighthouse on ${path}`);
    const { lhr } = await lighthouse(stack.url + path, { port: DEBUG_PORT, onlyCategories: ['performance', 'accessibility'], disableStorageReset: true, output: 'json', logLevel: 'error' });
    // A signed-in page without the session would have sent Lighthouse to the sign-in page.
    if (new URL(lhr.finalDisplayedUrl).pathname !== path) throw new Error(`Lighthouse measured ${lhr.finalDisplayedUrl}, not ${path}`);
    const performance = Math.round((lhr.categories.performance?.score ?? 0) * 100);
    const accessibility = Math.round((lhr.categories.accessibility?.score ?? 0) * 100);
    const seconds = (id: string) => `${((lhr.audits[id]?.numericValue ?? NaN) / 1000).toFixed(1)} s`;
    const met = performance >= 90 && accessibility === 100;
    rows.push([name, String(performance), String(accessibility), seconds('largest-contentful-paint'), `${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN)} ms`, seconds('first-contentful-paint'),
      binding ? 'perf ≥ 90, a11y 100' : 'perf ≥ 90, a11y 100 (information)',
      binding ? verdict(met ? 'PASS' : 'FAIL', `Lighthouse on ${name}: performance ${performance}, accessibility ${accessibility}`) : 'INFO']);
  };
  await signIn(participant);
  await measure('home (public)', '/', true);
  await measure('an innovation (participant)', `/inovasi/${draft}`, true);
  await measure('documents step (participant)', `/inovasi/${draft}/dokumen`, true);

  log('web: the panel assigned in screening, the jury scoring page in the assessment');
  await stack.setClock(new Date('2023-10-16T09:00:00+08:00'));
  await call('PUT', '/editions/pik-2023/assignments', admin, { assignments: [{ userId: judge.sub, role: 'jury', categories: ['OPD'] }], conflicts: [] });
  await stack.setClock(new Date('2023-11-02T09:00:00+08:00'));
  await signIn(judge.token);
  await measure("an entry's scoring page (jury)", `/penilaian/${submitted}`, false);

  const scores: Table = {
    title: '5b. Web app: Lighthouse 12, mobile (simulated slow 4G, 4× CPU)',
    note: "Debian's Chromium, headless, on the local stack (same origin); LCP = largest contentful paint, TBT = total blocking time, FCP = first contentful paint. Targets performance ≥ 90 and accessibility 100 bind the public and participant pages; the jury's scoring page (a judge with an assigned, submitted entry during ASSESSMENT) is a staff page and is measured against the same targets for information.",
    columns: ['page', 'performance', 'accessibility', 'LCP', 'TBT', 'FCP', 'target', 'verdict'],
    rows,
  };
  return { tables: [sizes, scores], failures };
};
