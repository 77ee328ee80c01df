/** Nominees per category from the nomination on, and the winners once announced. */
import { CATEGORY_LABELS, getEdition, getResults } from '../../api/editions';
import type { Results as ResultsBody } from '../../api/contract';
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
          {edition.categories
            .filter((c) => results.winners[c]?.length || results.nominees[c]?.length)
            .map((c) => (
              <Category key={c} title={CATEGORY_LABELS[c]} winners={results.announcedAt ? (results.winners[c] ?? []) : undefined} nominees={results.nominees[c] ?? []} />
            ))}
        </>
      )}
    </>
  );
}

type Rows<K extends 'winners' | 'nominees'> = NonNullable<ResultsBody[K][keyof ResultsBody[K]]>;

/** `winners` undefined: not announced yet. */
const Category = ({ title, winners, nominees }: { title: string; winners: Rows<'winners'> | undefined; nominees: Rows<'nominees'> }) => {
  const t = useTexts();
  return (
    <section class="panel">
      <h2>{title}</h2>
      <h3>{t.winners}</h3>
      {!winners ? (
        <p>{t.winnersNotYet}</p>
      ) : winners.length ? (
        <ol class="plain">
          {[...winners].sort((a, b) => a.place - b.place).map((w) => (
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
        {nominees.map((n) => (
          <li key={n.innovationId}>{n.title}</li>
        ))}
      </ul>
    </section>
  );
};
