/** One nominee for a field verifier: who to visit and what the entry claims, then the visit's record —
 * result, a 0–100 score, findings, and evidence photos taken with the phone's camera (each uploaded
 * as it is taken) — saved with `PUT /innovations/{id}/verification`, which names the photos. Checked
 * in the browser with the API's own schema; the API decides. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { call } from '../../api/client';
import type { Verification } from '../../api/contract';
import { evidenceUrl } from '../../api/documents';
import { getEdition } from '../../api/editions';
import { ApiError, type FieldError } from '../../api/errors';
import { institutions, recordedVerification, saveVerification } from '../../api/judging';
import { checkVerification } from '../../api/validation';
import { EntrySummary } from '../../components/entry-summary';
import { ErrorSummary } from '../../components/error-summary';
import { EvidencePhotos } from '../../components/evidence-photos';
import { fieldId, Radios, TextArea } from '../../components/field';
import { Loading, Problem } from '../../components/problem';
import { RoleOnly } from '../../components/role-only';
import { formatWita, useTexts } from '../../i18n';
import { useLoad } from '../../load';

export default function VerificationEntry() {
  const t = useTexts();
  return (
    <RoleOnly role="verifier" refusal={t.verifiersOnly}>
      {() => <Visit />}
    </RoleOnly>
  );
}

const Visit = () => {
  const t = useTexts();
  const { params } = useRoute();
  const loaded = useLoad(async () => {
    const innovation = await call('getInnovation', { path: { id: params.id! } });
    const [edition, registry, recorded] = await Promise.all([getEdition(innovation.editionId), institutions(), recordedVerification(innovation.id)]);
    return { innovation, edition, recorded, institution: registry.find((i) => i.institutionId === innovation.institutionId) };
  }, [params.id]);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { innovation, edition, institution, recorded } = loaded.data;
  return (
    <>
      <p>
        <a href="/verifikasi">{t.backToNominees}</a>
      </p>
      <h1>{innovation.title}</h1>
      <EntrySummary innovation={innovation} institution={institution} parts={['summary', 'impact']} />
      {innovation.contact && (
        <p>
          {t.contactPerson}: {innovation.contact.name} · <a class="tel" href={`tel:${innovation.contact.phone.replace(/[^\d+]/g, '')}`}>{innovation.contact.phone}</a>
        </p>
      )}
      <h2>{t.visitForm}</h2>
      {edition.currentStage === 'FIELD_VERIFICATION' ? (
        <VisitForm innovationId={innovation.id} recorded={recorded} />
      ) : (
        <>
          <p class="notice">{t.verificationNotOpen}</p>
          {recorded && <Saved verification={recorded} />}
        </>
      )}
    </>
  );
};

/** `recorded`: the visit as saved before (this session or an earlier one): shown, and revised from
 * the version read, its photos kept unless removed. */
const VisitForm = ({ innovationId, recorded }: { innovationId: string; recorded?: Verification }) => {
  const t = useTexts();
  const [result, setResult] = useState<string>(recorded?.result ?? '');
  const [score, setScore] = useState(recorded ? String(recorded.score) : '');
  const [findings, setFindings] = useState(recorded?.findings ?? '');
  const [kept, setKept] = useState(recorded?.evidence ?? []);
  const [evidence, setEvidence] = useState<{ ids: string[]; pending: boolean }>({ ids: [], pending: false });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<Verification | undefined>(recorded);
  const [editing, setEditing] = useState(!recorded);
  const labels = { result: t.result, score: t.verificationScore, findings: t.findings, evidence: t.photos };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    if (evidence.pending) return setErrors([{ field: 'evidence', message: t.photosPending }]);
    const number = score.trim() === '' ? undefined : Number(score.trim().replace(',', '.'));
    const body = { result: result || undefined, score: number, findings, evidence: [...kept.map((e) => e.documentId), ...evidence.ids] };
    const problems = checkVerification(body, t.language);
    setErrors(problems);
    if (problems.length) return;
    setSaving(true);
    try {
      const stored = await saveVerification(innovationId, body as Parameters<typeof saveVerification>[1], saved?.version);
      setSaved(stored);
      // This page's own uploads stay with the photo list that took them; the rest are kept as saved.
      setKept(stored.evidence.filter((e) => !evidence.ids.includes(e.documentId)));
      setErrors([]);
      setEditing(false);
    } catch (err) {
      setErrors(err instanceof ApiError ? (err.fieldErrors().length ? err.fieldErrors() : [{ field: '', message: err.message }]) : [{ field: '', message: t.offline }]);
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;

  return (
    <>
      {saved && !editing && (
        <>
          <Saved verification={saved} announce={saved !== recorded} />
          <button type="button" class="button secondary" onClick={() => setEditing(true)}>
            {t.changeVerification}
          </button>
        </>
      )}
    <form onSubmit={submit} noValidate hidden={!editing}>
      <ErrorSummary errors={errors} labels={labels} />
      <Radios name="result" label={t.result} options={[['VERIFIED', t.results.VERIFIED], ['NOT_VERIFIED', t.results.NOT_VERIFIED]]} value={result} error={errorOf('result')} onInput={setResult} />
      <div class={`field${errorOf('score') ? ' field--error' : ''}`}>
        <label class="field__label" for={fieldId('score')}>
          {t.verificationScore}
        </label>
        <p class="field__hint" id={`${fieldId('score')}-hint`}>
          {t.verificationScoreHint}
        </p>
        {errorOf('score') && (
          <p class="field__error" id={`${fieldId('score')}-error`}>
            {errorOf('score')}
          </p>
        )}
        <input
          class="field__input"
          style={{ maxWidth: '8rem' }}
          id={fieldId('score')}
          name="score"
          inputMode="numeric"
          value={score}
          aria-invalid={errorOf('score') ? true : undefined}
          aria-describedby={`${fieldId('score')}-hint${errorOf('score') ? ` ${fieldId('score')}-error` : ''}`}
          onInput={(e) => setScore(e.currentTarget.value)}
        />
      </div>
      <TextArea name="findings" label={t.findings} hint={t.findingsHint} max={10000} value={findings} error={errorOf('findings')} onInput={setFindings} />
      {kept.length > 0 && (
        <>
          <h3>{t.savedEvidence}</h3>
          <ul class="plain">
            {kept.map((e) => (
              <li key={e.documentId}>
                {e.fileName}{' '}
                <button type="button" class="button secondary" onClick={() => setKept((ks) => ks.filter((k) => k.documentId !== e.documentId))}>
                  {t.removePhoto(e.fileName)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <EvidencePhotos innovationId={innovationId} error={errorOf('evidence')} onChange={(ids, pending) => setEvidence({ ids, pending })} />
      <button type="submit" class="button" disabled={saving}>
        {saving ? t.saving : t.saveVerification}
      </button>
    </form>
    </>
  );
};

/** What the API stored, read back: the photos open through the evidence route. */
const Saved = ({ verification: v, announce = false }: { verification: Verification; announce?: boolean }) => {
  const t = useTexts();
  const [problem, setProblem] = useState('');
  const box = useRef<HTMLDivElement>(null);
  // Just saved: the confirmation comes into view and is read out (not when read back on opening the page).
  useEffect(() => void (announce && box.current?.focus()), [v.version]);
  const open = async (ev: MouseEvent, evidenceId: string) => {
    // The link names the API's path (it works without the script): not a page for the router to open.
    ev.preventDefault();
    ev.stopPropagation();
    try {
      location.assign(await evidenceUrl(v.innovationId, evidenceId));
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  return (
    <div class="notice" role="status" tabIndex={-1} ref={box}>
      <h3>{t.verificationSavedTitle}</h3>
      <p>{t.verificationSaved(formatWita(v.updatedAt, t))}</p>
      <dl class="summary-list">
        <div>
          <dt>{t.result}</dt>
          <dd>{t.results[v.result]}</dd>
        </div>
        <div>
          <dt>{t.verificationScore}</dt>
          <dd>{v.score}</dd>
        </div>
        <div>
          <dt>{t.findings}</dt>
          <dd>{v.findings}</dd>
        </div>
      </dl>
      {v.evidence.length > 0 && (
        <>
          <h4>{t.savedEvidence}</h4>
          <ul>
            {v.evidence.map((e) => (
              <li key={e.documentId}>
                <a href={e.href} onClick={(ev) => open(ev, e.documentId)} aria-label={t.openPhoto(e.fileName)}>
                  {e.fileName}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {problem && <p class="field__error">{problem}</p>}
    </div>
  );
};
