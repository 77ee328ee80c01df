/** The part of jStat (https://github.com/jstat/jstat, MIT) this code uses; the package ships no types. */
declare module 'jstat' {
  export const jStat: {
    centralF: {
      /** The p-quantile of the F distribution with df1 and df2 degrees of freedom (df2 may be fractional). */
      inv(p: number, df1: number, df2: number): number;
    };
  };
}
