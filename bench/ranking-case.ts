/** One ranking computation in a process of its own, so its memory is its own: `computeRanking` of a
 * round, exactly as the stage boundary runs it, against the table named by TABLE_NAME. Prints one
 * JSON line: duration, the part of it spent waiting on DynamoDB, this process's CPU time, peak
 * heap (sampled), RSS before and peak RSS, DynamoDB round trips.
 * Usage: tsx bench/ranking-case.ts <editionId> <nomination|final> <now ISO> */
import { ddb } from '#shared/data/dynamo';
import type { RankingRound } from '#shared/schemas/ranking.schema';
import { computeRanking } from '#shared/use-cases/compute-ranking';
import { commandOf, RoundTrips } from './lambda-invoke';

const main = async () => {
  const [editionId, round, now] = process.argv.slice(2) as [string, RankingRound, string];
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
  const run = await computeRanking(editionId, round, 'bench', new Date(now));
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
      rows: run.header.rowCount,
      changed: run.changed,
      heapBefore,
      heapPeak,
      rssBefore,
      maxRss: process.resourceUsage().maxRSS * 1024,
      roundTrips: trips.of('DynamoDB'),
      byCommand: Object.fromEntries(counts),
      msByCommand,
    })}\n`,
  );
};

main().catch((err) => {
  process.stderr.write(`${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
