/** Issue 6: the authorization matrix. Every route of the route table × every kind of caller × every
 * stage of the seed edition, played through by moving the clock. Each cell's expected status comes
 * from one order of checks that every handler follows —
 *
 *   1. no token on a guarded route ...................................... 401 UNAUTHORIZED
 *   2. the caller holds none of the route's roles ....................... 403 FORBIDDEN
 *   3. the target does not exist (yet) .................................. 404 NOT_FOUND
 *   4. not the owner / not assigned / declared a conflict ............... 403 FORBIDDEN
 *   5. a document inside the target does not exist (yet) — told only to
 *      those who may read the target ..................................... 404 NOT_FOUND
 *   6. outside the stages that allow it ................................. 409 (WRONG_STAGE unless noted)
 *   7. otherwise allowed ................................................ the route's 2xx set below
 *
 * — and the table `MATRIX` below: per route, the request it is sent, who is entitled past the role
 * check, the stages that allow it, and the 2xx statuses accepted with why. A refused request must
 * write nothing (the whole table is compared) and show nothing of the innovation; a GET never writes.
 * The table is keyed by route id and checked against `ROUTES`, so a route added later fails here
 * until it has its row. */
import type { LocalStack } from '#scripts/local/stack';
import { SEED_EDITION_ID, seedEdition } from '#shared/domain/seed-edition';
import { STAGES, type Stage } from '#shared/vocabulary/stages';
import type { Route } from '#shared/contracts/contract';
import { ROUTES, type RouteId } from '#shared/contracts/route-table';
import type { Role } from '#shared/vocabulary/roles';
import { SAMPLE_JPEG, SAMPLE_PDF, api, startTestStack, tableSnapshot, uploadWithPresignedPost, validInnovation, type Answer } from '#test/support/stack';

// ---------------------------------------------------------------------------------------------
// Who calls

export const ACTORS = ['anonymous', 'owner', 'otherParticipant', 'juryAssigned', 'juryUnassigned', 'juryConflicted', 'verifierAssigned', 'admin'] as const;
export type Actor = (typeof ACTORS)[number];

/** The accounts behind the actors. The owner speaks for Diskominfo and owns the target innovation;
 * the other participant speaks for the same institution (ownership is per account). The panel, set
 * at SCREENING: juryAssigned and a helper judge on OPD, juryUnassigned on GURU only, juryConflicted
 * on OPD with a declared conflict with Diskominfo, verifierAssigned on OPD. */
const ACCOUNTS: Record<Exclude<Actor, 'anonymous'>, { sub: string; groups: Role[]; institutionId?: string }> = {
  owner: { sub: 'peserta-pemilik', groups: ['participant'], institutionId: 'opd-diskominfo' },
  otherParticipant: { sub: 'peserta-lain', groups: ['participant'], institutionId: 'opd-diskominfo' },
  juryAssigned: { sub: 'juri-opd', groups: ['jury'] },
  juryUnassigned: { sub: 'juri-guru', groups: ['jury'] },
  juryConflicted: { sub: 'juri-berkonflik', groups: ['jury'] },
  verifierAssigned: { sub: 'verifikator-opd', groups: ['verifier'] },
  admin: { sub: 'brida-admin', groups: ['admin'] },
};
const HELPER_JUDGE = 'juri-pembantu';

const PANEL = {
  assignments: [
    { userId: ACCOUNTS.juryAssigned.sub, role: 'jury', categories: ['OPD'] },
    { userId: HELPER_JUDGE, role: 'jury', categories: ['OPD'] },
    { userId: ACCOUNTS.juryUnassigned.sub, role: 'jury', categories: ['GURU'] },
    { userId: ACCOUNTS.juryConflicted.sub, role: 'jury', categories: ['OPD'] },
    { userId: ACCOUNTS.verifierAssigned.sub, role: 'verifier', categories: ['OPD'] },
  ],
  conflicts: [{ userId: ACCOUNTS.juryConflicted.sub, institutionIds: ['opd-diskominfo'] }],
};

/** The target innovation: every string here is a marker that must not appear where it may not be seen. */
const TARGET = validInnovation({
  title: 'Sistem Antrean Matriks Rahasia',
  summary: 'Ringkasan rahasia matriks otorisasi',
  contact: { name: 'Rahasia Matriks', email: 'rahasia.matriks@kukarkab.go.id', phone: '+62 811 0000 7777' },
});

// ---------------------------------------------------------------------------------------------
// Stages

const at = (s: Stage) => STAGES.indexOf(s);
const from = (s: Stage) => (stage: Stage) => at(stage) >= at(s);
const stagesFrom = (a: Stage, b: Stage = 'ANNOUNCED'): Stage[] => STAGES.filter((s) => at(s) >= at(a) && at(s) <= at(b));
/** The panel exists from SCREENING on (it is set then). */
const panelSet = from('SCREENING');
/** The target innovation exists from REGISTRATION on (it is registered then). */
const targetMissing = (stage: Stage) => stage === 'UPCOMING';

const criteria = (keys: string[], value: number) => Object.fromEntries(keys.map((k) => [k, value]));
const ASSESSMENT = seedEdition.rubric.assessment.map((c) => c.key);
const PRESENTATION = seedEdition.rubric.presentation.map((c) => c.key);
/** The round a judge scores in `stage`: the presentation round in PRESENTATION, else the assessment. */
const scoreRound = (stage: Stage) => (stage === 'PRESENTATION' ? 'presentation' : 'assessment');
/** The ranking round of interest in `stage`: the final one once it is due, else the nomination. */
const rankingRound = (stage: Stage) => (at(stage) >= at('WINNER_DETERMINATION') ? 'final' : 'nomination');

// ---------------------------------------------------------------------------------------------
// The table

interface Fixture {
  /** The target innovation (a well-formed id of nothing before it is registered). */
  innovationId: string;
  /** Its PDF proposal (uploaded at REGISTRATION). */
  documentId: string;
  /** A photo of field evidence (uploaded at FIELD_VERIFICATION). */
  evidenceId: string;
}

interface Sent {
  params?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

interface RouteCase {
  /** The request this route is sent in `stage`: path parameters beyond editionId/id, and the body. */
  request(f: Fixture, stage: Stage): Sent;
  /** Past the role check, who may do it (ownership, assignment). Default: every holder of the role. */
  entitled?: (actor: Actor, stage: Stage) => boolean;
  /** The stages that allow it. Default: any. */
  stages?: readonly Stage[];
  /** The 409 code outside those stages, when not WRONG_STAGE. */
  stageCode?: string;
  /** Stages in which its target does not exist yet: 404 past the role check. */
  missing?: (stage: Stage) => boolean;
  /** Stages in which a document inside the target does not exist yet: 404, past the entitlement check. */
  missingInside?: (stage: Stage) => boolean;
  /** The 2xx statuses accepted when allowed… */
  ok: readonly number[];
  /** …and why (also why more than one is accepted). */
  why: string;
  /** Whether an allowed answer must show the target innovation (true), must not (false), or is not
   * checked (undefined). Default: false, except for admin (entitled to all, not checked). */
  shows?: (actor: Actor, stage: Stage) => boolean | undefined;
  /** Further checks of an allowed answer; answers a problem or undefined. */
  check?: (answer: Answer, actor: Actor, stage: Stage) => string | undefined;
  /** Run after the stage's other cells (it changes the stage). */
  last?: boolean;
  /** Why no cell of this matrix can allow it (its allowed cases are played elsewhere). */
  allowedNowhere?: string;
}

const owner = (a: Actor) => a === 'owner';
const adminSees = (a: Actor) => (a === 'admin' ? undefined : false);

export const MATRIX: Record<RouteId, RouteCase> = {
  health: { request: () => ({}), ok: [200], why: 'liveness, public, any stage' },
  getEdition: { request: () => ({}), ok: [200], why: 'public, any stage' },
  listEditions: { request: () => ({}), ok: [200], why: 'public, any stage: every edition with its calendar' },
  listMyInnovations: {
    request: () => ({}),
    ok: [200],
    why: 'a participant lists their own innovations of every edition',
    shows: (a, s) => (s === 'UPCOMING' ? false : a === 'owner'),
    check: (answer, actor) => {
      const foreign = (answer.body.items as { ownerId: string }[]).filter((i) => i.ownerId !== ACCOUNTS[actor as 'owner'].sub);
      return foreign.length ? `a participant listed ${foreign.length} innovation(s) of others` : undefined;
    },
  },
  registerInnovation: {
    // A personal category, so any participant account may enter it; the target is not touched.
    request: () => ({ body: validInnovation({ title: 'Inovasi Guru dari Matriks', category: 'GURU', institutionId: undefined, affiliation: 'SDN 001 Tenggarong' }) }),
    stages: ['REGISTRATION'],
    ok: [201],
    why: 'a participant registers a new draft during REGISTRATION',
  },
  listInnovations: {
    request: () => ({}),
    ok: [200],
    why: 'any signed-in user lists: admin all, panel its categories, participants their own',
    shows: (a, s) =>
      s === 'UPCOMING'
        ? false
        : a === 'owner' || a === 'admin' || (a === 'juryAssigned' && panelSet(s)) || (a === 'verifierAssigned' && at(s) >= at('NOMINATION')),
    check: (answer, actor) => {
      const mine = actor === 'owner' || actor === 'otherParticipant';
      const foreign = mine ? (answer.body.items as { ownerId: string }[]).filter((i) => i.ownerId !== ACCOUNTS[actor].sub) : [];
      return foreign.length ? `a participant listed ${foreign.length} innovation(s) of others` : undefined;
    },
  },
  getInnovation: {
    request: () => ({}),
    missing: targetMissing,
    entitled: (a, s) => a === 'owner' || a === 'admin' || ((a === 'juryAssigned' || a === 'verifierAssigned') && panelSet(s)),
    ok: [200],
    why: 'its owner, the secretariat, and its category’s judges and verifiers without a conflict read it',
    shows: () => true,
  },
  updateInnovation: {
    request: () => ({ body: { summary: TARGET.summary } }),
    missing: targetMissing,
    entitled: owner,
    stages: ['REGISTRATION'],
    ok: [200],
    why: 'the owner edits the draft during REGISTRATION (before it is submitted: routes run in table order)',
    shows: () => true,
  },
  requestDocumentUpload: {
    request: () => ({ body: { kind: 'EVIDENCE', fileName: 'bukti.pdf', contentType: 'application/pdf', size: 2048 } }),
    missing: targetMissing,
    entitled: owner,
    stages: ['REGISTRATION'],
    ok: [201],
    why: 'the owner gets a presigned upload for the draft during REGISTRATION',
  },
  getDocument: {
    request: (f) => ({ params: { documentId: f.documentId }, headers: { accept: 'application/json' } }),
    missing: targetMissing,
    entitled: (a, s) => a === 'owner' || a === 'admin' || ((a === 'juryAssigned' || a === 'verifierAssigned') && panelSet(s)),
    ok: [200],
    why: 'whoever may read the innovation reads its proposal, at any stage: {url, expiresAt} of a presigned GET with Accept: application/json',
    shows: () => undefined,
    check: (answer) => (typeof answer.body?.url === 'string' && typeof answer.body?.expiresAt === 'string' ? undefined : 'no url and expiresAt'),
  },
  submitInnovation: {
    request: () => ({}),
    missing: targetMissing,
    entitled: owner,
    stages: ['REGISTRATION'],
    ok: [200],
    why: 'the owner submits the draft (its PDF proposal is uploaded) during REGISTRATION',
    shows: () => true,
  },
  listInstitutions: { request: () => ({}), ok: [200], why: 'any signed-in user reads the registry (to pick their institution)' },
  putInstitution: {
    request: () => ({ params: { institutionId: 'opd-uji-matriks' }, body: { name: 'Dinas Uji Matriks', type: 'OPD' } }),
    ok: [200, 201],
    why: 'the secretariat keeps the registry at any stage: 201 the first time (creates), 200 in later stages (updates)',
  },
  getCompliance: { request: () => ({}), ok: [200], why: 'the secretariat reads the report at any stage', shows: adminSees },
  putAssignments: {
    request: () => ({ body: PANEL }),
    stages: stagesFrom('SCREENING', 'PRESENTATION'),
    ok: [200],
    why: 'the secretariat sets the (same) panel from SCREENING to PRESENTATION',
  },
  getAssignments: {
    request: () => ({}),
    missing: (s) => !panelSet(s),
    ok: [200],
    why: 'the secretariat reads the panel once it is set (404 before)',
  },
  putEligibility: {
    request: () => ({ body: { eligible: true } }),
    missing: targetMissing,
    stages: ['SCREENING'],
    ok: [200],
    why: 'the secretariat screens a submitted entry during SCREENING',
  },
  putScore: {
    request: (_f, s) => ({ params: { round: scoreRound(s) }, body: { criteria: criteria(scoreRound(s) === 'assessment' ? ASSESSMENT : PRESENTATION, 4) } }),
    missing: targetMissing,
    entitled: (a, s) => a === 'juryAssigned' && panelSet(s),
    stages: ['ASSESSMENT', 'PRESENTATION'],
    ok: [200, 201],
    why: 'the assigned judge scores during the round’s stage; an upsert: 201 for a first score, 200 for a revision',
  },
  getScores: {
    request: (_f, s) => ({ params: { round: scoreRound(s) } }),
    missing: targetMissing,
    entitled: (a, s) => a === 'admin' || (a === 'juryAssigned' && panelSet(s)),
    ok: [200],
    why: 'a judge on the entry’s panel reads back their own scores only (an empty list when they have none); the secretariat all',
    shows: () => undefined,
    check: (answer, actor) => {
      if (actor === 'admin') return undefined;
      const others = (answer.body.items as { judgeId: string }[]).filter((s) => s.judgeId !== ACCOUNTS[actor as Exclude<Actor, 'anonymous'>].sub);
      return others.length ? `a judge saw ${others.length} score(s) of other judges` : undefined;
    },
  },
  requestEvidenceUpload: {
    request: () => ({ body: { kind: 'PHOTO', fileName: 'kunjungan.jpg', contentType: 'image/jpeg', size: 4096 } }),
    missing: targetMissing,
    entitled: (a, s) => a === 'verifierAssigned' && panelSet(s),
    stages: ['FIELD_VERIFICATION'],
    ok: [201],
    why: 'the assigned verifier gets a presigned evidence upload for a nominee during FIELD_VERIFICATION',
  },
  getEvidence: {
    request: (f) => ({ params: { evidenceId: f.evidenceId }, headers: { accept: 'application/json' } }),
    missing: targetMissing,
    entitled: (a, s) => a === 'admin' || ((a === 'juryAssigned' || a === 'verifierAssigned') && panelSet(s)),
    missingInside: (s) => at(s) < at('FIELD_VERIFICATION'),
    ok: [200],
    why: 'the secretariat and the entry’s panel read field evidence once a verifier uploaded it (404 before, to them only)',
    shows: () => undefined,
    check: (answer) => (typeof answer.body?.url === 'string' && typeof answer.body?.expiresAt === 'string' ? undefined : 'no url and expiresAt'),
  },
  getVerification: {
    request: () => ({}),
    missing: targetMissing,
    entitled: (a, s) => a === 'admin' || ((a === 'juryAssigned' || a === 'verifierAssigned') && panelSet(s)),
    // Read before the verifier's PUT in the same stage: recorded from PRESENTATION on.
    missingInside: (s) => at(s) <= at('FIELD_VERIFICATION'),
    ok: [200],
    why: 'the audience of its evidence reads the recorded verification (404 until the verifier records it)',
    shows: () => undefined,
    check: (answer) => (answer.body?.result === 'VERIFIED' && typeof answer.body?.version === 'number' ? undefined : 'no result and version'),
  },
  putVerification: {
    request: () => ({ body: { result: 'VERIFIED', score: 85, findings: 'Layanan berjalan sesuai klaim.' } }),
    missing: targetMissing,
    entitled: (a, s) => a === 'verifierAssigned' && panelSet(s),
    stages: ['FIELD_VERIFICATION'],
    ok: [200, 201],
    why: 'the assigned verifier records the visit during FIELD_VERIFICATION; an upsert: 201 first, 200 revised',
  },
  computeRanking: {
    request: (_f, s) => ({ params: { round: rankingRound(s) } }),
    stages: stagesFrom('NOMINATION', 'WINNER_DETERMINATION'),
    ok: [200, 201],
    why: 'the secretariat re-runs a closed round’s ranking (nomination from NOMINATION, final in WINNER_DETERMINATION): 200 when the stored ranking stands, 201 when the stored scores changed it',
  },
  getRanking: {
    request: (_f, s) => ({ params: { round: rankingRound(s) } }),
    missing: (s) => at(s) < at('NOMINATION'),
    ok: [200],
    why: 'the secretariat and every judge read a ranking once the boundary computed it (404 before)',
    shows: () => true,
  },
  previewRanking: {
    request: (_f, s) => ({ params: { round: at(s) >= at('PRESENTATION') ? 'final' : 'nomination' } }),
    stages: stagesFrom('ASSESSMENT', 'WINNER_DETERMINATION'),
    ok: [200],
    why: 'the secretariat previews the round being scored (nomination from ASSESSMENT, final from PRESENTATION), computed and not stored',
    shows: () => true,
  },
  announce: {
    request: () => ({}),
    stages: ['WINNER_DETERMINATION'],
    ok: [200],
    why: 'the secretariat announces during WINNER_DETERMINATION, after the final ranking: the edition becomes ANNOUNCED',
    last: true,
  },
  getResults: {
    request: () => ({}),
    stages: stagesFrom('NOMINATION'),
    ok: [200],
    why: 'anyone reads the nominees from the nomination, and the winners once ANNOUNCED',
    shows: () => true,
  },
  getInnovationAudit: { request: () => ({}), ok: [200], why: 'the secretariat reads an innovation’s trail at any stage (empty before it exists)', shows: adminSees },
  putEdition: {
    request: () => ({ body: seedEdition }),
    stages: ['UPCOMING'],
    ok: [200],
    why: 'the secretariat revises the (unchanged) edition while it is UPCOMING',
  },
  putCalendar: {
    request: () => ({ body: { stages: seedEdition.stages } }),
    stages: stagesFrom('UPCOMING', 'WINNER_DETERMINATION'),
    stageCode: 'ANNOUNCED',
    ok: [200],
    why: 'the secretariat may send the calendar until the winners are announced (unchanged here: nothing moves)',
  },
  getEditionAudit: { request: () => ({}), ok: [200], why: 'the secretariat reads the edition’s trail at any stage', shows: adminSees },
  fileObjection: {
    request: () => ({ body: { reason: 'Inovasi ini belum berjalan seperti yang diklaim.' } }),
    missing: targetMissing,
    stages: [],
    stageCode: 'OBJECTION_WINDOW_CLOSED',
    ok: [201],
    why: 'any signed-in person may object during the objection window; the seed edition has none, so every stage refuses (409 OBJECTION_WINDOW_CLOSED)',
    allowedNowhere: 'the seed edition has no objection window: filing within one is played in test/judging/objections.test.ts',
  },
  exportIid: { request: () => ({}), ok: [200], why: 'the secretariat exports the entries in the national field set at any stage', shows: adminSees },
  getStatistics: { request: () => ({}), ok: [200], why: 'the secretariat reads the dashboard figures at any stage', shows: adminSees },
  listObjections: { request: () => ({}), ok: [200], why: 'the secretariat lists the edition’s objections at any stage (none here)', shows: adminSees },
  resolveObjection: {
    request: () => ({ params: { objectionId: '00000000-0000-4000-8000-000000000001' }, body: { outcome: 'REJECTED', reason: 'Tidak terbukti' } }),
    missing: () => true,
    ok: [200],
    why: 'the secretariat resolves an objection; none exists here, so it is a 404 at every stage',
    allowedNowhere: 'no objection can be filed on the seed edition: resolving one is played in test/judging/objections.test.ts',
  },
};

// ---------------------------------------------------------------------------------------------
// Expectations, derived

interface Expectation {
  status: readonly number[];
  code?: string;
  why: string;
}

const holdsRole = (route: Route, actor: Actor): boolean =>
  route.roles === 'public' ||
  (actor !== 'anonymous' && (route.roles === 'any' || ACCOUNTS[actor].groups.some((g) => (route.roles as readonly Role[]).includes(g))));

export const expectation = (route: Route & { id: RouteId }, actor: Actor, stage: Stage): Expectation => {
  const c = MATRIX[route.id];
  if (route.roles !== 'public' && actor === 'anonymous') return { status: [401], code: 'UNAUTHORIZED', why: 'no token on a guarded route' };
  if (!holdsRole(route, actor)) return { status: [403], code: 'FORBIDDEN', why: `the route needs the role ${[route.roles].flat().join('/')}` };
  if (c.missing?.(stage)) return { status: [404], code: 'NOT_FOUND', why: 'its target does not exist yet' };
  if (c.entitled && !c.entitled(actor, stage)) return { status: [403], code: 'FORBIDDEN', why: 'not the owner, not assigned, or conflicted' };
  if (c.missingInside?.(stage)) return { status: [404], code: 'NOT_FOUND', why: 'the document inside it does not exist yet' };
  if (c.stages && !c.stages.includes(stage)) return { status: [409], code: c.stageCode ?? 'WRONG_STAGE', why: `allowed in ${c.stages.join(', ')}` };
  return { status: c.ok, why: c.why };
};

const isAllowed = (e: Expectation) => e.status.every((s) => s >= 200 && s < 300);

const fillPath = (template: string, params: Record<string, string>): string =>
  template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    if (params[name] === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(params[name]);
  });

/** Routes in the order a stage's cells run: the table's order, `last` ones at the end. */
const orderedRoutes = () => [...ROUTES].sort((a, b) => Number(Boolean(MATRIX[a.id].last)) - Number(Boolean(MATRIX[b.id].last)));

// ---------------------------------------------------------------------------------------------
// The table covers the route table

describe('the matrix covers the route table', () => {
  test('every route of the table has a request builder and expectations, and nothing else does', () => {
    const ids = ROUTES.map((r) => r.id);
    expect(ids.filter((id) => !(id in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((id) => !ids.includes(id as RouteId))).toEqual([]);
  });

  test('every route is allowed somewhere and refused somewhere, and every stage-bound route is tried in and out of its stages', () => {
    for (const route of ROUTES) {
      const cells = STAGES.flatMap((stage) => ACTORS.map((actor) => expectation(route, actor, stage)));
      expect([route.id, cells.some(isAllowed) || MATRIX[route.id].allowedNowhere !== undefined]).toEqual([route.id, true]);
      if (route.roles !== 'public') expect([route.id, cells.some((c) => !isAllowed(c))]).toEqual([route.id, true]);
      if (MATRIX[route.id].stages) expect([route.id, cells.some((c) => c.status.includes(409))]).toEqual([route.id, true]);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The play-through

let stack: LocalStack;
let http: ReturnType<typeof api>;
const tokens: Partial<Record<Actor, string>> = {};
const fixture: Fixture = {
  innovationId: '7d0d3c1e-0000-4000-8000-000000000000',
  documentId: '7d0d3c1e-0000-4000-8000-000000000001',
  evidenceId: '7d0d3c1e-0000-4000-8000-000000000002',
};
let helperJudge: string;

beforeAll(async () => {
  stack = await startTestStack();
  http = api(stack);
  for (const [actor, account] of Object.entries(ACCOUNTS)) tokens[actor as Actor] = await http.token(account.sub, account.groups, account.institutionId);
  helperJudge = await http.token(HELPER_JUDGE, ['jury']);
});
afterAll(() => stack?.stop());

const moveClock = async (now: string) => {
  const answer = await http.setClock(now);
  if (answer.status !== 200) throw new Error(`the clock did not move to ${now}: ${answer.status} ${JSON.stringify(answer.body)}`);
};
const must = (answer: Answer, status: number, what: string) => {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer;
};

/** What happens before a stage's cells run: the clock moves, and the work of people outside the
 * matrix (registering the target, the helper judge's scores) is done. */
const PLAY: Record<Stage, () => Promise<void>> = {
  UPCOMING: async () => undefined, // a fresh stack's clock: 2023-10-01, before the edition opens
  REGISTRATION: async () => {
    await moveClock('2023-10-12T09:00:00+08:00');
    const created = must(await http.call('POST', `/editions/${SEED_EDITION_ID}/innovations`, { token: tokens.owner, body: TARGET }), 201, 'registering the target');
    fixture.innovationId = created.body.id;
    const doc = must(
      await http.call('POST', `/innovations/${fixture.innovationId}/documents`, { token: tokens.owner, body: { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } }),
      201,
      'the proposal upload',
    );
    expect((await uploadWithPresignedPost(doc.body.upload, SAMPLE_PDF, 'application/pdf')).status).toBeLessThan(300);
    fixture.documentId = doc.body.documentId;
  },
  SCREENING: async () => {
    await moveClock('2023-10-15T09:00:00+08:00');
    must(await http.call('PUT', `/editions/${SEED_EDITION_ID}/assignments`, { token: tokens.admin, body: PANEL }), 200, 'setting the panel');
  },
  ASSESSMENT: async () => {
    await moveClock('2023-11-02T09:00:00+08:00');
    must(await http.call('PUT', `/innovations/${fixture.innovationId}/scores/assessment`, { token: helperJudge, body: { criteria: criteria(ASSESSMENT, 5) } }), 201, 'the helper judge’s assessment');
  },
  NOMINATION: async () => {
    await moveClock('2023-11-20T13:00:00+08:00');
    const target = await http.call('GET', `/innovations/${fixture.innovationId}`, { token: tokens.admin });
    expect(target.body.status).toBe('NOMINATED'); // two judges scored it: the boundary nominated it
  },
  FIELD_VERIFICATION: async () => {
    await moveClock('2023-11-21T09:00:00+08:00');
    const evidence = must(
      await http.call('POST', `/innovations/${fixture.innovationId}/verification/evidence`, { token: tokens.verifierAssigned, body: { kind: 'PHOTO', fileName: 'kunjungan.jpg', contentType: 'image/jpeg', size: SAMPLE_JPEG.length } }),
      201,
      'the field evidence upload',
    );
    expect((await uploadWithPresignedPost(evidence.body.upload, SAMPLE_JPEG, 'image/jpeg')).status).toBeLessThan(300);
    fixture.evidenceId = evidence.body.documentId;
  },
  PRESENTATION: async () => {
    await moveClock('2023-11-28T09:00:00+08:00');
    must(await http.call('PUT', `/innovations/${fixture.innovationId}/scores/presentation`, { token: helperJudge, body: { criteria: criteria(PRESENTATION, 5) } }), 201, 'the helper judge’s presentation');
  },
  WINNER_DETERMINATION: async () => moveClock('2023-12-09T09:00:00+08:00'),
  ANNOUNCED: async () => undefined, // the secretariat's announcement was the last cell of WINNER_DETERMINATION
};

/** The strings that betray the target innovation in a body. Its id counts only when the request did
 * not name it (a 404 may repeat the id it was asked for). */
const markers = (path: string): string[] => [TARGET.title as string, TARGET.summary as string, TARGET.contact.email, TARGET.contact.phone, ...(path.includes(fixture.innovationId) ? [] : [fixture.innovationId])];

describe.each(STAGES.map((s) => [s]))('in %s', (stage) => {
  test('every route answers every caller as the matrix says, and a refused request writes and shows nothing', async () => {
    await PLAY[stage]();
    expect((await http.call('GET', `/editions/${SEED_EDITION_ID}`)).body.currentStage).toBe(stage);

    const problems: string[] = [];
    let snapshot: string | undefined;
    for (const route of orderedRoutes()) {
      for (const actor of ACTORS) {
        const expected = expectation(route, actor, stage);
        const c = MATRIX[route.id];
        const sent = c.request(fixture, stage);
        const path = fillPath(route.path, { editionId: SEED_EDITION_ID, id: fixture.innovationId, ...sent.params });
        const allowed = isAllowed(expected);
        const mustNotWrite = !allowed || route.method === 'GET';
        const before = mustNotWrite ? (snapshot ?? (await tableSnapshot())) : undefined;
        const answer = await http.call(route.method, path, { token: tokens[actor], body: sent.body, headers: sent.headers });
        const cell = `${stage} · ${route.method} ${route.path} [${route.id}] · ${actor}`;
        const problem = (what: string) => problems.push(`${cell}: ${what} (expected ${expected.status.join('|')}: ${expected.why}; got ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)})`);

        if (!expected.status.includes(answer.status)) problem('wrong status');
        if (!allowed) {
          if (typeof answer.body?.error?.code !== 'string' || typeof answer.body?.error?.message !== 'string') problem('no error code and message');
          else if (expected.code && answer.body.error.code !== expected.code) problem(`error code ${answer.body.error.code}, expected ${expected.code}`);
        }
        if (mustNotWrite) {
          snapshot = await tableSnapshot();
          if (snapshot !== before) problem(allowed ? 'a GET wrote to the table' : 'a refused request wrote to the table');
        } else snapshot = undefined;

        const text = JSON.stringify(answer.body ?? '');
        const shows = allowed && answer.status < 300 ? (c.shows ?? adminSees)(actor, stage) : false;
        if (shows === false) {
          const leaked = markers(path).filter((m) => text.includes(m));
          if (leaked.length) problem(`shows the innovation (${leaked.join(', ')})`);
        } else if (shows === true && !text.includes(fixture.innovationId) && !text.includes(TARGET.title as string)) problem('does not show the innovation');
        if (allowed && answer.status < 300 && c.check) {
          const found = c.check(answer, actor, stage);
          if (found) problem(found);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
