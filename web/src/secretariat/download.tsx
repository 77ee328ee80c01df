/** A button that downloads one CSV export: fetched with the session's token, then saved from the
 * browser. Says when the file is saved, or why not (a ranking not computed yet, say), beside it. */
import { useState } from 'preact/hooks';
import { downloadExport, type ExportKind } from '../api/secretariat';
import { Problem } from '../components/problem';
import { CURRENT_EDITION } from '../config';
import { useAreaTexts } from '../i18n';
import { saveFile } from './format';

const texts = {
  id: { downloading: 'Mengunduh…', downloaded: (fileName: string) => `Tersimpan: ${fileName}` },
  en: { downloading: 'Downloading…', downloaded: (fileName: string) => `Saved: ${fileName}` },
};

type State = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved'; fileName: string } | { kind: 'failed'; error: unknown };

export const DownloadButton = ({ kind, label }: { kind: ExportKind; label: string }) => {
  const t = useAreaTexts(texts);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const download = async () => {
    setState({ kind: 'busy' });
    try {
      const { blob, fileName } = await downloadExport(kind, CURRENT_EDITION);
      saveFile(blob, fileName);
      setState({ kind: 'saved', fileName });
    } catch (error) {
      setState({ kind: 'failed', error });
    }
  };
  return (
    <div class="download">
      <button type="button" class="button secondary" onClick={download} disabled={state.kind === 'busy'}>
        {label}
      </button>
      <p role="status" class="download__status">
        {state.kind === 'busy' ? t.downloading : state.kind === 'saved' ? t.downloaded(state.fileName) : ''}
      </p>
      {state.kind === 'failed' && <Problem error={state.error} />}
    </div>
  );
};
