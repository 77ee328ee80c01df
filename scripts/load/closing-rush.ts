/** The closing-minute rush: registration of the seed edition closes at 2023-10-14 00:00 WITA, and a
 * minute before it hundreds of participants register, upload their proposal and submit at once. Then
 * the clock crosses midnight and a second wave tries again. What must hold: every submission the API
 * acknowledged (2xx) is stored as SUBMITTED, nothing else is, and nothing is accepted after the close.
 *
 * Tools. The API steps (register, document request, submit, and the late wave) are driven by
 * autocannon with one connection per participant, each sending exactly its own request — so the
 * concurrency is the number of participants and the latency figures are autocannon's histograms.
 * The uploads go with fetch: they are presigned POSTs to S3 (another origin, a multipart form built
 * from each participant's own presigned fields), which in AWS never touch the API at all; they are
 * here because a submission checks the stored object, and reported apart.
 *
 * Everything runs in one process (the stack's handlers and the load generator share the event loop),
 * so the figures describe the local stack under contention, not AWS. */
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { boundaryInstant } from '#shared/domain/boundaries';
import { PERSONAL_CATEGORIES } from '#shared/vocabulary/categories';
import { SEED_EDITION_ID, seedEdition } from '#shared/domain/seed-edition';
import { toWita } from '#shared/vocabulary/wita';
import { signDevToken } from '#scripts/local/dev-tokens';
import { SAMPLE_INSTITUTIONS } from '#scripts/local/sample-institutions';
import { startLocalStack, type LocalStack } from '#scripts/local/stack';
import { SAMPLE_PDF, uploadWithPresignedPost } from '#scripts/samples';

/** Registration closes where screening starts; the rush begins a minute before. */
export const AT_CLOSE = boundaryInstant(seedEdition, 'SCREENING');
export const BEFORE_CLOSE = toWita(Date.parse(AT_CLOSE) - 60_000);

export interface RushOptions {
  /** Participants of the first wave (distinct accounts), all at once. */
  participants: number;
  /** Of those, how many register and upload in time but submit only after the close. */
  stragglers: number;
  /** New participants who try to register after the close. */
  late: number;
  /** Every how many participants one enters an institutional category (the rest: personal ones). */
  institutionalEvery?: number;
  /** How to get a stack; default: a fresh one with its own in-memory DynamoDB and temporary S3. */
  start?: () => Promise<LocalStack>;
  /** Progress lines (default: none). */
  progress?: (line: string) => void;
}

export interface StepStats {
  step: string;
  tool: 'autocannon' | 'fetch';
  requests: number;
  statuses: Record<string, number>;
  '2xx': number;
  '4xx': number;
  '5xx': number;
  /** Requests that got no HTTP answer (connection error or timeout). */
  errors: number;
  seconds: number;
  /** Answered requests per second over the step. */
  throughput: number;
  p50: number;
  p99: number;
}

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export interface RushReport {
  options: Required<Omit<RushOptions, 'start' | 'progress'>>;
  steps: StepStats[];
  total: { requests: number; seconds: number; throughput: number };
  stored: { submitted: number; byStatus: Record<string, number> };
  checks: Check[];
  /** Whether every check holds; the run fails otherwise. */
  invariantHolds: boolean;
}

interface Participant {
  sub: string;
  token: string;
  category: string;
  institutionId?: string;
  innovationId?: string;
  upload?: { url: string; fields: Record<string, string> };
}

const NAMES = ['Siti Rahmawati', 'Muhammad Rizky Pratama', 'Ni Luh Putu Ayu', 'Andi Syahrul', 'Dewi Lestari', 'Yohanes Bambang', 'Nur Aisyah', 'I Gusti Ngurah Rai'];

const innovationBody = (p: Participant, i: number) => ({
  title: `Inovasi Menit Terakhir ${i + 1}`,
  category: p.category,
  ...(p.institutionId ? { institutionId: p.institutionId } : { affiliation: `Komunitas Tenggarong ${(i % 17) + 1}` }),
  summary: 'Layanan yang mendekatkan warga desa pada pelayanan publik.',
  problem: 'Warga harus menempuh perjalanan jauh untuk dilayani.',
  solution: 'Petugas dan aplikasi datang ke desa sesuai jadwal.',
  impact: 'Waktu layanan turun dari dua minggu menjadi dua hari.',
  innovationStage: 'PENERAPAN',
  innovationType: i % 2 ? 'DIGITAL' : 'NON_DIGITAL',
  startedOn: '2022-03-01',
  contact: { name: NAMES[i % NAMES.length], email: `peserta${i + 1}@contoh.kukarkab.go.id`, phone: `+62 812 ${String(1000 + (i % 9000)).padStart(4, '0')} ${String(i).padStart(4, '0')}` },
});

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : 0);

const tally = (step: string, tool: StepStats['tool'], statuses: number[], errors: number, seconds: number, p50: number, p99: number): StepStats => {
  const count = (lo: number) => statuses.filter((s) => s >= lo && s < lo + 100).length;
  const byStatus: Record<string, number> = {};
  for (const s of statuses) byStatus[s] = (byStatus[s] ?? 0) + 1;
  return {
    step,
    tool,
    requests: statuses.length + errors,
    statuses: byStatus,
    '2xx': count(200),
    '4xx': count(400),
    '5xx': count(500),
    errors,
    seconds,
    throughput: seconds > 0 ? statuses.length / seconds : 0,
    p50,
    p99,
  };
};

interface Shot {
  method: 'GET' | 'POST';
  path: string;
  token: string;
  body?: unknown;
}

/** One autocannon run: one connection per item, each sending that item's request exactly once. */
const cannon = async <T>(stack: LocalStack, step: string, items: T[], shot: (item: T) => Shot, answered: (item: T, status: number, body: string) => void): Promise<StepStats> => {
  if (items.length === 0) return tally(step, 'autocannon', [], 0, 0, 0, 0);
  let next = 0;
  const statuses: number[] = [];
  const result = await autocannon({
    url: stack.url,
    connections: items.length,
    amount: items.length,
    timeout: 60,
    requests: [
      {
        // Each connection builds its one request here; its context remembers whose it is.
        setupRequest: (request, context) => {
          const item = items[next++];
          (context as { item?: T }).item = item;
          const s = shot(item);
          return {
            ...request,
            method: s.method,
            path: s.path,
            headers: { authorization: `Bearer ${s.token}`, ...(s.body !== undefined ? { 'content-type': 'application/json' } : {}) },
            ...(s.body !== undefined ? { body: JSON.stringify(s.body) } : {}),
          };
        },
        onResponse: (status, body, context) => {
          statuses.push(status);
          answered((context as { item: T }).item, status, body);
        },
      },
    ],
  });
  const seconds = (result.finish.getTime() - result.start.getTime()) / 1000;
  return tally(step, 'autocannon', statuses, items.length - statuses.length, seconds, result.latency.p50, result.latency.p99);
};

/** All at once with fetch, timing each. */
const fetchAll = async <T>(step: string, items: T[], send: (item: T) => Promise<number>): Promise<StepStats> => {
  const started = performance.now();
  const timings: number[] = [];
  let errors = 0;
  const statuses = (
    await Promise.all(
      items.map(async (item) => {
        const t0 = performance.now();
        try {
          return await send(item);
        } catch {
          errors++;
          return undefined;
        } finally {
          timings.push(performance.now() - t0);
        }
      }),
    )
  ).filter((s): s is number => s !== undefined);
  timings.sort((a, b) => a - b);
  return tally(step, 'fetch', statuses, errors, (performance.now() - started) / 1000, Math.round(percentile(timings, 50)), Math.round(percentile(timings, 99)));
};

const innovationIdOfKey = (key: string | undefined) => /\/innovations\/([0-9a-f-]{36})\//.exec(key ?? '')?.[1];

export const runClosingRush = async (opts: RushOptions): Promise<RushReport> => {
  const options = { institutionalEvery: 10, ...opts };
  const say = opts.progress ?? (() => undefined);
  const stack = await (opts.start ?? (() => startLocalStack()))();
  try {
    const api = async (method: string, path: string, token?: string, body?: unknown) => {
      const res = await fetch(stack.url + path, {
        method,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as any };
    };
    const setClock = async (now: string) => {
      const moved = await api('POST', '/_local/clock', undefined, { now });
      if (moved.status !== 200) throw new Error(`the clock did not move to ${now}: ${moved.status} ${JSON.stringify(moved.body)}`);
      return moved.body.fired as { boundary: string; result: string }[];
    };

    say(`clock → ${BEFORE_CLOSE}`);
    await setClock(BEFORE_CLOSE);

    const account = async (sub: string, i: number): Promise<Participant> => {
      const institution = i % options.institutionalEvery === 0 ? SAMPLE_INSTITUTIONS[(i / options.institutionalEvery) % SAMPLE_INSTITUTIONS.length] : undefined;
      const token = await signDevToken(stack.secret, { sub, groups: ['participant'], ...(institution ? { institutionId: institution.institutionId } : {}) });
      return { sub, token, category: institution?.type ?? PERSONAL_CATEGORIES[i % PERSONAL_CATEGORIES.length], ...(institution ? { institutionId: institution.institutionId } : {}) };
    };
    const wave = await Promise.all(Array.from({ length: options.participants }, (_, i) => account(`peserta-menit-akhir-${i + 1}`, i)));
    const latecomers = await Promise.all(Array.from({ length: options.late }, (_, i) => account(`peserta-terlambat-${i + 1}`, options.participants + i)));
    const bySub = new Map(wave.map((p) => [p.sub, p]));
    const byInnovation = new Map<string, Participant>();
    const steps: StepStats[] = [];

    say(`wave 1: ${wave.length} participants register`);
    steps.push(
      await cannon(stack, 'register', wave, (p) => ({ method: 'POST', path: `/editions/${SEED_EDITION_ID}/innovations`, token: p.token, body: innovationBody(p, wave.indexOf(p)) }), (_p, status, body) => {
        if (status !== 201) return;
        const created = JSON.parse(body) as { id: string; ownerId: string };
        const owner = bySub.get(created.ownerId);
        if (owner) {
          owner.innovationId = created.id;
          byInnovation.set(created.id, owner);
        }
      }),
    );
    const registered = wave.filter((p) => p.innovationId);

    say(`wave 1: ${registered.length} request a proposal upload`);
    steps.push(
      await cannon(stack, 'document request', registered, (p) => ({ method: 'POST', path: `/innovations/${p.innovationId}/documents`, token: p.token, body: { kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: SAMPLE_PDF.length } }), (_p, status, body) => {
        if (status !== 201) return;
        const doc = JSON.parse(body) as { upload: { url: string; fields: Record<string, string> } };
        const owner = byInnovation.get(innovationIdOfKey(doc.upload.fields.key) ?? '');
        if (owner) owner.upload = doc.upload;
      }),
    );

    const uploading = registered.filter((p) => p.upload);
    say(`wave 1: ${uploading.length} upload to S3`);
    steps.push(
      await fetchAll('upload (S3, presigned POST)', uploading, async (p) => {
        const res = await uploadWithPresignedPost(p.upload!, SAMPLE_PDF, 'application/pdf');
        await res.arrayBuffer();
        return res.status;
      }),
    );

    const stragglers = uploading.slice(uploading.length - Math.min(options.stragglers, uploading.length));
    const onTime = uploading.filter((p) => !stragglers.includes(p));
    const acknowledged = new Set<string>();
    say(`wave 1: ${onTime.length} submit before midnight (${stragglers.length} wait)`);
    steps.push(
      await cannon(stack, 'submit', onTime, (p) => ({ method: 'POST', path: `/innovations/${p.innovationId}/submit`, token: p.token }), (p, status) => {
        if (status >= 200 && status < 300) acknowledged.add(p.innovationId!);
      }),
    );

    say(`clock → ${AT_CLOSE}`);
    const fired = await setClock(AT_CLOSE);

    const acceptedLate: string[] = [];
    say(`wave 2: ${latecomers.length} register and ${stragglers.length} submit after midnight`);
    const lateRegister = await cannon(stack, 'late register', latecomers, (p) => ({ method: 'POST', path: `/editions/${SEED_EDITION_ID}/innovations`, token: p.token, body: innovationBody(p, options.participants + latecomers.indexOf(p)) }), (p, status) => {
      if (status < 300) acceptedLate.push(`register by ${p.sub}`);
    });
    const lateSubmit = await cannon(stack, 'late submit', stragglers, (p) => ({ method: 'POST', path: `/innovations/${p.innovationId}/submit`, token: p.token }), (p, status) => {
      if (status >= 200 && status < 300) {
        acceptedLate.push(`submission of ${p.innovationId}`);
        acknowledged.add(p.innovationId!);
      }
    });
    steps.push(lateRegister, lateSubmit);

    say('counting what is stored');
    const admin = await signDevToken(stack.secret, { sub: 'brida-admin', groups: ['admin'] });
    const byStatus: Record<string, number> = {};
    const storedSubmitted = new Set<string>();
    let nextToken: string | undefined;
    let pages = 0;
    do {
      const page = await api('GET', `/editions/${SEED_EDITION_ID}/innovations?limit=100${nextToken ? `&nextToken=${encodeURIComponent(nextToken)}` : ''}`, admin);
      if (page.status !== 200) throw new Error(`listing failed: ${page.status} ${JSON.stringify(page.body)}`);
      for (const i of page.body.items as { id: string; status: string }[]) {
        byStatus[i.status] = (byStatus[i.status] ?? 0) + 1;
        if (i.status === 'SUBMITTED') storedSubmitted.add(i.id);
      }
      nextToken = page.body.nextToken;
      pages++;
    } while (nextToken);
    const compliance = await api('GET', `/editions/${SEED_EDITION_ID}/compliance`, admin);
    const tallied = (compliance.body.institutions as { submitted: number }[]).reduce((sum, i) => sum + i.submitted, 0);
    const institutionalAcknowledged = [...acknowledged].filter((id) => byInnovation.get(id)?.institutionId).length;

    const submitAnswers = steps.filter((s) => s.step === 'submit' || s.step === 'late submit').reduce((n, s) => n + s['2xx'], 0);
    const late = [lateRegister, lateSubmit];
    const lateNot409 = late.reduce((n, s) => n + s.requests - (s.statuses['409'] ?? 0), 0);
    const missing = [...acknowledged].filter((id) => !storedSubmitted.has(id));
    const unacknowledged = [...storedSubmitted].filter((id) => !acknowledged.has(id));
    const checks: Check[] = [
      { name: 'stored SUBMITTED = 2xx submit answers', ok: storedSubmitted.size === submitAnswers, detail: `${storedSubmitted.size} stored (counted over ${pages} page(s) of the admin list), ${submitAnswers} answered 2xx` },
      { name: 'the same innovations', ok: missing.length === 0 && unacknowledged.length === 0, detail: `${missing.length} acknowledged but not stored, ${unacknowledged.length} stored but never acknowledged` },
      { name: 'nothing accepted after the close', ok: acceptedLate.length === 0, detail: acceptedLate.length ? acceptedLate.slice(0, 5).join('; ') : '0 accepted' },
      { name: 'every late request answered 409', ok: lateNot409 === 0, detail: `${late.reduce((n, s) => n + (s.statuses['409'] ?? 0), 0)} of ${late.reduce((n, s) => n + s.requests, 0)} were 409` },
      { name: 'institution tallies = institutional submissions', ok: tallied === institutionalAcknowledged, detail: `compliance report counts ${tallied}, ${institutionalAcknowledged} acknowledged` },
      { name: 'SCREENING fired at midnight', ok: fired.some((f) => f.boundary === 'SCREENING' && f.result === 'done'), detail: fired.map((f) => `${f.boundary} ${f.result}`).join(', ') || 'nothing fired' },
    ];
    const requests = steps.filter((s) => s.tool === 'autocannon').reduce((n, s) => n + s.requests, 0);
    const seconds = steps.filter((s) => s.tool === 'autocannon').reduce((n, s) => n + s.seconds, 0);
    return {
      options: { participants: options.participants, stragglers: options.stragglers, late: options.late, institutionalEvery: options.institutionalEvery },
      steps,
      total: { requests, seconds, throughput: seconds > 0 ? requests / seconds : 0 },
      stored: { submitted: storedSubmitted.size, byStatus },
      checks,
      invariantHolds: checks.every((c) => c.ok),
    };
  } finally {
    await stack.stop();
  }
};

const pad = (v: unknown, n: number, left = false) => (left ? String(v).padEnd(n) : String(v).padStart(n));

export const formatReport = (r: RushReport): string => {
  const personal = r.options.participants - Math.ceil(r.options.participants / r.options.institutionalEvery);
  const lines = [
    '',
    `Closing-minute rush — ${r.options.participants} participants at once (${personal} in personal categories, ${r.options.participants - personal} institutional), ${r.options.stragglers} of them submitting late, ${r.options.late} latecomers`,
    `clock ${BEFORE_CLOSE} → ${AT_CLOSE}`,
    '',
    `${pad('step', 28, true)} ${pad('tool', 10, true)} ${pad('requests', 8)} ${pad('2xx', 5)} ${pad('4xx', 5)} ${pad('5xx', 5)} ${pad('no answer', 9)} ${pad('req/s', 8)} ${pad('p50 ms', 8)} ${pad('p99 ms', 8)}  statuses`,
    ...r.steps.map(
      (s) =>
        `${pad(s.step, 28, true)} ${pad(s.tool, 10, true)} ${pad(s.requests, 8)} ${pad(s['2xx'], 5)} ${pad(s['4xx'], 5)} ${pad(s['5xx'], 5)} ${pad(s.errors, 9)} ${pad(s.throughput.toFixed(1), 8)} ${pad(s.p50, 8)} ${pad(s.p99, 8)}  ${Object.entries(s.statuses)
          .map(([k, v]) => `${k}×${v}`)
          .join(' ')}`,
    ),
    '',
    `API (autocannon steps): ${r.total.requests} requests in ${r.total.seconds.toFixed(2)} s = ${r.total.throughput.toFixed(1)} req/s`,
    `stored: ${Object.entries(r.stored.byStatus)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
    '',
    'invariant:',
    ...r.checks.map((c) => `  ${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}`),
    '',
    r.invariantHolds ? 'INVARIANT HOLDS' : 'INVARIANT FAILED',
    '',
  ];
  return lines.join('\n');
};
