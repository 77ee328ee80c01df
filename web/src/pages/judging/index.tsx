/** "Penilaian saya": a judge's assigned entries of the round now (desk assessment during ASSESSMENT,
 * presentation during PRESENTATION), per category, with how many are scored and the time left. The
 * API lists only the judge's categories, without the institutions they declared a conflict with. */
import type { EditionView, Innovation, RoundName, Score } from '../../api/contract';
import { CATEGORY_LABELS, getEdition, serverOffset } from '../../api/editions';
import { entriesOfRound, ownScore, panelEntries, roundOf, windowEnd } from '../../api/judging';
import { Countdown } from '../../components/countdown';
import { Loading, Problem } from '../../components/problem';
import { RoleOnly } from '../../components/role-only';
import { CURRENT_EDITION } from '../../config';
import { formatNumber, formatWita, useTexts } from '../../i18n';
import { useLoad } from '../../load';
import './style.css';

export default function Judging() {
  const t = useTexts();
  return (
    <RoleOnly role="jury" refusal={t.juryOnly}>
      {() => <MyScoring />}
    </RoleOnly>
  );
}

const load = async (): Promise<{ edition: EditionView; offset: number; round?: RoundName; entries: Innovation[]; scores: Map<string, Score | undefined> }> => {
  const [edition, offset, all] = await Promise.all([getEdition(CURRENT_EDITION), serverOffset(), panelEntries(CURRENT_EDITION)]);
  const round = roundOf(edition.currentStage);
  const entries = round ? entriesOfRound(all, round) : all;
  const scores = new Map(round ? await Promise.all(entries.map(async (i) => [i.id, await ownScore(i.id, round)] as const)) : []);
  return { edition, offset, round, entries, scores };
};

const MyScoring = () => {
  const t = useTexts();
  const loaded = useLoad(load, []);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { edition, offset, round, entries, scores } = loaded.data;
  const done = entries.filter((i) => scores.get(i.id)).length;
  const end = round && windowEnd(edition, edition.currentStage);
  const byCategory = edition.categories.map((c) => [c, entries.filter((i) => i.category === c).sort((a, b) => a.title.localeCompare(b.title, 'id'))] as const).filter(([, list]) => list.length);
  const dates = (stage: 'ASSESSMENT' | 'PRESENTATION') => {
    const w = edition.stages.find((s) => s.stage === stage);
    return w?.start && w.end ? `${formatWita(w.start, t)} – ${formatWita(w.end, t)}` : '';
  };
  return (
    <>
      <h1>{t.judgingTitle}</h1>
      {round ? (
        <section class="panel" aria-labelledby="round-now">
          <h2 id="round-now" class="judging__round">
            {t.roundNow(round === 'assessment' ? t.assessmentRound : t.presentationRound)}
          </h2>
          {end && (
            <>
              <p>{t.windowCloses(formatWita(end, t))}</p>
              <p>
                {t.timeLeft}: <strong><Countdown until={end} offset={offset} /></strong>
              </p>
            </>
          )}
          <Progress done={done} total={entries.length} id="progress-all" />
        </section>
      ) : (
        <div class="panel">
          <p>{t.noRoundOpen}</p>
          <p>{t.roundWindows(dates('ASSESSMENT'), dates('PRESENTATION'))}</p>
        </div>
      )}
      {entries.length === 0 && <p>{t.noAssigned}</p>}
      {byCategory.map(([category, list]) => (
        <section key={category} aria-labelledby={`cat-${category}`}>
          <h2 id={`cat-${category}`}>{CATEGORY_LABELS[category]}</h2>
          {round && <p class="muted">{t.progress(list.filter((i) => scores.get(i.id)).length, list.length)}</p>}
          <ul class="plain judging__list">
            {list.map((i) => {
              const score = scores.get(i.id);
              return (
                <li key={i.id} class="judging__entry">
                  <a href={`/penilaian/${i.id}`}>{i.title}</a>
                  {round && (
                    <span class={`tag${score ? '' : ' grey'}`}>
                      {score ? `${t.scored} · ${formatNumber(score.total, t.language)}` : t.toScore}
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
};

const Progress = ({ done, total, id }: { done: number; total: number; id: string }) => {
  const t = useTexts();
  return (
    <div class="judging__progress">
      <p id={id}>
        <strong>{t.progress(done, total)}</strong>
      </p>
      <progress max={Math.max(total, 1)} value={done} aria-labelledby={id} />
    </div>
  );
};
