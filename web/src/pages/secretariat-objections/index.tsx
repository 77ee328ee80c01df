/** "Sanggahan": the objections filed against nominees, with the objector's reason and evidence (read
 * through the document route), the secretariat's decision (upheld or rejected, with a reason), and
 * each category's nominees as the public sees them, so an upheld objection's effect shows at once:
 * the nominee leaves and the next entry of the nomination ranking moves up. */
import { useState } from 'preact/hooks';
import type { Objection, Results } from '../../api/contract';
import { documentUrl } from '../../api/documents';
import { CATEGORY_LABELS, getResults } from '../../api/editions';
import { ApiError, type FieldError } from '../../api/errors';
import { editionEntries, objectionsOf, resolveObjection } from '../../api/secretariat-judging';
import { checkResolution } from '../../api/validation';
import { ErrorSummary } from '../../components/error-summary';
import { Radios, TextArea } from '../../components/field';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { formatWita, useAreaTexts } from '../../i18n';
import { useLoad } from '../../load';
import { SecretariatFrame } from '../../secretariat/frame';
import { objectionsTexts } from './texts';
import './style.css';

const useObjectionsTexts = () => useAreaTexts(objectionsTexts);

export default function SecretariatObjections() {
  return <SecretariatFrame>{() => <ObjectionsPage />}</SecretariatFrame>;
}

/** No nominees yet: the results are public only from the nomination (409 before). */
const NO_RESULTS: Results = { editionId: CURRENT_EDITION, nominees: {}, winners: {} };

const load = async () => {
  const [objections, results, entries] = await Promise.all([
    objectionsOf(CURRENT_EDITION),
    getResults(CURRENT_EDITION).catch((err: unknown) => {
      if (err instanceof ApiError && err.status === 409) return NO_RESULTS;
      throw err;
    }),
    editionEntries(CURRENT_EDITION),
  ]);
  return { objections, results, titles: new Map(entries.map((e) => [e.id, e.title])) };
};

type Category = Objection['category'];
const nomineeIds = (results: Results, category: Category) => (results.nominees[category] ?? []).map((n) => n.innovationId);

const ObjectionsPage = () => {
  const t = useObjectionsTexts();
  const loaded = useLoad(load, []);
  /** The entries that moved up with the last decision, per category. */
  const [movedUp, setMovedUp] = useState<Partial<Record<Category, string[]>>>({});
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { objections, results, titles } = loaded.data;
  const name = (id: string) => titles.get(id) ?? id;
  const categories = [...new Set(objections.map((o) => o.category))];
  const open = objections.filter((o) => o.status === 'OPEN').length;
  const onResolved = async (o: Objection) => {
    const next = await load();
    const before = new Set(nomineeIds(results, o.category));
    setMovedUp({ ...movedUp, [o.category]: nomineeIds(next.results, o.category).filter((id) => !before.has(id)) });
    loaded.set(next);
  };
  return (
    <>
      <h1>{t.objectionsTitle}</h1>
      <p>{t.objectionsIntro}</p>
      {objections.length === 0 ? <p>{t.noObjections}</p> : <p class="tag grey">{t.openCount(open)}</p>}
      {categories.map((c) => (
        <section key={c} aria-labelledby={`cat-${c}`} class="objections__category">
          <h2 id={`cat-${c}`}>{CATEGORY_LABELS[c]}</h2>
          <ul class="plain">
            {objections
              .filter((o) => o.category === c)
              .map((o) => (
                <li key={o.objectionId}>
                  <ObjectionCard objection={o} title={name(o.innovationId)} onResolved={onResolved} />
                </li>
              ))}
          </ul>
          <div class="panel" aria-live="polite">
            <h3>{t.nomineesTitle(CATEGORY_LABELS[c])}</h3>
            {nomineeIds(results, c).length === 0 ? (
              <p>{t.noNominees}</p>
            ) : (
              <ol>
                {nomineeIds(results, c).map((id) => (
                  <li key={id}>{name(id)}</li>
                ))}
              </ol>
            )}
            {(results.disqualified?.[c] ?? []).length > 0 && (
              <p>
                {t.disqualified}: {results.disqualified![c]!.map((d) => name(d.innovationId)).join(', ')}
              </p>
            )}
            {movedUp[c]?.length ? <p role="status">{t.movedUp(movedUp[c]!.map(name).join(', '))}</p> : null}
          </div>
        </section>
      ))}
    </>
  );
};

const ObjectionCard = ({ objection: o, title, onResolved }: { objection: Objection; title: string; onResolved(o: Objection): Promise<void> }) => {
  const t = useObjectionsTexts();
  const headingId = `objection-${o.objectionId}`;
  const [problem, setProblem] = useState('');
  const openEvidence = async (ev: MouseEvent, documentId: string) => {
    // The link names the API's path (not a page for the router); the click asks for a short-lived
    // address and follows it: the file downloads, the page stays.
    ev.preventDefault();
    ev.stopPropagation();
    setProblem('');
    try {
      location.assign(await documentUrl(o.innovationId, documentId));
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  return (
    <article class="objections__card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t.against}: {title}
      </h3>
      <p>
        <span class={`tag${o.status === 'OPEN' ? ' grey' : o.status === 'UPHELD' ? ' gold' : ''}`}>{t.statuses[o.status]}</span>{' '}
        <span class="muted">{t.filedBy(o.filedBy, formatWita(o.createdAt, t))}</span>
      </p>
      <dl class="summary-list">
        <div>
          <dt>{t.reason}</dt>
          <dd>{o.reason}</dd>
        </div>
        <div>
          <dt>{t.evidence}</dt>
          <dd>
            {o.evidence.length === 0
              ? t.noEvidence
              : o.evidence.map((e) => (
                  <a key={e.documentId} href={`/innovations/${o.innovationId}/documents/${e.documentId}`} onClick={(ev) => openEvidence(ev, e.documentId)} aria-label={t.readEvidence(e.fileName)}>
                    {e.fileName}
                  </a>
                ))}
            {problem && <span class="field__error"> {problem}</span>}
          </dd>
        </div>
        {o.resolution && (
          <div>
            <dt>{t.decisionReason}</dt>
            <dd>
              {o.resolution.reason}
              <br />
              <span class="muted">{t.resolvedBy(o.resolution.decidedBy, formatWita(o.resolution.decidedAt, t))}</span>
            </dd>
          </div>
        )}
      </dl>
      {o.status === 'OPEN' && <Resolution objection={o} onResolved={onResolved} />}
    </article>
  );
};

const Resolution = ({ objection: o, onResolved }: { objection: Objection; onResolved(o: Objection): Promise<void> }) => {
  const t = useObjectionsTexts();
  const [outcome, setOutcome] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [busy, setBusy] = useState(false);
  const name = (field: string) => `${o.objectionId}.${field}`;
  const errorOf = (field: string) => errors.find((e) => e.field === name(field))?.message;
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = { outcome: outcome as 'UPHELD' | 'REJECTED', reason: reason.trim() };
    const problems = outcome === '' ? [{ field: 'outcome', message: t.chooseDecision }, ...checkResolution({ ...body, outcome: 'REJECTED' }, t.language)] : checkResolution(body, t.language);
    setErrors(problems.map((p) => ({ ...p, field: p.field ? name(p.field) : '' })));
    if (problems.length) return;
    setBusy(true);
    try {
      await resolveObjection(o, body);
      await onResolved(o);
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldErrors() : [];
      setErrors(fields.length ? fields.map((p) => ({ ...p, field: name(p.field) })) : [{ field: '', message: (err as Error).message }]);
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} labels={{ [name('outcome')]: t.decisionLegend, [name('reason')]: t.decisionReason }} />
      <Radios
        name={name('outcome')}
        label={t.decisionLegend}
        value={outcome}
        error={errorOf('outcome')}
        options={[
          ['UPHELD', t.upheld],
          ['REJECTED', t.rejected],
        ]}
        onInput={setOutcome}
      />
      <TextArea name={name('reason')} label={t.decisionReason} value={reason} max={5000} error={errorOf('reason')} onInput={setReason} />
      <button type="submit" class="button" disabled={busy}>
        {t.resolve}
      </button>
    </form>
  );
};
