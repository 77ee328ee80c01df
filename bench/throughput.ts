/** Section 4 — local stack throughput. The embedded local stack (this process: the HTTP server built
 * from the route table, handlers in-process; DynamoDB Local and s3rver beside it) takes
 * registrations from autocannon, run as a separate process so it does not share this event loop.
 * One participant registers many drafts with one token. */
import { signDevToken } from '#scripts/local/dev-tokens';
import { SAMPLE_INSTITUTIONS } from '#scripts/local/sample-institutions';
import { startLocalStack } from '#scripts/local/stack';
import { SEED_EDITION_ID } from '#shared/domain/seed-edition';
import { atLeast, atMost, lastJsonLineOf, log, ms, type Table, type Verdict } from './support';

/** What we ask of the local stack (a development tool on loopback, not production capacity). */
export const THROUGHPUT_TARGETS = { rps: 50, p99Ms: 500, errors: 0 };

interface Run {
  label: string;
  connections: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
  statuses: Record<string, number>;
}

const autocannon = async (url: string, opts: { connections: number; seconds: number; token: string; body: unknown }): Promise<Omit<Run, 'label'>> => {
  const r = await lastJsonLineOf([
    require.resolve('autocannon/autocannon.js'),
    '--json',
    '--renderStatusCodes',
    '-c', String(opts.connections),
    '-d', String(opts.seconds),
    '-m', 'POST',
    '-H', `authorization=Bearer ${opts.token}`,
    '-H', 'content-type=application/json',
    '-b', JSON.stringify(opts.body),
    url,
  ]);
  return {
    connections: opts.connections,
    seconds: opts.seconds,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    total: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    statuses: Object.fromEntries(Object.entries((r.statusCodeStats ?? {}) as Record<string, { count: number }>).map(([k, v]) => [k, v.count])),
  };
};

export interface ThroughputResult {
  tables: Table[];
  failures: string[];
  runs: Run[];
}

export const throughput = async (endpoints: { dynamodb: string; s3: string }, seconds: number): Promise<ThroughputResult> => {
  const stack = await startLocalStack({ endpoints, tableName: 'bench-throughput', bucketName: 'bench-throughput' });
  const runs: Run[] = [];
  try {
    await stack.setClock(new Date('2023-10-12T09:00:00+08:00'));
    const institution = SAMPLE_INSTITUTIONS.find((i) => i.type === 'OPD')!;
    const body = (category: string, institutionId?: string) => ({
      title: 'Layanan Adminduk Keliling Digital',
      category,
      ...(institutionId ? { institutionId } : { affiliation: 'Karang Taruna Tenggarong' }),
      summary: 'Pelayanan administrasi kependudukan jemput bola berbasis aplikasi.',
      innovationStage: 'PENERAPAN',
      innovationType: 'DIGITAL',
      startedOn: '2022-03-01',
      contact: { name: 'Siti Rahmawati', email: 'siti@kukarkab.go.id', phone: '+62 812 5555 0101' },
    });
    const url = `${stack.url}/editions/${SEED_EDITION_ID}/innovations`;
    const cases = [
      { label: 'personal category (PEMUDA)', token: await signDevToken(stack.secret, { sub: 'bench-pemuda', groups: ['participant'] }), body: body('PEMUDA') },
      {
        label: `institutional (OPD: + ${institution.institutionId} tally in the transaction)`,
        token: await signDevToken(stack.secret, { sub: 'bench-opd', groups: ['participant'], institutionId: institution.institutionId }),
        body: body('OPD', institution.institutionId),
      },
    ];
    for (const c of cases) {
      // A short warm-up: handlers load on first use, and the JIT settles.
      await autocannon(url, { connections: 2, seconds: 2, token: c.token, body: c.body });
      log(`throughput: ${c.label}, 10 connections × ${seconds} s`);
      runs.push({ label: c.label, ...(await autocannon(url, { connections: 10, seconds, token: c.token, body: c.body })) });
    }
  } finally {
    await stack.stop();
  }
  const failures: string[] = [];
  const rows = runs.map((r) => {
    const checks: [string, Verdict][] = [
      [`rps ≥ ${THROUGHPUT_TARGETS.rps}`, atLeast(r.rps, THROUGHPUT_TARGETS.rps)],
      [`p99 ≤ ${THROUGHPUT_TARGETS.p99Ms} ms`, atMost(r.p99, THROUGHPUT_TARGETS.p99Ms)],
      ['all 201', r.non2xx + r.errors === 0 ? 'PASS' : 'FAIL'],
    ];
    for (const [what, v] of checks) if (v === 'FAIL') failures.push(`throughput ${r.label}: ${what} not met`);
    return [
      r.label,
      String(r.connections),
      r.rps.toFixed(0),
      ms(r.p50),
      ms(r.p99),
      String(r.total),
      Object.entries(r.statuses).map(([k, v]) => `${k}×${v}`).join(' ') + (r.errors ? ` errors×${r.errors}` : ''),
      checks.map(([w]) => w).join(', '),
      checks.every(([, v]) => v === 'PASS') ? 'PASS' : 'FAIL',
    ];
  });
  return {
    failures,
    runs,
    tables: [
      {
        title: `4. Local stack throughput — POST /editions/{editionId}/innovations under autocannon (${seconds} s each)`,
        note:
          'The local stack in the benchmark process (HTTP server from the route table, handlers in-process, INFO logs produced and discarded), DynamoDB Local and s3rver ' +
          'on loopback, autocannon in its own process; one participant token for all requests. The targets are ours (the issue sets none): a development stack ' +
          'that keeps up with a workshop of participants, with no failed request.',
        columns: ['registration', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'statuses', 'target', 'verdict'],
        rows,
      },
    ],
  };
};
