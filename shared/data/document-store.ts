/** (handler) --> document store --> S3. Presigned uploads straight to the bucket, and the check of
 * what was actually stored (s3rver does not enforce a POST policy; real S3 does — we check both). */
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { toWita } from '../vocabulary/wita';

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

const UPLOAD_EXPIRES_SECONDS = 15 * 60;

/** A presigned POST that only accepts this content type and at most `maxBytes` bytes at `key`, as
 * the API hands it out: the form to post and when it stops working. */
export const uploadGrant = async (key: string, contentType: string, maxBytes: number, now: Date) => {
  const { url, fields } = await createPresignedPost(s3(), {
    Bucket: bucketName(),
    Key: key,
    Conditions: [
      ['content-length-range', 1, maxBytes],
      ['eq', '$Content-Type', contentType],
    ],
    Fields: { 'Content-Type': contentType },
    Expires: UPLOAD_EXPIRES_SECONDS,
  });
  return { upload: { method: 'POST' as const, url, fields }, expiresAt: toWita(now.getTime() + UPLOAD_EXPIRES_SECONDS * 1000) };
};

export interface StoredObject {
  size: number;
  contentType: string | undefined;
  /** The first bytes of the object, for its file signature. */
  head: Uint8Array;
}

/** Enough bytes to recognise every accepted type's signature (WebP needs 12). */
const SIGNATURE_BYTES = 16;

/** What is stored at `key` — size, content type and first bytes, in one ranged GET — or undefined
 * when nothing was uploaded. */
export const inspectObject = async (key: string): Promise<StoredObject | undefined> => {
  try {
    const out = await s3().send(new GetObjectCommand({ Bucket: bucketName(), Key: key, Range: `bytes=0-${SIGNATURE_BYTES - 1}` }));
    const head = out.Body ? await out.Body.transformToByteArray() : new Uint8Array();
    const total = /\/(\d+)$/.exec(out.ContentRange ?? '')?.[1];
    return { size: total ? Number(total) : (out.ContentLength ?? head.length), contentType: out.ContentType, head };
  } catch (err) {
    const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
    if (e.name === 'NoSuchKey' || e.name === 'NotFound' || e.$metadata?.httpStatusCode === 404) return undefined;
    if (e.$metadata?.httpStatusCode === 416) return { size: 0, contentType: undefined, head: new Uint8Array() };
    throw err;
  }
};
