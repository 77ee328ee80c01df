/** Issue 5's end-to-end test: the seed edition played from registration to ANNOUNCED through the
 * HTTP API, where every stage boundary happens only because the clock moved. */
import type { LocalStack } from '#scripts/local/stack';
import { SAMPLE_PDF, api, startTestStack, uploadWithPresignedPost, validInnovation } from '#test/support/stack';

let stack: LocalStack;
let http: ReturnType<typeof api>;
beforeAll(async () => {
  stack = await startTestStack();
  http = api(stack);
});
afterAll(() => stack.stop());

const criteria = (keys: string[], value: number) => Object.fromEntries(keys.map((k) => [k, value]));
const ASSESSMENT = ['kebaruan', 'kemanfaatan', 'efektivitas', 'replikasi', 'keberlanjutan', 'kelengkapan'];
const PRESENTATION = ['kebaruan', 'kemanfaatan', 'kolaborasi', 'replikasi', 'penguasaan'];

/** Each entry's quality 1–5: the judges agree on the order, the harsh one scores a point lower. */
const ENTRIES = [
  { key: 'brida', category: 'OPD', institutionId: 'opd-brida', quality: 5 },
  { key: 'kominfo', category: 'OPD', institutionId: 'opd-diskominfo', quality: 4 },
  { key: 'dinkes', category: 'OPD', institutionId: 'opd-dinkes', quality: 3 },
  { key: 'disdik', category: 'OPD', institutionId: 'opd-disdikbud', quality: 4, notVerified: true },
  { key: 'guru-a', category: 'GURU', quality: 4 },
  { key: 'guru-b', category: 'GURU', quality: 5 },
  { key: 'guru-c', category: 'GURU', quality: 2 },
];

test('the seed edition plays from registration to ANNOUNCED by moving the clock alone', async () => {
  const admin = await http.token('brida-admin', ['admin']);
  const judges = await Promise.all(['juri-keras', 'juri-lunak', 'juri-tengah'].map((j) => http.token(j, ['jury'])));
  const verifier = await http.token('verifikator-1', ['verifier']);
  const ids: Record<string, string> = {};

  const early = await http.setClock('2023-10-10T23:59:59+08:00');
  expect(early.body.fired).toEqual([]);
  const opened = await http.setClock('2023-10-12T08:00:00+08:00');
  expect(opened.body.fired).toEqual([expect.objectContaining({ boundary: 'REGISTRATION', result: 'done' })]);

  for (const e of ENTRIES) {
    const token = await http.token(`peserta-${e.key}`, ['participant'], e.institutionId);
    const body = validInnovation({ title: `Inovasi ${e.key}`, category: e.category, ...(e.institutionId ? { institutionId: e.institutionId } : { institutionId: undefined, affiliation: 'SDN 001 Tenggarong' }) });
    const created = await http.call('POST', '/editions/pik-2023/innovations', { token, body });
    expect(created.status).toBe(201);
    ids[e.key] = created.body.id;
    const doc = await http.call('POST', `/innovations/${created.body.id}/documents`, { token, body: { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } });
    expect((await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf')).status).toBeLessThan(300);
    expect((await http.call('POST', `/innovations/${created.body.id}/submit`, { token })).status).toBe(200);
  }
  const lateToken = await http.token('peserta-dpmptsp', ['participant'], 'opd-dpmptsp');
  const draft = await http.call('POST', '/editions/pik-2023/innovations', { token: lateToken, body: validInnovation({ institutionId: 'opd-dpmptsp', title: 'Draf yang tak pernah dikirim' }) });

  const screening = await http.setClock('2023-10-15T09:00:00+08:00');
  expect(screening.body.fired.map((f: { boundary: string }) => f.boundary)).toEqual(['SCREENING']);
  expect((await http.call('GET', `/innovations/${draft.body.id}`, { token: admin })).body.status).toBe('NOT_SUBMITTED');
  const panel = await http.call('PUT', '/editions/pik-2023/assignments', {
    token: admin,
    body: {
      assignments: [
        ...['juri-keras', 'juri-lunak', 'juri-tengah'].map((userId) => ({ userId, role: 'jury', categories: ['OPD', 'GURU'] })),
        { userId: 'verifikator-1', role: 'verifier', categories: ['OPD', 'GURU'] },
      ],
      conflicts: [],
    },
  });
  expect(panel.status).toBe(200);

  const assessment = await http.setClock('2023-11-02T09:00:00+08:00');
  expect(assessment.body.fired.map((f: { boundary: string }) => f.boundary)).toEqual(['ASSESSMENT']);
  for (const e of ENTRIES)
    for (const [j, token] of judges.entries()) {
      const severity = j === 0 ? -1 : 0;
      const score = Math.min(5, Math.max(1, e.quality + severity));
      expect((await http.call('PUT', `/innovations/${ids[e.key]}/scores/assessment`, { token, body: { criteria: criteria(ASSESSMENT, score) } })).status).toBe(201);
    }

  const nomination = await http.setClock('2023-11-20T12:00:00+08:00');
  expect(nomination.body.fired.map((f: { boundary: string }) => f.boundary)).toEqual(['NOMINATION']);
  for (const e of ENTRIES) expect((await http.call('GET', `/innovations/${ids[e.key]}`, { token: admin })).body.status).toBe('NOMINATED');

  expect((await http.setClock('2023-11-21T09:00:00+08:00')).body.fired).toEqual([expect.objectContaining({ boundary: 'FIELD_VERIFICATION' })]);
  for (const e of ENTRIES) {
    const body = { result: e.notVerified ? 'NOT_VERIFIED' : 'VERIFIED', score: e.notVerified ? 0 : e.quality * 20, findings: 'Kunjungan lapangan selesai.' };
    expect((await http.call('PUT', `/innovations/${ids[e.key]}/verification`, { token: verifier, body })).status).toBe(201);
  }

  expect((await http.setClock('2023-11-28T09:00:00+08:00')).body.fired).toEqual([expect.objectContaining({ boundary: 'PRESENTATION' })]);
  for (const e of ENTRIES.filter((x) => !x.notVerified))
    for (const token of judges.slice(1))
      expect((await http.call('PUT', `/innovations/${ids[e.key]}/scores/presentation`, { token, body: { criteria: criteria(PRESENTATION, e.quality) } })).status).toBe(201);
  const refused = await http.call('PUT', `/innovations/${ids.disdik}/scores/presentation`, { token: judges[1], body: { criteria: criteria(PRESENTATION, 5) } });
  expect(refused.status).toBe(409);

  const decided = await http.setClock('2023-12-09T00:00:00+08:00');
  expect(decided.body.fired.map((f: { boundary: string }) => f.boundary)).toEqual(['WINNER_DETERMINATION']);
  expect((await http.call('GET', '/editions/pik-2023/results')).body.winners).toEqual({}); // nominees only until announced
  expect((await http.call('POST', '/editions/pik-2023/announcement', { token: admin })).status).toBe(200);

  const results = await http.call('GET', '/editions/pik-2023/results');
  expect(results.status).toBe(200);
  const winners = (code: string) => results.body.winners[code].map((w: { place: number; innovationId: string }) => [w.place, w.innovationId]);
  expect(winners('OPD')).toEqual([[1, ids.brida], [2, ids.kominfo], [3, ids.dinkes]]);
  expect(winners('GURU')).toEqual([[1, ids['guru-b']], [2, ids['guru-a']], [3, ids['guru-c']]]);
  expect(JSON.stringify(results.body)).not.toMatch(/juri-/);
  expect((await http.call('GET', '/editions/pik-2023')).body.currentStage).toBe('ANNOUNCED');
});
