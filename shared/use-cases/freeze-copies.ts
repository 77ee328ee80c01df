/** (use case) --> freeze copies --> document store + document rules. The one check of what people
 * uploaded, for a submission's documents and a verification's evidence alike: each upload is copied,
 * server-side, to a key of this attempt's own under `submitted/` (no upload form reaches it; only the
 * checking functions may write there) and checked on that copy (size, type, file signature), so the
 * bytes checked are the bytes kept, by construction. */
import { copyObject, deleteObject, inspectObject } from '#shared/data/document-store';
import { storedObjectProblem } from '#shared/domain/document-policy';
import { conflict } from '#shared/errors';
import type { Message } from '#shared/messages/catalogue';
import type { StoredDocument } from '#shared/schemas/innovation.schema';

type Upload = Pick<StoredDocument, 'documentId' | 'kind' | 'fileName' | 'contentType' | 'size' | 'key'>;

export interface Freeze<D extends Upload> {
  uploads: D[];
  /** The key of `upload`'s copy. */
  copyKey: (upload: D) => string;
  /** An upload that never happened is left out (a draft's slot never used), or refused (evidence named). */
  missing: 'leave out' | 'refuse';
  /** Where the refused ones are named (`['documents', id]`) and the refusal's message. */
  field: string;
  mismatch: Message;
}

/** The uploads as checked, each with the key of its copy; or a 409 DOCUMENT_MISMATCH naming each one
 * whose copy is not what was declared, the copies made removed. */
export const freezeCopies = async <D extends Upload>({ uploads, copyKey, missing, field, mismatch }: Freeze<D>): Promise<(D & { submittedKey: string })[]> => {
  const frozen = await Promise.all(
    uploads.map(async (upload) => {
      const copy = { ...upload, submittedKey: copyKey(upload) };
      const copied = await copyObject(upload.key, copy.submittedKey);
      if (!copied && missing === 'leave out') return undefined;
      return { copy, copied, problem: storedObjectProblem(upload, copied ? await inspectObject(copy.submittedKey) : undefined) };
    }),
  );
  const kept = frozen.flatMap((f) => (f ? [f] : []));
  const problems = kept.flatMap((f) => (f.problem ? [{ path: [field, f.copy.documentId], message: f.problem }] : []));
  if (problems.length) {
    await discardCopies(kept.filter((f) => f.copied).map((f) => f.copy));
    throw conflict('DOCUMENT_MISMATCH', mismatch, problems);
  }
  return kept.map((f) => f.copy);
};

/** What a refused attempt copied goes. Best effort: the copies are named by that attempt alone, so
 * nothing ever reads one that is left. */
export const discardCopies = async (copies: { submittedKey?: string }[]): Promise<void> => {
  await Promise.allSettled(copies.flatMap((c) => (c.submittedKey ? [deleteObject(c.submittedKey)] : [])));
};
