/** The F distribution's quantile, from jStat (https://github.com/jstat/jstat, MIT): the one library
 * the judges' agreement interval needs (`./reliability`). In a module of its own so that a function
 * can load it late (`loadFQuantile` in the ranking use-case): jStat is about 5 % of a start. */
import { jStat } from 'jstat';

/** The p-quantile of the F distribution with df1 and df2 degrees of freedom (df2 may be fractional). */
export type FQuantile = (p: number, df1: number, df2: number) => number;

export const fQuantile: FQuantile = (p, df1, df2) => jStat.centralF.inv(p, df1, df2);
