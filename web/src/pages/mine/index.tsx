/** The participant's innovations in every edition they entered, newest first. */
import { call } from '../../api/client';
import { CATEGORY_LABELS } from '../../api/editions';
import { ParticipantOnly } from '../../components/role-only';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { stepPath } from '../../innovation/steps';
import { useTexts } from '../../i18n';
import { useLoad } from '../../load';

export default function Mine() {
  return <ParticipantOnly>{() => <MyInnovations />}</ParticipantOnly>;
}

const MyInnovations = () => {
  const t = useTexts();
  const loaded = useLoad(
    () =>
      Promise.all([call('listMyInnovations', { query: { limit: '100' } }), call('listEditions')]),
    [],
  );
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [mine, editions] = loaded.data;
  // Entries name their edition by id: shown by its name, which says the year.
  const names = new Map(editions.items.map((e) => [e.id, e.name]));
  const registering = editions.items.some((e) => e.id === CURRENT_EDITION && e.currentStage === 'REGISTRATION');
  const items = [...mine.items].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <>
      <h1>{t.mineTitle}</h1>
      {registering ? (
        <a class="button" href="/inovasi/baru">
          {t.newInnovation}
        </a>
      ) : (
        <p class="panel">{t.registrationClosed}</p>
      )}
      {items.length === 0 ? (
        <p>{t.mineEmpty}</p>
      ) : (
        <ul class="plain">
          {items.map((i) => (
            <li key={i.id} class="panel">
              <h2>
                <a href={i.status === 'DRAFT' && !i.summary ? stepPath(i.id, 'uraian') : `/inovasi/${i.id}`}>{i.title}</a>
              </h2>
              <p>
                {CATEGORY_LABELS[i.category]} · {names.get(i.editionId) ?? i.editionId}
              </p>
              <p>
                {t.status}: <strong class="tag">{t.statuses[i.status]}</strong>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
};
