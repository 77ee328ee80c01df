/** The Cognito sign-in seam in the browser, against a local OpenID Connect provider standing in for
 * managed login: the same build as every stage, told by its `/config.json` to sign in with an
 * authorization code and PKCE (oidc-client-ts), under the site's content security policy (as
 * CloudFront sends it, with the provider as the managed-login origin). Signing in comes back signed in to "Inovasi saya",
 * whose API call carries the provider's ID token — which the local stack accepts only through the
 * claims parser the Lambdas use (`token_use: id`); signing out revokes the refresh token, ends the
 * provider's session and comes back signed out. At 360 and 1280 px. */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import type { LocalStack } from '#scripts/local/stack';
import { CONFIG_PATH, type SiteConfig } from '#web/src/site-config';
import { checkPage, launchBrowser, phone, SCREENS } from '#test/support/browser';
import { startOidcProvider, type OidcProvider } from '#test/support/oidc-provider';
import { WEB_DIST } from '#scripts/local/web-app';
import { contentSecurityPolicy } from '#infra/constructs/site-distribution';
import { engineEndpoints, startTestStack } from '#test/support/stack';

jest.setTimeout(120_000);

const CLIENT_ID = 'kukar-web-test';
const CLAIMS = { sub: 'peserta-cognito', 'cognito:groups': ['participant'], 'custom:institutionId': 'opd-diskominfo' };

let provider: OidcProvider;
let stack: LocalStack;
let browser: Browser;
let config: SiteConfig;

/** The site's policy with the provider in managed login's place; loopback is plain HTTP, so without
 * the upgrade of http: requests (CloudFront serves HTTPS only). */
const policy = () =>
  contentSecurityPolicy({ documentsOrigin: new URL(engineEndpoints().s3).origin, signInOrigin: provider.issuer })
    .split('; ')
    .filter((d) => d !== 'upgrade-insecure-requests')
    .join('; ');

beforeAll(async () => {
  provider = await startOidcProvider(CLAIMS);
  [stack, browser] = await Promise.all([
    startTestStack({
      webDist: WEB_DIST,
      trustedIssuer: { issuer: provider.issuer, audience: CLIENT_ID, jwksUri: provider.jwksUri },
      // Read at request time: the stack's address is known once it listens.
      documents: { [CONFIG_PATH]: () => config },
      webHeaders: { 'content-security-policy': policy() },
    }),
    launchBrowser(),
  ]);
  config = {
    signIn: 'cognito',
    apiUrl: '',
    region: 'ap-southeast-3',
    userPoolId: 'ap-southeast-3_local',
    clientId: CLIENT_ID,
    issuer: provider.issuer,
    signInOrigin: provider.issuer,
    redirectUri: `${stack.url}/masuk/selesai`,
    postLogoutRedirectUri: `${stack.url}/`,
  };
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  await provider?.stop();
});

/** The page's localStorage entries (the tests' own type-check has no DOM library). */
const storedEntries = (page: Page): Promise<[string, string][]> =>
  page.evaluate(() => Object.entries((globalThis as unknown as { localStorage: Record<string, string> }).localStorage));

const payloadOf = (jwt: string): Record<string, unknown> => JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

describe.each([360, 1280])('at %i px', (width) => {
  let context: BrowserContext;
  let page: Page;
  const refused: string[] = [];
  const discovery: string[] = [];
  beforeAll(async () => {
    context = await phone(browser, { width });
    // A clock the test can move, so a token's hour can pass in a moment.
    await context.clock.install();
    page = await context.newPage();
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && refused.push(m.text()));
    page.on('request', (r) => r.url().includes('/.well-known/') && discovery.push(r.url()));
  });
  afterEach(() => expect(refused).toEqual([]));
  afterAll(() => context?.close());

  test('the sign-in page says where it sends the person, with a button should the browser stay', async () => {
    const authorize = `${provider.issuer}/oauth2/authorize**`;
    // A 204 leaves the browser on the page (as a slow network would, for a while).
    await page.route(authorize, (route) => route.fulfill({ status: 204 }));
    const answer = await page.goto(`${stack.url}/masuk`);
    expect(answer!.headers()['content-security-policy']).toBe(policy());
    await page.getByRole('button', { name: 'Lanjut ke halaman masuk' }).waitFor();
    await checkPage(page);
    await page.screenshot({ path: join(SCREENS, `cognito-${width}-0-sign-in-page.png`), fullPage: true });
    await page.unroute(authorize);
  });

  test('signs in through the provider with a code and PKCE, and the API gets the ID token', async () => {
    await page.goto(`${stack.url}/`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.screenshot({ path: join(SCREENS, `cognito-${width}-1-signed-out.png`), fullPage: true });

    const authorize = page.waitForRequest((r) => r.url().startsWith(`${provider.issuer}/oauth2/authorize`));
    const listed = page.waitForRequest((r) => new URL(r.url()).pathname === '/innovations');
    await page.getByRole('navigation').getByRole('link', { name: 'Masuk' }).click();
    const query = new URL((await authorize).url()).searchParams;
    expect(Object.fromEntries(['response_type', 'client_id', 'redirect_uri', 'code_challenge_method', 'lang', 'scope'].map((k) => [k, query.get(k)]))).toEqual({
      response_type: 'code',
      client_id: CLIENT_ID,
      redirect_uri: `${stack.url}/masuk/selesai`,
      code_challenge_method: 'S256',
      lang: 'id',
      scope: 'openid email profile',
    });

    // Back from the provider: signed in, where the person was going, the code gone from the address.
    await page.getByRole('heading', { name: 'Inovasi saya', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/inovasi');
    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: 'Keluar' }).waitFor();
    await expect(nav.getByRole('link', { name: 'Masuk' }).count()).resolves.toBe(0);

    const request: Request = await listed;
    const token = (await request.headerValue('authorization'))!.replace(/^Bearer /, '');
    expect(payloadOf(token)).toMatchObject({ iss: provider.issuer, aud: CLIENT_ID, token_use: 'id', ...CLAIMS });
    expect((await request.response())!.status()).toBe(200);
    // Managed login's endpoints come from the config: no discovery request, nothing the policy lacks.
    expect(discovery).toEqual([]);
    await checkPage(page);
    await page.screenshot({ path: join(SCREENS, `cognito-${width}-2-signed-in.png`), fullPage: true });
  });

  test('the API refuses the access token: only ID tokens name a caller', async () => {
    const stored = (await storedEntries(page)).find(([k]) => k.startsWith('oidc.user:'))?.[1];
    const { access_token: accessToken, id_token: idToken } = JSON.parse(stored!) as { access_token: string; id_token: string };
    const mine = (jwt: string) => fetch(`${stack.url}/innovations`, { headers: { authorization: `Bearer ${jwt}` } }).then((r) => r.status);
    expect(payloadOf(accessToken).token_use).toBe('access');
    await expect(mine(idToken)).resolves.toBe(200);
    await expect(mine(accessToken)).resolves.toBe(401);
  });

  test('renews the session with the refresh token a minute before the ID token ends', async () => {
    const tokenOf = async (r: Request) => (await r.headerValue('authorization'))!.replace(/^Bearer /, '');
    const first = page.waitForRequest((r) => new URL(r.url()).pathname === '/innovations');
    await page.reload();
    const before = await tokenOf(await first);
    const refreshed = page.waitForRequest((r) => r.url() === `${provider.issuer}/oauth2/token` && /grant_type=refresh_token/.test(r.postData() ?? ''));
    await page.clock.fastForward('59:10');
    await (await refreshed).response();
    // The client stores the new session a moment after the response: the next request must carry it.
    await page.waitForFunction(
      (old) =>
        Object.entries((globalThis as unknown as { localStorage: Record<string, string> }).localStorage).some(
          ([key, value]) => key.startsWith('oidc.user:') && (JSON.parse(value) as { id_token?: string }).id_token !== old,
        ),
      before,
    );
    // Still signed in, with a new ID token that the API takes.
    await page.getByRole('navigation').getByRole('link', { name: 'Beranda' }).click();
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    const again = page.waitForRequest((r) => new URL(r.url()).pathname === '/innovations');
    await page.getByRole('navigation').getByRole('link', { name: 'Inovasi saya' }).click();
    const after = await again;
    expect(await tokenOf(after)).not.toBe(before);
    expect(payloadOf(await tokenOf(after))).toMatchObject({ token_use: 'id', aud: CLIENT_ID });
    expect((await after.response())!.status()).toBe(200);
    await page.getByRole('navigation').getByRole('button', { name: 'Keluar' }).waitFor();
  });

  test('signs out: the refresh token revoked, the provider\'s session ended, back home signed out', async () => {
    const revoked = page.waitForRequest((r) => r.url() === `${provider.issuer}/oauth2/revoke`);
    const ended = page.waitForRequest((r) => r.url().startsWith(`${provider.issuer}/logout`));
    await page.getByRole('navigation').getByRole('button', { name: 'Keluar' }).click();
    expect(new URLSearchParams((await revoked).postData() ?? '').get('token_type_hint')).toBe('refresh_token');
    expect(new URL((await ended).url()).searchParams.get('logout_uri')).toBe(`${stack.url}/`);
    await page.getByRole('navigation').getByRole('link', { name: 'Masuk' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect((await storedEntries(page)).filter(([k]) => k.startsWith('oidc.user:'))).toEqual([]);
    await page.screenshot({ path: join(SCREENS, `cognito-${width}-3-signed-out-again.png`), fullPage: true });
  });
});
