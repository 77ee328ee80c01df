/** The documents step: the proposal (required) and the optional evidence, photos and video. */
import { useRoute } from 'preact-iso';
import type { DocumentKind } from '../../api/contract';
import { ParticipantOnly } from '../../components/role-only';
import { Loading, Problem } from '../../components/problem';
import { Uploader } from '../../components/uploader';
import { Checklist } from '../../innovation/checklist';
import { DocumentList } from '../../innovation/document-list';
import { STEPS, stepPath } from '../../innovation/steps';
import { useInnovation } from '../../innovation/use-innovation';
import { useTexts } from '../../i18n';

const KINDS: DocumentKind[] = ['PROPOSAL', 'EVIDENCE', 'PHOTO', 'VIDEO'];

export default function Documents() {
  return <ParticipantOnly>{() => <DocumentsStep />}</ParticipantOnly>;
}

const DocumentsStep = () => {
  const t = useTexts();
  const { params } = useRoute();
  const entry = useInnovation(params.id);
  if (entry.error) return <Problem error={entry.error} retry={entry.reload} />;
  const e = entry.innovation;
  if (!e) return <Loading />;
  const index = STEPS.findIndex((s) => s.key === 'dokumen');
  return (
    <>
      <p class="muted">{t.stepOf(index + 1, STEPS.length)}</p>
      <h1>{t.documentsTitle}</h1>
      <h2>{t.yourDocuments}</h2>
      <DocumentList innovation={e} />
      {e.status === 'DRAFT' && KINDS.map((k) => <Uploader key={k} innovationId={e.id} kind={k} onUploaded={entry.reload} />)}
      <Checklist innovation={e} />
      <a class="button" href={stepPath(e.id, 'periksa')}>
        {t.saveContinue}
      </a>
      <a class="button secondary" href={stepPath(e.id, 'penerapan')}>
        {t.back}
      </a>
    </>
  );
};
