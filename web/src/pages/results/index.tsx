/** Nominees per category from the nomination on (each with how many objections were filed and how
 * they ended, never who filed them; the form to object while the objection period is open), the
 * nominees disqualified by an upheld objection, and the winners once announced. */
import { CATEGORY_LABELS, getEdition, getResults } from '../../api/editions';
import type { EditionView, Results as ResultsBody } from '../../api/contract';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { stageIndex } from '../../../../shared/vocabulary/stages';
import { formatWita, useTexts } from '../../i18n';
import { useLoad } from '../../load';

export default function Results() {
  const t = useTexts();
  const loaded = useLoad(async () => {
    const edition = await getEdition(CURRENT_EDITION);
    const nominated = stageIndex(edition.currentStage) >= stageIndex('NOMINATION');
    return { edition, results: nominated ? await getResults(CURRENT_EDITION) : undefined };
  }, []);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { edition, results } = loaded.data;
  const objectionsOpen = edition.objectionPeriod?.open ?? false;
  return (
    <>
      <p class="muted">{edition.name}</p>
      <h1>{t.resultsTitle}</h1>
      {!results ? (
        <p class="panel">{t.resultsNotYet}</p>
      ) : (
        <>
          {results.announcedAt && (
            <p>
              {t.announcedAt}: {formatWita(results.announcedAt, t)}
            </p>
          )}
          {edition.objectionPeriod && <ObjectionPeriod period={edition.objectionPeriod} />}
          {edition.categories
            .filter((c) => results.winners[c]?.length || results.nominees[c]?.length || results.disqualified?.[c]?.length)
            .map((c) => (
              <Category
                key={c}
                title={CATEGORY_LABELS[c]}
                winners={results.announcedAt ? (results.winners[c] ?? []) : undefined}
                nominees={results.nominees[c] ?? []}
                disqualified={results.disqualified?.[c] ?? []}
                objectionsOpen={objectionsOpen}
              />
            ))}
        </>
      )}
    </>
  );
}

const ObjectionPeriod = ({ period }: { period: NonNullable<EditionView['objectionPeriod']> }) => {
  const t = useTexts();
  return (
    <section class={period.open ? 'notice' : 'panel'} aria-labelledby="objection-period">
      <h2 id="objection-period">{t.objectionPeriod}</h2>
      <p>{period.open ? t.objectionPeriodOpen(formatWita(period.end, t)) : t.objectionPeriodDates(formatWita(period.start, t), formatWita(period.end, t))}</p>
    </section>
  );
};

type Rows<K extends 'winners' | 'nominees'> = NonNullable<ResultsBody[K][keyof ResultsBody[K]]>;
type Disqualified = NonNullable<NonNullable<ResultsBody['disqualified']>[keyof NonNullable<ResultsBody['disqualified']>]>;
type Counts = Disqualified[number]['objections'];

const ObjectionCounts = ({ counts }: { counts: Counts | undefined }) => {
  const t = useTexts();
  if (!counts?.filed) return null;
  return <p class="muted">{t.objectionCounts(counts.filed, counts.upheld, counts.rejected, counts.open)}</p>;
};

/** `winners` undefined: not announced yet. */
const Category = (p: { title: string; winners: Rows<'winners'> | undefined; nominees: Rows<'nominees'>; disqualified: Disqualified; objectionsOpen: boolean }) => {
  const t = useTexts();
  return (
    <section class="panel">
      <h2>{p.title}</h2>
      <h3>{t.winners}</h3>
      {!p.winners ? (
        <p>{t.winnersNotYet}</p>
      ) : p.winners.length ? (
        <ol class="plain">
          {[...p.winners].sort((a, b) => a.place - b.place).map((w) => (
            <li key={w.innovationId}>
              <strong>{t.place(w.place)}</strong>: {w.title}
            </li>
          ))}
        </ol>
      ) : (
        <p>{t.noEntries}</p>
      )}
      <h3>{t.nominees}</h3>
      <ul>
        {p.nominees.map((n) => (
          <li key={n.innovationId}>
            {n.title}
            <ObjectionCounts counts={n.objections} />
            {p.objectionsOpen && (
              <p>
                <a href={`/hasil/${n.innovationId}/sanggahan`}>
                  {t.fileObjection}
                  <span class="visually-hidden"> {t.fileObjectionOn(n.title)}</span>
                </a>
              </p>
            )}
          </li>
        ))}
      </ul>
      {p.disqualified.length > 0 && (
        <>
          <h3>{t.disqualified}</h3>
          <ul>
            {p.disqualified.map((d) => (
              <li key={d.innovationId}>
                {d.title ?? t.unnamedEntry}
                <ObjectionCounts counts={d.objections} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
};
