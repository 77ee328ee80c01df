/** The local stack serves the built web app beside the API: files from web/dist (hashed assets cached
 * for good, index.html not), index.html for any other page address asked for as HTML, and the API's
 * own answer for its routes whatever the Accept header says. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalStack } from '#scripts/local/stack';
import { WEB_DIST } from '#scripts/local/web-app';
import { startWebStack } from '#test/support/browser';

let stack: LocalStack;
beforeAll(async () => {
  stack = await startWebStack();
});
afterAll(() => stack?.stop());

const get = (path: string, accept = 'text/html,application/xhtml+xml,*/*;q=0.8') => fetch(stack.url + path, { headers: { accept } });

test('the home page is index.html, never cached', async () => {
  const res = await get('/');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(await res.text()).toContain('<div id="app">');
});

test('hashed assets are cached for good, with their type', async () => {
  const js = readdirSync(join(WEB_DIST, 'assets')).find((f) => f.endsWith('.js'))!;
  const res = await get(`/assets/${js}`, '*/*');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test("a page address asked for as HTML gets index.html (the app's router takes over)", async () => {
  for (const path of ['/inovasi/6f1c0d7e-0000-4000-8000-000000000000/dokumen', '/hasil', '/tidak-ada']) {
    const res = await get(path);
    expect([path, res.status, res.headers.get('content-type')]).toEqual([path, 200, 'text/html; charset=utf-8']);
  }
});

test('API routes answer as the API even when a browser asks for HTML; unknown files are 404', async () => {
  const edition = await get('/editions/pik-2023');
  expect(edition.headers.get('content-type')).toMatch(/^application\/json/);
  expect(((await edition.json()) as { id: string }).id).toBe('pik-2023');
  const missing = await get('/assets/none.js', '*/*');
  expect(missing.status).toBe(404);
  expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
});
