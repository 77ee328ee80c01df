/** Registration is open from 2023-10-11 00:00:00 (inclusive) to 2023-10-14 00:00:00 (exclusive) WITA,
 * decided to the second from the calendar and the clock. Outside it: 409 WRONG_STAGE naming the current
 * stage and its window, and nothing written. */
import { EDITION, draftWithProposal, refusedWithoutWrite, register, registerDraft, requestDocument, setClock, useStack, SAMPLE_PDF } from './support';

const ctx = useStack();
let participant: string;
/** A draft made during the window, used to prove the other registration actions close with it. */
let openDraft: string;
let draftWithUpload: string;

beforeAll(async () => {
  participant = await ctx.http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
});

test('one second before the window opens (2023-10-10 23:59:59 WITA) registration is 409 WRONG_STAGE, naming UPCOMING and its window', async () => {
  await setClock(ctx.http, '2023-10-10T23:59:59+08:00');
  const answer = await refusedWithoutWrite(() => register(ctx.http, participant));
  expect(answer.status).toBe(409);
  expect(answer.body.error.code).toBe('WRONG_STAGE');
  expect(answer.body.error.details).toEqual([
    { message: 'current stage', stage: 'UPCOMING', start: null, end: '2023-10-11T00:00:00+08:00' },
    { message: 'allowed stage', stage: 'REGISTRATION', start: '2023-10-11T00:00:00+08:00', end: '2023-10-14T00:00:00+08:00' },
  ]);
  expect(answer.body.error.message).toContain('UPCOMING');
});

test('the edition reports UPCOMING then', async () => {
  const edition = await ctx.http.call('GET', EDITION);
  expect(edition.body.currentStage).toBe('UPCOMING');
});

test('at 2023-10-11 00:00:00 WITA the window is open: registration is 201', async () => {
  await setClock(ctx.http, '2023-10-11T00:00:00+08:00');
  const answer = await register(ctx.http, participant);
  expect(answer.status).toBe(201);
  expect(answer.body).toMatchObject({ status: 'DRAFT', createdAt: '2023-10-11T00:00:00+08:00' });
  expect((await ctx.http.call('GET', EDITION)).body.currentStage).toBe('REGISTRATION');
});

test('in the last second of the window (2023-10-13 23:59:59 WITA) registration, editing and uploads are still accepted', async () => {
  openDraft = await registerDraft(ctx.http, participant);
  draftWithUpload = await draftWithProposal(ctx.http, participant);
  await setClock(ctx.http, '2023-10-13T23:59:59+08:00');
  expect((await register(ctx.http, participant)).status).toBe(201);
  expect((await ctx.http.call('PATCH', `/innovations/${openDraft}`, { token: participant, body: { summary: 'Diperbarui menit terakhir' } })).status).toBe(200);
  const doc = await requestDocument(ctx.http, participant, openDraft, { kind: 'PHOTO', fileName: 'foto.png', contentType: 'image/png', size: 100 });
  expect(doc.status).toBe(201);
});

describe('at the closing instant (2023-10-14 00:00:00 WITA) the edition is in SCREENING and submissions are frozen', () => {
  const screening = { message: 'current stage', stage: 'SCREENING', start: '2023-10-14T00:00:00+08:00', end: '2023-11-01T00:00:00+08:00' };

  beforeAll(async () => {
    await setClock(ctx.http, '2023-10-14T00:00:00+08:00');
  });

  test('registration is 409 WRONG_STAGE naming SCREENING and its window, and writes nothing', async () => {
    const answer = await refusedWithoutWrite(() => register(ctx.http, participant));
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe('WRONG_STAGE');
    expect(answer.body.error.details[0]).toEqual(screening);
    expect(answer.body.error.details[1]).toMatchObject({ message: 'allowed stage', stage: 'REGISTRATION' });
  });

  test('editing a draft is 409 WRONG_STAGE and writes nothing', async () => {
    const answer = await refusedWithoutWrite(() => ctx.http.call('PATCH', `/innovations/${openDraft}`, { token: participant, body: { summary: 'Terlambat' } }));
    expect([answer.status, answer.body.error.code]).toEqual([409, 'WRONG_STAGE']);
    expect(answer.body.error.details[0]).toEqual(screening);
  });

  test('asking for a document upload is 409 WRONG_STAGE and writes nothing', async () => {
    const answer = await refusedWithoutWrite(() =>
      requestDocument(ctx.http, participant, openDraft, { kind: 'PROPOSAL', fileName: 'late.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length }),
    );
    expect([answer.status, answer.body.error.code]).toEqual([409, 'WRONG_STAGE']);
  });

  test('submitting, even a complete draft, is 409 WRONG_STAGE and writes nothing', async () => {
    const answer = await refusedWithoutWrite(() => ctx.http.call('POST', `/innovations/${draftWithUpload}/submit`, { token: participant }));
    expect([answer.status, answer.body.error.code]).toEqual([409, 'WRONG_STAGE']);
    expect(answer.body.error.details[0]).toEqual(screening);
  });

  test('a draft never submitted is marked NOT_SUBMITTED by the closing boundary, and its owner still reads it', async () => {
    const answer = await ctx.http.call('GET', `/innovations/${openDraft}`, { token: participant });
    expect(answer.status).toBe(200);
    expect(answer.body.status).toBe('NOT_SUBMITTED');
  });
});

test('long after the window (during ASSESSMENT) registration is still 409 WRONG_STAGE, naming ASSESSMENT', async () => {
  await setClock(ctx.http, '2023-11-05T10:00:00+08:00');
  const answer = await refusedWithoutWrite(() => register(ctx.http, participant));
  expect(answer.status).toBe(409);
  expect(answer.body.error.details[0]).toEqual({ message: 'current stage', stage: 'ASSESSMENT', start: '2023-11-01T00:00:00+08:00', end: '2023-11-20T12:00:00+08:00' });
});
