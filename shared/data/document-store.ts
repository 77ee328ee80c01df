/** (handler) --> document store --> S3. Presigned uploads straight to the bucket, and the check of
 * what was actually stored (s3rver does not enforce a POST policy; real S3 does — we check both). */
import { CopyObjectCommand, DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { UPLOAD_MAX_SECONDS } from '#shared/domain/document-policy';
import { toWita } from '#shared/vocabulary/wita';

let client: S3Client | undefined;

/** Checksums only when required: otherwise presigned URLs carry a checksum of an empty body. */
export const s3 = (): S3Client =>
  (client ??= new S3Client({
    forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  }));

export const useS3Client = (c: S3Client | undefined): void => {
  client = c;
};

export const bucketName = (): string => {
  const name = process.env.BUCKET_NAME;
  if (!name) throw new Error('BUCKET_NAME is not set');
  return name;
};

/** A presigned POST that only accepts this content type and at most `maxBytes` bytes at `key`, as
 * the API hands it out: the form to post and when it stops working (`expiresIn` seconds, at most 15
 * minutes; callers shorten it so it never outlives the window that allows the upload). */
export const uploadGrant = async (key: string, contentType: string, maxBytes: number, now: Date, expiresIn = UPLOAD_MAX_SECONDS) => {
  const { url, fields } = await createPresignedPost(s3(), {
    Bucket: bucketName(),
    Key: key,
    Conditions: [
      ['content-length-range', 1, maxBytes],
      ['eq', '$Content-Type', contentType],
    ],
    Fields: { 'Content-Type': contentType },
    Expires: expiresIn,
  });
  return { upload: { method: 'POST' as const, url, fields }, expiresAt: toWita(now.getTime() + expiresIn * 1000) };
};

const isMissing = (err: unknown): boolean => {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404;
};

/** Whether an object is stored at `key`. */
export const objectExists = async (key: string): Promise<boolean> => {
  try {
    await s3().send(new HeadObjectCommand({ Bucket: bucketName(), Key: key }));
    return true;
  } catch (err) {
    if (isMissing(err)) return false;
    throw err;
  }
};

/** Deletes the object at `key` (nothing there is not an error). */
export const deleteObject = async (key: string): Promise<void> => {
  await s3().send(new DeleteObjectCommand({ Bucket: bucketName(), Key: key }));
};

/** Copies the object at `from` to `to` inside the bucket (S3 copies it server-side, with its content
 * type); false when there is nothing at `from`. */
export const copyObject = async (from: string, to: string): Promise<boolean> => {
  try {
    const bucket = bucketName();
    await s3().send(new CopyObjectCommand({ Bucket: bucket, Key: to, CopySource: `${bucket}/${from.split('/').map(encodeURIComponent).join('/')}` }));
    return true;
  } catch (err) {
    if (isMissing(err)) return false;
    throw err;
  }
};

export interface StoredObject {
  size: number;
  contentType: string | undefined;
  /** The first bytes of the object, for its file signature. */
  head: Uint8Array;
  /** Stored, not empty, and yet its bytes could not be read. */
  unreadable?: boolean;
}

/** Enough bytes to recognise every accepted type's signature (WebP needs 12). */
const SIGNATURE_BYTES = 16;

/** What is stored at `key` — size, content type and first bytes, in one ranged GET — or undefined
 * when nothing was uploaded. An object the ranged GET refuses (an empty one: S3 answers 416) is looked
 * at with a HeadObject: an empty object is reported with size 0, one S3 will not serve as
 * `unreadable`; anything else is thrown (a dependency that is down answers 503). */
export const inspectObject = async (key: string): Promise<StoredObject | undefined> => {
  try {
    const out = await s3().send(new GetObjectCommand({ Bucket: bucketName(), Key: key, Range: `bytes=0-${SIGNATURE_BYTES - 1}` }));
    const total = /\/(\d+)$/.exec(out.ContentRange ?? '')?.[1];
    if (total === '0') {
      // An empty object: there is nothing to read (s3rver answers `bytes 0-0/0` and then never sends
      // the byte it announced, so reading would hang until the connection is reset).
      (out.Body as { destroy?: () => void } | undefined)?.destroy?.();
      return { size: 0, contentType: out.ContentType, head: new Uint8Array() };
    }
    const head = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    return { size: total ? Number(total) : (out.ContentLength ?? head.length), contentType: out.ContentType, head };
  } catch (err) {
    if (isMissing(err)) return undefined;
    let meta;
    try {
      meta = await s3().send(new HeadObjectCommand({ Bucket: bucketName(), Key: key }));
    } catch (headErr) {
      if (isMissing(headErr)) return undefined;
      throw err;
    }
    const size = meta.ContentLength ?? 0;
    if (size === 0) return { size, contentType: meta.ContentType, head: new Uint8Array() };
    // Stored and not empty, yet S3 refused to serve its bytes for good (a client fault such as an
    // archived object or a key it may not decrypt): the document is unreadable. A failure that may
    // pass (throttling, a dropped connection) is thrown as it is, and answers 503.
    if ((err as { $fault?: string }).$fault === 'client') return { size, contentType: meta.ContentType, head: new Uint8Array(), unreadable: true };
    throw err;
  }
};
