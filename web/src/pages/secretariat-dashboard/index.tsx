/** The secretariat's dashboard: the stage now and the next boundary with its countdown, the key
 * figures (registered, submitted, drafts, compliance share) and registrations per category and per
 * day, drawn and as tables. The server counts (`GET …/statistics`): one small answer at any size. */
import { CATEGORY_LABELS, getEdition, serverOffset, STAGES, stageIndex } from '../../api/editions';
import { statistics } from '../../api/secretariat';
import type { EditionStatistics, EditionView } from '../../api/contract';
import { Chart } from '../../components/chart';
import { Countdown } from '../../components/countdown';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { formatDate, formatWita, useAreaTexts } from '../../i18n';
import { useLoad } from '../../load';
import { SecretariatFrame } from '../../secretariat/frame';
import { formatShare } from '../../secretariat/format';
import { dashboardTexts } from './texts';
import './style.css';

export default function SecretariatDashboard() {
  return <SecretariatFrame>{() => <Dashboard />}</SecretariatFrame>;
}

const Dashboard = () => {
  const t = useAreaTexts(dashboardTexts);
  const loaded = useLoad(() => Promise.all([getEdition(CURRENT_EDITION), serverOffset(), statistics(CURRENT_EDITION)]), []);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [edition, offset, figures] = loaded.data;
  return (
    <>
      <h1>{t.dashboardTitle}</h1>
      <p class="lead">{edition.name}</p>
      <StageNow edition={edition} offset={offset} />
      <KeyFigures figures={figures} />
      {figures.total === 0 ? <p>{t.noRegistrations}</p> : <Charts figures={figures} />}
    </>
  );
};

const StageNow = ({ edition, offset }: { edition: EditionView; offset: number }) => {
  const t = useAreaTexts(dashboardTexts);
  const end = edition.stages.find((w) => w.stage === edition.currentStage)?.end;
  const next = STAGES[stageIndex(edition.currentStage) + 1];
  return (
    <section class="panel" aria-labelledby="stage-now">
      <h2 id="stage-now" class="dashboard__stage">
        {t.stageNowLabel}: {t.stages[edition.currentStage]}
      </h2>
      {end && next ? (
        <>
          <p>{t.nextStageAt(t.stages[next], formatWita(end, t))}</p>
          <p>
            {t.nextBoundary}: <strong><Countdown until={end} offset={offset} /></strong>
          </p>
        </>
      ) : (
        edition.currentStage === 'WINNER_DETERMINATION' && <p>{t.announcementPending}</p>
      )}
    </section>
  );
};

const KeyFigures = ({ figures }: { figures: EditionStatistics }) => {
  const t = useAreaTexts(dashboardTexts);
  const { compliance } = figures;
  return (
    <section aria-labelledby="figures">
      <h2 id="figures">{t.figuresTitle}</h2>
      <dl class="dashboard__figures">
        <div>
          <dt>{t.registeredTotal}</dt>
          <dd>{figures.total}</dd>
        </div>
        <div>
          <dt>{t.submittedTotal}</dt>
          <dd>{figures.submitted}</dd>
        </div>
        <div>
          <dt>{t.draftsTotal}</dt>
          <dd>{figures.drafts}</dd>
        </div>
        <div class="dashboard__compliance">
          <dt>{t.complianceShare}</dt>
          <dd>
            {compliance.share === null ? (
              t.complianceNone
            ) : (
              <>
                <span class="dashboard__share">{formatShare(compliance.share, t.language)}</span>
                <span class="dashboard__share-of">{t.complianceOf(compliance.compliant, compliance.total)}</span>
              </>
            )}
            <a href="/sekretariat/kepatuhan">{t.complianceLink}</a>
          </dd>
        </div>
      </dl>
    </section>
  );
};

const Charts = ({ figures }: { figures: EditionStatistics }) => {
  const t = useAreaTexts(dashboardTexts);
  const categories = figures.byCategory;
  const drafts = (s: EditionStatistics['byStatus']) => s.DRAFT + s.NOT_SUBMITTED;
  return (
    <>
      <h2>{t.registrationsTitle}</h2>
      <Chart
        kind="bar"
        horizontal
        stacked
        integer
        title={t.perCategoryTitle}
        labelHeading={t.category}
        labels={categories.map((c) => CATEGORY_LABELS[c.category])}
        series={[
          { label: t.submittedSeries, values: categories.map((c) => c.total - drafts(c.byStatus)) },
          { label: t.draftSeries, values: categories.map((c) => drafts(c.byStatus)) },
        ]}
      />
      <Chart
        kind="bar"
        integer
        title={t.perDayTitle}
        labelHeading={t.date}
        labels={figures.perDay.map((d) => formatDate(d.day, t))}
        series={[
          { label: t.registeredSeries, values: figures.perDay.map((d) => d.registered) },
          { label: t.submittedOnDaySeries, values: figures.perDay.map((d) => d.submitted) },
        ]}
      />
    </>
  );
};
