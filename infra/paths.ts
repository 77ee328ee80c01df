import { join, resolve } from 'node:path';

/** The repository root: functions are bundled from here with the root package-lock.json. */
export const REPO_ROOT = resolve(__dirname, '..');
export const LOCK_FILE = join(REPO_ROOT, 'package-lock.json');
export const handlerEntry = (handler: string): string => join(REPO_ROOT, 'functions', `${handler}.ts`);
/** The built web app (`npm run web:build`), which the Web stack uploads. */
export { WEB_DIST } from '#scripts/local/web-app';
