/** CSV exports for the secretariat's spreadsheets: UTF-8 with a byte-order mark. */
import { playEdition } from '#scripts/demo/play-edition';
import type { LocalStack } from '#scripts/local/stack';
import { api, startTestStack } from '#test/support/stack';

let stack: LocalStack;
let http: ReturnType<typeof api>;
let admin: string;
beforeAll(async () => {
  stack = await startTestStack();
  http = api(stack);
  await playEdition(stack.url, () => undefined);
  admin = await http.token('brida-admin', ['admin']);
}, 120_000);
afterAll(() => stack.stop());

const BOM = '\uFEFF';
const csv = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(stack.url + path, { headers: { authorization: `Bearer ${admin}`, ...headers } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes, text: bytes.toString('utf8') };
};

test('the compliance report as CSV (Accept: text/csv) starts with a BOM and lists every institution', async () => {
  const answer = await csv('/editions/pik-2023/compliance', { accept: 'text/csv' });
  expect(answer.status).toBe(200);
  expect(answer.type).toMatch(/^text\/csv; charset=utf-8/);
  expect(answer.disposition).toMatch(/attachment; filename="kepatuhan-pik-2023.csv"/);
  expect([...answer.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = answer.text.slice(BOM.length).trim().split('\n');
  expect(lines[0]).toBe('institutionId,name,type,registered,submitted,compliant');
  expect(lines).toHaveLength(1 + 17);
  expect(lines).toContain('opd-brida,Badan Riset dan Inovasi Daerah,OPD,1,1,true');
});

test('the final ranking as CSV (?format=csv) has one row per entry with its figures and titles', async () => {
  const answer = await csv('/editions/pik-2023/rankings/final?format=csv');
  expect(answer.status).toBe(200);
  const [head, ...rows] = answer.text.slice(BOM.length).trim().split('\n');
  expect(head).toBe('category,rank,place,innovationId,title,institutionId,score,assessment,verificationResult,verificationScore,presentation,tie,reason,why');
  const json = (await http.call('GET', '/editions/pik-2023/rankings/final', { token: admin })).body;
  expect(rows).toHaveLength(Object.values(json.categories as Record<string, unknown[]>).flat().length);
  expect(rows.some((r) => r.startsWith('OPD,1,1,') && r.includes('SIDARLING: Sistem Data Riset Lingkungan'))).toBe(true);
  expect(rows.some((r) => r.includes('NOT_VERIFIED'))).toBe(true);
});

test('the nomination ranking of one category as CSV', async () => {
  const answer = await csv('/editions/pik-2023/rankings/nomination?format=csv&category=GURU');
  const rows = answer.text.slice(BOM.length).trim().split('\n').slice(1);
  expect(rows).toHaveLength(3);
  expect(rows.every((r) => r.startsWith('GURU,'))).toBe(true);
});

test("why a row is left out is worded in the reader's language beside the stored English reason", async () => {
  const answer = await csv('/editions/pik-2023/rankings/nomination?format=csv&category=SISWA', { 'accept-language': 'id' });
  const row = answer.text.split('\n').find((r) => r.includes('Aplikasi Absensi Sidik Jari Siswa'));
  expect(row).toMatch(/disqualified \(objection upheld\),didiskualifikasi \(sanggahan diterima\)\r?$/);
});

test('JSON stays the default', async () => {
  const answer = await http.call('GET', '/editions/pik-2023/compliance', { token: admin });
  expect(answer.headers.get('content-type')).toMatch(/application\/json/);
  expect(answer.body.total).toBe(17);
});
