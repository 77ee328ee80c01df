/** The first load of every page of the web app (built by jest's global setup) stays within the
 * brief's 100 kB of gzipped JavaScript and CSS. */
import { FIRST_LOAD_BUDGET_BYTES, firstLoads } from '#scripts/local/web-budget';

const loads = firstLoads();

test('the build has the entry and one chunk per lazily loaded page', () => {
  expect(loads.map((l) => l.page)).toEqual(expect.arrayContaining(['index.html', 'src/pages/register/index.tsx', 'src/pages/documents/index.tsx', 'src/pages/results/index.tsx']));
});

test.each(loads.map((l) => [l.page, l] as const))('%s: first load within 100 kB gzipped', (_, load) => {
  expect(load.gzipBytes).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
});
