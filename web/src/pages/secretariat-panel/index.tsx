/** "Panel juri dan verifikator": who judges and verifies which categories, the conflicts of interest
 * each declared, and the load per judge per round as the form stands. While a round is scored, the
 * preview's disagreement flags say when a category needs another judge. The whole panel is saved with
 * `PUT /editions/{id}/assignments`, checked first with the API's own schema. */
import { useState } from 'preact/hooks';
import type { AssignmentsInput, EditionView, Innovation, Institution } from '../../api/contract';
import { CATEGORY_LABELS, getEdition } from '../../api/editions';
import { ApiError, type FieldError } from '../../api/errors';
import { institutions } from '../../api/judging';
import { editionEntries, panelOf, previewOf, savePanel } from '../../api/secretariat-judging';
import { checkAssignments } from '../../api/validation';
import { ErrorSummary } from '../../components/error-summary';
import { fieldId, Select, TextField } from '../../components/field';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { formatWita, useAreaTexts } from '../../i18n';
import { useLoad } from '../../load';
import { SecretariatFrame } from '../../secretariat/frame';
import { panelTexts } from './texts';
import './style.css';
import { DataTable } from '../../components/data-table';

const usePanelTexts = () => useAreaTexts(panelTexts);

export default function SecretariatPanel() {
  return <SecretariatFrame>{() => <PanelPage />}</SecretariatFrame>;
}

/** One member of the panel as the form edits it; a field added here (e.g. an e-mail) needs only its
 * input in `MemberFields` and its place in `toInput`. */
type Category = EditionView['categories'][number];
type Member = { key: number; userId: string; role: 'jury' | 'verifier'; categories: Category[]; conflicts: string[] };

/** Which entries each round scores: the desk assessment the screened-in entries, the presentation the nominees. */
const ROUND_STATUSES = { assessment: ['SUBMITTED', 'ELIGIBLE'], presentation: ['NOMINATED', 'WINNER'] } as const;

let nextKey = 0;
const member = (m: Partial<Member> = {}): Member => ({ key: nextKey++, userId: '', role: 'jury', categories: [], conflicts: [], ...m });

const load = async () => {
  const [edition, panel, entries, registry] = await Promise.all([getEdition(CURRENT_EDITION), panelOf(CURRENT_EDITION), editionEntries(CURRENT_EDITION), institutions()]);
  const conflictsOf = new Map((panel?.conflicts ?? []).map((c) => [c.userId, c.institutionIds]));
  const members = (panel?.assignments ?? []).map((a) => member({ userId: a.userId, role: a.role, categories: a.categories, conflicts: conflictsOf.get(a.userId) ?? [] }));
  return { edition, version: panel?.version, updatedAt: panel?.updatedAt, members, entries, registry, disagreements: await openDisagreements(edition) };
};

/** Entries of the round being scored whose judges disagree beyond the edition's threshold (0 outside a round). */
const openDisagreements = async (edition: EditionView): Promise<number> => {
  const round = edition.currentStage === 'ASSESSMENT' ? 'nomination' : edition.currentStage === 'PRESENTATION' ? 'final' : undefined;
  if (!round) return 0;
  const preview = await previewOf(edition.id, round);
  return Object.values(preview.reliability ?? {}).reduce((n, r) => n + (r?.disagreements.length ?? 0), 0);
};

/** The API's shape of the form: conflicts are per person, so those of one person's rows are merged. */
const toInput = (members: Member[], version?: number): AssignmentsInput => {
  const conflicts = new Map<string, Set<string>>();
  for (const m of members) if (m.conflicts.length) m.conflicts.forEach((i) => (conflicts.get(m.userId.trim()) ?? conflicts.set(m.userId.trim(), new Set()).get(m.userId.trim())!).add(i));
  return {
    assignments: members.map((m) => ({ userId: m.userId.trim(), role: m.role, categories: m.categories })),
    conflicts: [...conflicts].map(([userId, ids]) => ({ userId, institutionIds: [...ids] })),
    ...(version !== undefined && { version }),
  };
};

const PanelPage = () => {
  const loaded = useLoad(load, []);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  return <PanelForm {...loaded.data} />;
};

const PanelForm = (p: Awaited<ReturnType<typeof load>>) => {
  const t = usePanelTexts();
  const [members, setMembers] = useState<Member[]>(p.members.length ? p.members : [member()]);
  const [version, setVersion] = useState(p.version);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saved, setSaved] = useState(p.updatedAt ? t.savedAt(formatWita(p.updatedAt, t)) : '');
  const [busy, setBusy] = useState(false);
  const { edition, entries, registry } = p;
  const open = ['SCREENING', 'ASSESSMENT', 'NOMINATION', 'FIELD_VERIFICATION', 'PRESENTATION'].includes(edition.currentStage);
  const change = (key: number, next: Partial<Member>) => setMembers(members.map((m) => (m.key === key ? { ...m, ...next } : m)));

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaved('');
    const body = toInput(members, version);
    const problems = checkAssignments(body, t.language);
    setErrors(problems);
    if (problems.length) return;
    setBusy(true);
    try {
      const stored = await savePanel(edition.id, body);
      setVersion(stored.version);
      setSaved(t.savedAt(formatWita(stored.updatedAt, t)));
    } catch (err) {
      const fields = err instanceof ApiError ? err.fieldErrors() : [];
      setErrors(fields.length ? fields : [{ field: '', message: (err as Error).message }]);
    } finally {
      setBusy(false);
    }
  };

  const labels = Object.fromEntries(
    members.flatMap((_, i) => [
      [`assignments.${i}.userId`, `${t.member(i + 1)}: ${t.userId}`],
      [`assignments.${i}.categories`, `${t.member(i + 1)}: ${t.categories}`],
    ]),
  );
  return (
    <>
      <h1>{t.panelTitle}</h1>
      <p>{t.panelIntro}</p>
      {!open && <p class="notice">{t.panelClosed}</p>}
      {p.disagreements > 0 && (
        <div class="notice" role="note">
          <p>{t.disagreementsOpen(p.disagreements)}</p>
          <a href="/sekretariat/peringkat">{t.seeRankings}</a>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <ErrorSummary errors={errors} labels={labels} />
        {members.map((m, i) => (
          <MemberFields
            key={m.key}
            index={i}
            value={m}
            categories={edition.categories}
            registry={registry}
            errorOf={(field) => errors.find((e) => e.field === `assignments.${i}.${field}`)?.message}
            onChange={(next) => change(m.key, next)}
            onRemove={() => setMembers(members.filter((x) => x.key !== m.key))}
          />
        ))}
        <button type="button" class="button secondary" onClick={() => setMembers([...members, member()])}>
          {t.addMember}
        </button>
        <LoadTable members={members} entries={entries} />
        <button type="submit" class="button" disabled={busy}>
          {t.save}
        </button>
        <p role="status">{saved}</p>
      </form>
    </>
  );
};

const MemberFields = ({ index, value: m, categories, registry, errorOf, onChange, onRemove }: {
  index: number;
  value: Member;
  categories: readonly Category[];
  registry: Institution[];
  errorOf(field: string): string | undefined;
  onChange(next: Partial<Member>): void;
  onRemove(): void;
}) => {
  const t = usePanelTexts();
  const [picked, setPicked] = useState('');
  const name = (field: string) => `assignments.${index}.${field}`;
  const nameOf = (institutionId: string) => registry.find((r) => r.institutionId === institutionId)?.name ?? institutionId;
  const categoriesError = errorOf('categories');
  return (
    <fieldset class="panel-member">
      <legend>
        {t.member(index + 1)}
        {m.userId ? `: ${m.userId}` : ''}
      </legend>
      <TextField name={name('userId')} label={t.userId} hint={t.userIdHint} value={m.userId} error={errorOf('userId')} onInput={(userId) => onChange({ userId })} />
      <Select
        name={name('role')}
        label={t.role}
        value={m.role}
        options={[
          ['jury', t.roleJury],
          ['verifier', t.roleVerifier],
        ]}
        onInput={(role) => onChange({ role: role as Member['role'] })}
      />
      <fieldset class={`field panel-member__categories${categoriesError ? ' field--error' : ''}`}>
        <legend class="field__label">{t.categories}</legend>
        {categoriesError && <p class="field__error">{categoriesError}</p>}
        <div class="panel-member__checks">
          {categories.map((c, i) => {
            const id = i === 0 ? fieldId(name('categories')) : `${fieldId(name('categories'))}-${c}`;
            return (
              <div class="panel-member__check" key={c}>
                <input
                  type="checkbox"
                  id={id}
                  checked={m.categories.includes(c)}
                  onChange={(e) => onChange({ categories: e.currentTarget.checked ? categories.filter((x) => x === c || m.categories.includes(x)) : m.categories.filter((x) => x !== c) })}
                />
                <label for={id}>{CATEGORY_LABELS[c]}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
      {m.role === 'jury' && (
        <div class="panel-member__conflicts">
          <h3 class="field__label">{t.conflicts}</h3>
          {m.conflicts.length === 0 ? (
            <p class="muted">{t.conflictsNone}</p>
          ) : (
            <ul class="plain">
              {m.conflicts.map((c) => (
                <li key={c} class="panel-member__conflict">
                  <span>{nameOf(c)}</span>
                  <button type="button" class="button secondary" aria-label={t.conflictRemove(nameOf(c))} onClick={() => onChange({ conflicts: m.conflicts.filter((x) => x !== c) })}>
                    {t.remove}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <div class="panel-member__add">
            <Select
              name={name('conflict')}
              label={t.conflictAdd}
              value={picked}
              placeholder={t.choose}
              options={registry.filter((r) => !m.conflicts.includes(r.institutionId)).map((r): [string, string] => [r.institutionId, r.name])}
              onInput={setPicked}
            />
            <button
              type="button"
              class="button secondary"
              onClick={() => {
                if (!picked) return;
                onChange({ conflicts: [...m.conflicts, picked] });
                setPicked('');
              }}
            >
              {t.conflictAddButton}
            </button>
          </div>
        </div>
      )}
      <button type="button" class="button warning" onClick={onRemove}>
        {t.removeMember(m.userId || t.newMember)}
      </button>
    </fieldset>
  );
};

/** Entries per judge and round, as the form stands (before it is saved). */
const LoadTable = ({ members, entries }: { members: Member[]; entries: Innovation[] }) => {
  const t = usePanelTexts();
  const judges = members.filter((m) => m.role === 'jury' && m.userId.trim());
  const count = (m: Member, round: keyof typeof ROUND_STATUSES) =>
    entries.filter((e) => (ROUND_STATUSES[round] as readonly string[]).includes(e.status) && m.categories.includes(e.category) && !(e.institutionId && m.conflicts.includes(e.institutionId))).length;
  return (
    <section aria-labelledby="load-title">
      <h2 id="load-title">{t.loadTitle}</h2>
      <p>{t.loadIntro}</p>
      {judges.length === 0 ? (
        <p class="muted">{t.noJudges}</p>
      ) : (
        <DataTable caption={t.loadTitle} columns={[t.judge, t.categories, t.assessmentLoad, t.presentationLoad]}>
          {judges.map((m) => (
            <tr key={m.key}>
              <th scope="row">{m.userId}</th>
              <td>{m.categories.map((c) => CATEGORY_LABELS[c]).join(', ')}</td>
              <td>{count(m, 'assessment')}</td>
              <td>{count(m, 'presentation')}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
};
