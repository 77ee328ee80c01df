/** Which paths belong to the API rather than to the web app: the first segment of every route, plus
 * the local stack's own. The dev server proxies these; the web app's own paths are Indonesian words
 * (`/inovasi`, `/hasil`), so a page's address never names an API route. */
import { ROUTES } from '../../../shared/contracts/route-table';

const segments = [...new Set(ROUTES.map((r) => r.path.split('/')[1]!)), '_local', 'openapi.json', 'config.json'];

export const API_PATH_PATTERN = `^/(${segments.map((s) => s.replace(/[.]/g, '\\.')).join('|')})(/|$)`;
