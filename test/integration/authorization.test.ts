/** A valid token is not enough: the role, the ownership of the innovation and the institution the
 * account speaks for decide. Every refusal is 403 and writes nothing. */
import { DURING_REGISTRATION, EDITION, SAMPLE_PDF, draftWithProposal, personalEntry, refusedWithoutWrite, register, setClock, useStack, validInnovation } from './support';

const ctx = useStack();
let owner: string;
let intruder: string;
let jury: string;
let admin: string;
let innovation: string;

beforeAll(async () => {
  await setClock(ctx.http, DURING_REGISTRATION);
  [owner, intruder, jury, admin] = await Promise.all([
    ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo'),
    // Same institution, different person: ownership is per account, not per institution.
    ctx.http.token('peserta-kominfo-2', ['participant'], 'opd-diskominfo'),
    ctx.http.token('juri-1', ['jury']),
    ctx.http.token('brida-admin', ['admin']),
  ]);
  innovation = await draftWithProposal(ctx.http, owner);
});

const expect403 = async (request: () => ReturnType<typeof ctx.http.call>) => {
  const answer = await refusedWithoutWrite(request);
  expect(answer.status).toBe(403);
  expect(answer.body.error.code).toBe('FORBIDDEN');
  return answer;
};

describe('roles', () => {
  test('a jury member cannot register an innovation (403)', async () => {
    const answer = await expect403(() => register(ctx.http, jury));
    expect(answer.body.error.message).toContain('participant');
  });

  test('neither can a verifier, the secretariat, nor an account in no group (403)', async () => {
    const verifier = await ctx.http.token('verifikator-1', ['verifier']);
    const nobody = await ctx.http.token('tanpa-grup', []);
    for (const token of [verifier, admin, nobody]) await expect403(() => register(ctx.http, token));
  });

  test('only the secretariat keeps the institution registry (403 for a participant or a judge)', async () => {
    for (const token of [owner, jury])
      await expect403(() => ctx.http.call('PUT', '/institutions/opd-palsu', { token, body: { name: 'Dinas Palsu', type: 'OPD' } }));
  });

  test('only the secretariat reads the compliance report (403 for a participant)', async () => {
    await expect403(() => ctx.http.call('GET', `${EDITION}/compliance`, { token: owner }));
  });

  test('a jury member with no assignments sees no innovation in the list', async () => {
    const answer = await refusedWithoutWrite(() => ctx.http.call('GET', `${EDITION}/innovations`, { token: jury }));
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([]);
  });

  test('an account in no group lists nothing (403)', async () => {
    await expect403(async () => ctx.http.call('GET', `${EDITION}/innovations`, { token: await ctx.http.token('tanpa-grup', []) }));
  });
});

describe("another participant's innovation", () => {
  test('cannot be edited (403), whatever version they claim', async () => {
    await expect403(() => ctx.http.call('PATCH', `/innovations/${innovation}`, { token: intruder, body: { title: 'Diambil alih', version: 1 } }));
  });

  test('cannot get a document upload (403)', async () => {
    await expect403(() =>
      ctx.http.call('POST', `/innovations/${innovation}/documents`, { token: intruder, body: { kind: 'PROPOSAL', fileName: 'p.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } }),
    );
  });

  test('cannot be submitted (403)', async () => {
    await expect403(() => ctx.http.call('POST', `/innovations/${innovation}/submit`, { token: intruder }));
  });

  test('cannot be read (403)', async () => {
    const answer = await expect403(() => ctx.http.call('GET', `/innovations/${innovation}`, { token: intruder }));
    expect(JSON.stringify(answer.body)).not.toContain('Layanan Adminduk');
  });

  test('cannot be read by an unassigned jury member (403)', async () => {
    await expect403(() => ctx.http.call('GET', `/innovations/${innovation}`, { token: jury }));
  });

  test('does not appear in their list', async () => {
    const answer = await ctx.http.call('GET', `${EDITION}/innovations`, { token: intruder });
    expect(answer.status).toBe(200);
    expect(answer.body.items).toEqual([]);
  });

  test('the owner and the secretariat read it (200), and the secretariat still cannot edit it (403)', async () => {
    expect((await ctx.http.call('GET', `/innovations/${innovation}`, { token: owner })).status).toBe(200);
    expect((await ctx.http.call('GET', `/innovations/${innovation}`, { token: admin })).status).toBe(200);
    await expect403(() => ctx.http.call('PATCH', `/innovations/${innovation}`, { token: admin, body: { title: 'Diubah admin' } }));
  });
});

describe('entering for an institution', () => {
  test('an account that speaks for another institution cannot enter this one (403)', async () => {
    const dinkes = await ctx.http.token('peserta-dinkes', ['participant'], 'opd-dinkes');
    const answer = await expect403(() => register(ctx.http, dinkes));
    expect(answer.body.error.message).toContain('Dinas Komunikasi dan Informatika');
  });

  test('an account that speaks for no institution cannot enter one (403)', async () => {
    const person = await ctx.http.token('warga-1', ['participant']);
    await expect403(() => register(ctx.http, person));
  });

  test('the same person account may enter a personal category (201)', async () => {
    const person = await ctx.http.token('guru-1', ['participant']);
    const answer = await ctx.http.call('POST', `${EDITION}/innovations`, { token: person, body: validInnovation(personalEntry()) });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ category: 'GURU', ownerId: 'guru-1' });
    expect(answer.body.institutionId).toBeUndefined();
  });
});
