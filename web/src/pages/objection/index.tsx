/** "Ajukan sanggahan": anyone signed in objects to a nominee while the objection period is open — a
 * reason and, optionally, one piece of evidence uploaded with progress and a retry. Checked in the
 * browser with the API's own schema and file rules; the API decides. */
import { useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Objection } from '../../api/contract';
import { fileProblem } from '../../api/documents';
import { getEdition, getResults } from '../../api/editions';
import { ApiError, type FieldError } from '../../api/errors';
import { fileObjection, objectionEvidenceKind } from '../../api/objections';
import { checkObjection } from '../../api/validation';
import { ErrorSummary } from '../../components/error-summary';
import { fieldId, TextArea } from '../../components/field';
import { Loading, Problem } from '../../components/problem';
import { RoleOnly } from '../../components/role-only';
import { CURRENT_EDITION } from '../../config';
import { formatWita, useAreaTexts } from '../../i18n';
import { useLoad } from '../../load';
import { objectionTexts } from './texts';

const useObjectionTexts = () => useAreaTexts(objectionTexts);

export default function ObjectionPage() {
  const t = useObjectionTexts();
  return <RoleOnly refusal={t.notANominee}>{() => <ObjectTo />}</RoleOnly>;
}

const ObjectTo = () => {
  const t = useObjectionTexts();
  const { params } = useRoute();
  const loaded = useLoad(async () => {
    const [edition, results] = await Promise.all([getEdition(CURRENT_EDITION), getResults(CURRENT_EDITION)]);
    return { edition, nominee: Object.values(results.nominees).flat().find((n) => n?.innovationId === params.id) };
  }, [params.id]);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { edition, nominee } = loaded.data;
  return (
    <>
      <p>
        <a href="/hasil">{t.backToResults}</a>
      </p>
      <h1>{t.objectionTitle}</h1>
      {!nominee ? (
        <p class="notice">{t.notANominee}</p>
      ) : (
        <>
          <p class="lead">
            {t.objectionAbout}: <strong>{nominee.title}</strong>
          </p>
          {edition.objectionPeriod?.open ? <ObjectionForm innovationId={nominee.innovationId} /> : <p class="notice">{t.objectionWindowShut}</p>}
        </>
      )}
    </>
  );
};

type Sending = { kind: 'idle' } | { kind: 'sending'; fraction: number } | { kind: 'failed' } | { kind: 'sent'; objection: Objection };

const ObjectionForm = ({ innovationId }: { innovationId: string }) => {
  const t = useObjectionTexts();
  const [reason, setReason] = useState('');
  const [file, setFile] = useState<File>();
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sending, setSending] = useState<Sending>({ kind: 'idle' });
  // One key for this objection: a retry replays the filing instead of filing it again.
  const key = useRef(crypto.randomUUID());
  const labels = { reason: t.reasonLabel, evidence: t.evidenceLabel };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    const problems = checkObjection({ reason }, t.language);
    const fileIssue = file && (await fileProblem(objectionEvidenceKind(file), file, t.language));
    if (fileIssue) problems.push({ field: 'evidence', message: fileIssue });
    setErrors(problems);
    if (problems.length) return;
    setSending({ kind: 'sending', fraction: 0 });
    try {
      const objection = await fileObjection(innovationId, reason, file, key.current, (fraction) => setSending({ kind: 'sending', fraction })).done;
      setSending({ kind: 'sent', objection });
    } catch (err) {
      setSending({ kind: 'failed' });
      setErrors(err instanceof ApiError && err.status !== 0 && err.code !== 'UPLOAD_FAILED' ? (err.fieldErrors().length ? err.fieldErrors() : [{ field: '', message: err.message }]) : [{ field: '', message: t.uploadFailed }]);
    }
  };

  if (sending.kind === 'sent')
    return (
      <div class="notice" role="status">
        <h2>{t.objectionSentTitle}</h2>
        <p>{t.objectionSent(formatWita(sending.objection.createdAt, t), sending.objection.objectionId.slice(0, 8).toUpperCase())}</p>
        <a href="/hasil">{t.backToResults}</a>
      </div>
    );
  const errorOf = (field: string) => errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
  const evidenceId = fieldId('evidence');
  return (
    <form onSubmit={submit} noValidate>
      <p>{t.objectionIntro}</p>
      <ErrorSummary errors={errors} labels={labels} />
      <TextArea name="reason" label={t.reasonLabel} hint={t.reasonHint} max={5000} value={reason} error={errorOf('reason')} onInput={setReason} />
      <div class={`field${errorOf('evidence') ? ' field--error' : ''}`}>
        <label class="field__label" for={evidenceId}>
          {t.evidenceLabel}
        </label>
        <p class="field__hint" id={`${evidenceId}-hint`}>
          {t.evidenceHint}
        </p>
        {errorOf('evidence') && (
          <p class="field__error" id={`${evidenceId}-error`}>
            {errorOf('evidence')}
          </p>
        )}
        <input
          type="file"
          id={evidenceId}
          class="field__input"
          accept="application/pdf,image/jpeg,image/png,image/webp,video/mp4,video/quicktime,video/webm"
          aria-invalid={errorOf('evidence') ? true : undefined}
          aria-describedby={`${evidenceId}-hint${errorOf('evidence') ? ` ${evidenceId}-error` : ''}`}
          onChange={(e) => setFile(e.currentTarget.files?.[0])}
        />
      </div>
      {sending.kind === 'sending' && <progress max={1} value={sending.fraction} aria-label={t.sendingObjection(Math.round(sending.fraction * 100))} />}
      <button type="submit" class="button" disabled={sending.kind === 'sending'}>
        {sending.kind === 'sending' ? t.sendingObjection(Math.round(sending.fraction * 100)) : sending.kind === 'failed' ? t.retryObjection : t.sendObjection}
      </button>
    </form>
  );
};
