/** GET /editions/{editionId}: public; the whole calendar in WITA and the stage at the clock's instant. */
import { EDITION, setClock, useStack } from './support';

const ctx = useStack();

test('anyone reads the seed edition: calendar as ISO instants with +08:00, categories, rubric and weights', async () => {
  const answer = await ctx.http.call('GET', EDITION);
  expect(answer.status).toBe(200);
  expect(answer.body).toMatchObject({ id: 'pik-2023', timeZone: 'Asia/Makassar', currentStage: 'UPCOMING', nominationsPerCategory: 5 });
  expect(answer.body.finalWeights).toEqual({ assessment: 50, verification: 20, presentation: 30 });
  expect(answer.body.categories).toHaveLength(14);
  expect(answer.body.rubric.assessment.map((c: { key: string }) => c.key)).toEqual(['kebaruan', 'kemanfaatan', 'efektivitas', 'replikasi', 'keberlanjutan', 'kelengkapan']);
  expect(answer.body.stages.map((w: { stage: string }) => w.stage)).toEqual([
    'UPCOMING', 'REGISTRATION', 'SCREENING', 'ASSESSMENT', 'NOMINATION', 'FIELD_VERIFICATION', 'PRESENTATION', 'WINNER_DETERMINATION', 'ANNOUNCED',
  ]);
  for (const w of answer.body.stages)
    for (const instant of [w.start, w.end]) if (instant !== null) expect(instant).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
  expect(answer.body.stages[4]).toEqual({ stage: 'NOMINATION', start: '2023-11-20T12:00:00+08:00', end: '2023-11-20T18:00:00+08:00' });
});

test.each([
  ['2023-10-10T23:59:59+08:00', 'UPCOMING'],
  ['2023-10-11T00:00:00+08:00', 'REGISTRATION'],
  ['2023-11-20T11:59:59+08:00', 'ASSESSMENT'],
  ['2023-11-20T12:00:00+08:00', 'NOMINATION'],
  ['2023-11-20T18:00:00+08:00', 'FIELD_VERIFICATION'],
  ['2023-12-09T00:00:00+08:00', 'WINNER_DETERMINATION'],
])('at %s the current stage is %s', async (now, stage) => {
  await setClock(ctx.http, now);
  expect((await ctx.http.call('GET', EDITION)).body.currentStage).toBe(stage);
});

test('an unknown edition is 404, and an edition id that is not a slug is 400', async () => {
  expect((await ctx.http.call('GET', '/editions/pik-1999')).status).toBe(404);
  expect((await ctx.http.call('GET', '/editions/%20x')).status).toBe(400);
});
