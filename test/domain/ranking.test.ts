import fc from 'fast-check';
import { fQuantile } from '#shared/domain/f-quantile';
import type { CategoryCode } from '#shared/vocabulary/categories';
import {
  rankFinal,
  rankNomination,
  type FinalEntry,
  type FinalInput,
  type JudgeScore,
  type NominationEntry,
  type NominationInput,
  type RankingOutcome,
} from '#shared/domain/ranking';
import { round4, type CriterionScale } from '#shared/domain/scoring';
import { seedEdition } from '#shared/domain/seed-edition';
import { FinalRanking, NominationRanking, type FinalRow, type NominationRow } from '#shared/schemas/ranking.schema';

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Two criteria on 0–100, equal weights: a judge's total is (kebaruan + kemanfaatan) / 2, so totals
 * can be written down directly and kemanfaatan set on its own for the tie chain. */
const RUBRIC: CriterionScale[] = [
  { key: 'kebaruan', weight: 50, min: 0, max: 100 },
  { key: 'kemanfaatan', weight: 50, min: 0, max: 100 },
];
const by = (judgeId: string, total: number, kemanfaatan = total): JudgeScore => ({
  judgeId,
  criteria: { kebaruan: 2 * total - kemanfaatan, kemanfaatan },
});

const SUBMITTED = '2023-10-13T10:00:00+08:00';
const entry = (n: number, scores: JudgeScore[], more: Partial<NominationEntry> = {}): NominationEntry => ({
  innovationId: id(n),
  category: 'OPD',
  eligible: true,
  submittedAt: SUBMITTED,
  scores,
  ...more,
});
const nominate = (entries: NominationEntry[], more: Partial<NominationInput> = {}) =>
  rankNomination({ entries, rubric: RUBRIC, nominationsPerCategory: 5, minimumNominationScore: null, fQuantile, ...more });

const rowsOf = <Row>(outcome: RankingOutcome<Row>, category: CategoryCode = 'OPD'): Row[] => outcome.categories[category] ?? [];
const rowOf = <Row extends { innovationId: string }>(outcome: RankingOutcome<Row>, n: number): Row =>
  Object.values(outcome.categories)
    .flat()
    .find((r) => r!.innovationId === id(n))!;
const order = (rows: { innovationId: string }[]) => rows.map((r) => Number(r.innovationId.slice(-12)));

describe('rankNomination: judge severity', () => {
  // Eight entries A..H (ids 1..8) scored by a harsh and a lenient judge.
  //   harsh:   55 40 45 40 50 45 40 45   mean 360/8 = 45, deviations 10 −5 0 −5 5 0 −5 0,
  //            variance (100+25+25+25+25)/8 = 25, SD 5
  //   lenient: 45 85 55 75 65 85 45 65   mean 520/8 = 65, deviations −20 20 −10 10 0 20 −20 0,
  //            variance (4×400+2×100)/8 = 225, SD 15
  // Pooled (16 totals): mean 880/16 = 55; Σx² = 52000, 52000/16 − 55² = 225, SD 15.
  // harsh adjusted   = 55 + 15 × (x − 45)/5  = 55 + 3(x − 45)
  // lenient adjusted = 55 + 15 × (x − 65)/15 = x − 10
  //   A: 85, 35 → 60    raw mean 50
  //   B: 40, 75 → 57.5  raw mean 62.5
  //   C: 55, 45 → 50    raw mean 50
  //   D: 40, 65 → 52.5  raw mean 57.5
  //   E: 70, 55 → 62.5  raw mean 57.5
  //   F: 55, 75 → 65    raw mean 65
  //   G: 40, 35 → 37.5  raw mean 42.5
  //   H: 55, 55 → 55    raw mean 55
  const harsh = [55, 40, 45, 40, 50, 45, 40, 45];
  const lenient = [45, 85, 55, 75, 65, 85, 45, 65];
  const entries = harsh.map((h, i) => entry(i + 1, [by('judge-harsh', h), by('judge-lenient', lenient[i]!)]));

  it('corrects each judge to the pooled mean and spread, which changes the order', () => {
    const outcome = nominate(entries, { nominationsPerCategory: 3 });
    const rows = rowsOf(outcome);
    // Adjusted: F 65, E 62.5, A 60, B 57.5, H 55, D 52.5, C 50, G 37.5. By raw mean A (50) would be
    // sixth and B (62.5) second; corrected, A is nominated and B is not.
    expect(order(rows)).toEqual([6, 5, 1, 2, 8, 4, 3, 7]);
    expect(rows.map((r) => r.score)).toEqual([65, 62.5, 60, 57.5, 55, 52.5, 50, 37.5]);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rows.map((r) => r.nominated)).toEqual([true, true, true, false, false, false, false, false]);
    expect(outcome.ties).toEqual([]);
    expect(rowOf(outcome, 1).breakdown).toEqual({
      judges: [
        { judgeId: 'judge-harsh', criteria: { kebaruan: 55, kemanfaatan: 55 }, raw: 55, adjusted: 85, corrected: true, judgeEntries: 8, judgeMean: 45, judgeSd: 5 },
        { judgeId: 'judge-lenient', criteria: { kebaruan: 45, kemanfaatan: 45 }, raw: 45, adjusted: 35, corrected: true, judgeEntries: 8, judgeMean: 65, judgeSd: 15 },
      ],
      rawMean: 50,
      adjusted: 60,
      trimmed: false,
      dropped: [],
      kemanfaatanMean: 50,
      medianRaw: 50,
      spread: 10,
      pooledMean: 55,
      pooledSd: 15,
      pooledWithin: 'category',
      rubric: RUBRIC,
    });
  });

  it('measures severity over the whole round, across categories', () => {
    // The same scores split over two categories: each judge still has 8 entries in the round.
    const split = entries.map((e, i) => ({ ...e, category: (i % 2 === 0 ? 'OPD' : 'GURU') as CategoryCode }));
    const outcome = nominate(split);
    expect(rowOf(outcome, 1).score).toBe(60);
    expect(rowOf(outcome, 2).score).toBe(57.5);
    expect(Object.keys(outcome.categories)).toEqual(['OPD', 'GURU']); // the competition's category order
  });

  it('corrects within a category whose every judge scored only that category', () => {
    // OPD: the harsh and lenient judges above, only on OPD entries; GURU: two other judges, only on
    // GURU entries, all scoring high. Pooled over the round, GURU's high totals would pull OPD's
    // target mean up; within the category each is corrected to its own.
    const guru = harsh.map((h, i) => entry(100 + i, [by('guru-1', h + 40), by('guru-2', lenient[i]! + 10)], { category: 'GURU' }));
    const outcome = nominate([...entries, ...guru]);
    const opd = rowOf(outcome, 1).breakdown;
    expect([opd.pooledMean, opd.pooledSd, opd.pooledWithin, rowOf(outcome, 1).score]).toEqual([55, 15, 'category', 60]);
    const g = rowOf(outcome, 100).breakdown;
    expect(g.pooledWithin).toBe('category');
    expect(g.pooledMean).toBe(80); // (8×85 + 8×75)/16
    // One judge who scores in both categories makes both use the round's pool.
    const mixed = nominate([...entries, ...guru.map((e, i) => (i === 0 ? { ...e, scores: [...e.scores, by('judge-harsh', 50)] } : e))]);
    expect(rowOf(mixed, 1).breakdown.pooledWithin).toBe('round');
    expect(rowOf(mixed, 100).breakdown.pooledWithin).toBe('round');
    expect(rowOf(mixed, 1).breakdown.pooledMean).not.toBe(55);
  });

  it("carries each category's judge agreement and flags entries whose judges disagree", () => {
    const outcome = nominate(entries, { disagreementThreshold: 25 });
    const r = outcome.reliability.OPD!;
    expect(r).toMatchObject({ judges: ['judge-harsh', 'judge-lenient'], entries: 8, judgesLeftOut: [], entriesLeftOut: 0, disagreementThreshold: 25 });
    expect(r.single!.band).toBe('poor');
    expect(r.average).not.toBeNull();
    // Spreads: A 10, B 45, C 10, D 35, E 15, F 40, G 5, H 10.
    expect(r.disagreements).toEqual([
      { innovationId: id(2), spread: 45 },
      { innovationId: id(4), spread: 35 },
      { innovationId: id(6), spread: 40 },
    ]);
    expect(rowsOf(outcome).filter((row) => row.disagreement).map((row) => row.innovationId).sort()).toEqual([id(2), id(4), id(6)]);
    expect(rowOf(outcome, 1).disagreement).toBeUndefined();
    expect(nominate(entries).reliability.OPD!.disagreementThreshold).toBe(25); // the default
    expect(nominate(entries, { disagreementThreshold: 40 }).reliability.OPD!.disagreements.map((d) => d.spread)).toEqual([45]);
  });

  it('uses a judge with zero spread raw', () => {
    // Judge X gives 55 to all eight entries (SD 0); judge Y gives 85 to four and 45 to four
    // (mean 65, SD 20). Pooled: (8×55 + 4×85 + 4×45)/16 = 960/16 = 60;
    // Σ(x−60)² = 8×25 + 4×625 + 4×225 = 3600, /16 = 225, SD 15.
    // Y adjusted = 60 + 15 × (±20)/20 = 75 or 45; X stays 55.
    const ys = [85, 45, 85, 45, 85, 45, 85, 45];
    const outcome = nominate(ys.map((y, i) => entry(i + 1, [by('x', 55), by('y', y)])));
    const high = rowOf(outcome, 1).breakdown;
    expect(high.judges.map((j) => [j.judgeId, j.raw, j.adjusted, j.corrected, j.judgeSd])).toEqual([
      ['x', 55, 55, false, 0],
      ['y', 85, 75, true, 20],
    ]);
    expect([high.rawMean, high.adjusted]).toEqual([70, 65]); // (55+85)/2, (55+75)/2
    expect(rowOf(outcome, 2).score).toBe(50); // (55+45)/2
  });

  it('uses a judge with fewer than 8 entries in the round raw', () => {
    const p = [40, 50, 60, 70, 80, 50, 60];
    const q = [60, 60, 70, 80, 90, 40, 50];
    const outcome = nominate(p.map((x, i) => entry(i + 1, [by('p', x), by('q', q[i]!)])));
    for (const row of rowsOf(outcome)) {
      expect(row.breakdown.judges.every((j) => !j.corrected && j.adjusted === j.raw && j.judgeEntries === 7)).toBe(true);
      expect(row.score).toBe(row.breakdown.rawMean);
    }
    expect(rowOf(outcome, 1).score).toBe(50); // (40 + 60)/2
  });
});

describe('rankNomination: entry score', () => {
  it('drops the highest and lowest adjusted total with 5 judges', () => {
    // Totals 90, 70, 60, 50, 20 (each judge has one entry: used raw). Drop 90 and 20:
    // (70 + 60 + 50)/3 = 60. Raw mean (90+70+60+50+20)/5 = 58, median 60.
    const outcome = nominate([entry(1, [by('j1', 90), by('j2', 70), by('j3', 60), by('j4', 50), by('j5', 20)])]);
    const { breakdown, score } = rowOf(outcome, 1);
    expect(score).toBe(60);
    expect(breakdown).toMatchObject({ rawMean: 58, adjusted: 60, trimmed: true, dropped: ['j1', 'j5'], medianRaw: 60 });
  });

  it('averages all of fewer than 5 judges', () => {
    // (90 + 70 + 50 + 20)/4 = 57.5; median (50 + 70)/2 = 60.
    const { breakdown } = rowOf(nominate([entry(1, [by('j1', 90), by('j2', 70), by('j3', 50), by('j4', 20)])]), 1);
    expect(breakdown).toMatchObject({ adjusted: 57.5, trimmed: false, dropped: [], medianRaw: 60 });
  });

  it('lists left-out entries with rank null and the reason', () => {
    const outcome = nominate(
      [
        entry(1, [by('a', 90)]),
        entry(2, [by('a', 95), by('b', 95)], { eligible: false }),
        entry(3, []),
        entry(4, [by('a', 40), by('b', 40)]),
        entry(5, [by('a', 50), by('b', 50)]),
      ],
      { minimumNominationScore: 50 },
    );
    const rows = rowsOf(outcome);
    // Ranked first (an entry at exactly the minimum qualifies), then the left-out in id order.
    expect(rows.map((r) => [Number(r.innovationId.slice(-1)), r.rank, r.score, r.nominated, r.reason])).toEqual([
      [5, 1, 50, true, undefined],
      [1, null, null, false, 'scored by 1 judge(s); at least 2 are needed'],
      [2, null, null, false, 'not eligible (administrative screening)'],
      [3, null, null, false, 'scored by 0 judge(s); at least 2 are needed'],
      [4, null, null, false, 'score 40 is below the minimum nomination score 50'],
    ]);
    expect(rowOf(outcome, 1).breakdown.adjusted).toBe(90); // still shown, for the secretariat
    expect(rowOf(outcome, 3).breakdown).toMatchObject({ judges: [], rawMean: null, adjusted: null, medianRaw: null });
  });
});

describe('rankNomination: an upheld objection', () => {
  // Eight entries scored by the harsh and lenient judges (adjusted F 65, E 62.5, A 60, B 57.5, …).
  const harsh = [55, 40, 45, 40, 50, 45, 40, 45];
  const lenient = [45, 85, 55, 75, 65, 85, 45, 65];
  const entries = harsh.map((h, i) => entry(i + 1, [by('judge-harsh', h), by('judge-lenient', lenient[i]!)]));

  it('leaves the disqualified nominee out and moves the next entry up, the others unchanged', () => {
    const before = nominate(entries, { nominationsPerCategory: 3 });
    expect(order(rowsOf(before).filter((r) => r.nominated))).toEqual([6, 5, 1]);
    const after = nominate(entries.map((e) => (e.innovationId === id(5) ? { ...e, disqualified: true } : e)), { nominationsPerCategory: 3 });
    expect(order(rowsOf(after).filter((r) => r.nominated))).toEqual([6, 1, 2]);
    expect(rowOf(after, 5)).toMatchObject({ rank: null, nominated: false, reason: 'disqualified (objection upheld)' });
    // Its scores still count towards each judge's severity: every other entry keeps its score.
    for (const n of [1, 2, 3, 4, 6, 7, 8]) expect(rowOf(after, n).score).toBe(rowOf(before, n).score);
  });

  it('is the same whatever the order of the input', () => {
    const disqualified = entries.map((e) => (e.innovationId === id(5) ? { ...e, disqualified: true } : e));
    const a = nominate(disqualified, { nominationsPerCategory: 3 });
    const b = nominate([...disqualified].reverse(), { nominationsPerCategory: 3 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});

describe('rankNomination: ties at the cut-off', () => {
  // One place to fill; both entries score 60. The entry that wins has the larger id and comes last
  // in the input, so neither order could have decided it.
  const cutOff = (first: NominationEntry, second: NominationEntry) => nominate([second, first], { nominationsPerCategory: 1 });

  it('prefers the higher mean kemanfaatan', () => {
    // Entry 1: totals 60, 60 with kemanfaatan 50 (kebaruan 70) → mean kemanfaatan 50.
    // Entry 2: totals 60, 60 with kemanfaatan 70 (kebaruan 50) → mean kemanfaatan 70.
    const outcome = cutOff(entry(2, [by('a', 60, 70), by('b', 60, 70)]), entry(1, [by('a', 60, 50), by('b', 60, 50)]));
    expect(rowsOf(outcome).map((r) => [Number(r.innovationId.slice(-1)), r.rank, r.nominated, r.breakdown.kemanfaatanMean])).toEqual([
      [2, 1, true, 70],
      [1, 2, false, 50],
    ]);
    expect(outcome.ties).toEqual([]);
  });

  it('then the higher median judge total', () => {
    // Both mean 60 and kemanfaatan 60 everywhere. Entry 1: 50, 60, 70 → median 60.
    // Entry 2: 40, 70, 70 → median 70.
    const outcome = cutOff(
      entry(2, [by('a', 40, 60), by('b', 70, 60), by('c', 70, 60)]),
      entry(1, [by('a', 50, 60), by('b', 60, 60), by('c', 70, 60)]),
    );
    expect(rowsOf(outcome).map((r) => [Number(r.innovationId.slice(-1)), r.rank, r.nominated, r.breakdown.medianRaw])).toEqual([
      [2, 1, true, 70],
      [1, 2, false, 60],
    ]);
  });

  it('then the earlier final submission, compared as instants', () => {
    // 10:00 WITA is 02:00Z, before entry 1's 03:00Z, although its text sorts after.
    const outcome = cutOff(
      entry(2, [by('a', 60), by('b', 60)], { submittedAt: '2023-10-13T10:00:00+08:00' }),
      entry(1, [by('a', 60), by('b', 60)], { submittedAt: '2023-10-13T03:00:00Z' }),
    );
    expect(order(rowsOf(outcome))).toEqual([2, 1]);
    expect(rowsOf(outcome).map((r) => r.nominated)).toEqual([true, false]);
  });

  it('reports a tie that survives the chain, nominating both', () => {
    const same = [by('a', 60), by('b', 60)];
    const entries = [entry(3, [by('a', 50), by('b', 50)]), entry(2, same), entry(1, same)];
    const outcome = nominate(entries, { nominationsPerCategory: 1 });
    expect(rowsOf(outcome).map((r) => [Number(r.innovationId.slice(-1)), r.rank, r.nominated, r.tie])).toEqual([
      [1, 1, true, true],
      [2, 1, true, true],
      [3, 3, false, undefined],
    ]);
    expect(outcome.ties).toEqual([{ category: 'OPD', innovationIds: [id(1), id(2)], at: 'nomination cut-off' }]);
  });

  it('does not report a tie that decides nothing', () => {
    const same = [by('a', 60), by('b', 60)];
    const outcome = nominate([entry(1, same), entry(2, same), entry(3, [by('a', 50), by('b', 50)])], { nominationsPerCategory: 2 });
    expect(rowsOf(outcome).map((r) => [r.rank, r.nominated, r.tie])).toEqual([
      [1, true, undefined],
      [1, true, undefined],
      [3, false, undefined],
    ]);
    expect(outcome.ties).toEqual([]);
  });
});

const finalist = (
  n: number,
  assessment: number,
  verification: FinalEntry['verification'],
  presentation: number[],
  more: Partial<FinalEntry> = {},
): FinalEntry => ({
  innovationId: id(n),
  category: 'OPD',
  submittedAt: SUBMITTED,
  assessment,
  verification,
  presentationScores: presentation.map((total, i) => by(`p${i + 1}`, total)),
  ...more,
});
const verified = (score: number) => ({ result: 'VERIFIED' as const, score });
const decide = (entries: FinalEntry[], weights = seedEdition.finalWeights) => rankFinal({ entries, rubric: RUBRIC, weights, fQuantile });

describe('rankFinal', () => {
  it('weighs assessment, verification and presentation', () => {
    // Seed presentation rubric (weights 30, 25, 15, 20, 10 on 1–5). Judge 1 gives 4 everywhere:
    // 75. Judge 2 gives kebaruan 5, the rest 4: 75 + 30 × 1/4 = 82.5. Presentation (75 + 82.5)/2 = 78.75.
    // Final = (50 × 80 + 20 × 90 + 30 × 78.75)/100 = (4000 + 1800 + 2362.5)/100 = 81.625.
    const presentation = seedEdition.rubric.presentation;
    const fours = Object.fromEntries(presentation.map((c) => [c.key, 4]));
    const outcome = rankFinal({
      entries: [
        {
          innovationId: id(1),
          category: 'OPD',
          submittedAt: SUBMITTED,
          assessment: 80,
          verification: verified(90),
          presentationScores: [
            { judgeId: 'p2', criteria: { ...fours, kebaruan: 5 } },
            { judgeId: 'p1', criteria: fours },
          ],
        },
      ],
      rubric: presentation,
      weights: seedEdition.finalWeights,
      fQuantile,
    });
    const row = rowOf(outcome, 1);
    expect([row.rank, row.score, row.place]).toEqual([1, 81.625, 1]);
    expect(row.breakdown).toMatchObject({
      assessment: 80,
      verification: { result: 'VERIFIED', score: 90 },
      presentation: 78.75,
      weights: { assessment: 50, verification: 20, presentation: 30 },
    });
    expect(row.breakdown.judges.map((j) => [j.judgeId, j.total])).toEqual([
      ['p1', 75],
      ['p2', 82.5],
    ]);
  });

  it('gates on verification and completeness, and gives places 1–3', () => {
    const outcome = decide([
      finalist(1, 90, verified(90), [90, 90]), // 90
      finalist(2, 80, verified(80), [80, 80]), // 80
      finalist(3, 99, { result: 'NOT_VERIFIED', score: 40 }, [99, 99]),
      finalist(4, 99, null, [99, 99]),
      finalist(5, 99, verified(99), [99]),
      finalist(6, 70, verified(70), [70, 70]), // 70
      finalist(7, 60, verified(60), [60, 60]), // 60
      finalist(8, 99, null, []),
    ]);
    expect(rowsOf(outcome).map((r) => [Number(r.innovationId.slice(-1)), r.rank, r.place, r.score, r.reason])).toEqual([
      [1, 1, 1, 90, undefined],
      [2, 2, 2, 80, undefined],
      [6, 3, 3, 70, undefined],
      [7, 4, null, 60, undefined],
      [3, null, null, null, 'not verified in the field (NOT_VERIFIED)'],
      [4, null, null, null, 'incomplete: no field verification'],
      [5, null, null, null, 'incomplete: 1 presentation score(s), at least 2 needed'],
      [8, null, null, null, 'incomplete: no field verification; 0 presentation score(s), at least 2 needed'],
    ]);
  });

  describe('ties between places', () => {
    it('prefers the higher presentation score', () => {
      // 1: (50×80 + 20×80 + 30×70)/100 = 77; 2: (50×74 + 20×80 + 30×80)/100 = 77.
      const outcome = decide([finalist(1, 80, verified(80), [70, 70]), finalist(2, 74, verified(80), [80, 80])]);
      expect(rowsOf(outcome).map((r) => [Number(r.innovationId.slice(-1)), r.score, r.place])).toEqual([
        [2, 77, 1],
        [1, 77, 2],
      ]);
    });

    it('then the higher adjusted assessment', () => {
      // 1: (50×76 + 20×80 + 30×70)/100 = 75; 2: (50×80 + 20×70 + 30×70)/100 = 75; presentation equal.
      const outcome = decide([finalist(1, 76, verified(80), [70, 70]), finalist(2, 80, verified(70), [70, 70])]);
      expect(order(rowsOf(outcome))).toEqual([2, 1]);
    });

    it('then the higher verification score', () => {
      // Verification weighs nothing here: (50×80 + 0×v + 50×70)/100 = 75 for both.
      const weights = { assessment: 50, verification: 0, presentation: 50 };
      const outcome = decide([finalist(1, 80, verified(60), [70, 70]), finalist(2, 80, verified(90), [70, 70])], weights);
      expect(rowsOf(outcome).map((r) => [Number(r.innovationId.slice(-1)), r.score, r.place])).toEqual([
        [2, 75, 1],
        [1, 75, 2],
      ]);
    });

    it('then the earlier final submission', () => {
      const outcome = decide([
        finalist(1, 80, verified(80), [80, 80], { submittedAt: '2023-10-13T12:00:00+08:00' }),
        finalist(2, 80, verified(80), [80, 80], { submittedAt: '2023-10-12T12:00:00+08:00' }),
      ]);
      expect(order(rowsOf(outcome))).toEqual([2, 1]);
    });

    it('reports a tie that survives the chain: both share the place, the next is skipped', () => {
      const outcome = decide([
        finalist(1, 80, verified(80), [80, 80]),
        finalist(2, 80, verified(80), [80, 80]),
        finalist(3, 70, verified(70), [70, 70]),
        finalist(4, 60, verified(60), [60, 60]),
        finalist(5, 60, verified(60), [60, 60]),
      ]);
      // 4 and 5 tie too, but for no place: not reported.
      expect(rowsOf(outcome).map((r) => [Number(r.innovationId.slice(-1)), r.rank, r.place, r.tie])).toEqual([
        [1, 1, 1, true],
        [2, 1, 1, true],
        [3, 3, 3, undefined],
        [4, 4, null, undefined],
        [5, 4, null, undefined],
      ]);
      expect(outcome.ties).toEqual([{ category: 'OPD', innovationIds: [id(1), id(2)], at: 'place 1' }]);
    });
  });
});

// ——— properties ———

const JUDGES = ['j0', 'j1', 'j2', 'j3', 'j4', 'j5'];
const CATEGORIES: CategoryCode[] = ['OPD', 'GURU', 'SISWA'];
const INSTANTS = ['2023-10-12T09:00:00+08:00', '2023-10-13T01:00:00Z', '2023-10-13T09:00:00+08:00'];
const ASSESSMENT = seedEdition.rubric.assessment;
const PRESENTATION = seedEdition.rubric.presentation;

/** Whole-number criteria, often all alike, make equal totals common. */
const criteria = (rubric: CriterionScale[]) =>
  fc.oneof(
    fc.integer({ min: 1, max: 5 }).map((s) => Object.fromEntries(rubric.map((c) => [c.key, s]))),
    fc.record(Object.fromEntries(rubric.map((c) => [c.key, fc.integer({ min: c.min, max: c.max })]))),
  );
const panel = (rubric: CriterionScale[]) =>
  fc.tuple(fc.subarray(JUDGES), fc.array(criteria(rubric), { minLength: JUDGES.length, maxLength: JUDGES.length })).map(([judges, cs]) =>
    judges.map((judgeId, i) => ({ judgeId, criteria: cs[i]! })),
  );
/** Entries, some repeated under a new id (ties that survive the whole chain), numbered. */
const numbered = <E>(entry: fc.Arbitrary<E>, maxLength: number) =>
  fc
    .tuple(fc.array(entry, { maxLength, size: 'max' }), fc.array(fc.nat(), { maxLength: 5 }))
    .map(([es, twins]) => (es.length === 0 ? es : [...es, ...twins.map((k) => es[k % es.length]!)]).map((e, i) => ({ ...e, innovationId: id(i) })));

const nominationInput: fc.Arbitrary<NominationInput> = fc.record({
  entries: numbered(
    fc.record({ category: fc.constantFrom(...CATEGORIES), eligible: fc.boolean(), submittedAt: fc.constantFrom(...INSTANTS), scores: panel(ASSESSMENT) }),
    40,
  ),
  rubric: fc.constant(ASSESSMENT),
  nominationsPerCategory: fc.integer({ min: 1, max: 6 }),
  minimumNominationScore: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
  fQuantile: fc.constant(fQuantile),
});

const finalInput: fc.Arbitrary<FinalInput> = fc.record({
  entries: numbered(
    fc.record({
      category: fc.constantFrom(...CATEGORIES),
      submittedAt: fc.constantFrom(...INSTANTS),
      assessment: fc.integer({ min: 0, max: 400 }).map((x) => x / 4),
      verification: fc.option(
        fc.record({
          result: fc.oneof({ arbitrary: fc.constant('VERIFIED' as const), weight: 3 }, { arbitrary: fc.constant('NOT_VERIFIED' as const), weight: 1 }),
          score: fc.integer({ min: 0, max: 100 }),
        }),
        { nil: null },
      ),
      presentationScores: panel(PRESENTATION),
    }),
    20,
  ),
  rubric: fc.constant(PRESENTATION),
  weights: fc.constantFrom(seedEdition.finalWeights, { assessment: 40, verification: 0, presentation: 60 }, { assessment: 33.3333, verification: 33.3333, presentation: 33.3334 }),
  fQuantile: fc.constant(fQuantile),
});

const permutation = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });
/** The same input with its entries, and the scores within each entry, in another order. */
const reordered = <E, S>(entries: readonly E[], scoresOf: (e: E) => readonly S[], withScores: (e: E, scores: S[]) => E) =>
  permutation(entries).chain((es) => fc.tuple(...es.map((e) => permutation(scoresOf(e)).map((scores) => withScores(e, scores)))));

const meanOf = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const totalOf = (criteria: Record<string, number>, rubric: CriterionScale[]) =>
  round4((rubric.reduce((s, c) => s + (c.weight * (criteria[c.key]! - c.min)) / (c.max - c.min), 0) * 100) / rubric.reduce((s, c) => s + c.weight, 0));
const allRows = <Row>(outcome: RankingOutcome<Row>): Row[] => Object.values(outcome.categories).flat() as Row[];

describe('ranking properties', () => {
  it('does not depend on the order of entries or of scores (byte-identical JSON)', () => {
    fc.assert(
      fc.property(
        nominationInput.chain((input) =>
          fc.tuple(fc.constant(input), reordered(input.entries, (e) => e.scores, (e, scores) => ({ ...e, scores }))),
        ),
        ([input, entries]) => {
          expect(JSON.stringify(rankNomination({ ...input, entries }))).toBe(JSON.stringify(rankNomination(input)));
        },
      ),
    );
    fc.assert(
      fc.property(
        finalInput.chain((input) =>
          fc.tuple(fc.constant(input), reordered(input.entries, (e) => e.presentationScores, (e, presentationScores) => ({ ...e, presentationScores }))),
        ),
        ([input, entries]) => {
          expect(JSON.stringify(rankFinal({ ...input, entries }))).toBe(JSON.stringify(rankFinal(input)));
        },
      ),
    );
  });

  it('nomination: every breakdown recomputes to its row, and fits the wire schema', () => {
    fc.assert(
      fc.property(nominationInput, (input) => {
        const outcome = rankNomination(input);
        NominationRanking.parse({ editionId: 'pik-2023', round: 'nomination', computedAt: '2023-11-20T12:00:00+08:00', ...outcome });
        for (const row of allRows<NominationRow>(outcome)) {
          const b = row.breakdown;
          for (const j of b.judges) {
            expect(j.raw).toBe(totalOf(j.criteria, b.rubric));
            expect(j.adjusted).toBe(j.corrected ? round4(b.pooledMean! + (b.pooledSd! * (j.raw - j.judgeMean)) / j.judgeSd) : j.raw);
          }
          const kept = b.judges.filter((j) => !b.dropped.includes(j.judgeId));
          if (b.trimmed) {
            const adjusted = b.judges.map((j) => j.adjusted);
            const droppedValues = b.judges.filter((j) => b.dropped.includes(j.judgeId)).map((j) => j.adjusted);
            expect(droppedValues.sort((x, y) => x - y)).toEqual([Math.min(...adjusted), Math.max(...adjusted)]);
          }
          const some = b.judges.length > 0;
          expect(b.adjusted).toBe(some ? round4(meanOf(kept.map((j) => j.adjusted))) : null);
          expect(b.rawMean).toBe(some ? round4(meanOf(b.judges.map((j) => j.raw))) : null);
          expect(b.kemanfaatanMean).toBe(some ? round4(meanOf(b.judges.map((j) => j.criteria.kemanfaatan!))) : null);
          expect(row.score).toBe(row.rank === null ? null : b.adjusted);
        }
      }),
    );
  });

  it('nomination: the top N are nominated, more only with a reported tie at the cut-off', () => {
    fc.assert(
      fc.property(nominationInput, (input) => {
        const outcome = rankNomination(input);
        for (const [category, rows] of Object.entries(outcome.categories)) {
          const ranked = rows!.filter((r) => r.rank !== null);
          const nominated = rows!.filter((r) => r.nominated);
          expect(nominated).toEqual(ranked.filter((r) => r.rank! <= input.nominationsPerCategory));
          const reported = outcome.ties.some((t) => t.category === category);
          const expected = Math.min(input.nominationsPerCategory, ranked.length);
          if (reported) expect(nominated.length).toBeGreaterThan(expected);
          else expect(nominated.length).toBe(expected);
        }
      }),
    );
  });

  it('final: every breakdown recomputes to its row, and fits the wire schema', () => {
    fc.assert(
      fc.property(finalInput, (input) => {
        const outcome = rankFinal(input);
        FinalRanking.parse({ editionId: 'pik-2023', round: 'final', computedAt: '2023-12-09T00:00:00+08:00', ...outcome });
        for (const row of allRows<FinalRow>(outcome)) {
          const b = row.breakdown;
          for (const j of b.judges) expect(j.total).toBe(totalOf(j.criteria, b.rubric));
          expect(b.presentation).toBe(b.judges.length > 0 ? round4(meanOf(b.judges.map((j) => j.total))) : null);
          if (row.rank === null) {
            expect([row.score, row.place]).toEqual([null, null]);
            continue;
          }
          const w = b.weights;
          expect(row.score).toBe(round4((w.assessment * b.assessment + w.verification * b.verification!.score + w.presentation * b.presentation!) / 100));
          expect(row.place).toBe(row.rank <= 3 ? row.rank : null);
        }
      }),
    );
  });
});
