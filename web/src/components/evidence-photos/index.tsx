/** Evidence photos taken straight from the phone's camera: each photo is checked on the phone and
 * uploaded at once with its own progress bar, a retry when it fails, and a remove button. Reports the
 * ids of the photos uploaded so far, which the verification then names. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DOCUMENT_POLICY, fileProblem, uploadEvidence, type UploadHandle } from '../../api/documents';
import { ApiError } from '../../api/errors';
import { useTexts } from '../../i18n';
import { fieldId } from '../field';
import './style.css';

type PhotoState = { kind: 'uploading'; fraction: number } | { kind: 'done'; evidenceId: string } | { kind: 'failed'; message: string };
interface Photo {
  key: number;
  file: File;
  state: PhotoState;
}

export const EvidencePhotos = ({ innovationId, error, onChange }: { innovationId: string; error?: string; onChange(ids: string[], pending: boolean): void }) => {
  const t = useTexts();
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [problem, setProblem] = useState('');
  const handles = useRef(new Map<number, UploadHandle<string>>());
  const nextKey = useRef(1);
  const id = fieldId('evidence');
  const maxMb = DOCUMENT_POLICY.PHOTO.maxBytes / 2 ** 20;

  useEffect(() => {
    onChange(
      photos.flatMap((p) => (p.state.kind === 'done' ? [p.state.evidenceId] : [])),
      photos.some((p) => p.state.kind !== 'done'),
    );
  }, [photos]);
  useEffect(() => () => handles.current.forEach((h) => h.cancel()), []);

  const update = (key: number, state: PhotoState) => setPhotos((ps) => ps.map((p) => (p.key === key ? { ...p, state } : p)));
  const send = async (key: number, file: File) => {
    update(key, { kind: 'uploading', fraction: 0 });
    const handle = uploadEvidence(innovationId, file, (fraction) => update(key, { kind: 'uploading', fraction }));
    handles.current.set(key, handle);
    try {
      update(key, { kind: 'done', evidenceId: await handle.done });
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      update(key, { kind: 'failed', message: err instanceof ApiError && err.status !== 0 && err.code !== 'UPLOAD_FAILED' ? err.message : t.uploadFailed });
    } finally {
      handles.current.delete(key);
    }
  };
  const take = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same input takes the next photo
    if (!file) return;
    const wrong = await fileProblem('PHOTO', file, t.language);
    setProblem(wrong ?? '');
    if (wrong) return;
    const key = nextKey.current++;
    setPhotos((ps) => [...ps, { key, file, state: { kind: 'uploading', fraction: 0 } }]);
    void send(key, file);
  };
  const remove = (key: number) => {
    handles.current.get(key)?.cancel();
    setPhotos((ps) => ps.filter((p) => p.key !== key));
  };
  const shown = problem || error;

  return (
    <div class={`field evidence${shown ? ' field--error' : ''}`}>
      <p class="field__label">{t.photos}</p>
      <p class="field__hint" id={`${id}-hint`}>
        {t.photoHint(maxMb)}
      </p>
      {shown && (
        <p class="field__error" id={`${id}-error`}>
          {shown}
        </p>
      )}
      {/* The native file input says "Choose file" in the browser's language, small: a big button in
          ours instead, the input kept (hidden from sight, not from the keyboard) and its focus shown on it. */}
      <input
        type="file"
        id={id}
        class="evidence__input visually-hidden"
        accept="image/*"
        capture="environment"
        aria-describedby={`${id}-hint${shown ? ` ${id}-error` : ''}`}
        onChange={(e) => void take(e.currentTarget)}
      />
      <label class="button secondary evidence__take" for={id}>
        {t.takePhoto}
      </label>
      {photos.length > 0 && (
        <ul class="plain evidence__list" aria-label={t.photos}>
          {photos.map((p) => {
            const pct = p.state.kind === 'uploading' ? Math.round(p.state.fraction * 100) : 100;
            const statusId = `${id}-photo-${p.key}`;
            return (
              <li key={p.key} class="evidence__photo">
                <Thumbnail file={p.file} />
                <p class="evidence__name">{p.file.name}</p>
                {p.state.kind === 'uploading' && <progress max={100} value={pct} aria-labelledby={statusId} />}
                <p id={statusId} role="status" class={p.state.kind === 'failed' ? 'field__error' : undefined}>
                  {p.state.kind === 'uploading' ? t.uploading(pct) : p.state.kind === 'done' ? t.photoUploaded : p.state.message}
                </p>
                {p.state.kind === 'failed' && (
                  <button type="button" class="button" aria-label={t.photoRetry(p.file.name)} onClick={() => void send(p.key, p.file)}>
                    {t.retry}
                  </button>
                )}
                <button type="button" class="button secondary" aria-label={p.state.kind === 'uploading' ? `${t.cancel} ${p.file.name}` : t.removePhoto(p.file.name)} onClick={() => remove(p.key)}>
                  {p.state.kind === 'uploading' ? t.cancel : t.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
};

/** A small preview of the photo taken, so the verifier sees which one it is. */
const Thumbnail = ({ file }: { file: File }) => {
  const [src, setSrc] = useState('');
  useEffect(() => {
    const url = URL.createObjectURL(file);
    setSrc(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return src ? <img class="evidence__thumb" src={src} alt="" /> : null;
};
