/** One assigned entry for a judge: what it says and its documents, beside the score sheet of the round
 * now (each criterion's weight and its anchored levels 1–5 in plain words, a comment). The judge's own
 * score is read back and can be revised until the window closes (If-Match); no other judge's score is
 * ever asked for. Checked in the browser with the API's own schema, and the API decides. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { call } from '../../api/client';
import type { EditionView, Innovation, Institution, RoundName, RubricCriterion, Score } from '../../api/contract';
import { getEdition, serverOffset } from '../../api/editions';
import { ApiError, type FieldError } from '../../api/errors';
import { closedRound, institutions, ownScore, roundOf, saveScore, windowEnd } from '../../api/judging';
import { checkScore } from '../../api/validation';
import { Countdown } from '../../components/countdown';
import { EntrySummary } from '../../components/entry-summary';
import { ErrorSummary } from '../../components/error-summary';
import { fieldId, TextArea } from '../../components/field';
import { Loading, Problem } from '../../components/problem';
import { RoleOnly } from '../../components/role-only';
import { DocumentList } from '../../innovation/document-list';
import { formatNumber, formatWita, useTexts } from '../../i18n';
import { anchorsOf } from '../../i18n/rubric-anchors';
import { useLoad } from '../../load';
import './style.css';

export default function JudgingEntry() {
  const t = useTexts();
  return (
    <RoleOnly role="jury" refusal={t.juryOnly}>
      {() => <Entry />}
    </RoleOnly>
  );
}

interface Loaded {
  innovation: Innovation;
  institution?: Institution;
  edition: EditionView;
  offset: number;
  round?: RoundName;
  /** No round open: the one that closed last, whose score the judge may read. */
  closed?: RoundName;
  score?: Score;
}

const Entry = () => {
  const t = useTexts();
  const { params } = useRoute();
  const loaded = useLoad(async (): Promise<Loaded> => {
    const innovation = await call('getInnovation', { path: { id: params.id! } });
    const [edition, offset, registry] = await Promise.all([getEdition(innovation.editionId), serverOffset(), innovation.institutionId ? institutions() : []]);
    const round = roundOf(edition.currentStage);
    const closed = round ? undefined : closedRound(edition.currentStage);
    const institution = registry.find((i) => i.institutionId === innovation.institutionId);
    const read = round ?? closed;
    return { innovation, institution, edition, offset, round, closed, score: read ? await ownScore(innovation.id, read) : undefined };
  }, [params.id]);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { innovation, institution, edition, offset, round, closed, score } = loaded.data;
  const end = round && windowEnd(edition, edition.currentStage);
  return (
    <div class="judge-entry">
      <p>
        <a href="/penilaian">{t.backToList}</a>
      </p>
      <h1>{innovation.title}</h1>
      <p class="judge-entry__jump">
        <a href="#sheet-heading">{t.jumpToSheet}</a>
      </p>
      <div class="judge-entry__columns">
        <section class="judge-entry__entry" aria-labelledby="entry-heading">
          <h2 id="entry-heading" class="visually-hidden">
            {innovation.title}
          </h2>
          <EntrySummary innovation={innovation} institution={institution} />
          <h3>{t.entryDocuments}</h3>
          <DocumentList innovation={innovation} newTab />
        </section>
        <section class="judge-entry__sheet" aria-labelledby="sheet-heading">
          <h2 id="sheet-heading" tabIndex={-1}>
            {t.rubricForm}: {(round ?? closed) === 'presentation' ? t.presentationRound : t.assessmentRound}
          </h2>
          {round && end && (
            <p class="panel">
              {t.windowCloses(formatWita(end, t))} {t.timeLeft}: <strong><Countdown until={end} offset={offset} /></strong>
            </p>
          )}
          {round ? (
            <ScoreSheet innovationId={innovation.id} round={round} rubric={edition.rubric[round]} score={score} onSaved={(s) => loaded.set({ ...loaded.data!, score: s })} />
          ) : (
            <>
              <p class="notice">{t.scoreClosed}</p>
              {closed && <ScoreRead rubric={edition.rubric[closed]} score={score} />}
            </>
          )}
        </section>
      </div>
    </div>
  );
};

const ScoreSheet = ({ innovationId, round, rubric, score, onSaved }: { innovationId: string; round: RoundName; rubric: RubricCriterion[]; score?: Score; onSaved(s: Score): void }) => {
  const t = useTexts();
  const [values, setValues] = useState<Record<string, number | undefined>>(() => ({ ...score?.criteria }));
  const [comment, setComment] = useState(score?.comment ?? '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const notice = useRef<HTMLDivElement>(null);
  // Saved: the confirmation comes into view (the button was at the bottom of a long sheet).
  useEffect(() => {
    if (saved) notice.current?.focus();
  }, [saved]);
  const labels: Record<string, string> = { comment: t.comment, ...Object.fromEntries(rubric.map((c) => [`criteria.${c.key}`, c.label])) };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    setSaved(false);
    const criteria = Object.fromEntries(Object.entries(values).filter((e): e is [string, number] => e[1] !== undefined));
    const body = { criteria, ...(comment.trim() ? { comment } : {}) };
    // A criterion left unanswered: say what to do, rather than the API's "kebaruan wajib diisi".
    const problems = checkScore(body, rubric, t.language).map((e) =>
      e.field.startsWith('criteria.') && values[e.field.slice('criteria.'.length)] === undefined ? { ...e, message: t.chooseLevel } : e,
    );
    setErrors(problems);
    if (problems.length) return;
    setSaving(true);
    try {
      const stored = await saveScore(innovationId, round, body, score?.version);
      setSaved(true);
      onSaved(stored);
    } catch (err) {
      setErrors(err instanceof ApiError ? (err.fieldErrors().length ? err.fieldErrors() : [{ field: '', message: err.message }]) : [{ field: '', message: t.offline }]);
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (field: string) => errors.find((e) => e.field === field)?.message;

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={errors} labels={labels} />
      {saved && score && (
        <div class="notice" role="status" tabIndex={-1} ref={notice}>
          <p>{t.scoreSaved(formatNumber(score.total, t.language))}</p>
          <a href="/penilaian">{t.backToList}</a>
        </div>
      )}
      {!saved && (
        <p>
          {t.yourScore}: <strong>{score ? t.totalOf(formatNumber(score.total, t.language)) : t.notScoredYet}</strong>
        </p>
      )}
      <p class="muted">{t.rubricHowTo}</p>
      {rubric.map((c) => (
        <Criterion key={c.key} criterion={c} value={values[c.key]} error={errorOf(`criteria.${c.key}`)} onInput={(v) => setValues((vs) => ({ ...vs, [c.key]: v }))} />
      ))}
      <TextArea name="comment" label={t.comment} hint={t.commentHint} optional max={2000} value={comment} error={errorOf('comment')} onInput={setComment} />
      <button type="submit" class="button" disabled={saving}>
        {saving ? t.saving : score ? t.saveChanges : t.saveScore}
      </button>
    </form>
  );
};

/** One criterion: its label and weight, what it asks, and its levels as radios, each spelled out. A
 * criterion on another scale than 1–5 takes a number instead. */
const Criterion = ({ criterion: c, value, error, onInput }: { criterion: RubricCriterion; value?: number; error?: string; onInput(v: number | undefined): void }) => {
  const t = useTexts();
  const name = `criteria.${c.key}`;
  const id = fieldId(name);
  const anchors = anchorsOf(c.key, t.language);
  const anchored = c.min === 1 && c.max === 5;
  const described = [`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <fieldset class={`field criterion${error ? ' field--error' : ''}`} aria-describedby={described}>
      <legend class="field__label criterion__legend">
        {c.label} <span class="tag grey">{t.weightPct(c.weight)}</span>
      </legend>
      <p class="field__hint" id={`${id}-hint`}>
        {anchors.asks}
      </p>
      {error && (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {anchored ? (
        anchors.levels.map(([level, means], i) => {
          const n = i + 1;
          const radioId = i === 0 ? id : `${id}-${n}`;
          return (
            <div class="criterion__level" key={n}>
              <input type="radio" id={radioId} name={name} value={n} checked={value === n} onChange={() => onInput(n)} />
              <label for={radioId}>
                <strong>{t.levelLabel(n, level)}</strong>
                <span class="criterion__means">{means}</span>
              </label>
            </div>
          );
        })
      ) : (
        <input
          class="field__input criterion__number"
          id={id}
          name={name}
          inputMode="decimal"
          aria-label={`${c.label} (${c.min}–${c.max})`}
          value={value ?? ''}
          onInput={(e) => {
            const v = e.currentTarget.value.trim().replace(',', '.');
            onInput(v === '' ? undefined : Number(v));
          }}
        />
      )}
    </fieldset>
  );
};

/** A criterion's value as its level where it has one ("4 – Baik"), else the number. */
const levelOf = (c: RubricCriterion, v: number | undefined, language: 'id' | 'en', label: (n: number, name: string) => string): string => {
  if (v === undefined) return '–';
  const level = c.min === 1 && c.max === 5 && Number.isInteger(v) ? anchorsOf(c.key, language).levels[v - 1] : undefined;
  return level ? label(v, level[0]) : formatNumber(v, language);
};

/** The judge's own score of a round that has closed, to read. */
const ScoreRead = ({ rubric, score }: { rubric: RubricCriterion[]; score?: Score }) => {
  const t = useTexts();
  if (!score) return <p>{t.notScoredYet}</p>;
  return (
    <>
      <p>
        {t.yourScore}: <strong>{t.totalOf(formatNumber(score.total, t.language))}</strong>
      </p>
      <dl class="summary-list">
        {rubric.map((c) => (
          <div key={c.key}>
            <dt>{c.label}</dt>
            <dd>{levelOf(c, score.criteria[c.key], t.language, t.levelLabel)}</dd>
          </div>
        ))}
        {score.comment && (
          <div>
            <dt>{t.comment}</dt>
            <dd>{score.comment}</dd>
          </div>
        )}
      </dl>
    </>
  );
};
