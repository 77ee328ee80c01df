import { S3Client, CreateBucketCommand, PutObjectCommand, GetObjectCommand, CopyObjectCommand, HeadObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { startS3 } from '/work/wt-docs/scripts/local/engines';
(async () => {
  const e = await startS3({ dataDir: '/tmp/s3probe-data' });
  const s3 = new S3Client({ endpoint: e.endpoint, forcePathStyle: true, region: 'ap-southeast-3', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
  await s3.send(new CreateBucketCommand({ Bucket: 'bkt-probe' })).catch(() => {});
  await s3.send(new PutObjectCommand({ Bucket: 'bkt-probe', Key: 'e/empty', Body: '', ContentType: 'application/pdf' }));
  try { const o = await s3.send(new GetObjectCommand({ Bucket: 'bkt-probe', Key: 'e/empty', Range: 'bytes=0-15' })); console.log('ranged ok', o.ContentRange, o.ContentLength, (await o.Body!.transformToByteArray()).length); } catch (err: any) { console.log('ranged err', err.name, err.$metadata?.httpStatusCode, err.$fault, err.message); }
  const c = await s3.send(new CopyObjectCommand({ Bucket: 'bkt-probe', Key: 'f/copy', CopySource: 'bkt-probe/e/empty' })); console.log('copy', c.CopyObjectResult);
  try { await s3.send(new CopyObjectCommand({ Bucket: 'bkt-probe', Key: 'f/copy2', CopySource: 'bkt-probe/e/missing' })); } catch (err: any) { console.log('copy missing', err.name, err.$metadata?.httpStatusCode); }
  await s3.send(new PutObjectCommand({ Bucket: 'bkt-probe', Key: 'e/x', Body: 'hello', ContentType: 'application/pdf' }));
  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'bkt-probe', Key: 'e/x', ResponseContentDisposition: `attachment; filename="a.pdf"; filename*=UTF-8''%C3%A9.pdf`, ResponseContentType: 'application/pdf' }), { expiresIn: 300 });
  console.log(url);
  const r = await fetch(url); console.log(r.status, r.headers.get('content-disposition'), r.headers.get('content-type'), await r.text());
  await e.stop();
})();
