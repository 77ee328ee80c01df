/** The audit trail, readable: the edition's (`/sekretariat/audit`) or one entry's
 * (`/sekretariat/audit/{id}`), oldest first, a page at a time. Each record says what happened (the
 * action in the reader's language, with the gist of the change), who, and when in WITA; the stored
 * before and after are one tap away. */
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { AuditRecord } from '../../api/contract';
import { getEdition } from '../../api/editions';
import type { FieldError } from '../../api/errors';
import { auditPage, entry } from '../../api/secretariat';
import { checkInnovationId } from '../../api/validation';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/field';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { formatNumber, formatWita, useAreaTexts } from '../../i18n';
import { useLoad } from '../../load';
import { useBoundaryLabel } from '../../secretariat/boundary';
import { SecretariatFrame } from '../../secretariat/frame';
import { auditTexts } from './texts';
import './style.css';

export default function SecretariatAudit() {
  const { params } = useRoute();
  return <SecretariatFrame>{() => (params.id ? <EntryTrail key={params.id} id={params.id} /> : <EditionTrail />)}</SecretariatFrame>;
}

type Texts = ReturnType<typeof useAreaTexts<typeof auditTexts.id>>;
type Subject = Parameters<typeof auditPage>[0];

const EditionTrail = () => {
  const t = useAreaTexts(auditTexts);
  const edition = useLoad(() => getEdition(CURRENT_EDITION), []);
  return (
    <>
      <h1>{t.auditTitle}</h1>
      <EntryLookup />
      <h2>{edition.data ? t.editionTrail(edition.data.name) : t.auditTitle}</h2>
      <p>{t.editionTrailIntro}</p>
      <Trail subject={{ editionId: CURRENT_EDITION }} level={3} />
    </>
  );
};

const EntryTrail = ({ id }: { id: string }) => {
  const t = useAreaTexts(auditTexts);
  const innovation = useLoad(() => entry(id), [id]);
  if (innovation.error) return <Problem error={innovation.error} retry={innovation.reload} />;
  if (!innovation.data) return <Loading />;
  return (
    <>
      <p>
        <a href="/sekretariat/audit">{t.backToEdition}</a>
      </p>
      <h1>{t.entryTrail(innovation.data.title)}</h1>
      <Trail subject={{ innovationId: id }} level={2} />
    </>
  );
};

/** Opens one entry's trail by its id, checked as the API checks it. */
const EntryLookup = () => {
  const t = useAreaTexts(auditTexts);
  const { route } = useLocation();
  const [id, setId] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const submit = (ev: Event) => {
    ev.preventDefault();
    const problems = checkInnovationId(id.trim(), t.language);
    setErrors(problems);
    if (!problems.length) route(`/sekretariat/audit/${id.trim()}`);
  };
  return (
    <form class="panel" onSubmit={submit} noValidate>
      <h2 class="audit__lookup-title">{t.entryLookup}</h2>
      <ErrorSummary errors={errors} labels={{ id: t.entryId }} />
      <TextField name="id" label={t.entryId} hint={t.entryIdHint} value={id} error={errors[0]?.message} onInput={setId} />
      <button type="submit" class="button">
        {t.show}
      </button>
    </form>
  );
};

/** The records of a subject, a page at a time ("load the next records"). */
const Trail = ({ subject, level }: { subject: Subject; level: 2 | 3 }) => {
  const Heading = level === 2 ? 'h2' : 'h3';
  const t = useAreaTexts(auditTexts);
  const first = useLoad(() => auditPage(subject), []);
  const [more, setMore] = useState<{ items: AuditRecord[]; nextToken?: string; loading: boolean; error?: unknown }>();
  if (first.error) return <Problem error={first.error} retry={first.reload} />;
  if (!first.data) return <Loading />;
  const items = [...first.data.items, ...(more?.items ?? [])];
  const nextToken = more ? more.nextToken : first.data.nextToken;
  const loadMore = async () => {
    setMore({ items: more?.items ?? [], nextToken, loading: true });
    try {
      const page = await auditPage(subject, nextToken);
      setMore({ items: [...(more?.items ?? []), ...page.items], nextToken: page.nextToken, loading: false });
    } catch (error) {
      setMore({ items: more?.items ?? [], nextToken, loading: false, error });
    }
  };
  if (items.length === 0) return <p>{t.noRecords}</p>;
  return (
    <>
      <ol class="plain audit">
        {items.map((r, i) => (
          <li key={i} class="audit__record">
            <Heading class="audit__action">{t.actions[r.action]}</Heading>
            <p class="audit__when">
              <time dateTime={r.at}>{formatWita(r.at, t)}</time> {t.by} <strong>{r.who}</strong>
            </p>
            <Gist record={r} t={t} />
            <details>
              <summary>{t.changeData}</summary>
              {r.before !== undefined && r.before !== null && (
                <>
                  <p class="audit__data-label">{t.before}</p>
                  <pre class="audit__data">{JSON.stringify(r.before, null, 2)}</pre>
                </>
              )}
              <p class="audit__data-label">{t.after}</p>
              <pre class="audit__data">{JSON.stringify(r.after ?? null, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ol>
      {more?.error !== undefined && <Problem error={more.error} />}
      {nextToken && (
        <button type="button" class="button secondary" onClick={loadMore} disabled={more?.loading}>
          {more?.loading ? t.loadingMore : t.more}
        </button>
      )}
    </>
  );
};

/** The gist of a change, in words, where the record's action has one. */
const Gist = ({ record, t }: { record: AuditRecord; t: Texts }) => {
  const boundaryLabel = useBoundaryLabel();
  // The trail stores each action's own before/after shapes (see the use cases that write them).
  const after = (record.after ?? {}) as Record<string, unknown>;
  const number = (n: unknown) => formatNumber(Number(n), t.language);
  const lines: string[] = [];
  switch (record.action) {
    case 'CALENDAR_CHANGED':
      for (const m of (after.moved ?? []) as { boundary: keyof Texts['stages']; from: string; to: string }[])
        lines.push(`${boundaryLabel(m.boundary)}: ${formatWita(m.from, t)} → ${formatWita(m.to, t)}`);
      break;
    case 'ELIGIBILITY_SET': {
      const e = after.eligibility as { eligible: boolean; reason?: string } | undefined;
      if (e) lines.push(`${e.eligible ? t.eligible : t.ineligible}${e.reason ? `: ${e.reason}` : ''}`);
      break;
    }
    case 'SCORE_ASSESSMENT':
    case 'SCORE_PRESENTATION':
      lines.push(t.total(number(after.total)));
      break;
    case 'VERIFICATION_SET':
      lines.push(`${after.result === 'VERIFIED' ? t.verified : t.notVerified}, ${t.verificationScore(number(after.score))}`);
      break;
    case 'OBJECTION_FILED':
      lines.push(String(after.reason ?? ''));
      break;
    case 'OBJECTION_RESOLVED':
      lines.push(`${after.outcome === 'UPHELD' ? t.upheld : t.rejected}${after.reason ? `: ${after.reason}` : ''}`);
      break;
    case 'RANKING_NOMINATION':
    case 'RANKING_FINAL':
      lines.push(t.rows(Number(after.rowCount)));
      break;
  }
  const shown = lines.filter(Boolean);
  if (!shown.length) return null;
  return (
    <ul class="plain audit__gist">
      {shown.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
};
