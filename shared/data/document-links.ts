/** (use case) --> document links --> S3 presigner. Presigned reads of stored documents, apart from the
 * document store so that only the functions that hand out reads bundle (and load) the presigner. */
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { attachmentDisposition, READ_SECONDS } from '#shared/domain/document-policy';
import { toWita } from '#shared/vocabulary/wita';
import { bucketName, s3 } from './document-store';

/** A presigned GET of `key` for a few minutes, served as an attachment under the stored file name and
 * with the stored content type (whatever the object's own metadata says). */
export const readGrant = async (key: string, doc: { fileName: string; contentType: string }, now: Date) => {
  const url = await getSignedUrl(
    s3(),
    new GetObjectCommand({ Bucket: bucketName(), Key: key, ResponseContentDisposition: attachmentDisposition(doc.fileName), ResponseContentType: doc.contentType }),
    { expiresIn: READ_SECONDS },
  );
  return { url, expiresAt: toWita(now.getTime() + READ_SECONDS * 1000) };
};
