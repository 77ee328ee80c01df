/** An edition's stages in order, each with its window in WITA and whether it is done, now or to
 * come; `notes` adds what happened to one entry at a stage. */
import type { ComponentChildren } from 'preact';
import type { EditionView, Stage } from '../../api/contract';
import { stageIndex } from '../../api/editions';
import { formatWita, useTexts } from '../../i18n';
import type { Dictionary } from '../../i18n/id';
import './style.css';

export const Timeline = ({ edition, notes = {} }: { edition: EditionView; notes?: Partial<Record<Stage, ComponentChildren>> }) => {
  const t = useTexts();
  const current = stageIndex(edition.currentStage);
  return (
    <ol class="timeline">
      {edition.stages.map((w) => {
        const i = stageIndex(w.stage);
        const state = i < current ? 'done' : i === current ? 'now' : 'next';
        return (
          <li class={`timeline__stage timeline__stage--${state}`} key={w.stage} aria-current={state === 'now' ? 'step' : undefined}>
            <h3 class="timeline__name">
              {t.stages[w.stage]} <span class={`tag ${state === 'now' ? '' : 'grey'}`}>{state === 'done' ? t.stageDone : state === 'now' ? t.stageNow : t.stageNext}</span>
            </h3>
            <p class="timeline__when">{when(w, t)}</p>
            {notes[w.stage] && <p class="timeline__note">{notes[w.stage]}</p>}
          </li>
        );
      })}
    </ol>
  );
};

/** A window in words: "from – to", "until to", or from the start "until the announcement". */
const when = (w: EditionView['stages'][number], t: Dictionary): string => {
  const start = w.start && formatWita(w.start, t);
  const end = w.end ? formatWita(w.end, t) : w.stage === 'WINNER_DETERMINATION' ? t.untilAnnouncement : null;
  return start && end ? `${start} – ${end}` : end ? `${t.until} ${end}` : (start ?? '');
};
