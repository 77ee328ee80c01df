/** Section 3 — ranking scale. For each size, a table of its own on DynamoDB Local is loaded with
 * BatchWrite (the edition, its panel, N submitted-and-eligible innovations over the 14 categories,
 * each scored by the same 3 judges in the assessment), then the nomination ranking is computed in a
 * child process exactly as the NOMINATION boundary does (`computeRanking`); the nominees then get a
 * field verification and 3 presentation scores and the final ranking is computed the same way. Each
 * computation's time, peak heap and peak RSS are its own process's. */
import { resolve } from 'node:path';
import { ensureTable } from '#scripts/local/provision';
import { saveAssignments } from '#shared/data/assignments';
import { batchWrite } from '#shared/data/dynamo';
import {
  innovationEditionSort,
  innovationKey,
  innovationOwnerSort,
  innovationsOfEdition,
  innovationsOfOwner,
  scoreKey,
  scoreRoundSort,
  scoresOfRound,
  verificationKey,
  verificationSort,
  verificationsOfEdition,
} from '#shared/data/keys';
import { markBoundaryDone } from '#shared/data/boundaries';
import { createEdition, getEdition } from '#shared/data/editions';
import { findRankingHeader } from '#shared/data/rankings';
import { boundariesInOrder, boundaryInstant } from '#shared/domain/boundaries';
import { stageTransition } from '#shared/contracts/stage-transition.contract';
import { toWita } from '#shared/vocabulary/wita';
import { CATEGORY_CODES, isInstitutional } from '#shared/vocabulary/categories';
import { judgeTotal } from '#shared/domain/scoring';
import { SEED_EDITION_ID, seedEdition } from '#shared/domain/seed-edition';
import { Edition } from '#shared/schemas/edition.schema';
import { heapLimitMb } from '#infra/function-sizing';
import { RANKING_SIZING } from '#shared/contracts/contract';
import { atMost, kB, lastJsonLineOf, log, MB, ratio, seededRandom, type Table } from './support';

export const RANKING_RATIO_TARGET = 11;
const JUDGES = ['juri-1', 'juri-2', 'juri-3'];
const EDITION = SEED_EDITION_ID;
const NOMINATION_AT = '2023-11-20T13:00:00+08:00';
const FINAL_AT = '2023-12-09T01:00:00+08:00';
const LOADED_AT = '2023-10-01T00:00:00+08:00';

const uuid = (n: number, kind = 4): string => `00000000-0000-${kind}000-8000-${String(n).padStart(12, '0')}`;
const wita = (epochSeconds: number): string => new Date((epochSeconds + 8 * 3600) * 1000).toISOString().replace(/\.\d{3}Z$/, '+08:00');
const REGISTRATION_OPENS = Date.parse('2023-10-11T00:00:00+08:00') / 1000;

const text = (random: () => number, words: number): string =>
  Array.from({ length: words }, () => ['layanan', 'desa', 'warga', 'digital', 'kesehatan', 'pendidikan', 'petani', 'nelayan', 'aplikasi', 'jemput', 'bola', 'inovasi', 'kukar', 'idaman'][Math.floor(random() * 14)]).join(' ');

/** One innovation as `shared/data/innovations.ts` stores it (its keys, both GSIs, the aggregate). */
const innovationItem = (n: number, random: () => number) => {
  const category = CATEGORY_CODES[n % CATEGORY_CODES.length]!;
  const id = uuid(n);
  const created = wita(REGISTRATION_OPENS + (n % 250_000));
  const submitted = wita(REGISTRATION_OPENS + 3600 + (n % 250_000));
  const ownerId = `peserta-${n % 5000}`;
  const documentId = uuid(n, 5);
  const innovation = {
    id,
    editionId: EDITION,
    ownerId,
    status: 'ELIGIBLE',
    title: `Inovasi ${text(random, 5)} ${n}`,
    category,
    ...(isInstitutional(category) ? { institutionId: `${category.toLowerCase().replace(/_/g, '-')}-${n % 60}` } : { affiliation: text(random, 3) }),
    summary: text(random, 40),
    problem: text(random, 60),
    solution: text(random, 60),
    impact: text(random, 40),
    innovationStage: 'PENERAPAN',
    innovationType: 'DIGITAL',
    startedOn: '2022-03-01',
    contact: { name: 'Siti Rahmawati', email: 'siti@kukarkab.go.id', phone: '+62 812 5555 0101' },
    documents: [
      { documentId, kind: 'PROPOSAL', fileName: 'proposal.pdf', contentType: 'application/pdf', size: 250_000, key: `editions/${EDITION}/innovations/${id}/documents/${documentId}`, status: 'UPLOADED', createdAt: created },
    ],
    createdAt: created,
    submittedAt: submitted,
    updatedAt: submitted,
    version: 3,
  };
  return {
    ...innovationKey(id),
    GSI1PK: innovationsOfEdition(EDITION),
    GSI1SK: innovationEditionSort(category, created, id),
    GSI2PK: innovationsOfOwner(ownerId),
    GSI2SK: innovationOwnerSort(EDITION, created, id),
    ...innovation,
  };
};

/** One judge's score as `shared/data/scores.ts` stores it. */
const scoreItem = (innovationId: string, category: string, round: 'assessment' | 'presentation', judgeId: string, random: () => number) => {
  const rubric = seedEdition.rubric[round];
  const criteria = Object.fromEntries(rubric.map((c) => [c.key, c.min + Math.floor(random() * (c.max - c.min + 1))]));
  const at = '2023-11-05T10:00:00+08:00';
  return {
    ...scoreKey(innovationId, round, judgeId),
    GSI1PK: scoresOfRound(EDITION, round),
    GSI1SK: scoreRoundSort(category, innovationId, judgeId),
    innovationId,
    editionId: EDITION,
    category,
    round,
    judgeId,
    criteria,
    total: judgeTotal(criteria, rubric),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
};

/** Puts `count` items, each made by `make(i)` only as the data layer's batch writer takes it. */
function* puts(count: number, make: (i: number) => Record<string, unknown>) {
  for (let i = 0; i < count; i++) yield { PutRequest: { Item: make(i) } };
}

interface CaseResult {
  ms: number;
  ddbMs: number;
  cpuMs: number;
  rows: number;
  heapBefore: number;
  heapPeak: number;
  rssBefore: number;
  maxRss: number;
  roundTrips: number;
  byCommand: Record<string, number>;
  /** Time each kind of DynamoDB call took, summed over its calls (parallel calls add up). */
  msByCommand: Record<string, number>;
  /** After a stage-transition run: the header as JSON, and the GET ranking's answer, whole and for the largest category. */
  headerBytes?: number;
  viewBytes?: number;
  largestCategoryBytes?: number;
}

const runCase = async (table: string, round: 'nomination' | 'final' | 'stage-transition', now: string, memoryMb = RANKING_SIZING.memoryMb): Promise<CaseResult> => {
  const c: CaseResult = await lastJsonLineOf(['--expose-gc', `--max-old-space-size=${heapLimitMb(memoryMb)}`, '--import', 'tsx', resolve(__dirname, 'ranking-case.ts'), EDITION, round, now], {
    cwd: resolve(__dirname, '..'),
    env: { ...process.env, TABLE_NAME: table, LOG_LEVEL: 'SILENT' },
  });
  const calls = Object.entries(c.msByCommand).map(([command, ms]) => `${command} ${c.byCommand[command]}× ${seconds(ms)}`);
  log(`ranking ${table}: ${round} took ${seconds(c.ms)}; DynamoDB calls (time summed over parallel calls): ${calls.join(', ')}`);
  return c;
};

interface SizeResult {
  size: number;
  loadMs: number;
  items: number;
  nominees: number;
  nomination: CaseResult;
  final: CaseResult;
}

/** A table of its own for `size` entries, loaded with the edition, its panel, the entries and their
 * assessment scores; answers the time loading took. */
const loadEntries = async (size: number, random: () => number): Promise<{ table: string; loadMs: number }> => {
  const table = `bench-ranking-${size}`;
  process.env.TABLE_NAME = table;
  await ensureTable(table);
  const t = performance.now();
  await createEdition(Edition.parse({ ...seedEdition, id: EDITION, announcedAt: null, createdAt: LOADED_AT, updatedAt: LOADED_AT, version: 1 }));
  await saveAssignments(
    {
      editionId: EDITION,
      assignments: [...JUDGES.map((userId) => ({ userId, role: 'jury' as const, categories: [...CATEGORY_CODES] })), { userId: 'verifikator-1', role: 'verifier', categories: [...CATEGORY_CODES] }],
      conflicts: [],
      updatedAt: LOADED_AT,
      updatedBy: 'bench',
      version: 1,
    },
    undefined,
    { subject: `EDITION#${EDITION}`, at: LOADED_AT, who: 'bench', action: 'ASSIGNMENTS_SET' },
  );
  log(`ranking ${size}: loading ${size} innovations and ${size * JUDGES.length} assessment scores into DynamoDB Local`);
  await batchWrite(puts(size, (i) => innovationItem(i, random)));
  await batchWrite(puts(size * JUDGES.length, (i) => {
    const n = Math.floor(i / JUDGES.length);
    return scoreItem(uuid(n), CATEGORY_CODES[n % CATEGORY_CODES.length]!, 'assessment', JUDGES[i % JUDGES.length]!, random);
  }));
  return { table, loadMs: performance.now() - t };
};

const measureSize = async (size: number): Promise<SizeResult> => {
  const random = seededRandom(size);
  const { table, loadMs } = await loadEntries(size, random);
  log(`ranking ${size}: nomination (loaded in ${(loadMs / 1000).toFixed(0)} s)`);
  const nomination = await runCase(table, 'nomination', NOMINATION_AT);

  const header = await findRankingHeader(EDITION, 'nomination');
  const nominees = Object.entries(header?.summary ?? {}).flatMap(([category, list]) => list.map((n) => ({ category, innovationId: n.innovationId })));
  await batchWrite(puts(nominees.length, (i) => {
    const { category, innovationId } = nominees[i]!;
    const v = { innovationId, editionId: EDITION, category, result: 'VERIFIED', score: 50 + Math.floor(random() * 50), findings: text(random, 30), evidence: [], verifiedBy: 'verifikator-1', createdAt: LOADED_AT, updatedAt: LOADED_AT, version: 1 };
    return { ...verificationKey(innovationId), GSI1PK: verificationsOfEdition(EDITION), GSI1SK: verificationSort(category, innovationId), ...v };
  }));
  await batchWrite(puts(nominees.length * JUDGES.length, (i) => {
    const { category, innovationId } = nominees[Math.floor(i / JUDGES.length)]!;
    return scoreItem(innovationId, category, 'presentation', JUDGES[i % JUDGES.length]!, random);
  }));
  log(`ranking ${size}: final (${nominees.length} nominees)`);
  const final = await runCase(table, 'final', FINAL_AT);
  return { size, loadMs, items: size * (1 + JUDGES.length), nominees: nominees.length, nomination, final };
};

export interface RankingScaleResult {
  tables: Table[];
  failures: string[];
  sizes: SizeResult[];
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

export const rankingScale = async (sizes: number[]): Promise<RankingScaleResult> => {
  const results: SizeResult[] = [];
  for (const size of sizes) results.push(await measureSize(size));
  const failures: string[] = [];
  const rows: string[][] = [];
  const [small, large] = [results[0]!, results.at(-1)!];
  const scale = large.size / small.size;
  const target = (RANKING_RATIO_TARGET * scale) / 10;
  for (const round of ['nomination', 'final'] as const) {
    for (const r of results) {
      const c = r[round];
      const fits = c.maxRss / 1024 / 1024 <= RANKING_SIZING.memoryMb;
      if (!fits) failures.push(`ranking ${round} ${r.size}: peak RSS ${MB(c.maxRss)} > ${RANKING_SIZING.memoryMb} MB`);
      rows.push([
        round,
        `${r.size.toLocaleString('en')} × ${JUDGES.length}`,
        seconds(c.ms),
        seconds(c.ddbMs),
        seconds(c.cpuMs),
        MB(c.heapPeak),
        `${MB(c.maxRss)} (+${MB(c.maxRss - c.rssBefore)})`,
        String(c.roundTrips),
        c.byCommand.Query ? `${(c.msByCommand.Query! / c.byCommand.Query).toFixed(0)} ms` : '',
        String(c.rows),
        `peak RSS ≤ ${RANKING_SIZING.memoryMb} MB`,
        fits ? 'PASS' : 'FAIL',
      ]);
    }
    if (results.length > 1) {
      const growth = (f: (c: CaseResult) => number) => f(large[round]) / Math.max(1e-9, f(small[round]));
      const label = `${large.size / 1000}k / ${small.size / 1000}k`;
      // Where a DynamoDB Local call is in flight for most of both runs, the engine sets the wall time
      // (its Query pages slow down as a partition grows, which DynamoDB's do not): the wall-time ratio
      // is shown, and the verdict is on what our code spends, in CPU and in time outside those calls.
      const engineBound = [small, large].every((r) => r[round].ddbMs > r[round].ms / 2);
      for (const [what, x, column, judged] of [
        ['time', growth((c) => c.ms), 2, !engineBound],
        ['time with no DynamoDB call in flight', growth((c) => c.ms - c.ddbMs), 2, true],
        ['CPU time', growth((c) => c.cpuMs), 4, true],
        ['Δ RSS', growth((c) => c.maxRss - c.rssBefore), 6, true],
      ] as const) {
        const v = judged ? atMost(x, target) : 'INFO';
        if (v === 'FAIL') failures.push(`ranking ${round} ${what} ${label} = × ${ratio(x)} > ${target}`);
        const row = [round, `${what} ${label}`, '', '', '', '', '', '', '', '', `≤ ${target}`, v];
        row[column] = `× ${ratio(x)}`;
        rows.push(row);
      }
    }
  }
  return {
    failures,
    sizes: results,
    tables: [
      {
        title: `3. Ranking scale — computeRanking read from DynamoDB Local, one child process per computation`,
        note:
          `Each size in its own table: innovations spread over the 14 categories, all ELIGIBLE, each scored by the same ${JUDGES.length} judges (a small jury scores every category); ` +
          `nominationsPerCategory = ${seedEdition.nominationsPerCategory}, so the final ranks the nominees (each verified and given ${JUDGES.length} presentation scores). ` +
          'Time = the computeRanking call only (reads, ranking, rows written, statuses moved); "DynamoDB in flight" = the part of it with a DynamoDB call ' +
          'outstanding (the engine\'s share); CPU = this process\'s CPU time in the call (our code and the SDK). Peak heap is sampled every 5 ms; peak RSS is the process\'s maxRSS ' +
          `(its start, with tsx, included; "+" = grown during the call), run with the heap limit the ranking functions get (${RANKING_SIZING.memoryMb} MB, --max-old-space-size=${heapLimitMb(RANKING_SIZING.memoryMb)}). ` +
          '"Query call" = the mean time a Query took, the calls of all categories running at once: DynamoDB Local serves a page of one category more slowly ' +
          'as the edition\'s index partition grows, which is why time can grow faster than the CPU time. When a DynamoDB call is in flight for more than half of both runs, ' +
          'the wall-time ratio is information and the verdicts are on our CPU time and on the time with no DynamoDB call in flight. Loading: ' +
          results.map((r) => `${r.size.toLocaleString('en')} → ${r.items.toLocaleString('en')} items in ${seconds(r.loadMs)}`).join(', ') +
          '.' +
          (scale !== 10 ? ` Sizes ${small.size}/${large.size}: the ratio target scales with them to ≤ ${target} (11 for 10×).` : ''),
        columns: ['round', 'entries', 'time', 'DynamoDB in flight', 'CPU', 'peak heap', 'peak RSS', 'DynamoDB calls', 'Query call', 'rows', 'target', 'verdict'],
        rows,
      },
    ],
  };
};

/** Kemendagri's Indeks Inovasi Daerah counted 28,539 innovations in 2023: a national edition. */
export const NATIONAL_SIZE = 30_000;
/** DynamoDB's largest item, and the largest answer a Lambda function may give (synchronous invoke). */
const DYNAMODB_ITEM_LIMIT = 400 * 1024;
const LAMBDA_RESPONSE_LIMIT = 6 * 1024 * 1024;
const MB1 = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** Lambda gives a function one vCPU at 1,769 MB, and CPU in proportion to its memory below that. */
const FULL_VCPU_MB = 1769;

/** Section 3b — national scale: `size` entries × 3 judges ranked inside one run of the
 * stage-transition function's handler on the NOMINATION boundary (the earlier boundaries recorded
 * as done, as the calendar leaves them), in a process with the function's heap limit; its wall
 * time and peak memory against the function's timeout and memory, and its own CPU time beside the
 * wall time, since DynamoDB Local sets most of the latter. */
export const nationalScale = async (size = NATIONAL_SIZE): Promise<{ tables: Table[]; failures: string[] }> => {
  const { sizing } = stageTransition;
  const { table, loadMs } = await loadEntries(size, seededRandom(size));
  const edition = await getEdition(EDITION);
  const order = boundariesInOrder(edition);
  for (const boundary of order.slice(0, order.indexOf('NOMINATION'))) await markBoundaryDone(EDITION, boundary, toWita(new Date(boundaryInstant(edition, boundary))));
  log(`national ${size}: one stage-transition run on the NOMINATION boundary (loaded in ${seconds(loadMs)})`);
  const title = `3b. National scale — ${size.toLocaleString('en')} entries × ${JUDGES.length} judges ranked in one stage-transition run (NOMINATION boundary)`;
  let c: CaseResult;
  try {
    c = await runCase(table, 'stage-transition', NOMINATION_AT, sizing.memoryMb);
  } catch (err) {
    // A run that fails is the figure: say why, as the function's log would.
    const reason = /^\w*(?:Error|Exception)\b.*$/m.exec((err as Error).message)?.[0] ?? (err as Error).message.split('\n')[0]!;
    return {
      failures: [`national ${size}: the stage-transition run failed: ${reason}`],
      tables: [{ title, note: `${size.toLocaleString('en')} entries loaded in ${seconds(loadMs)}; the run stopped with an error (see the bench log).`, columns: ['what', 'value', 'target', 'verdict'], rows: [['the run', `failed: ${reason}`, 'completes within the function\'s limits', 'FAIL']] }],
    };
  }
  const timeout = sizing.timeoutSeconds * 1000;
  // Our CPU time as the function would get it: its share of a vCPU stretches it.
  const cpuAtShare = c.cpuMs / Math.min(1, sizing.memoryMb / FULL_VCPU_MB);
  const checks: [what: string, value: string, target: string, ok: boolean][] = [
    ['wall time of the run (DynamoDB Local included)', seconds(c.ms), `≤ ${sizing.timeoutSeconds} s (timeout)`, c.ms <= timeout],
    ['peak RSS (process start with tsx included)', `${MB(c.maxRss)} (+${MB(c.maxRss - c.rssBefore)} in the run)`, `≤ ${sizing.memoryMb} MB (memory)`, c.maxRss / 1024 / 1024 <= sizing.memoryMb],
    ['peak V8 heap', MB(c.heapPeak), `≤ ${heapLimitMb(sizing.memoryMb)} MB (heap limit)`, c.heapPeak / 1024 / 1024 <= heapLimitMb(sizing.memoryMb)],
    [`our CPU time at ${sizing.memoryMb} MB's share of a vCPU (${seconds(c.cpuMs)} here × ${(FULL_VCPU_MB / sizing.memoryMb).toFixed(2)})`, seconds(cpuAtShare), `≤ ${sizing.timeoutSeconds} s (timeout)`, cpuAtShare <= timeout],
  ];
  const sizes: [what: string, value: string, target: string, ok: boolean][] = [
    ['the ranking header item (as JSON)', kB(c.headerBytes ?? Number.NaN), `≤ ${kB(DYNAMODB_ITEM_LIMIT)} (DynamoDB item)`, (c.headerBytes ?? Infinity) <= DYNAMODB_ITEM_LIMIT],
    ['GET ranking answer for its largest category', MB1(c.largestCategoryBytes ?? Number.NaN), `≤ ${MB1(LAMBDA_RESPONSE_LIMIT)} (Lambda response)`, (c.largestCategoryBytes ?? Infinity) <= LAMBDA_RESPONSE_LIMIT],
  ];
  checks.push(...sizes);
  const failures = checks.filter(([, , , ok]) => !ok).map(([what, value, target]) => `national ${size}: ${what} ${value} not ${target}`);
  const wholeRound = c.viewBytes ?? Number.NaN;
  const calls = Object.entries(c.byCommand).map(([command, n]) => `${command} ${n}×`).join(', ');
  return {
    failures,
    tables: [
      {
        title,
        note:
          `The stage-transition function's handler (functions/stage-transition.ts, through middy and its event schema) invoked in a process of its own with the function's heap limit ` +
          `(${sizing.memoryMb} MB, --max-old-space-size=${heapLimitMb(sizing.memoryMb)}; limits from shared/contracts/stage-transition.contract.ts), on DynamoDB Local; ` +
          `${size.toLocaleString('en')} ELIGIBLE entries over the 14 categories, ${(size * (1 + JUDGES.length)).toLocaleString('en')} items loaded in ${seconds(loadMs)}, REGISTRATION to ASSESSMENT already done. ` +
          `Wall time ${seconds(c.ms)}, of which ${seconds(c.ddbMs)} with a DynamoDB call in flight; our own CPU time (this process: our code, the SDK, V8) ${seconds(c.cpuMs)} = ${((100 * c.cpuMs) / c.ms).toFixed(0)} % of the wall time — ` +
          `the rest is DynamoDB Local serving the calls. ${c.rows.toLocaleString('en')} ranking rows; ${c.roundTrips} DynamoDB calls (${calls}).`,
        columns: ['what', 'value', 'target', 'verdict'],
        rows: [
          ...checks.map(([what, value, target, ok]) => [what, value, target, ok ? 'PASS' : 'FAIL']),
          ['GET ranking answer for the whole round (information)', MB1(wholeRound), `≤ ${MB1(LAMBDA_RESPONSE_LIMIT)} (Lambda response)`, 'INFO'],
        ],
      },
    ],
  };
};
