/** Issue 6: concurrency. Optimistic locking and conditional writes decide races: of N writers that
 * read the same version exactly one wins, the others get 409 VERSION_CONFLICT, and what is stored is
 * the winner's change — no lost update, no double count, no phantom audit record. */
import type { LocalStack } from '#scripts/local/stack';
import { seedEdition } from '#shared/domain/seed-edition';
import { SAMPLE_PDF, api, startTestStack, uploadWithPresignedPost, validInnovation, type Answer } from '#test/support/stack';

const N = 12;
let stack: LocalStack;
let http: ReturnType<typeof api>;
let owner: string;
let admin: string;
const EDITION = '/editions/pik-2023';

beforeAll(async () => {
  stack = await startTestStack();
  http = api(stack);
  await http.setClock('2023-10-12T09:00:00+08:00');
  owner = await http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
  admin = await http.token('brida-admin', ['admin']);
});
afterAll(() => stack?.stop());

const statuses = (answers: Answer[]) => answers.map((a) => `${a.status}${a.body?.error ? ` ${a.body.error.code}` : ''}`).sort();
const draft = async (overrides: Record<string, unknown> = {}) => (await http.call('POST', `${EDITION}/innovations`, { token: owner, body: validInnovation(overrides) })).body.id as string;
const read = async (id: string) => (await http.call('GET', `/innovations/${id}`, { token: owner })).body;
const withProposal = async (id: string) => {
  const doc = await http.call('POST', `/innovations/${id}/documents`, { token: owner, body: { kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } });
  expect((await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf')).status).toBeLessThan(300);
};

describe('editing one draft', () => {
  test(`${N} concurrent edits of the same version: exactly one 200, the others 409 VERSION_CONFLICT, the winner's change stored`, async () => {
    const id = await draft();
    const { version } = await read(id);
    const answers = await Promise.all(Array.from({ length: N }, (_, i) => http.call('PATCH', `/innovations/${id}`, { token: owner, body: { title: `Judul versi ${i}`, version } })));
    expect(statuses(answers)).toEqual(['200', ...Array(N - 1).fill('409 VERSION_CONFLICT')]);
    const winner = answers.find((a) => a.status === 200)!;
    const stored = await read(id);
    expect(stored.title).toBe(winner.body.title);
    expect(stored.version).toBe(version + 1);
    expect(stored).toEqual(winner.body);
  });

  test('the same race through If-Match', async () => {
    const id = await draft();
    const answers = await Promise.all(Array.from({ length: N }, (_, i) => http.call('PATCH', `/innovations/${id}`, { token: owner, body: { summary: `Ringkasan ${i}` }, headers: { 'if-match': '"1"' } })));
    expect(statuses(answers)).toEqual(['200', ...Array(N - 1).fill('409 VERSION_CONFLICT')]);
    expect((await read(id)).summary).toBe(answers.find((a) => a.status === 200)!.body.summary);
  });

  test('edits that name no version never overwrite one another unseen: each 200 is its own version, the last one is stored', async () => {
    const id = await draft();
    const answers = await Promise.all(Array.from({ length: N }, (_, i) => http.call('PATCH', `/innovations/${id}`, { token: owner, body: { problem: `Masalah ${i}` } })));
    expect(answers.every((a) => a.status === 200 || (a.status === 409 && a.body.error.code === 'VERSION_CONFLICT'))).toBe(true);
    const won = answers.filter((a) => a.status === 200).map((a) => a.body);
    expect(new Set(won.map((w) => w.version)).size).toBe(won.length);
    const stored = await read(id);
    expect(stored.version).toBe(1 + won.length);
    expect(stored.problem).toBe(won.find((w) => w.version === stored.version)!.problem);
  });

  test(`${N} concurrent document requests lose no document: every 201 is stored, every refusal is a 409`, async () => {
    const id = await draft();
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => http.call('POST', `/innovations/${id}/documents`, { token: owner, body: { kind: 'PHOTO', fileName: `foto-${i}.jpg`, contentType: 'image/jpeg', size: 1000 } })),
    );
    expect(answers.every((a) => a.status === 201 || (a.status === 409 && a.body.error.code === 'VERSION_CONFLICT'))).toBe(true);
    const issued = answers.filter((a) => a.status === 201).map((a) => a.body.documentId).sort();
    expect(issued.length).toBeGreaterThanOrEqual(1);
    expect((await read(id)).documents.map((d: { documentId: string }) => d.documentId).sort()).toEqual(issued);
  });
});

describe('submitting', () => {
  test(`${N} concurrent submissions of one draft: one 200, the institution counted once`, async () => {
    const compliance = async () =>
      ((await http.call('GET', `${EDITION}/compliance`, { token: admin })).body.institutions as { institutionId: string; submitted: number }[]).find((i) => i.institutionId === 'opd-dinkes')!.submitted;
    const dinkes = await http.token('peserta-dinkes', ['participant'], 'opd-dinkes');
    const id = (await http.call('POST', `${EDITION}/innovations`, { token: dinkes, body: validInnovation({ institutionId: 'opd-dinkes', title: 'Inovasi Dinkes' }) })).body.id;
    const doc = await http.call('POST', `/innovations/${id}/documents`, { token: dinkes, body: { kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } });
    await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf');
    expect(await compliance()).toBe(0);

    const answers = await Promise.all(Array.from({ length: N }, () => http.call('POST', `/innovations/${id}/submit`, { token: dinkes })));
    expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
    expect(answers.every((a) => a.status === 200 || (a.status === 409 && ['VERSION_CONFLICT', 'NOT_DRAFT'].includes(a.body.error.code)))).toBe(true);
    expect(await compliance()).toBe(1);
    expect((await http.call('GET', `/innovations/${id}`, { token: dinkes })).body.status).toBe('SUBMITTED');
  });

  test('concurrent registrations and submissions of one institution by many accounts count every one, once', async () => {
    const tokens = await Promise.all(Array.from({ length: N }, (_, i) => http.token(`peserta-brida-${i}`, ['participant'], 'opd-brida')));
    const created = await Promise.all(tokens.map((token, i) => http.call('POST', `${EDITION}/innovations`, { token, body: validInnovation({ institutionId: 'opd-brida', title: `Inovasi Brida ${i}` }) })));
    expect(created.every((a) => a.status === 201)).toBe(true);
    await Promise.all(
      created.map(async (c, i) => {
        const doc = await http.call('POST', `/innovations/${c.body.id}/documents`, { token: tokens[i], body: { kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } });
        await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf');
      }),
    );
    const submitted = await Promise.all(created.map((c, i) => http.call('POST', `/innovations/${c.body.id}/submit`, { token: tokens[i] })));
    // Every one is its own innovation; a contended tally may only ever answer 503 (retry), never lose a count.
    expect(submitted.every((a) => a.status === 200 || a.status === 503)).toBe(true);
    const report = (await http.call('GET', `${EDITION}/compliance`, { token: admin })).body.institutions as { institutionId: string; registered: number; submitted: number }[];
    const brida = report.find((i) => i.institutionId === 'opd-brida')!;
    expect(brida.registered).toBe(N);
    expect(brida.submitted).toBe(submitted.filter((a) => a.status === 200).length);
  });
});

describe('scoring', () => {
  const criteria = (value: number) => Object.fromEntries(seedEdition.rubric.assessment.map((c) => [c.key, value]));
  let judge: string;
  let entries: string[];

  beforeAll(async () => {
    entries = [await draft({ title: 'Entri A' }), await draft({ title: 'Entri B' })];
    for (const id of entries) {
      await withProposal(id);
      expect((await http.call('POST', `/innovations/${id}/submit`, { token: owner })).status).toBe(200);
    }
    await http.setClock('2023-10-15T09:00:00+08:00');
    expect((await http.call('PUT', `${EDITION}/assignments`, { token: admin, body: { assignments: [{ userId: 'juri-1', role: 'jury', categories: ['OPD'] }] } })).status).toBe(200);
    await http.setClock('2023-11-02T09:00:00+08:00');
    judge = await http.token('juri-1', ['jury']);
  });

  const score = (id: string, body: Record<string, unknown>) => http.call('PUT', `/innovations/${id}/scores/assessment`, { token: judge, body });
  const audit = async (id: string) =>
    ((await http.call('GET', `/innovations/${id}/audit?limit=100`, { token: admin })).body.items as { action: string }[]).filter((r) => r.action === 'SCORE_ASSESSMENT');

  test(`${N} concurrent first scores by one judge: one 201 creates it, no second score appears`, async () => {
    const answers = await Promise.all(Array.from({ length: N }, (_, i) => score(entries[0], { criteria: criteria(1 + (i % 5)) })));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.every((a) => [200, 201].includes(a.status) || (a.status === 409 && a.body.error.code === 'VERSION_CONFLICT'))).toBe(true);
    const stored = (await http.call('GET', `/innovations/${entries[0]}/scores/assessment`, { token: judge })).body.items;
    expect(stored).toHaveLength(1);
    const won = answers.filter((a) => a.status < 300).map((a) => a.body);
    expect(stored[0]).toEqual(won.find((w) => w.version === stored[0].version));
    expect(await audit(entries[0])).toHaveLength(won.length);
  });

  test(`${N} concurrent revisions of the same version by one judge: one 200, the others 409, the winner's criteria stored`, async () => {
    expect((await score(entries[1], { criteria: criteria(3) })).status).toBe(201);
    const answers = await Promise.all(Array.from({ length: N }, (_, i) => score(entries[1], { criteria: { ...criteria(3), kebaruan: 1 + (i % 5) }, comment: `revisi ${i}`, version: 1 })));
    expect(statuses(answers)).toEqual(['200', ...Array(N - 1).fill('409 VERSION_CONFLICT')]);
    const winner = answers.find((a) => a.status === 200)!.body;
    const stored = (await http.call('GET', `/innovations/${entries[1]}/scores/assessment`, { token: judge })).body.items;
    expect(stored).toEqual([winner]);
    expect(stored[0].version).toBe(2);
    expect(await audit(entries[1])).toHaveLength(2);
  });
});
