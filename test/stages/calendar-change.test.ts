/** Issue 5 through the local stack: changing a calendar (PUT /editions/{id}/calendar) and creating or
 * revising next year's edition (PUT /editions/{id}) send exactly the schedule changes the moved
 * boundaries need, and the new calendar rules every stage check at once.
 *
 * The stack runs in this test's process, so a recording stand-in for the Scheduler is put in place
 * with `useBoundarySchedules`. The tests run in order on one stack: its clock only moves forward
 * (fresh at 2023-10-01 00:00 WITA, so pik-2023 is UPCOMING and pik-2024 far ahead). */
import { handler as stageTransition } from '#functions/stage-transition';
import { lambdaContext } from '#scripts/local/http-server';
import type { LocalStack } from '#scripts/local/stack';
import { useBoundarySchedules } from '#shared/data/boundary-schedules';
import { scheduleName, type Boundary } from '#shared/domain/boundaries';
import type { StageWindow } from '#shared/domain/calendar';
import { seedEdition } from '#shared/domain/seed-edition';
import { api, startTestStack, tableSnapshot, validInnovation, type Answer } from '#test/support/stack';

interface ScheduleCall {
  op: 'create' | 'remove';
  editionId: string;
  boundary: Boundary;
  instant: string;
}

const calls: ScheduleCall[] = [];
/** Takes the calls recorded since the last take, sorted (the use case sends them concurrently). */
const takeCalls = (): ScheduleCall[] =>
  calls.splice(0).sort((a, b) => `${a.op}${a.boundary}${a.instant}`.localeCompare(`${b.op}${b.boundary}${b.instant}`));

let stack: LocalStack;
let http: ReturnType<typeof api>;
let admin: string;
let participant: string;
beforeAll(async () => {
  stack = await startTestStack();
  http = api(stack);
  useBoundarySchedules({
    create: async (editionId, boundary, instant) => {
      calls.push({ op: 'create', editionId, boundary, instant });
      return scheduleName(editionId, boundary, instant);
    },
    remove: async (editionId, boundary, instant) => {
      calls.push({ op: 'remove', editionId, boundary, instant });
      return scheduleName(editionId, boundary, instant);
    },
  });
  admin = await http.token('brida-admin', ['admin']);
  participant = await http.token('peserta-kominfo', ['participant'], 'opd-diskominfo');
});
afterAll(async () => {
  useBoundarySchedules(undefined);
  await stack?.stop();
});

const expectStatus = (answer: Answer, status: number): Answer => {
  if (answer.status !== status) throw new Error(`expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer;
};

/** A refused request: its status and code, no write to the table, and no call to the Scheduler. */
const refused = async (status: number, request: () => Promise<Answer>, code?: string): Promise<Answer> => {
  const before = await tableSnapshot();
  calls.length = 0;
  const answer = await request();
  expect({ status: answer.status, code: answer.body?.error?.code }).toEqual({ status, code: code ?? expect.any(String) });
  expect(await tableSnapshot()).toEqual(before);
  expect(calls).toEqual([]);
  return answer;
};
const failingPaths = (answer: Answer): string[] => ((answer.body?.error?.details ?? []) as { path?: (string | number)[] }[]).map((d) => (d.path ?? []).join('.'));

const moveClock = async (now: string) => expectStatus(await http.setClock(now), 200).body.fired as { boundary: string; result: string }[];

/** A calendar with one boundary moved: the stage before it ends, and it starts, at `to`. */
const moveBoundary = (stages: readonly StageWindow[], boundary: Boundary, to: string): StageWindow[] => {
  const i = stages.findIndex((w) => w.stage === boundary);
  return stages.map((w, j) => (j === i ? { ...w, start: to } : j === i - 1 ? { ...w, end: to } : { ...w }));
};

/** Next year's calendar, every window in the future of the stack's clock. */
const STAGES_2024: StageWindow[] = [
  { stage: 'REGISTRATION', start: '2024-10-09T00:00:00+08:00', end: '2024-10-12T00:00:00+08:00' },
  { stage: 'SCREENING', start: '2024-10-12T00:00:00+08:00', end: '2024-11-01T00:00:00+08:00' },
  { stage: 'ASSESSMENT', start: '2024-11-01T00:00:00+08:00', end: '2024-11-20T12:00:00+08:00' },
  { stage: 'NOMINATION', start: '2024-11-20T12:00:00+08:00', end: '2024-11-20T18:00:00+08:00' },
  { stage: 'FIELD_VERIFICATION', start: '2024-11-20T18:00:00+08:00', end: '2024-11-27T00:00:00+08:00' },
  { stage: 'PRESENTATION', start: '2024-11-27T00:00:00+08:00', end: '2024-12-09T00:00:00+08:00' },
  { stage: 'WINNER_DETERMINATION', start: '2024-12-09T00:00:00+08:00', end: null },
];
const edition2024 = (stages: StageWindow[]) => ({ ...seedEdition, name: 'Pekan Inovasi dan Kreativitas Kutai Kartanegara 2024', stages });

const datedWindows = (view: { stage: string; start: string | null; end: string | null }[]) => view.filter((w) => w.stage !== 'UPCOMING' && w.stage !== 'ANNOUNCED');

describe('PUT /editions/pik-2024: next year\'s edition and its schedules', () => {
  test('creating it (all windows ahead) is 201 and creates exactly its 7 schedules, removing none', async () => {
    calls.length = 0;
    const created = expectStatus(await http.call('PUT', '/editions/pik-2024', { token: admin, body: edition2024(STAGES_2024) }), 201);
    expect(created.body.currentStage).toBe('UPCOMING');
    expect(takeCalls()).toEqual(
      STAGES_2024.map((w) => ({ op: 'create', editionId: 'pik-2024', boundary: w.stage, instant: w.start })).sort((a, b) => `${a.boundary}${a.instant}`.localeCompare(`${b.boundary}${b.instant}`)),
    );
    expect(created.body.schedules.removed).toEqual([]);
    expect([...created.body.schedules.created].sort()).toEqual(
      [
        'pik-2024.REGISTRATION.20241009T000000',
        'pik-2024.SCREENING.20241012T000000',
        'pik-2024.ASSESSMENT.20241101T000000',
        'pik-2024.NOMINATION.20241120T120000',
        'pik-2024.FIELD_VERIFICATION.20241120T180000',
        'pik-2024.PRESENTATION.20241127T000000',
        'pik-2024.WINNER_DETERMINATION.20241209T000000',
      ].sort(),
    );
  });

  test('revising it while UPCOMING with moved dates is 200 and sends create/remove for the moved boundaries only', async () => {
    const next = moveBoundary(moveBoundary(STAGES_2024, 'SCREENING', '2024-10-14T00:00:00+08:00'), 'PRESENTATION', '2024-11-28T00:00:00+08:00');
    calls.length = 0;
    const revised = expectStatus(await http.call('PUT', '/editions/pik-2024', { token: admin, body: edition2024(next) }), 200);
    expect(revised.body.version).toBe(2);
    expect(takeCalls()).toEqual([
      { op: 'create', editionId: 'pik-2024', boundary: 'PRESENTATION', instant: '2024-11-28T00:00:00+08:00' },
      { op: 'create', editionId: 'pik-2024', boundary: 'SCREENING', instant: '2024-10-14T00:00:00+08:00' },
      { op: 'remove', editionId: 'pik-2024', boundary: 'PRESENTATION', instant: '2024-11-27T00:00:00+08:00' },
      { op: 'remove', editionId: 'pik-2024', boundary: 'SCREENING', instant: '2024-10-12T00:00:00+08:00' },
    ]);
    const stored = (await http.call('GET', '/editions/pik-2024')).body;
    expect(datedWindows(stored.stages)).toEqual(next);
  });

  test('revising it without moving a date sends nothing to the Scheduler', async () => {
    const same = moveBoundary(moveBoundary(STAGES_2024, 'SCREENING', '2024-10-14T00:00:00+08:00'), 'PRESENTATION', '2024-11-28T00:00:00+08:00');
    calls.length = 0;
    expectStatus(await http.call('PUT', '/editions/pik-2024', { token: admin, body: { ...edition2024(same), theme: 'Tema baru' } }), 200);
    expect(calls).toEqual([]);
  });

  test('an unsound calendar is 400, a non-admin 403; neither writes nor schedules', async () => {
    const overlap = STAGES_2024.map((w) => (w.stage === 'SCREENING' ? { ...w, end: '2024-11-02T00:00:00+08:00' } : w));
    const bad = await refused(400, () => http.call('PUT', '/editions/pik-2025', { token: admin, body: edition2024(overlap) }));
    expect(failingPaths(bad)).toEqual(['body.stages.2.start']);
    await refused(403, () => http.call('PUT', '/editions/pik-2025', { token: participant, body: edition2024(STAGES_2024) }));
  });
});

describe('PUT /editions/pik-2023/calendar during REGISTRATION', () => {
  test('the clock enters REGISTRATION (the reconciler never touches schedules)', async () => {
    calls.length = 0;
    expect(await moveClock('2023-10-12T09:00:00+08:00')).toEqual([expect.objectContaining({ boundary: 'REGISTRATION', result: 'done' })]);
    expect(calls).toEqual([]);
  });

  test('PUT /editions/pik-2023 once it has started is 409', async () => {
    await refused(409, () => http.call('PUT', '/editions/pik-2023', { token: admin, body: seedEdition }), 'WRONG_STAGE');
  });

  test('overlapping or gapped windows are 400 with the failing path', async () => {
    const overlap = seedEdition.stages.map((w) => (w.stage === 'REGISTRATION' ? { ...w, end: '2023-10-16T00:00:00+08:00' } : w));
    expect(failingPaths(await refused(400, () => http.call('PUT', '/editions/pik-2023/calendar', { token: admin, body: { stages: overlap } }), 'INVALID_INPUT'))).toEqual(['body.stages.1.start']);
    const gap = seedEdition.stages.map((w) => (w.stage === 'SCREENING' ? { ...w, start: '2023-10-16T00:00:00+08:00' } : w));
    expect(failingPaths(await refused(400, () => http.call('PUT', '/editions/pik-2023/calendar', { token: admin, body: { stages: gap } }), 'INVALID_INPUT'))).toEqual(['body.stages.1.start']);
  });

  test('moving a start that has passed, or a boundary into the past, is 409', async () => {
    const earlier = seedEdition.stages.map((w) => (w.stage === 'REGISTRATION' ? { ...w, start: '2023-10-10T00:00:00+08:00' } : w));
    const a = await refused(409, () => http.call('PUT', '/editions/pik-2023/calendar', { token: admin, body: { stages: earlier } }), 'CALENDAR_PAST');
    expect(failingPaths(a)).toEqual(['body.stages.0.start']);
    const past = moveBoundary(seedEdition.stages, 'SCREENING', '2023-10-12T08:00:00+08:00');
    await refused(409, () => http.call('PUT', '/editions/pik-2023/calendar', { token: admin, body: { stages: past } }), 'CALENDAR_PAST');
  });

  test('a non-admin is 403', async () => {
    const extended = moveBoundary(seedEdition.stages, 'SCREENING', '2023-10-16T00:00:00+08:00');
    await refused(403, () => http.call('PUT', '/editions/pik-2023/calendar', { token: participant, body: { stages: extended } }), 'FORBIDDEN');
  });

  test('extending registration by two days is 200 and sends exactly: create SCREENING at the new time, remove it at the old', async () => {
    const extended = moveBoundary(seedEdition.stages, 'SCREENING', '2023-10-16T00:00:00+08:00');
    calls.length = 0;
    const answer = expectStatus(await http.call('PUT', '/editions/pik-2023/calendar', { token: admin, body: { stages: extended } }), 200);
    expect(takeCalls()).toEqual([
      { op: 'create', editionId: 'pik-2023', boundary: 'SCREENING', instant: '2023-10-16T00:00:00+08:00' },
      { op: 'remove', editionId: 'pik-2023', boundary: 'SCREENING', instant: '2023-10-14T00:00:00+08:00' },
    ]);
    expect(answer.body.schedules).toEqual({ created: ['pik-2023.SCREENING.20231016T000000'], removed: ['pik-2023.SCREENING.20231014T000000'], failed: [] });
    expect(answer.body.currentStage).toBe('REGISTRATION');
    // Stage checks follow at once: the edition shows the new windows.
    const edition = expectStatus(await http.call('GET', '/editions/pik-2023'), 200).body;
    expect(edition.currentStage).toBe('REGISTRATION');
    expect(edition.stages.find((w: { stage: string }) => w.stage === 'REGISTRATION')).toEqual({ stage: 'REGISTRATION', start: '2023-10-11T00:00:00+08:00', end: '2023-10-16T00:00:00+08:00' });
    expect(edition.stages.find((w: { stage: string }) => w.stage === 'SCREENING')).toEqual({ stage: 'SCREENING', start: '2023-10-16T00:00:00+08:00', end: '2023-11-01T00:00:00+08:00' });
    expect(datedWindows(edition.stages)).toEqual(extended);
  });

  test('sending the same calendar again changes nothing and schedules nothing', async () => {
    const extended = moveBoundary(seedEdition.stages, 'SCREENING', '2023-10-16T00:00:00+08:00');
    const before = await tableSnapshot();
    calls.length = 0;
    const answer = expectStatus(await http.call('PUT', '/editions/pik-2023/calendar', { token: admin, body: { stages: extended } }), 200);
    expect(answer.body.schedules).toEqual({ created: [], removed: [], failed: [] });
    expect(calls).toEqual([]);
    expect(await tableSnapshot()).toEqual(before);
  });

  test('the calendar change is in the edition\'s audit trail: who, when, before and after', async () => {
    const audit = expectStatus(await http.call('GET', '/editions/pik-2023/audit', { token: admin }), 200).body;
    const changes = audit.items.filter((r: { action: string }) => r.action === 'CALENDAR_CHANGED');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      who: 'brida-admin',
      at: '2023-10-12T09:00:00+08:00',
      before: { stages: seedEdition.stages },
      after: {
        stages: moveBoundary(seedEdition.stages, 'SCREENING', '2023-10-16T00:00:00+08:00'),
        moved: [{ boundary: 'SCREENING', from: '2023-10-14T00:00:00+08:00', to: '2023-10-16T00:00:00+08:00' }],
      },
    });
  });

  test('at the old closing time nothing fires and a registration succeeds', async () => {
    expect(await moveClock('2023-10-14T00:00:00+08:00')).toEqual([]);
    const created = await http.call('POST', '/editions/pik-2023/innovations', { token: participant, body: validInnovation() });
    expect(created.status).toBe(201);
    expect((await http.call('GET', '/editions/pik-2023')).body.currentStage).toBe('REGISTRATION');
  });

  test('the stale SCREENING schedule (it was removed, but say it fires anyway) is refused by the calendar', async () => {
    const before = await tableSnapshot();
    const { runs } = await stageTransition({ editionId: 'pik-2023', boundary: 'SCREENING' }, lambdaContext('stage-transition'));
    expect(runs).toEqual([{ editionId: 'pik-2023', boundary: 'SCREENING', at: '2023-10-16T00:00:00+08:00', result: 'not due' }]);
    expect(await tableSnapshot()).toEqual(before);
    expect(await moveClock('2023-10-15T23:59:59+08:00')).toEqual([]);
  });

  test('at the new closing time SCREENING fires, and registration is closed', async () => {
    expect(await moveClock('2023-10-16T00:00:00+08:00')).toEqual([{ editionId: 'pik-2023', boundary: 'SCREENING', at: '2023-10-16T00:00:00+08:00', result: 'done' }]);
    await refused(409, () => http.call('POST', '/editions/pik-2023/innovations', { token: participant, body: validInnovation({ title: 'Terlambat' }) }), 'WRONG_STAGE');
  });
});

describe('PUT /editions/pik-2023/calendar during SCREENING', () => {
  const extended = moveBoundary(seedEdition.stages, 'SCREENING', '2023-10-16T00:00:00+08:00');

  test('moving the window that has ended (REGISTRATION) is 409, whichever way', async () => {
    for (const to of ['2023-10-15T00:00:00+08:00', '2023-10-18T00:00:00+08:00']) {
      const answer = await refused(409, () => http.call('PUT', '/editions/pik-2023/calendar', { token: admin, body: { stages: moveBoundary(extended, 'SCREENING', to) } }), 'CALENDAR_PAST');
      expect(failingPaths(answer)).toEqual(['body.stages.0.end', 'body.stages.1.start']);
    }
  });

  test('extending the open SCREENING window moves ASSESSMENT\'s schedule only', async () => {
    calls.length = 0;
    expectStatus(await http.call('PUT', '/editions/pik-2023/calendar', { token: admin, body: { stages: moveBoundary(extended, 'ASSESSMENT', '2023-11-03T00:00:00+08:00') } }), 200);
    expect(takeCalls()).toEqual([
      { op: 'create', editionId: 'pik-2023', boundary: 'ASSESSMENT', instant: '2023-11-03T00:00:00+08:00' },
      { op: 'remove', editionId: 'pik-2023', boundary: 'ASSESSMENT', instant: '2023-11-01T00:00:00+08:00' },
    ]);
    expect(await moveClock('2023-11-01T00:00:00+08:00')).toEqual([]);
    expect((await http.call('GET', '/editions/pik-2023')).body.currentStage).toBe('SCREENING');
  });

  test('when the Scheduler fails, the saved calendar still rules: 200 with the failure reported, and the reconciler runs the boundary on time', async () => {
    useBoundarySchedules({
      create: async () => {
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      },
      remove: async () => {
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
      },
    });
    try {
      const answer = expectStatus(await http.call('PUT', '/editions/pik-2023/calendar', { token: admin, body: { stages: moveBoundary(moveBoundary(extended, 'ASSESSMENT', '2023-11-03T00:00:00+08:00'), 'ASSESSMENT', '2023-11-04T00:00:00+08:00') } }), 200);
      expect(answer.body.schedules.created).toEqual([]);
      expect(answer.body.schedules.failed).toEqual([
        { boundary: 'ASSESSMENT', action: 'create', error: 'ThrottlingException' },
        { boundary: 'ASSESSMENT', action: 'remove', error: 'ThrottlingException' },
      ]);
      expect((await http.call('GET', '/editions/pik-2023')).body.stages.find((w: { stage: string }) => w.stage === 'ASSESSMENT').start).toBe('2023-11-04T00:00:00+08:00');
      expect(await moveClock('2023-11-03T23:59:59+08:00')).toEqual([]);
      expect((await moveClock('2023-11-04T00:00:00+08:00')).map((f: { boundary: string }) => f.boundary)).toEqual(['ASSESSMENT']);
    } finally {
      useBoundarySchedules(undefined);
    }
  });
});
