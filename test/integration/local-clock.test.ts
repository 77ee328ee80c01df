/** The local stack's clock: starts before the seed edition opens, is stored with the data, and only
 * moves forward. Every handler decides with it. */
import { api, startTestStack } from '#test/support/stack';
import { EDITION, refusedWithoutWrite, useStack } from './support';

const ctx = useStack();

test('a fresh stack starts at 2023-10-01 00:00 WITA, before the seed edition opens', async () => {
  const answer = await ctx.http.call('GET', '/_local/clock');
  expect(answer).toMatchObject({ status: 200, body: { now: '2023-10-01T00:00:00+08:00' } });
  expect((await ctx.http.call('GET', EDITION)).body.currentStage).toBe('UPCOMING');
});

test('setting the clock forward answers the new time in WITA and what fired; the API then lives at that time', async () => {
  const answer = await ctx.http.setClock('2023-10-12T01:00:00Z');
  expect(answer.status).toBe(200);
  expect(answer.body).toEqual({ now: '2023-10-12T09:00:00+08:00', fired: expect.any(Array) });
  expect((await ctx.http.call('GET', '/_local/clock')).body.now).toBe('2023-10-12T09:00:00+08:00');
  expect((await ctx.http.call('GET', '/health')).body.now).toBe('2023-10-12T09:00:00+08:00');
  expect((await ctx.http.call('GET', EDITION)).body.currentStage).toBe('REGISTRATION');
});

test('setting the clock back is 409 CLOCK_BACKWARDS, and neither the clock nor anything else changes', async () => {
  const answer = await refusedWithoutWrite(() => ctx.http.setClock('2023-10-12T08:59:59+08:00'));
  expect(answer.status).toBe(409);
  expect(answer.body.error.code).toBe('CLOCK_BACKWARDS');
  expect(answer.body.error.message).toContain('2023-10-12T09:00:00+08:00');
  expect((await ctx.http.call('GET', '/_local/clock')).body.now).toBe('2023-10-12T09:00:00+08:00');
});

test('setting the clock to the instant it already shows is allowed (not backwards)', async () => {
  expect((await ctx.http.setClock('2023-10-12T09:00:00+08:00')).status).toBe(200);
});

test('a time without an offset, or not a time at all, is 400 at body.now', async () => {
  for (const now of ['2023-10-13T00:00:00', 'tomorrow', '']) {
    const answer = await refusedWithoutWrite(() => ctx.http.setClock(now));
    expect(answer.status).toBe(400);
    expect(answer.body.error.details[0].path).toEqual(['body', 'now']);
  }
});

test('the clock is kept with the data: a stack restarted on the same table carries on from it', async () => {
  const tableName = process.env.TABLE_NAME!;
  const bucketName = process.env.BUCKET_NAME!;
  await ctx.stack.stop();
  ctx.stack = await startTestStack({ tableName, bucketName });
  ctx.http = api(ctx.stack);
  expect((await ctx.http.call('GET', '/_local/clock')).body.now).toBe('2023-10-12T09:00:00+08:00');
  expect((await ctx.http.setClock('2023-10-12T08:00:00+08:00')).status).toBe(409);
});
