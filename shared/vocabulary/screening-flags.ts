/** What the screening rules can flag an entry for (see shared/domain/eligibility.ts), and what each
 * flag carries: the particulars its reason is worded from (`flagMessage` in the message catalogue),
 * so the API and the web app word it alike, in the reader's language. */
export const FLAG_CODES = ['RUNNING_TIME', 'DUPLICATE_TITLE', 'PREVIOUS_WINNER'] as const;
export type FlagCode = (typeof FLAG_CODES)[number];

export type ScreeningFlag =
  | {
      code: 'RUNNING_TIME';
      /** The innovation stage (`INISIATIF`, `UJI_COBA`, `PENERAPAN`) and its minimum running time. */
      stage: string;
      minimumMonths: number;
      startedOn: string;
      /** The WITA date it will have run the minimum time. */
      reachesMinimumOn: string;
      registrationClose: string;
    }
  | {
      code: 'DUPLICATE_TITLE' | 'PREVIOUS_WINNER';
      /** The entry it resembles, and how much (0–1). */
      innovationId: string;
      editionId: string;
      title: string;
      similarity: number;
    };
