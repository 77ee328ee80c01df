/** The entry's documents, each opened through the API (a short-lived address of its bytes). With
 * `newTab` (a judge reading beside the score sheet) a document opens in a new tab on a desktop, where
 * the browser's own viewer shows a PDF; on a phone (a coarse pointer) it downloads in place, since
 * the API serves it as an attachment. */
import { useState } from 'preact/hooks';
import { documentUrl } from '../api/documents';
import type { Innovation } from '../api/contract';
import { useTexts } from '../i18n';

export const DocumentList = ({ innovation, newTab = false }: { innovation: Innovation; newTab?: boolean }) => {
  const t = useTexts();
  const [problem, setProblem] = useState('');
  const open = async (ev: MouseEvent, documentId: string) => {
    // The link names the API's path (it works without the script): not a page for the router to open.
    ev.preventDefault();
    ev.stopPropagation();
    setProblem('');
    // Opened now, while the click still counts as the person's own: a tab opened after the API answers
    // would be taken for a pop-up and blocked.
    const tab = newTab && !matchMedia('(pointer: coarse)').matches ? window.open('', '_blank') : null;
    try {
      const url = await documentUrl(innovation.id, documentId);
      if (tab) {
        tab.opener = null;
        tab.location.href = url;
      } else location.assign(url);
    } catch (err) {
      tab?.close();
      setProblem((err as Error).message);
    }
  };
  if (!innovation.documents.length) return <p>{t.noDocuments}</p>;
  return (
    <>
      <ul>
        {innovation.documents.map((d) => (
          <li key={d.documentId}>
            <a href={d.href} onClick={(ev) => open(ev, d.documentId)} aria-label={`${t.readDocument(d.fileName)}${newTab ? ` ${t.openInNewTab}` : ''}`}>
              {d.fileName}
            </a>{' '}
            <span class="muted">
              ({t.documentKinds[d.kind]}, {d.size < 2 ** 20 ? `${Math.max(1, Math.round(d.size / 1024))} kB` : `${(d.size / 2 ** 20).toFixed(1)} MB`})
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
