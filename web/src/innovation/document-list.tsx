/** The entry's documents, each opened through the API (a short-lived address of its bytes). */
import { useState } from 'preact/hooks';
import { documentUrl } from '../api/documents';
import type { Innovation } from '../api/contract';
import { useTexts } from '../i18n';

export const DocumentList = ({ innovation }: { innovation: Innovation }) => {
  const t = useTexts();
  const [problem, setProblem] = useState('');
  const open = async (ev: MouseEvent, documentId: string) => {
    ev.preventDefault();
    setProblem('');
    try {
      location.assign(await documentUrl(innovation.id, documentId));
    } catch (err) {
      setProblem((err as Error).message);
    }
  };
  if (!innovation.documents.length) return <p>{t.noDocuments}</p>;
  return (
    <>
      <ul>
        {innovation.documents.map((d) => (
          <li key={d.documentId}>
            <a href={d.href} onClick={(ev) => open(ev, d.documentId)} aria-label={t.readDocument(d.fileName)}>
              {d.fileName}
            </a>{' '}
            <span class="muted">
              ({t.documentKinds[d.kind]}, {(d.size / 2 ** 20).toFixed(1)} MB)
            </span>
          </li>
        ))}
      </ul>
      {problem && (
        <p class="notice error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
};
