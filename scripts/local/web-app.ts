/** The web app on the local stack: built with Vite when its sources are newer than the build, and
 * served as static files from the same server as the API. Hashed assets are cached for good;
 * index.html is not cached, so a new build is seen at once; any other GET that accepts HTML gets
 * index.html, where the app's router takes over. */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const WEB_ROOT = resolve(__dirname, '../../web');
export const WEB_DIST = join(WEB_ROOT, 'dist');
/** What the web build reads besides web/ itself. */
const SOURCES = [join(WEB_ROOT, 'src'), join(WEB_ROOT, 'index.html'), join(WEB_ROOT, 'vite.config.ts'), resolve(WEB_ROOT, '../shared'), resolve(WEB_ROOT, '../package-lock.json')];

/** Vite's command (its package exports no path to it). */
const VITE_BIN = resolve(WEB_ROOT, '../node_modules/vite/bin/vite.js');

const newest = (path: string): number => {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  return s.isDirectory() ? Math.max(s.mtimeMs, ...readdirSync(path).map((n) => newest(join(path, n)))) : s.mtimeMs;
};

/** Builds the web app unless the build is newer than every source; answers whether it built. */
export const ensureWebBuilt = (): boolean => {
  const built = join(WEB_DIST, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...SOURCES.map(newest))) return false;
  execFileSync(process.execPath, [VITE_BIN, 'build', '--logLevel', 'warn'], {
    cwd: WEB_ROOT,
    stdio: 'inherit',
    // A production build whoever asks (jest sets NODE_ENV=test, which would keep Preact's debug
    // branches); the config imports the route table (TypeScript), so Vite's notice about its future
    // config loader is noise here.
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  return true;
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

const sendFile = (res: ServerResponse, file: string, cacheControl: string, head: boolean, headers: Record<string, string>): void => {
  res.writeHead(200, {
    ...headers,
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': statSync(file).size,
    'cache-control': cacheControl,
    'x-content-type-options': 'nosniff',
  });
  if (head) res.end();
  else createReadStream(file).pipe(res);
};

/** Serves a GET or HEAD from the built app when it is one of its files, or a page address asked for
 * as HTML, with `headers` added (a test adds the site's content security policy, as CloudFront does);
 * answers false to leave the request to the API. */
export const serveWebApp = (req: IncomingMessage, res: ServerResponse, pathname: string, dist = WEB_DIST, headers: Record<string, string> = {}): boolean => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  const head = req.method === 'HEAD';
  const index = join(dist, 'index.html');
  if (!existsSync(index)) return false;
  const file = normalize(join(dist, decodeURIComponent(pathname)));
  if (file.startsWith(dist + '/') && existsSync(file) && statSync(file).isFile()) {
    const hashed = file.startsWith(join(dist, 'assets') + '/');
    sendFile(res, file, hashed ? 'public, max-age=31536000, immutable' : 'no-cache', head, headers);
    return true;
  }
  if (!(req.headers.accept ?? '').includes('text/html')) return false;
  sendFile(res, index, 'no-cache', head, headers);
  return true;
};
