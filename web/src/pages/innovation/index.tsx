/** One entry: its status, the steps (a draft's task list and what is still missing), its documents
 * and its journey through the edition's stages with each stage's dates. */
import { useRoute } from 'preact-iso';
import { getEdition } from '../../api/editions';
import { ParticipantOnly } from '../../components/role-only';
import { Loading, Problem } from '../../components/problem';
import { TaskList } from '../../components/task-list';
import { Timeline } from '../../components/timeline';
import { Checklist } from '../../innovation/checklist';
import { DocumentList } from '../../innovation/document-list';
import { getInnovation } from '../../innovation/use-innovation';
import { formatWita, useTexts } from '../../i18n';
import { useLoad } from '../../load';

export default function InnovationPage() {
  return <ParticipantOnly>{() => <Entry />}</ParticipantOnly>;
}

const Entry = () => {
  const t = useTexts();
  const { params, query } = useRoute();
  const loaded = useLoad(async () => {
    const innovation = await getInnovation(params.id!);
    return { innovation, edition: await getEdition(innovation.editionId) };
  }, [params.id]);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { innovation: e, edition } = loaded.data;
  const draft = e.status === 'DRAFT';
  return (
    <>
      <p class="muted">{edition.name}</p>
      <h1>{e.title}</h1>
      <p>
        {t.status}: <strong class="tag">{t.statuses[e.status]}</strong>
      </p>
      {query.diajukan && e.submittedAt && (
        <div class="notice" role="status">
          <h2>{t.submittedNotice}</h2>
          <p>{t.submittedOn(formatWita(e.submittedAt, t))}</p>
        </div>
      )}
      {draft && (
        <>
          <TaskList innovation={e} />
          <Checklist innovation={e} />
        </>
      )}
      <h2>{t.yourDocuments}</h2>
      <DocumentList innovation={e} />
      <h2>{t.timeline}</h2>
      <Timeline
        edition={edition}
        notes={{
          REGISTRATION: e.submittedAt ? t.submittedOn(formatWita(e.submittedAt, t)) : t.createdOn(formatWita(e.createdAt, t)),
          ...(e.eligibility ? { SCREENING: `${t.statuses[e.eligibility.eligible ? 'ELIGIBLE' : 'INELIGIBLE']}${e.eligibility.reason ? `: ${e.eligibility.reason}` : ''}` } : {}),
          ...(e.status === 'NOMINATED' || e.status === 'WINNER' ? { NOMINATION: t.statuses.NOMINATED } : {}),
          ...(e.status === 'WINNER' ? { ANNOUNCED: t.statuses.WINNER } : {}),
        }}
      />
    </>
  );
};
