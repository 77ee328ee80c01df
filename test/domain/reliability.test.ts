import fc from 'fast-check';
import { fQuantile } from '#shared/domain/f-quantile';
import {
  agreementBand,
  categoryReliability,
  completeSubMatrix,
  icc,
  spreadOf,
  twoWayAnova,
  type ScoredEntry,
} from '#shared/domain/reliability';

/** Shrout & Fleiss (1979), Table 2: 6 targets rated by 4 judges. */
const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

describe('fQuantile', () => {
  it("gives the F table's values", () => {
    // The upper 2.5 % and 5 % points of F as statistics tables print them.
    expect(fQuantile(0.975, 5, 10)).toBeCloseTo(4.236, 3);
    expect(fQuantile(0.975, 10, 5)).toBeCloseTo(6.619, 3);
    expect(fQuantile(0.95, 3, 20)).toBeCloseTo(3.098, 3);
  });
});

describe('icc: the published worked example', () => {
  // Shrout & Fleiss's Table 3 mean squares: between targets 11.24, between judges 32.49, residual
  // 1.02 (MSE). Their ICC(2,1) = 0.29 and ICC(2,4) = 0.62. The 95 % intervals are McGraw & Wong's
  // (as R's psych::ICC prints them for this table: 0.019–0.76 and 0.071–0.93).
  const result = icc(SHROUT_FLEISS, fQuantile)!;

  it('has the published mean squares', () => {
    expect(result.n).toBe(6);
    expect(result.k).toBe(4);
    expect(result.msr).toBeCloseTo(11.24, 2);
    expect(result.msc).toBeCloseTo(32.49, 2);
    expect(result.mse).toBeCloseTo(1.02, 2);
  });

  it('gives ICC(2,1) = 0.29 and ICC(2,4) = 0.62', () => {
    expect(result.single.icc).toBeCloseTo(0.29, 2);
    expect(result.average!.icc).toBeCloseTo(0.62, 2);
    // The formulas written out: (MSR − MSE) / (MSR + (k−1)MSE + k(MSC − MSE)/n).
    const { msr, msc, mse } = twoWayAnova(SHROUT_FLEISS);
    expect(result.single.icc).toBe(Math.round(((msr - mse) / (msr + 3 * mse + (4 * (msc - mse)) / 6)) * 1e4) / 1e4);
    expect(result.average!.icc).toBe(Math.round(((msr - mse) / (msr + (msc - mse) / 6)) * 1e4) / 1e4);
  });

  it('gives McGraw & Wong 95 % intervals', () => {
    expect(result.single.lower).toBeCloseTo(0.019, 3);
    expect(result.single.upper).toBeCloseTo(0.76, 2);
    expect(result.average!.lower).toBeCloseTo(0.071, 3);
    expect(result.average!.upper).toBeCloseTo(0.93, 2);
  });

  it('puts them in Koo & Li bands', () => {
    expect(result.single.band).toBe('poor');
    expect(result.average!.band).toBe('moderate');
  });

  it('gives the average-measure interval of McGraw & Wong Table 7 (the step-up of the single one here)', () => {
    // Case 2A, average measure, written directly: n(MSR − F*·MSE) / (F*(MSC − MSE) + n·MSR).
    const { msr, msc, mse } = twoWayAnova(SHROUT_FLEISS);
    const n = 6;
    const k = 4;
    const r = (msr - mse) / (msr + (k - 1) * mse + (k / n) * (msc - mse));
    const a = (k * r) / (n * (1 - r));
    const b = 1 + (k * r * (n - 1)) / (n * (1 - r));
    const v = (a * msc + b * mse) ** 2 / ((a * msc) ** 2 / (k - 1) + (b * mse) ** 2 / ((n - 1) * (k - 1)));
    const fL = fQuantile(0.975, n - 1, v);
    const fU = fQuantile(0.975, v, n - 1);
    expect(result.average!.lower).toBeCloseTo((n * (msr - fL * mse)) / (fL * (msc - mse) + n * msr), 4);
    expect(result.average!.upper).toBeCloseTo((n * (fU * msr - mse)) / (msc - mse + n * fU * msr), 4);
    const stepUp = (x: number) => (k * x) / (1 + (k - 1) * x);
    expect(result.average!.lower).toBeCloseTo(stepUp(result.single.lower!), 3);
    expect(result.average!.upper).toBeCloseTo(stepUp(result.single.upper!), 3);
  });
});

describe('icc: edge cases', () => {
  it('is 1 without an interval when every judge gives every entry the same total', () => {
    const r = icc([[60, 60], [70, 70], [80, 80]], fQuantile)!;
    expect(r.single).toEqual({ icc: 1, lower: null, upper: null, band: 'excellent' });
    expect(r.average!.icc).toBe(1);
  });

  it('is null when there is no variance at all', () => {
    expect(icc([[50, 50], [50, 50], [50, 50]], fQuantile)).toBeNull();
  });

  it('is low (down to negative) when judges rank the entries in opposite orders', () => {
    const r = icc([[90, 10], [50, 50], [10, 90]], fQuantile)!;
    expect(r.single.icc).toBeLessThan(0);
    expect(r.single).toMatchObject({ band: 'poor', lower: null, upper: null });
    expect(r.average).toBeNull();
    // Slightly below zero: the average measure exists, poor, without an interval.
    const mild = icc([[40, 46], [46, 40], [43, 45], [46, 44], [41, 40]], fQuantile)!;
    expect(mild.single.icc).toBeLessThan(0);
    expect(mild.average).toMatchObject({ band: 'poor', lower: null, upper: null });
  });

  it('refuses a matrix that is not complete or too small', () => {
    expect(() => icc([[1, 2]], fQuantile)).toThrow();
    expect(() => icc([[1], [2]], fQuantile)).toThrow();
    expect(() => icc([[1, 2], [3]], fQuantile)).toThrow();
  });

  it('keeps ICC(2,1) ≤ ICC(2,k) when positive, and the estimate within its interval', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 8 }).chain((n) => fc.integer({ min: 2, max: 6 }).chain((k) => fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: k, maxLength: k }), { minLength: n, maxLength: n }))),
        (matrix) => {
          const r = icc(matrix, fQuantile);
          if (r === null) return;
          if (r.single.icc > 0) expect(r.average!.icc).toBeGreaterThanOrEqual(r.single.icc);
          for (const e of [r.single, r.average ?? r.single])
            if (e.lower !== null && e.upper !== null) {
              expect(e.lower).toBeLessThanOrEqual(e.icc + 1e-4);
              expect(e.upper).toBeGreaterThanOrEqual(e.icc - 1e-4);
            }
        },
      ),
    );
  });
});

describe('agreementBand (Koo & Li 2016)', () => {
  it.each([
    [-0.2, 'poor'],
    [0.4999, 'poor'],
    [0.5, 'moderate'],
    [0.7499, 'moderate'],
    [0.75, 'good'],
    [0.9, 'good'],
    [0.9001, 'excellent'],
    [1, 'excellent'],
  ])('%d is %s', (value, band) => expect(agreementBand(value)).toBe(band));
});

const entry = (innovationId: string, totals: Record<string, number>): ScoredEntry => ({
  innovationId,
  totals: Object.entries(totals).map(([judgeId, total]) => ({ judgeId, total })),
});

describe('categoryReliability: complete and incomplete designs', () => {
  it('uses every judge and entry of a complete design, in a fixed order whatever the input order', () => {
    const entries = SHROUT_FLEISS.map((row, i) => entry(`e${i}`, { j1: row[0]!, j2: row[1]!, j3: row[2]!, j4: row[3]! }));
    const a = categoryReliability(entries, 25, fQuantile);
    const b = categoryReliability([...entries].reverse().map((e) => ({ ...e, totals: [...e.totals].reverse() })), 25, fQuantile);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a).toMatchObject({ judges: ['j1', 'j2', 'j3', 'j4'], entries: 6, judgesLeftOut: [], entriesLeftOut: 0 });
    expect(a.single!.icc).toBeCloseTo(0.29, 2);
    expect(a.reason).toBeUndefined();
  });

  it('leaves out entries not scored by every judge, and says so', () => {
    const entries = [
      entry('a', { j1: 60, j2: 65 }),
      entry('b', { j1: 70, j2: 72 }),
      entry('c', { j1: 80, j2: 78 }),
      entry('d', { j1: 50 }),
    ];
    const r = categoryReliability(entries, 25, fQuantile);
    expect(r).toMatchObject({ judges: ['j1', 'j2'], entries: 3, entriesLeftOut: 1, judgesLeftOut: [] });
    expect(r.single!.icc).toBeGreaterThan(0.9);
  });

  it('leaves out the judge who scored fewest when too few entries are complete', () => {
    // j3 scored only one entry: with j3 no entry but 'a' is complete.
    const entries = [
      entry('a', { j1: 60, j2: 65, j3: 90 }),
      entry('b', { j1: 70, j2: 72 }),
      entry('c', { j1: 80, j2: 78 }),
    ];
    const sub = completeSubMatrix(entries);
    expect(sub).toEqual({ judges: ['j1', 'j2'], judgesLeftOut: ['j3'], innovationIds: ['a', 'b', 'c'], matrix: [[60, 65], [70, 72], [80, 78]] });
    expect(categoryReliability(entries, 25, fQuantile)).toMatchObject({ judges: ['j1', 'j2'], judgesLeftOut: ['j3'], entries: 3, entriesLeftOut: 0 });
  });

  it('reports null with a reason when no complete matrix is large enough', () => {
    const panels = [entry('a', { j1: 60, j2: 65 }), entry('b', { j3: 70, j4: 72 }), entry('c', { j1: 80, j3: 78 })];
    const r = categoryReliability(panels, 25, fQuantile);
    expect(r.single).toBeNull();
    expect(r.average).toBeNull();
    expect(r.reason).toMatch(/agreement needs at least 3/);
    expect(categoryReliability([entry('a', { j1: 60 })], 25, fQuantile).reason).toMatch(/at least 2/);
    expect(categoryReliability([entry('a', { j1: 50, j2: 50 }), entry('b', { j1: 50, j2: 50 }), entry('c', { j1: 50, j2: 50 })], 25, fQuantile).reason).toMatch(/not defined/);
  });

  it('flags entries whose judge totals spread over the threshold, not at it', () => {
    const entries = [entry('a', { j1: 50, j2: 75 }), entry('b', { j1: 50, j2: 75.0001 }), entry('c', { j1: 90, j2: 40, j3: 60 }), entry('d', { j1: 99 })];
    const r = categoryReliability(entries, 25, fQuantile);
    expect(r.disagreements).toEqual([
      { innovationId: 'b', spread: 25.0001 },
      { innovationId: 'c', spread: 50 },
    ]);
    expect(r.disagreementThreshold).toBe(25);
    expect(categoryReliability(entries, 10, fQuantile).disagreements.map((d) => d.innovationId)).toEqual(['a', 'b', 'c']);
    expect(spreadOf([{ judgeId: 'j1', total: 99 }])).toBeNull();
  });
});
