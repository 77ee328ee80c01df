/** An objection to a nominee (masa sanggah): filed with its reason and, optionally, one piece of
 * evidence sent with progress to the presigned POST the filing answers. One idempotency key per
 * objection, so a retry after a dropped connection never files it twice. */
import { call } from './client';
import type { Objection } from './contract';
import { contentTypeOf, describeFile, uploadFile, type UploadHandle } from './documents';

/** The evidence kinds an objection takes, by what the file is: the kinds' limits then apply. */
export const objectionEvidenceKind = (file: File): 'PHOTO' | 'EVIDENCE' | 'VIDEO' => {
  const type = contentTypeOf(file);
  return type.startsWith('video/') ? 'VIDEO' : type === 'image/webp' ? 'PHOTO' : 'EVIDENCE';
};

export const fileObjection = (innovationId: string, reason: string, file: File | undefined, idempotencyKey: string, onProgress: (fraction: number) => void): UploadHandle<Objection> => {
  if (!file) return { done: call('fileObjection', { path: { id: innovationId }, body: { reason }, idempotencyKey }).then((r) => r.objection), cancel: () => undefined };
  const body = { reason, evidence: { kind: objectionEvidenceKind(file), ...describeFile(file) } };
  return uploadFile(
    async (signal) => {
      const filed = await call('fileObjection', { path: { id: innovationId }, body, idempotencyKey, signal });
      // An objection filed with evidence is always answered with the evidence's upload.
      return { objection: filed.objection, upload: filed.upload!.upload };
    },
    file,
    onProgress,
    (filed) => filed.objection,
  );
};
