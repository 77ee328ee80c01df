/** One kind of document: its limits shown before a file is chosen, the file checked on the phone,
 * then sent with a progress bar, a cancel button and a retry. */
import { useRef, useState } from 'preact/hooks';
import { DOCUMENT_POLICY, fileProblem, uploadDocument, type UploadHandle } from '../../api/documents';
import type { DocumentKind } from '../../api/contract';
import { ApiError } from '../../api/errors';
import { useTexts } from '../../i18n';
import { fieldId } from '../field';
import './style.css';

type State = { kind: 'idle' } | { kind: 'uploading'; fraction: number } | { kind: 'done' } | { kind: 'failed'; message: string } | { kind: 'cancelled' };

export const Uploader = ({ innovationId, kind, onUploaded }: { innovationId: string; kind: DocumentKind; onUploaded(): void }) => {
  const t = useTexts();
  const policy = DOCUMENT_POLICY[kind];
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const handle = useRef<UploadHandle | undefined>(undefined);
  const id = fieldId(`document-${kind}`);
  const types = policy.contentTypes.map((c) => c.split('/')[1]!.replace('quicktime', 'mov').toUpperCase()).join(', ');

  const choose = async (chosen: File | undefined) => {
    setFile(chosen);
    setState({ kind: 'idle' });
    setProblem(chosen ? ((await fileProblem(kind, chosen, t.language)) ?? '') : '');
  };
  const upload = async () => {
    if (!file || problem) return;
    setState({ kind: 'uploading', fraction: 0 });
    handle.current = uploadDocument(innovationId, kind, file, (fraction) => setState({ kind: 'uploading', fraction }));
    try {
      await handle.current.done;
      setState({ kind: 'done' });
      onUploaded();
    } catch (err) {
      if ((err as Error).name === 'AbortError') setState({ kind: 'cancelled' });
      else setState({ kind: 'failed', message: err instanceof ApiError && err.status !== 0 && err.code !== 'UPLOAD_FAILED' ? err.message : t.uploadFailed });
    }
  };
  const pct = state.kind === 'uploading' ? Math.round(state.fraction * 100) : 0;

  return (
    <div class={`uploader field${problem ? ' field--error' : ''}`}>
      <label class="field__label" for={id}>
        {t.documentKinds[kind]} {kind === 'PROPOSAL' && t.required}
      </label>
      <p class="field__hint" id={`${id}-hint`}>
        {t.limits(types, policy.maxBytes / 2 ** 20)}
      </p>
      {problem && (
        <p class="field__error" id={`${id}-error`}>
          {problem}
        </p>
      )}
      <input
        type="file"
        id={id}
        class="uploader__input"
        accept={policy.contentTypes.join(',')}
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ''}`}
        disabled={state.kind === 'uploading'}
        onChange={(e) => void choose(e.currentTarget.files?.[0])}
      />
      {state.kind === 'uploading' ? (
        <div class="uploader__progress">
          <progress max={100} value={pct} aria-labelledby={`${id}-progress`} />
          <p id={`${id}-progress`} role="status">
            {t.uploading(pct)}
          </p>
          <button type="button" class="button secondary" onClick={() => handle.current?.cancel()}>
            {t.cancel}
          </button>
        </div>
      ) : (
        <>
          <p role="status">{state.kind === 'done' ? t.uploaded : state.kind === 'cancelled' ? t.cancelled : ''}</p>
          {state.kind === 'failed' && (
            <p class="field__error" role="alert">
              {state.message}
            </p>
          )}
          <button type="button" class="button" disabled={!file || Boolean(problem)} onClick={upload}>
            {state.kind === 'failed' || state.kind === 'cancelled' ? t.retry : t.upload}
          </button>
        </>
      )}
    </div>
  );
};
