/** Calendar extension (perpanjangan): every boundary of the edition — the start of each dated stage,
 * which is also the end of the one before — in WITA; those that have passed are shown to read, the
 * others can move. Checked with the API's own rules before sending; the API's refusals are shown on
 * their fields. After saving, the boundaries that moved, old → new. */
import { useState } from 'preact/hooks';
import { getEdition, serverOffset } from '../../api/editions';
import type { EditionView, StageWindow } from '../../api/contract';
import { ApiError, type FieldError } from '../../api/errors';
import { datedWindows, moveCalendar, movedBoundaries, type MovedBoundary } from '../../api/secretariat';
import { checkCalendar } from '../../api/validation';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/field';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { formatWita, useAreaTexts } from '../../i18n';
import { useLoad } from '../../load';
import { useBoundaryLabel } from '../../secretariat/boundary';
import { SecretariatFrame } from '../../secretariat/frame';
import { witaWallClock } from '../../../../shared/vocabulary/wita';
import { calendarTexts } from './texts';
import './style.css';

export default function SecretariatCalendar() {
  return <SecretariatFrame>{() => <Calendar />}</SecretariatFrame>;
}

/** A boundary's form field: the start of window `i` (`stages.i.start`). */
const fieldOf = (i: number) => `stages.${i}.start`;
/** The API names the end of window `i` and the start of window `i + 1`: one boundary, one field, and
 * one problem per field (the first said), as the error summary lists them. */
const onBoundaryFields = (errors: FieldError[]): FieldError[] => {
  const seen = new Set<string>();
  return errors
    .map((e) => {
      const end = /^stages\.(\d+)\.end$/.exec(e.field);
      return end ? { ...e, field: fieldOf(Number(end[1]) + 1) } : e;
    })
    .filter((e) => e.field === '' || (!seen.has(e.field) && seen.add(e.field)));
};

/** `datetime-local` values are WITA wall-clock times to the minute. */
const toInput = (instant: string) => witaWallClock(instant).slice(0, 16);
const fromInput = (value: string) => (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00+08:00` : value);

const Calendar = () => {
  const t = useAreaTexts(calendarTexts);
  const loaded = useLoad(() => Promise.all([getEdition(CURRENT_EDITION), serverOffset()]), []);
  const [moved, setMoved] = useState<{ boundaries: MovedBoundary[]; failed: string[] }>();
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [edition, offset] = loaded.data;
  return (
    <>
      <h1>{t.calendarTitle}</h1>
      <p>{t.calendarIntro}</p>
      {moved && <Moved {...moved} />}
      {edition.currentStage === 'ANNOUNCED' ? (
        <p class="notice">{t.calendarClosed}</p>
      ) : (
        <CalendarForm
          // A new edition version starts a fresh form from what was saved.
          key={edition.version}
          edition={edition}
          now={Date.now() + offset}
          reload={() => {
            setMoved(undefined);
            loaded.reload();
          }}
          onSubmit={() => setMoved(undefined)}
          onSaved={(next, boundaries, failed) => {
            setMoved({ boundaries, failed });
            loaded.set([next, offset]);
          }}
        />
      )}
    </>
  );
};

type FormProps = {
  edition: EditionView;
  now: number;
  reload(): void;
  /** A new attempt: what the last save moved is no longer the news. */
  onSubmit(): void;
  onSaved(next: EditionView, moved: MovedBoundary[], failed: string[]): void;
};

const CalendarForm = ({ edition, now, reload, onSubmit, onSaved }: FormProps) => {
  const t = useAreaTexts(calendarTexts);
  const windows = datedWindows(edition);
  const [values, setValues] = useState(() => windows.map((w) => toInput(w.start)));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const passed = windows.map((w) => new Date(w.start).getTime() <= now);
  const boundaryLabel = useBoundaryLabel();
  const label = (i: number) => boundaryLabel(windows[i]!.stage);
  const labels = Object.fromEntries(windows.map((_, i) => [fieldOf(i), label(i)]));

  const submit = async (ev: Event) => {
    ev.preventDefault();
    onSubmit();
    const starts = values.map(fromInput);
    const stages: StageWindow[] = windows.map((w, i) => ({ stage: w.stage, start: starts[i]!, end: i + 1 < windows.length ? starts[i + 1]! : null }));
    const problems = onBoundaryFields(checkCalendar(stages, t.language));
    setErrors(problems);
    setConflict(false);
    if (problems.length) return;
    setSaving(true);
    try {
      const { schedules, ...next } = await moveCalendar(edition.id, stages, edition.version);
      onSaved(next, movedBoundaries(windows, datedWindows(next)), schedules.failed.map((f) => f.boundary));
    } catch (err) {
      if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') setConflict(true);
      const fields = err instanceof ApiError ? onBoundaryFields(err.fieldErrors()) : [];
      setErrors(fields.length ? fields : [{ field: '', message: err instanceof ApiError ? err.message : t.offline }]);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="calendar" onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} labels={labels} />
      {conflict && (
        <div class="notice">
          <p>{t.versionConflict}</p>
          <button type="button" class="button secondary" onClick={reload}>
            {t.reload}
          </button>
        </div>
      )}
      <p class="muted">{t.wita}</p>
      {windows.map((w, i) =>
        passed[i] ? (
          <div class="field" key={w.stage}>
            <p class="field__label">{label(i)}</p>
            <p>
              {formatWita(w.start, t)} <span class="tag grey">{t.passed}</span>
            </p>
          </div>
        ) : (
          <TextField
            key={w.stage}
            type="datetime-local"
            name={fieldOf(i)}
            label={label(i)}
            hint={formatWita(w.start, t)}
            value={values[i]!}
            error={errors.find((e) => e.field === fieldOf(i))?.message}
            onInput={(v) => setValues((old) => old.map((x, j) => (j === i ? v : x)))}
          />
        ),
      )}
      <button type="submit" class="button" disabled={saving}>
        {saving ? t.savingCalendar : t.saveCalendar}
      </button>
    </form>
  );
};

const Moved = ({ boundaries, failed }: { boundaries: MovedBoundary[]; failed: string[] }) => {
  const t = useAreaTexts(calendarTexts);
  const boundaryLabel = useBoundaryLabel();
  return (
    <section class="panel" role="status" aria-labelledby="moved">
      <h2 id="moved">{t.movedTitle}</h2>
      {boundaries.length === 0 ? (
        <p>{t.nothingMoved}</p>
      ) : (
        <ul>
          {boundaries.map((b) => (
            <li key={b.stage}>
              <strong>{boundaryLabel(b.stage)}</strong>: <del>{formatWita(b.from, t)}</del> <span aria-hidden="true">→</span>
              <span class="visually-hidden"> {t.movedTo} </span> <ins>{formatWita(b.to, t)}</ins>
            </li>
          ))}
        </ul>
      )}
      {failed.length > 0 && (
        <p>
          {t.schedulesFailed} {failed.map((stage) => t.stages[stage as MovedBoundary['stage']]).join(', ')}
        </p>
      )}
    </section>
  );
};
