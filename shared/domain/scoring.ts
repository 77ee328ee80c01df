import type { ErrorDetail } from '#shared/errors';
import { msg, renderMessage } from '#shared/messages/catalogue';
import type { RubricCriterion } from '#shared/schemas/edition.schema';

/** What scoring needs of a rubric criterion (its label is for people). */
export type CriterionScale = Pick<RubricCriterion, 'key' | 'weight' | 'min' | 'max'>;

export interface ScoreProblem extends ErrorDetail {
  path: (string | number)[];
}

/** Every number the judging publishes goes through this one rounding: 4 decimals, halves away from
 * zero. The intermediate step to 12 significant digits removes binary noise first (1.00005 is stored
 * as 1.0000499…), so the result is what a person rounding the decimal figure by hand gets (exactly so
 * below 10⁷, far beyond any score). */
export const round4 = (x: number): number => {
  const scaled = Number((Math.abs(x) * 1e4).toPrecision(12));
  const rounded = (Math.sign(x) * Math.round(scaled)) / 1e4;
  return rounded === 0 ? 0 : rounded; // never -0
};

/** Problems with one judge's criteria against a round's rubric: every criterion present, a finite
 * number on its scale, and nothing else. Empty when the score is sound. Takes `unknown` values
 * because it is the check that stands between a request body and the store. */
export const scoreProblems = (criteria: Readonly<Record<string, unknown>>, rubric: readonly CriterionScale[]): ScoreProblem[] => {
  const onScale = rubric.flatMap((c): ScoreProblem[] => {
    const path = ['criteria', c.key];
    if (!Object.hasOwn(criteria, c.key)) return [{ path, message: msg('CRITERION_REQUIRED', { key: c.key }) }];
    const value = criteria[c.key];
    if (typeof value !== 'number' || !Number.isFinite(value)) return [{ path, message: msg('CRITERION_NOT_A_NUMBER', { key: c.key }) }];
    if (value < c.min || value > c.max) return [{ path, message: msg('CRITERION_OFF_SCALE', { key: c.key, min: c.min, max: c.max }) }];
    return [];
  });
  const known = new Set(rubric.map((c) => c.key));
  const unknown = Object.keys(criteria)
    .filter((key) => !known.has(key))
    .sort()
    .map((key) => ({ path: ['criteria', key], message: msg('CRITERION_UNKNOWN', { key }) }));
  return [...onScale, ...unknown];
};

/** A judge's total on 0–100: each criterion's position on its scale, weighted, as a share of the
 * weights: Σ wᵢ·(sᵢ − minᵢ)/(maxᵢ − minᵢ) · 100 / Σ wᵢ. Scores are validated when stored, so an
 * invalid one here is a broken invariant, not bad input. */
export const judgeTotal = (criteria: Readonly<Record<string, number>>, rubric: readonly CriterionScale[]): number => {
  const problems = scoreProblems(criteria, rubric);
  if (problems.length > 0) throw new Error(`cannot total an invalid score: ${problems.map((p) => renderMessage(p.message, 'en')).join('; ')}`);
  const weights = rubric.reduce((sum, c) => sum + c.weight, 0);
  const weighted = rubric.reduce((sum, c) => sum + (c.weight * (criteria[c.key]! - c.min)) / (c.max - c.min), 0);
  return round4((weighted * 100) / weights);
};
