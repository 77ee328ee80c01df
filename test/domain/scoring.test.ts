import fc from 'fast-check';
import { judgeTotal, round4, scoreProblems, type ScoreProblem } from '#shared/domain/scoring';
import { seedEdition } from '#shared/domain/seed-edition';
import { renderMessage } from '#shared/messages/catalogue';

const assessment = seedEdition.rubric.assessment; // 1–5 scales; weights 25, 25, 15, 15, 15, 5
const keys = assessment.map((c) => c.key);
const all = (value: number): Record<string, number> => Object.fromEntries(keys.map((k) => [k, value]));

describe('round4', () => {
  it('rounds halves away from zero as written in decimal, despite binary noise', () => {
    expect(round4(1.00005)).toBe(1.0001); // stored as 1.000049999…
    expect(round4(-1.00005)).toBe(-1.0001);
    expect(round4(0.1 + 0.2)).toBe(0.3);
    expect(round4(65.89725)).toBe(65.8973);
    expect(Object.is(round4(-0.00001), 0)).toBe(true); // no -0 in the output
  });
});

describe('judgeTotal', () => {
  it('maps the weighted rubric to 0–100', () => {
    expect(judgeTotal(all(1), assessment)).toBe(0);
    expect(judgeTotal(all(5), assessment)).toBe(100);
    expect(judgeTotal(all(3), assessment)).toBe(50);
    // kebaruan 5 → 25×4/4 = 25; kemanfaatan 4 → 25×3/4 = 18.75; efektivitas 3 → 15×2/4 = 7.5;
    // replikasi 3 → 7.5; keberlanjutan 2 → 15×1/4 = 3.75; kelengkapan 1 → 0. Σ = 62.5 (of Σw = 100).
    const criteria = { kebaruan: 5, kemanfaatan: 4, efektivitas: 3, replikasi: 3, keberlanjutan: 2, kelengkapan: 1 };
    expect(judgeTotal(criteria, assessment)).toBe(62.5);
  });

  it('divides by the weights actually given, and rounds to 4 decimals', () => {
    const thirds = [
      { key: 'a', weight: 1, min: 0, max: 10 },
      { key: 'b', weight: 2, min: 0, max: 10 },
    ];
    // (1×10/10 + 2×0/10) × 100 / 3 = 33.3333…
    expect(judgeTotal({ a: 10, b: 0 }, thirds)).toBe(33.3333);
  });

  it('refuses a score that does not fit the rubric', () => {
    expect(() => judgeTotal({ ...all(3), kebaruan: 6 }, assessment)).toThrow('kebaruan must be between 1 and 5');
  });
});

/** Problems with their messages worded in English. */
const english = (problems: ScoreProblem[]) => problems.map((p) => ({ ...p, message: renderMessage(p.message, 'en') }));

describe('scoreProblems', () => {
  it('accepts a complete score on the scale', () => {
    expect(scoreProblems(all(4), assessment)).toEqual([]);
    expect(scoreProblems({ ...all(1), kebaruan: 4.5 }, assessment)).toEqual([]);
  });

  it('names each missing, off-scale, non-numeric and unknown criterion', () => {
    const { kebaruan: _, ...rest } = all(3);
    expect(english(scoreProblems({ ...rest, kemanfaatan: 0, efektivitas: 'lima', replikasi: Number.NaN, zz_bonus: 5, aa_extra: 1 }, assessment))).toEqual([
      { path: ['criteria', 'kebaruan'], message: 'kebaruan is required' },
      { path: ['criteria', 'kemanfaatan'], message: 'kemanfaatan must be between 1 and 5' },
      { path: ['criteria', 'efektivitas'], message: 'efektivitas must be a number' },
      { path: ['criteria', 'replikasi'], message: 'replikasi must be a number' },
      { path: ['criteria', 'aa_extra'], message: "aa_extra is not a criterion of this round's rubric" },
      { path: ['criteria', 'zz_bonus'], message: "zz_bonus is not a criterion of this round's rubric" },
    ]);
  });

  it('does not take inherited properties for criteria', () => {
    expect(scoreProblems(Object.create(all(3)) as Record<string, number>, assessment)).toHaveLength(keys.length);
  });

  const onScale = fc.record(Object.fromEntries(assessment.map((c) => [c.key, fc.double({ min: c.min, max: c.max, noNaN: true })])));
  const offScale = fc.oneof(
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) => v < 1 || v > 5),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  );
  const aKey = fc.constantFrom(...keys);

  it('property: a score on the scale has no problems and totals within 0–100', () => {
    fc.assert(
      fc.property(onScale, (criteria) => {
        expect(scoreProblems(criteria, assessment)).toEqual([]);
        const total = judgeTotal(criteria, assessment);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('property: an off-scale value is the one problem, at its path', () => {
    fc.assert(
      fc.property(onScale, aKey, offScale, (criteria, key, value) => {
        const problems = scoreProblems({ ...criteria, [key]: value }, assessment);
        expect(problems.map((p) => p.path)).toEqual([['criteria', key]]);
      }),
    );
  });

  it('property: a missing criterion is the one problem, at its path', () => {
    fc.assert(
      fc.property(onScale, aKey, (criteria, key) => {
        const { [key]: _, ...rest } = criteria;
        expect(english(scoreProblems(rest, assessment))).toEqual([{ path: ['criteria', key], message: `${key} is required` }]);
      }),
    );
  });

  it('property: an unknown criterion is the one problem, at its path', () => {
    const unknownKey = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !keys.includes(k) && k !== '__proto__');
    fc.assert(
      fc.property(onScale, unknownKey, fc.integer({ min: 1, max: 5 }), (criteria, key, value) => {
        expect(scoreProblems({ ...criteria, [key]: value }, assessment).map((p) => p.path)).toEqual([['criteria', key]]);
      }),
    );
  });
});
