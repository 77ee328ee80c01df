/** Browser tests: Debian's Chromium driven by playwright-core against a local stack that serves the
 * built web app (jest's global setup builds it), with the checks every page gets: axe-core's WCAG 2.1
 * AA rules and no sideways scrolling on a phone. */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { WEB_DIST } from '#scripts/local/web-app';
import type { LocalStack } from '#scripts/local/stack';
import { api, startTestStack, type Http } from './stack';

/** What runs inside the page (the tests' own type-check has no DOM library). */
export type InPage = {
  document: { activeElement: unknown; documentElement: { scrollWidth: number } };
  innerWidth: number;
  localStorage: { setItem(k: string, v: string): void; getItem(k: string): string | null };
};

/** Where the web app keeps a local sign-in (web/src/auth/local-sign-in.ts). */
export const SESSION_KEY = 'pik.session';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-dev-shm-usage', '--disable-component-update', '--no-first-run'],
  });

export const startWebStack = (): Promise<LocalStack> => startTestStack({ webDist: WEB_DIST });

/** A cheap phone: 360 px wide, Indonesian, WITA. */
export const phone = async (browser: Browser, opts: { width?: number } = {}): Promise<BrowserContext> => {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 360, height: 740 }, locale: 'id-ID', timezoneId: 'Asia/Makassar', deviceScaleFactor: 1 });
  // A page of this app answers within a second on loopback: waiting longer only hides the failure.
  context.setDefaultTimeout(8_000);
  return context;
};

/** axe-core's WCAG 2.1 A and AA rules find nothing on the page as it is now. */
export const expectAccessible = async (page: Page): Promise<void> => {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
};

/** Nothing sticks out sideways (the page scrolls only up and down). */
export const expectNoSideScroll = async (page: Page): Promise<void> => {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: (globalThis as unknown as InPage).document.documentElement.scrollWidth, innerWidth: (globalThis as unknown as InPage).innerWidth }));
  if (scrollWidth > innerWidth) {
    const wide = await page.evaluate((width) => {
      const d = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<{ tagName: string; className: string; getBoundingClientRect(): { right: number } }> } }).document;
      return Array.from(d.querySelectorAll('body *')).filter((e) => e.getBoundingClientRect().right > width).map((e) => `${e.tagName}.${e.className}`);
    }, innerWidth);
    throw new Error(`${page.url()} scrolls sideways (${scrollWidth} > ${innerWidth} px): ${wide.slice(0, 5).join(', ')}`);
  }
};

/** Both checks, once the page's heading is there. */
export const checkPage = async (page: Page): Promise<void> => {
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await expectNoSideScroll(page);
  await expectAccessible(page);
};

/** Presses Tab until `target` has the focus, as someone without a mouse would. */
export const tabTo = async (page: Page, target: Locator, maxPresses = 80): Promise<void> => {
  await target.waitFor();
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === (globalThis as unknown as InPage).document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target}`);
};

/** Tabs to a control and presses a key on it: the keyboard alone, as a journey must work. */
export const pressOn = async (page: Page, target: Locator, key = 'Enter'): Promise<void> => {
  await tabTo(page, target);
  await page.keyboard.press(key);
};

/** Where the browser tests leave their screenshots (git ignores it). */
export const SCREENS = join(__dirname, '..', 'web', '.screens');

/** What the page showed at the end of each test of the file, to look at when one fails. */
export const screenshotAfterEach = (page: () => Page | undefined): void => {
  afterEach(async () => {
    await page()
      ?.screenshot({ path: join(SCREENS, `${expect.getState().currentTestName?.slice(0, 40)}.png`), fullPage: true })
      .catch(() => undefined);
  });
};

/** What a browser test file works with: the local stack serving the web app, its API, Chromium. */
export interface WebSession {
  stack: LocalStack;
  http: Http;
  browser: Browser;
}

/** A browser test file's set-up: `start()` (in the file's beforeAll) starts the stack and Chromium,
 * `phonePage()` opens the phone's page once the data are in place; a screenshot after each test,
 * and both closed after the file. */
export const useWebSession = () => {
  let session: WebSession | undefined;
  let page: Page | undefined;
  screenshotAfterEach(() => page);
  afterAll(async () => {
    await session?.browser.close();
    await session?.stack.stop();
  });
  return {
    start: async (): Promise<WebSession> => {
      const [stack, browser] = await Promise.all([startWebStack(), launchBrowser()]);
      session = { stack, http: api(stack), browser };
      return session;
    },
    phonePage: async (): Promise<Page> => (page = await (await phone(session!.browser)).newPage()),
    /** A screenshot of the phone's page as it is, `<name>-360.png`. */
    shoot: async (name: string): Promise<void> => void (await page!.screenshot({ path: join(SCREENS, `${name}-360.png`), fullPage: true })),
    /** The page at `path` at 1280 px too, in a desktop window signed in as the phone is: both checks
     * (once `ready` has seen what the page loads) and a screenshot `<name>-1280.png`. */
    atDesktop: async (path: string, name: string, ready?: (page: Page) => Promise<void>): Promise<void> => {
      const desk = await phone(session!.browser, { width: 1280 });
      const signedIn = await page!.evaluate((key) => (globalThis as unknown as InPage).localStorage.getItem(key), SESSION_KEY);
      if (signedIn) await desk.addInitScript(([k, v]) => (globalThis as unknown as InPage).localStorage.setItem(k, v), [SESSION_KEY, signedIn] as [string, string]);
      const p = await desk.newPage();
      await p.goto(session!.stack.url + path);
      await ready?.(p);
      await checkPage(p);
      await p.screenshot({ path: join(SCREENS, `${name}-1280.png`), fullPage: true });
      await desk.close();
    },
  };
};
