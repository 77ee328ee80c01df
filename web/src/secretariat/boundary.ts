/** A stage boundary named the way the secretariat moves it: the start of a stage is also the end of
 * the one before ("End of Registration and start of Administrative screening"). The calendar page
 * and the audit trail name moved boundaries alike. */
import { STAGES, stageIndex } from '../api/editions';
import type { Stage } from '../api/contract';
import { useAreaTexts } from '../i18n';

const texts = {
  id: { boundaryFirst: (stage: string) => `Mulai ${stage}`, boundary: (previous: string, stage: string) => `Akhir ${previous} dan mulai ${stage}` },
  en: { boundaryFirst: (stage: string) => `Start of ${stage}`, boundary: (previous: string, stage: string) => `End of ${previous} and start of ${stage}` },
};

/** Names boundaries in the reader's language; re-renders when it changes. */
export const useBoundaryLabel = (): ((stage: Stage) => string) => {
  const t = useAreaTexts(texts);
  return (stage) => {
    const previous = STAGES[stageIndex(stage) - 1];
    return !previous || previous === 'UPCOMING' ? t.boundaryFirst(t.stages[stage]) : t.boundary(t.stages[previous], t.stages[stage]);
  };
};
