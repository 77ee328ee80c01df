/** Registering and editing a draft, one step per page. A new entry's first step is kept on the
 * phone until it is sent (POST); after that every field is saved to the server when the participant
 * leaves it, so a dropped connection loses at most the field being typed. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { call } from '../../api/client';
import type { InnovationInput, InnovationPatch } from '../../api/contract';
import { CATEGORY_LABELS, getEdition, isInstitutional } from '../../api/editions';
import { ApiError, Offline, type FieldError } from '../../api/errors';
import { checkRegistration } from '../../api/validation';
import type { User } from '../../auth';
import { ErrorSummary } from '../../components/error-summary';
import { DateField, fieldId, Radios, Select, TextArea, TextField } from '../../components/field';
import { ParticipantOnly } from '../../components/role-only';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { STEPS, stepPath, valueOf, type FieldName } from '../../innovation/steps';
import { useInnovation } from '../../innovation/use-innovation';
import { currentLanguage, useTexts } from '../../i18n';
import { useLoad } from '../../load';

type Values = Partial<Record<FieldName, string>>;

/** A new entry's first step, kept on the phone until it is registered. */
const NEW_DRAFT_KEY = 'pik.new-draft';
const readNewDraft = (): { values: Values; idempotencyKey: string } => {
  const stored = JSON.parse(localStorage.getItem(NEW_DRAFT_KEY) ?? 'null') as { values: Values; idempotencyKey: string } | null;
  return stored ?? { values: {}, idempotencyKey: crypto.randomUUID() };
};

const LONG_TEXT: Partial<Record<FieldName, number>> = { summary: 2000, problem: 5000, solution: 5000, impact: 5000 };
const CONTACT: FieldName[] = ['contact.name', 'contact.email', 'contact.phone'];

/** The body part a field saves (the contact goes whole); undefined while it cannot be sent. */
const patchFor = (field: FieldName, values: Values): InnovationPatch | undefined => {
  if (field.startsWith('contact.')) {
    const [name, email, phone] = CONTACT.map((f) => values[f] ?? '');
    return name && email && phone ? { contact: { name, email, phone } } : undefined;
  }
  const value = values[field] ?? '';
  // Choices and dates have no empty value: left empty, they stay unset.
  if (value === '' && !LONG_TEXT[field] && field !== 'affiliation') return undefined;
  return { [field]: value } as InnovationPatch;
};

/** The POST body from the form as it stands; the cast because an unchosen category is '' until the
 * schema's check (in the browser, then the API's) refuses it. */
const registration = (values: Values, user: User): InnovationInput => {
  const category = values.category ?? '';
  return {
    title: values.title ?? '',
    category,
    ...(isInstitutional(category) ? { institutionId: user.institutionId } : values.affiliation ? { affiliation: values.affiliation } : {}),
    contact: { name: values['contact.name'] ?? '', email: values['contact.email'] ?? '', phone: values['contact.phone'] ?? '' },
  } as InnovationInput;
};

export default function Register() {
  return <ParticipantOnly>{(user) => <StepForm user={user} />}</ParticipantOnly>;
}

const StepForm = ({ user }: { user: User }) => {
  const t = useTexts();
  const { params } = useRoute();
  const { route } = useLocation();
  const id: string | undefined = params.id;
  const index = Math.max(0, STEPS.findIndex((s) => s.key === (params.step ?? 'identitas')));
  const step = STEPS[index]!;
  const entry = useInnovation(id);
  const edition = useLoad(() => getEdition(CURRENT_EDITION), []);
  const institutions = useLoad(() => (user.institutionId ? call('listInstitutions') : Promise.resolve({ items: [] })), [user.institutionId]);
  const [values, setValues] = useState<Values>(() => (id ? {} : readNewDraft().values));
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const loadedFor = useRef<string>('');

  // The form starts from what the server holds, once per entry and step.
  useEffect(() => {
    const e = entry.innovation;
    if (!e || loadedFor.current === `${e.id}/${step.key}`) return;
    loadedFor.current = `${e.id}/${step.key}`;
    setValues(Object.fromEntries(STEPS.flatMap((s) => s.fields).map((f) => [f, valueOf(e, f)])));
    setErrors([]);
  }, [entry.innovation, step.key]);

  if (id && entry.error) return <Problem error={entry.error} retry={entry.reload} />;
  if ((id && !entry.innovation) || !edition.data) return <Loading />;
  if (entry.innovation && entry.innovation.status !== 'DRAFT') {
    route(`/inovasi/${id}`, true);
    return null;
  }

  const setValue = (field: FieldName, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (!id) localStorage.setItem(NEW_DRAFT_KEY, JSON.stringify({ ...readNewDraft(), values: next }));
  };
  const showErrors = (fields: FieldName[] | 'all', found: FieldError[]) =>
    setErrors((old) => [...old.filter((e) => fields !== 'all' && !fields.includes(e.field as FieldName)), ...found]);

  /** Saves one field as the participant leaves it. */
  const saveField = async (field: FieldName) => {
    const e = entry.innovation;
    const patch = e && patchFor(field, values);
    const fields = field.startsWith('contact.') ? CONTACT : [field];
    if (!patch || fields.every((f) => valueOf(e, f) === (values[f] ?? ''))) return;
    setStatus(t.saving);
    try {
      const found = await entry.save(patch);
      showErrors(fields, found);
      setStatus(found.length ? '' : t.saved);
    } catch (err) {
      // Offline: the value stays in the form and is sent with the next save.
      showErrors(fields, problemsOf(err));
      setStatus('');
    }
  };
  /** A failed request as problems to show: the API's own, or the connection's. */
  const problemsOf = (err: unknown): FieldError[] => {
    if (err instanceof ApiError) return err.fieldErrors().length ? err.fieldErrors() : [{ field: '', message: err.message }];
    if (err instanceof Offline) return [{ field: '', message: t.offline }];
    throw err;
  };

  const next = async (ev: Event) => {
    ev.preventDefault();
    setBusy(true);
    try {
      if (!id) {
        const body = registration(values, user);
        const found = checkRegistration(body, currentLanguage());
        if (found.length) return showErrors('all', found);
        const created = await call('registerInnovation', { path: { editionId: CURRENT_EDITION }, body, idempotencyKey: readNewDraft().idempotencyKey });
        localStorage.removeItem(NEW_DRAFT_KEY);
        route(stepPath(created.id, 'uraian'));
        return;
      }
      const e = entry.innovation!;
      const changed = step.fields.filter((f) => valueOf(e, f) !== (values[f] ?? ''));
      const patch = Object.assign({}, ...changed.map((f) => patchFor(f, values) ?? {})) as InnovationPatch;
      const found = Object.keys(patch).length ? await entry.save(patch) : [];
      if (found.length) return showErrors('all', found);
      route(stepPath(e.id, STEPS[index + 1]!.key));
    } catch (err) {
      showErrors('all', problemsOf(err));
    } finally {
      setBusy(false);
    }
  };

  const category = entry.innovation?.category ?? values.category ?? '';
  const institutionName = institutions.data?.items.find((i) => i.institutionId === user.institutionId)?.name ?? user.institutionId;
  const errorOf = (f: FieldName) => errors.find((e) => e.field === f || (f === 'contact.name' && e.field === 'contact'))?.message;
  const common = (f: FieldName) => ({
    name: f,
    label: t.fields[f],
    hint: (t.hints as Partial<Record<FieldName, string>>)[f],
    error: errorOf(f),
    value: values[f] ?? '',
    onInput: (v: string) => setValue(f, v),
    onSave: () => void saveField(f),
  });

  const field = (f: FieldName) => {
    switch (f) {
      case 'category':
        return id ? (
          <Fixed name="category" label={t.fields.category} value={CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS]} />
        ) : (
          <Select {...common(f)} placeholder={t.chooseCategory} options={edition.data!.categories.map((c) => [c, CATEGORY_LABELS[c]])} />
        );
      case 'institutionId':
        return isInstitutional(category) && <Fixed name="institutionId" label={t.fields.institutionId} value={institutionName ?? '—'} error={errorOf(f)} />;
      case 'affiliation':
        return category && !isInstitutional(category) && <TextField {...common(f)} optional />;
      case 'contact.email':
        return <TextField {...common(f)} type="email" autocomplete="email" />;
      case 'contact.phone':
        return <TextField {...common(f)} type="tel" autocomplete="tel" />;
      case 'contact.name':
        return <TextField {...common(f)} autocomplete="name" />;
      case 'innovationStage':
        return <Radios {...common(f)} options={Object.entries(t.innovationStages)} />;
      case 'innovationType':
        return <Radios {...common(f)} options={Object.entries(t.innovationTypes)} />;
      case 'startedOn':
        return <DateField {...common(f)} />;
      default:
        return LONG_TEXT[f] ? <TextArea {...common(f)} max={LONG_TEXT[f]!} optional /> : <TextField {...common(f)} />;
    }
  };

  return (
    <>
      <p class="muted">{t.stepOf(index + 1, STEPS.length)}</p>
      <h1>{step.title(t)}</h1>
      <ErrorSummary errors={errors} labels={t.fields} />
      <form onSubmit={next} noValidate>
        {step.fields.map((f) => (
          <div key={f}>{field(f)}</div>
        ))}
        <p role="status" class="muted">
          {status}
        </p>
        <button class="button" type="submit" disabled={busy}>
          {t.saveContinue}
        </button>
        <a class="button secondary" href={id ? (index ? stepPath(id, STEPS[index - 1]!.key) : `/inovasi/${id}`) : '/inovasi'}>
          {t.back}
        </a>
      </form>
    </>
  );
};

/** A value the participant can no longer change on this page, shown where its field would be. */
const Fixed = ({ name, label, value, error }: { name: FieldName; label: string; value: string; error?: string }) => (
  <div class={`field${error ? ' field--error' : ''}`} id={fieldId(name)} tabIndex={-1}>
    <p class="field__label">{label}</p>
    {error && <p class="field__error">{error}</p>}
    <p>{value}</p>
  </div>
);
