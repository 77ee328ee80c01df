/** A participant's documents: the limits of each kind, the check of a chosen file before it leaves
 * the phone, the upload with progress to the presigned POST, and reading a stored one back. */
import { DOCUMENT_POLICY, storedObjectProblem } from '../../../shared/domain/document-policy';
import { renderMessage } from '../../../shared/messages/catalogue';
import type { Language } from '../../../shared/messages/language';
import { call } from './client';
import type { DocumentKind } from './contract';
import { ApiError } from './errors';

export { DOCUMENT_POLICY };

/** Phones often leave `File.type` empty: the extension says what it is. */
const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp',
  mp4: 'video/mp4', mov: 'video/quicktime', webm: 'video/webm',
};
export const contentTypeOf = (file: File): string => file.type || BY_EXTENSION[file.name.split('.').pop()!.toLowerCase()] || 'application/octet-stream';

/** Why a chosen file cannot be sent as `kind`, worded in `language`, or undefined when it can: the
 * same rules the API applies to the request and, at submission, to the stored bytes (type, size,
 * file signature). */
export const fileProblem = async (kind: DocumentKind, file: File, language: Language): Promise<string | undefined> => {
  const contentType = contentTypeOf(file);
  const policy = DOCUMENT_POLICY[kind];
  if (!policy.contentTypes.includes(contentType))
    return renderMessage({ key: 'CONTENT_TYPE_NOT_ACCEPTED', params: { kind, accepted: policy.contentTypes } }, language);
  if (file.size > policy.maxBytes) return renderMessage({ key: 'DOCUMENT_TOO_LARGE', params: { kind, maxMb: policy.maxBytes / 2 ** 20 } }, language);
  const head = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  const problem = storedObjectProblem({ kind, fileName: file.name, contentType, size: file.size }, { size: file.size, contentType, head });
  return problem && renderMessage(problem, language);
};

export interface UploadHandle<T = void> {
  /** What the grant named (the stored document's or evidence's id), once the bytes are sent. */
  done: Promise<T>;
  cancel(): void;
}

interface Grant {
  upload: { url: string; fields: Record<string, string> };
}

/** Asks the API for a presigned POST (`grant`) and sends the file to it with XMLHttpRequest, whose
 * upload events report progress (fetch has none). `cancel` aborts either step. Answers what
 * `result` reads from the grant. */
export const uploadFile = <G extends Grant, T>(
  grant: (signal: AbortSignal) => Promise<G>,
  file: File,
  onProgress: (fraction: number) => void,
  result: (grant: G) => T,
): UploadHandle<T> => {
  const aborter = new AbortController();
  let xhr: XMLHttpRequest | undefined;
  const done = (async () => {
    const granted = await grant(aborter.signal);
    const form = new FormData();
    for (const [k, v] of Object.entries(granted.upload.fields)) form.append(k, v);
    form.append('file', file);
    await new Promise<void>((resolve, reject) => {
      if (aborter.signal.aborted) return reject(new DOMException('cancelled', 'AbortError'));
      xhr = new XMLHttpRequest();
      xhr.open('POST', granted.upload.url);
      xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
      xhr.onload = () => (xhr!.status < 300 ? resolve() : reject(new ApiError(xhr!.status, 'UPLOAD_FAILED', xhr!.statusText)));
      xhr.onerror = () => reject(new ApiError(0, 'UPLOAD_FAILED', 'network'));
      xhr.onabort = () => reject(new DOMException('cancelled', 'AbortError'));
      xhr.send(form);
    });
    onProgress(1);
    return result(granted);
  })();
  return {
    done,
    cancel: () => {
      aborter.abort();
      xhr?.abort();
    },
  };
};

export const describeFile = (file: File) => ({ fileName: file.name, contentType: contentTypeOf(file), size: file.size });

/** A participant's document of an entry. */
export const uploadDocument = (innovationId: string, kind: DocumentKind, file: File, onProgress: (fraction: number) => void): UploadHandle =>
  uploadFile((signal) => call('requestDocumentUpload', { path: { id: innovationId }, body: { kind, ...describeFile(file) }, signal }), file, onProgress, () => undefined);

/** A field verifier's piece of evidence (a photo from the phone's camera); answers its id, which the
 * verification then names. */
export const uploadEvidence = (innovationId: string, file: File, onProgress: (fraction: number) => void): UploadHandle<string> =>
  uploadFile((signal) => call('requestEvidenceUpload', { path: { id: innovationId }, body: { kind: 'PHOTO', ...describeFile(file) }, signal }), file, onProgress, (g) => g.documentId);

/** A short-lived address of a stored document's bytes: the API answers `{url, expiresAt}` to
 * `Accept: application/json`, the copy checked at submission once the entry is submitted. */
export const documentUrl = async (innovationId: string, documentId: string): Promise<string> =>
  (await call('getDocument', { path: { id: innovationId, documentId } })).url;

/** The same for a piece of field-verification evidence. */
export const evidenceUrl = async (innovationId: string, evidenceId: string): Promise<string> =>
  (await call('getEvidence', { path: { id: innovationId, evidenceId } })).url;
