/** "Seleksi administrasi": the submitted entries of the edition with the flags the eligibility rules
 * raised when registration closed (each reason worded from the message catalogue), filtered by flag
 * and category through the API, and the secretariat's decision on each (a reason when screening
 * out), recorded with who and when. */
import { useState } from 'preact/hooks';
import type { EditionView, FlagCode, Innovation } from '../../api/contract';
import { CATEGORY_LABELS, getEdition } from '../../api/editions';
import { ApiError, type FieldError } from '../../api/errors';
import { institutions } from '../../api/judging';
import { decideEligibility, editionEntries, FLAG_CODES, flagReason, flagsOf } from '../../api/secretariat-judging';
import { checkEligibility } from '../../api/validation';
import { ErrorSummary } from '../../components/error-summary';
import { Radios, Select, TextArea } from '../../components/field';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { formatWita, useAreaTexts } from '../../i18n';
import { useLoad } from '../../load';
import { SecretariatFrame } from '../../secretariat/frame';
import { screeningTexts } from './texts';
import './style.css';

const useScreeningTexts = () => useAreaTexts(screeningTexts);

/** What the queue holds: entries that were submitted (whatever the screening made of them). */
const SCREENED: readonly Innovation['status'][] = ['SUBMITTED', 'ELIGIBLE', 'INELIGIBLE'];

export default function SecretariatScreening() {
  return <SecretariatFrame>{() => <Queue />}</SecretariatFrame>;
}

const rank = (i: Innovation): number => (i.eligibility ? 2 : 0) + (flagsOf(i).length ? 0 : 1);

type Filters = { flag: FlagCode | 'ANY' | ''; category: string };

const Queue = () => {
  const t = useScreeningTexts();
  const [filters, setFilters] = useState<Filters>({ flag: '', category: '' });
  const [draft, setDraft] = useState<Filters>(filters);
  const meta = useLoad(async () => {
    const [edition, registry] = await Promise.all([getEdition(CURRENT_EDITION), institutions()]);
    return { edition, names: new Map(registry.map((i) => [i.institutionId, i.name])) };
  }, []);
  const list = useLoad(
    async () =>
      (await editionEntries(CURRENT_EDITION, filters.flag || undefined))
        .filter((i) => SCREENED.includes(i.status) && (!filters.category || i.category === filters.category))
        // What needs a look first: flagged entries not yet decided, then the other undecided ones.
        .sort((a, b) => rank(a) - rank(b) || a.title.localeCompare(b.title, 'id')),
    [filters.flag, filters.category],
  );
  if (meta.error) return <Problem error={meta.error} retry={meta.reload} />;
  if (!meta.data) return <Loading />;
  const { edition, names } = meta.data;
  const open = edition.currentStage === 'SCREENING';
  return (
    <>
      <h1>{t.screeningTitle}</h1>
      <p>{t.screeningIntro}</p>
      {!open && <p class="notice">{t.screeningClosed}</p>}
      <form
        class="screening__filters"
        aria-label={t.filtersLabel}
        onSubmit={(e) => {
          e.preventDefault();
          setFilters(draft);
        }}
      >
        <Select
          name="flag"
          label={t.filterFlag}
          value={draft.flag}
          placeholder={t.filterAll}
          options={[['ANY', t.filterAnyFlag], ...FLAG_CODES.map((c): [string, string] => [c, t.flags[c]])]}
          onInput={(v) => setDraft({ ...draft, flag: v as Filters['flag'] })}
        />
        <Select
          name="category"
          label={t.filterCategory}
          value={draft.category}
          placeholder={t.filterAll}
          options={edition.categories.map((c): [string, string] => [c, CATEGORY_LABELS[c]])}
          onInput={(v) => setDraft({ ...draft, category: v })}
        />
        <button type="submit" class="button secondary">
          {t.filterApply}
        </button>
      </form>
      {list.error ? (
        <Problem error={list.error} retry={list.reload} />
      ) : !list.data ? (
        <Loading />
      ) : (
        <>
          <p role="status">{t.shownCount(list.data.length)}</p>
          {list.data.length === 0 && <p>{t.noEntries}</p>}
          <ul class="plain">
            {list.data.map((entry) => (
              <li key={entry.id}>
                <Entry
                  entry={entry}
                  edition={edition}
                  institution={entry.institutionId && names.get(entry.institutionId)}
                  open={open}
                  onDecided={(next) => list.set(list.data!.map((i) => (i.id === next.id ? { ...next, screeningFlags: i.screeningFlags } : i)))}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
};

const Entry = ({ entry, edition, institution, open, onDecided }: { entry: Innovation; edition: EditionView; institution?: string | false; open: boolean; onDecided(next: Innovation): void }) => {
  const t = useScreeningTexts();
  const flags = flagsOf(entry);
  const headingId = `entry-${entry.id}`;
  return (
    <article class="screening__entry" aria-labelledby={headingId}>
      <h2 id={headingId}>{entry.title}</h2>
      <p>
        <span class={`tag${entry.status === 'INELIGIBLE' ? ' gold' : entry.status === 'SUBMITTED' ? ' grey' : ''}`}>{t.statuses[entry.status]}</span>{' '}
        <span class="muted">
          {CATEGORY_LABELS[entry.category]}
          {institution ? ` · ${institution}` : ''}
          {entry.submittedAt ? ` · ${t.submittedAt} ${formatWita(entry.submittedAt, t)}` : ''}
        </span>
      </p>
      <h3>{t.flagsHeading}</h3>
      {flags.length === 0 ? (
        <p class="muted">{t.noFlags}</p>
      ) : (
        <ul class="screening__flags">
          {flags.map((f, i) => (
            <li key={i}>
              <strong>{t.flags[f.code]}:</strong> {flagReason(f, edition.id, t.language)}
            </li>
          ))}
        </ul>
      )}
      {entry.eligibility && (
        <p class="screening__decided">
          <strong>{entry.eligibility.eligible ? t.eligible : t.ineligible}</strong>
          {entry.eligibility.reason ? ` — ${entry.eligibility.reason}` : ''}
          <br />
          <span class="muted">{t.decided(entry.eligibility.decidedBy, formatWita(entry.eligibility.decidedAt, t))}</span>
        </p>
      )}
      {open && <Decision entry={entry} onDecided={onDecided} />}
    </article>
  );
};

const Decision = ({ entry, onDecided }: { entry: Innovation; onDecided(next: Innovation): void }) => {
  const t = useScreeningTexts();
  const [eligible, setEligible] = useState(entry.eligibility ? String(entry.eligibility.eligible) : '');
  const [reason, setReason] = useState(entry.eligibility?.reason ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  // Field names carry the entry's id: every entry's form is on the same page.
  const name = (field: string) => `${entry.id}.${field}`;
  const errorOf = (field: string) => errors.find((e) => e.field === name(field))?.message;
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved('');
    const body = { eligible: eligible === 'true', reason: reason.trim() };
    const problems = eligible === '' ? [{ field: 'eligible', message: t.chooseDecision }] : checkEligibility(body, t.language);
    setErrors(problems.map((p) => ({ ...p, field: p.field ? name(p.field) : '' })));
    if (problems.length) return;
    setBusy(true);
    try {
      onDecided(await decideEligibility(entry.id, body));
      setSaved(t.decisionSaved(entry.title));
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldErrors() : [];
      setErrors(fields.length ? fields.map((p) => ({ ...p, field: name(p.field) })) : [{ field: '', message: (err as Error).message }]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="screening__decision" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} labels={{ [name('eligible')]: t.decisionLegend(entry.title), [name('reason')]: t.reason }} />
      <Radios
        name={name('eligible')}
        label={t.decisionLegend(entry.title)}
        value={eligible}
        error={errorOf('eligible')}
        options={[
          ['true', t.eligible],
          ['false', t.ineligible],
        ]}
        onInput={setEligible}
      />
      <TextArea name={name('reason')} label={t.reason} hint={t.reasonHint} value={reason} max={1000} error={errorOf('reason')} onInput={setReason} />
      <button type="submit" class="button" disabled={busy}>
        {t.decide}
      </button>
      <p role="status" class="screening__saved">
        {saved}
      </p>
    </form>
  );
};
