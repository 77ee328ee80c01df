/** One ranking computation in a process of its own, so its memory is its own, against the table
 * named by TABLE_NAME: `computeRanking` of a round, exactly as the stage boundary runs it, or
 * (`stage-transition`) one run of the stage-transition function's handler on the NOMINATION
 * boundary's event, with the clock at `now`. Prints one JSON line: duration, the part of it spent
 * waiting on DynamoDB, this process's CPU time, peak heap (sampled), RSS before and peak RSS,
 * DynamoDB round trips; after a stage-transition run also the stored header's size and the size of
 * the GET ranking's answer for the whole round and for its largest category.
 * Usage: tsx bench/ranking-case.ts <editionId> <nomination|final|stage-transition> <now ISO> */
import { handler as stageTransition } from '#functions/stage-transition';
import { lambdaContext } from '#scripts/local/http-server';
import { useClock } from '#shared/clock';
import { boundaryEvent, stageTransition as contract } from '#shared/contracts/stage-transition.contract';
import { ddb } from '#shared/data/dynamo';
import { findRankingHeader, rankingView } from '#shared/data/rankings';
import type { RankingRound } from '#shared/schemas/ranking.schema';
import { computeRanking } from '#shared/use-cases/compute-ranking';
import { commandOf, RoundTrips } from './lambda-invoke';

/** The rows ranked and statuses changed by one computation. */
const compute = async (editionId: string, mode: RankingRound | 'stage-transition', now: Date): Promise<{ rows: number; changed: unknown }> => {
  if (mode !== 'stage-transition') {
    const run = await computeRanking(editionId, mode, 'bench', now);
    return { rows: run.header.rowCount, changed: run.changed };
  }
  useClock(() => now);
  // The function's own memory and timeout: middy aborts the run when the time left runs out, as Lambda would.
  const deadline = Date.now() + contract.sizing.timeoutSeconds * 1000;
  const context = { ...lambdaContext(contract.handler), memoryLimitInMB: String(contract.sizing.memoryMb), getRemainingTimeInMillis: () => deadline - Date.now() };
  const { runs } = await stageTransition(boundaryEvent(editionId, 'NOMINATION'), context);
  return { rows: (await findRankingHeader(editionId, 'nomination'))?.rowCount ?? 0, changed: runs };
};

const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** What the stored ranking weighs: its header item, and the GET ranking's answer whole and per category. */
const sizesOf = async (editionId: string, round: RankingRound) => {
  const header = await findRankingHeader(editionId, round);
  if (!header) return {};
  const whole = await rankingView(header);
  const byCategory = await Promise.all(Object.keys(whole.categories).map(async (c) => jsonBytes(await rankingView(header, c))));
  return { headerBytes: jsonBytes(header), viewBytes: jsonBytes(whole), largestCategoryBytes: Math.max(0, ...byCategory) };
};

const main = async () => {
  const [editionId, mode, now] = process.argv.slice(2) as [string, RankingRound | 'stage-transition', string];
  const trips = new RoundTrips();
  trips.attach(ddb().middlewareStack, 'DynamoDB');
  // Time with at least one DynamoDB call in flight (calls run in parallel: the union, not the sum).
  let inFlight = 0;
  let since = 0;
  let waited = 0;
  const msByCommand: Record<string, number> = {};
  ddb().middlewareStack.add(
    (next, context) => async (args) => {
      const started = performance.now();
      if (inFlight++ === 0) since = started;
      try {
        return await next(args);
      } finally {
        const command = commandOf(context);
        msByCommand[command] = (msByCommand[command] ?? 0) + performance.now() - started;
        if (--inFlight === 0) waited += performance.now() - since;
      }
    },
    { step: 'finalizeRequest', priority: 'low', name: 'benchInFlight' },
  );
  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const heapBefore = process.memoryUsage().heapUsed;
  let heapPeak = heapBefore;
  const sampler = setInterval(() => {
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  }, 5);
  const cpu = process.cpuUsage();
  const t = performance.now();
  const run = await compute(editionId, mode, new Date(now));
  const msTaken = performance.now() - t;
  const used = process.cpuUsage(cpu);
  clearInterval(sampler);
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  const counts = new Map<string, number>();
  for (const c of trips.sequence) counts.set(c, (counts.get(c) ?? 0) + 1);
  process.stdout.write(
    `${JSON.stringify({
      ms: msTaken,
      ddbMs: waited,
      cpuMs: (used.user + used.system) / 1000,
      ...run,
      heapBefore,
      heapPeak,
      rssBefore,
      maxRss: process.resourceUsage().maxRSS * 1024,
      roundTrips: trips.of('DynamoDB'),
      byCommand: Object.fromEntries(counts),
      msByCommand,
      ...(mode === 'stage-transition' && (await sizesOf(editionId, 'nomination'))),
    })}\n`,
  );
};

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
