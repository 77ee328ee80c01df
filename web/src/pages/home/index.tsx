/** The edition's home: theme, the stage now with a countdown to the next, the calendar, the
 * categories and, in plain words, how entries are scored. */
import { CATEGORY_LABELS, getEdition, isInstitutional, serverOffset } from '../../api/editions';
import type { EditionView, RubricCriterion } from '../../api/contract';
import { Countdown } from '../../components/countdown';
import { Loading, Problem } from '../../components/problem';
import { Timeline } from '../../components/timeline';
import { CURRENT_EDITION } from '../../config';
import { useTexts } from '../../i18n';
import { useLoad } from '../../load';
import './style.css';

export const Home = () => {
  const t = useTexts();
  const edition = useLoad(() => Promise.all([getEdition(CURRENT_EDITION), serverOffset()]), []);
  if (edition.error) return <Problem error={edition.error} retry={edition.reload} />;
  if (!edition.data) return <Loading />;
  const [e, offset] = edition.data;
  const next = e.stages.find((w) => w.stage === e.currentStage)?.end;
  return (
    <>
      <h1>{e.name}</h1>
      <p class="lead">
        <span class="visually-hidden">{t.theme}: </span>“{e.theme}”
      </p>
      <section class="panel" aria-labelledby="stage-now">
        <h2 id="stage-now" class="home__stage-label">
          {t.currentStage}: {t.stages[e.currentStage]}
        </h2>
        {next && (
          <p>
            {t.nextBoundary}: <strong><Countdown until={next} offset={offset} /></strong>
          </p>
        )}
        {e.currentStage === 'REGISTRATION' && (
          <a class="button" href="/inovasi">
            {t.registerCta}
          </a>
        )}
        {e.currentStage === 'ANNOUNCED' && (
          <a class="button" href="/hasil">
            {t.resultsCta}
          </a>
        )}
      </section>
      <h2>{t.calendar}</h2>
      <Timeline edition={e} />
      <Categories edition={e} />
      <h2>{t.rubric}</h2>
      <p>{t.rubricPlain}</p>
      <Criteria title={t.assessmentRound} criteria={e.rubric.assessment} />
      <Criteria title={t.presentationRound} criteria={e.rubric.presentation} />
      <p>{t.finalScore(e.finalWeights.assessment, e.finalWeights.verification, e.finalWeights.presentation)}</p>
      <p>{t.nominationsPer(e.nominationsPerCategory)}</p>
    </>
  );
};

const Categories = ({ edition }: { edition: EditionView }) => {
  const t = useTexts();
  const list = (codes: string[]) => (
    <ul class="home__categories">
      {codes.map((c) => (
        <li key={c}>{CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS]}</li>
      ))}
    </ul>
  );
  return (
    <>
      <h2>{t.categories}</h2>
      <h3>{t.institutional}</h3>
      {list(edition.categories.filter(isInstitutional))}
      <h3>{t.personal}</h3>
      {list(edition.categories.filter((c) => !isInstitutional(c)))}
    </>
  );
};

const Criteria = ({ title, criteria }: { title: string; criteria: RubricCriterion[] }) => {
  const t = useTexts();
  return (
    <>
      <h3>{title}</h3>
      <ul class="home__criteria">
        {criteria.map((c) => (
          <li key={c.key}>
            {c.label} — {t.weight} {c.weight}%
          </li>
        ))}
      </ul>
    </>
  );
};
