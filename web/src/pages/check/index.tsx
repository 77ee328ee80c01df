/** Check your answers, then submit: every answer with a link to change it, what is still missing,
 * and a confirmation before the entry is sent for good. */
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { call } from '../../api/client';
import { CATEGORY_LABELS } from '../../api/editions';
import { ApiError, Offline, type FieldError } from '../../api/errors';
import { missingForSubmission } from '../../api/validation';
import { ErrorSummary } from '../../components/error-summary';
import { ParticipantOnly } from '../../components/role-only';
import { Loading, Problem } from '../../components/problem';
import { Checklist } from '../../innovation/checklist';
import { DocumentList } from '../../innovation/document-list';
import { STEPS, stepPath, valueOf, type FieldName } from '../../innovation/steps';
import { useInnovation } from '../../innovation/use-innovation';
import { formatDate, useTexts } from '../../i18n';

export default function Check() {
  return <ParticipantOnly>{() => <CheckAnswers />}</ParticipantOnly>;
}

const CheckAnswers = () => {
  const t = useTexts();
  const { params } = useRoute();
  const { route } = useLocation();
  const entry = useInnovation(params.id);
  const [confirmed, setConfirmed] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  if (entry.error) return <Problem error={entry.error} retry={entry.reload} />;
  const e = entry.innovation;
  if (!e) return <Loading />;

  const shown = (f: FieldName): string => {
    const v = valueOf(e, f);
    if (!v) return '—';
    if (f === 'category') return CATEGORY_LABELS[v as keyof typeof CATEGORY_LABELS];
    if (f === 'innovationStage') return t.innovationStages[v as keyof typeof t.innovationStages];
    if (f === 'innovationType') return t.innovationTypes[v as keyof typeof t.innovationTypes];
    if (f === 'startedOn') return formatDate(v, t);
    return v;
  };
  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (!confirmed) return setErrors([{ field: 'confirm', message: t.confirmSubmit }]);
    setBusy(true);
    try {
      await call('submitInnovation', { path: { id: e.id } });
      route(`/inovasi/${e.id}?diajukan=1`);
    } catch (err) {
      if (err instanceof Offline) return setErrors([{ field: '', message: t.offline }]);
      if (!(err instanceof ApiError)) throw err;
      setErrors([{ field: '', message: err.message }, ...err.fieldErrors()]);
      entry.reload();
    } finally {
      setBusy(false);
    }
  };
  const ready = missingForSubmission(e, t.language).length === 0;

  return (
    <>
      <p class="muted">{t.stepOf(STEPS.length, STEPS.length)}</p>
      <h1>{t.checkTitle}</h1>
      <ErrorSummary errors={errors} labels={{ ...t.fields, confirm: t.confirmSubmit }} />
      {STEPS.filter((s) => s.fields.length).map((s) => (
        <section key={s.key} aria-labelledby={`check-${s.key}`}>
          <h2 id={`check-${s.key}`}>{s.title(t)}</h2>
          <dl class="summary-list">
            {s.fields
              .filter((f) => valueOf(e, f) || (f !== 'institutionId' && f !== 'affiliation'))
              .map((f) => (
                <div key={f}>
                  <dt>{t.fields[f]}</dt>
                  <dd>{shown(f)}</dd>
                </div>
              ))}
          </dl>
          <p>
            <a href={stepPath(e.id, s.key)}>
              {t.change}
              <span class="visually-hidden"> {s.title(t)}</span>
            </a>
          </p>
        </section>
      ))}
      <h2>{t.documentsTitle}</h2>
      <DocumentList innovation={e} />
      <p>
        <a href={stepPath(e.id, 'dokumen')}>
          {t.change}
          <span class="visually-hidden"> {t.documentsTitle}</span>
        </a>
      </p>
      <Checklist innovation={e} />
      {e.status === 'DRAFT' && ready && (
        <form onSubmit={submit} noValidate>
          <p class="panel">{t.submitWarning}</p>
          <div class="field__radio" id="field-confirm" tabIndex={-1}>
            <input type="checkbox" id="confirm" checked={confirmed} onChange={(ev) => setConfirmed(ev.currentTarget.checked)} />
            <label for="confirm">{t.confirmSubmit}</label>
          </div>
          <button class="button" type="submit" disabled={busy}>
            {t.submit}
          </button>
        </form>
      )}
    </>
  );
};
