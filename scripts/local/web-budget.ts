/** What the first load of each page of the built web app downloads: the entry's chunk and the page's
 * own, with every chunk and stylesheet they import, each gzipped (read from Vite's manifest). The
 * test suite holds every page to the budget; the benchmark reports the figures. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { WEB_DIST } from './web-app';

/** The brief's budget for a public or participant page's first load: compressed JS + CSS. */
export const FIRST_LOAD_BUDGET_BYTES = 100 * 1024;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

export interface PageLoad {
  /** The page's module (`src/pages/home/index.tsx`; the entry for pages inside it). */
  page: string;
  files: string[];
  gzipBytes: number;
}

export const firstLoads = (dist = WEB_DIST): PageLoad[] => {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    const chunk = manifest[key]!;
    if (seen.has(chunk.file)) return seen;
    seen.add(chunk.file);
    for (const css of chunk.css ?? []) seen.add(css);
    for (const i of chunk.imports ?? []) closure(i, seen);
    return seen;
  };
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const [entryKey, entry] = Object.entries(manifest).find(([, c]) => c.isEntry)!;
  const entryFiles = closure(entryKey);
  return [entryKey, ...(entry.dynamicImports ?? [])].map((key) => {
    const files = [...closure(key, new Set(entryFiles))];
    return { page: manifest[key]!.src ?? key, files, gzipBytes: files.reduce((sum, f) => sum + gz(f), 0) };
  });
};
