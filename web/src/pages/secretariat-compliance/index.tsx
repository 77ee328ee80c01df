/** Satu Instansi Satu Inovasi: who has and has not submitted an innovation in the edition, per type
 * of institution, with the share drawn (and as a table), and the report as CSV. */
import { useState } from 'preact/hooks';
import { CATEGORY_LABELS, isInstitutional } from '../../api/editions';
import { compliance } from '../../api/secretariat';
import type { ComplianceReport } from '../../api/contract';
import { Chart } from '../../components/chart';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { useAreaTexts } from '../../i18n';
import { useLoad } from '../../load';
import { DownloadButton } from '../../secretariat/download';
import { formatShare } from '../../secretariat/format';
import { SecretariatFrame } from '../../secretariat/frame';
import { complianceTexts } from './texts';
import './style.css';

export default function SecretariatCompliance() {
  return <SecretariatFrame>{() => <Compliance />}</SecretariatFrame>;
}

type Row = ComplianceReport['institutions'][number];

const Compliance = () => {
  const t = useAreaTexts(complianceTexts);
  const loaded = useLoad(() => compliance(CURRENT_EDITION), []);
  const [pendingOnly, setPendingOnly] = useState(false);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const report = loaded.data;
  // Types in the brief's order; the report lists those still to chase first, and each type keeps that order.
  const types = Object.keys(CATEGORY_LABELS).filter(isInstitutional).filter((type) => report.institutions.some((r) => r.type === type));
  const ofType = (type: Row['type']) => report.institutions.filter((r) => r.type === type);
  const compliantIn = (rows: Row[]) => rows.filter((r) => r.submitted > 0).length;
  return (
    <>
      <h1>{t.complianceTitle}</h1>
      <p>{t.complianceRule}</p>
      {report.total === 0 ? (
        <p>{t.emptyRegistry}</p>
      ) : (
        <>
          <p class="lead">
            <strong>{t.complianceSummary(report.compliant, report.total, formatShare(report.compliant / report.total, t.language))}</strong>
          </p>
          <DownloadButton kind="compliance" label={t.downloadCsv} />
          <Chart
            kind="bar"
            horizontal
            stacked
            integer
            title={t.perTypeChart}
            labelHeading={t.institutionType}
            labels={types.map((type) => CATEGORY_LABELS[type])}
            series={[
              { label: t.compliantSeries, values: types.map((type) => compliantIn(ofType(type))) },
              { label: t.pendingSeries, values: types.map((type) => ofType(type).length - compliantIn(ofType(type))) },
            ]}
          />
          <div class="compliance__filter">
            <input type="checkbox" id="pending-only" checked={pendingOnly} onChange={(e) => setPendingOnly(e.currentTarget.checked)} />
            <label for="pending-only">{t.pendingOnly}</label>
          </div>
          {types.map((type) => {
            const rows = ofType(type);
            const shown = pendingOnly ? rows.filter((r) => r.submitted === 0) : rows;
            return (
              <section key={type} aria-labelledby={`type-${type}`}>
                <h2 id={`type-${type}`}>{CATEGORY_LABELS[type]}</h2>
                <p class="muted">{t.typeSummary(compliantIn(rows), rows.length)}</p>
                {shown.length === 0 && <p>{t.nonePending}</p>}
                <ul class="plain compliance__list" aria-labelledby={`type-${type}`}>
                  {shown.map((r) => (
                    <li key={r.institutionId} class="compliance__row">
                      <span class="compliance__name">{r.name}</span>
                      <span class="compliance__counts">{t.counts(r.registered, r.submitted)}</span>
                      {r.submitted > 0 ? <span class="tag">{t.compliantTag}</span> : <span class="tag gold">{t.pendingTag}</span>}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </>
  );
};
