import { invalidInput, tooLarge } from '#shared/errors';
import { msg, type Message } from '#shared/messages/catalogue';
import type { DocumentKind, DocumentRequest, StoredDocument } from '#shared/schemas/innovation.schema';

const MB = 1024 * 1024;

/** What each kind of document may be: content types and the largest size accepted. */
export const DOCUMENT_POLICY: Record<DocumentKind, { contentTypes: readonly string[]; maxBytes: number }> = {
  PROPOSAL: { contentTypes: ['application/pdf'], maxBytes: 20 * MB },
  EVIDENCE: { contentTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 20 * MB },
  PHOTO: { contentTypes: ['image/jpeg', 'image/png', 'image/webp'], maxBytes: 10 * MB },
  VIDEO: { contentTypes: ['video/mp4', 'video/quicktime', 'video/webm'], maxBytes: 500 * MB },
};

/** An innovation keeps at most this many documents (bounds the item size). */
export const MAX_DOCUMENTS = 30;

/** Refuses a document the policy does not take: 400 for its type, 413 for its size. */
export const requireAcceptableDocument = (req: DocumentRequest): void => {
  const policy = DOCUMENT_POLICY[req.kind];
  if (!policy.contentTypes.includes(req.contentType.toLowerCase())) {
    const message = msg('CONTENT_TYPE_NOT_ACCEPTED', { kind: req.kind, accepted: policy.contentTypes });
    throw invalidInput([{ path: ['contentType'], message }], message);
  }
  if (req.size > policy.maxBytes) {
    const message = msg('DOCUMENT_TOO_LARGE', { kind: req.kind, maxMb: policy.maxBytes / MB });
    throw tooLarge(message, [{ path: ['size'], message }]);
  }
};

/** The file name shown to people: no path, no control characters. Never used in an object key. */
export const displayFileName = (fileName: string): string =>
  fileName
    // Control and direction-override characters: `\u202Efdp.exe` must not read as `exe.pdf`.
    .replace(/[\u0000-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '')
    .split(/[\\/]/)
    .pop()!
    .slice(0, 200) || 'document';

/** Object keys are made by the system alone. Uploads (presigned POSTs) go under `editions/`. */
export const documentObjectKey = (editionId: string, innovationId: string, documentId: string): string =>
  `editions/${editionId}/innovations/${innovationId}/documents/${documentId}`;

export const objectionEvidenceKey = (editionId: string, innovationId: string, objectionId: string, documentId: string): string =>
  `editions/${editionId}/innovations/${innovationId}/objections/${objectionId}/${documentId}`;

export const evidenceObjectKey = (editionId: string, innovationId: string, documentId: string): string =>
  `editions/${editionId}/innovations/${innovationId}/evidence/${documentId}`;

/** Where a submission keeps the documents it checked: a copy under `submitted/`, a prefix no upload
 * policy is ever issued for and that only the functions that check what they keep (the submission,
 * the verification) may write (their contracts' access, shared/contracts),
 * so whatever is posted to the upload key later, the submitted bytes stay as they were checked. Each
 * submission attempt has its own `submissionId`, so two concurrent attempts never share a copy: the
 * one whose write wins names its own. */
export const submittedObjectKey = (editionId: string, innovationId: string, submissionId: string, documentId: string): string =>
  `submitted/editions/${editionId}/innovations/${innovationId}/${submissionId}/${documentId}`;

/** Where a recorded verification keeps the evidence it checked (the same guarantee, for field evidence). */
export const verifiedEvidenceKey = (editionId: string, innovationId: string, verificationId: string, documentId: string): string =>
  `submitted/editions/${editionId}/innovations/${innovationId}/verification/${verificationId}/${documentId}`;

/** The object a document is read from: its submitted copy once there is one, else its upload. */
export const readableKey = (doc: Pick<StoredDocument, 'key' | 'submittedKey'>): string => doc.submittedKey ?? doc.key;

/** How long an upload form is valid: 15 minutes, and never past the end of the window in which the
 * upload is allowed (a form asked for at 23:50 stops working at the deadline). At least a second. */
export const UPLOAD_MAX_SECONDS = 15 * 60;
export const uploadSeconds = (now: Date, windowEnd: string | null): number => {
  const left = windowEnd === null ? Infinity : Math.floor((new Date(windowEnd).getTime() - now.getTime()) / 1000);
  return Math.max(1, Math.min(UPLOAD_MAX_SECONDS, left));
};

/** How long a presigned read of a document is valid. */
export const READ_SECONDS = 5 * 60;

/** `Content-Disposition: attachment` for a stored (already sanitised) file name, per RFC 6266: a
 * plain-ASCII `filename` for old clients and the exact name in `filename*` (RFC 8187, UTF-8). */
export const attachmentDisposition = (fileName: string): string => {
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7E]/g, '').replace(/["\\%]/g, '_').replace(/\s+/g, ' ').trim() || 'document';
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
};

/** The API path that reads a document of an innovation, and one that reads a verification's evidence. */
export const documentHref = (innovationId: string, documentId: string): string => `/innovations/${innovationId}/documents/${documentId}`;
export const evidenceHref = (innovationId: string, documentId: string): string => `/innovations/${innovationId}/verification/evidence/${documentId}`;

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.slice(from, to));

/** File signatures: a declared content type must match the bytes actually stored (a presigned POST
 * checks only the form's Content-Type field, not what the file is). */
const SIGNATURES: Record<string, (b: Uint8Array) => boolean> = {
  'application/pdf': (b) => ascii(b, 0, 5) === '%PDF-',
  'image/jpeg': (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff,
  'image/png': (b) => b[0] === 0x89 && ascii(b, 1, 4) === 'PNG',
  'image/webp': (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  'video/mp4': (b) => ascii(b, 4, 8) === 'ftyp',
  'video/quicktime': (b) => ['ftyp', 'moov', 'mdat', 'wide', 'free'].includes(ascii(b, 4, 8)),
  'video/webm': (b) => b[0] === 0x1a && b[1] === 0x45 && b[2] === 0xdf && b[3] === 0xa3,
};

/** Why a stored object does not match what was declared, or undefined when it does. */
export const storedObjectProblem = (
  doc: Pick<StoredDocument, 'kind' | 'fileName' | 'contentType' | 'size'>,
  stored: { size: number; contentType: string | undefined; head: Uint8Array; unreadable?: boolean } | undefined,
): Message | undefined => {
  const { kind, fileName } = doc;
  if (!stored) return msg('DOCUMENT_NOT_UPLOADED', { kind, fileName });
  if (stored.size === 0) return msg('DOCUMENT_EMPTY', { kind, fileName });
  if (stored.unreadable) return msg('DOCUMENT_UNREADABLE', { kind, fileName });
  if (stored.contentType?.toLowerCase().split(';')[0].trim() !== doc.contentType)
    return msg('DOCUMENT_STORED_AS', { kind, fileName, stored: stored.contentType, declared: doc.contentType });
  if (stored.size > doc.size || stored.size > DOCUMENT_POLICY[doc.kind].maxBytes) return msg('DOCUMENT_LARGER_THAN_ALLOWED', { kind, fileName, size: stored.size });
  if (!(SIGNATURES[doc.contentType]?.(stored.head) ?? false)) return msg('DOCUMENT_NOT_OF_TYPE', { kind, fileName, contentType: doc.contentType });
  return undefined;
};
