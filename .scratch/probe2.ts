import { S3Client, CreateBucketCommand, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { startS3 } from '../scripts/local/engines';
(async () => {
  const e = await startS3({ dataDir: '/tmp/s3probe-data2' });
  const s3 = new S3Client({ endpoint: e.endpoint, forcePathStyle: true, region: 'ap-southeast-3', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' });
  await s3.send(new CreateBucketCommand({ Bucket: 'bkt-probe' })).catch(() => {});
  await s3.send(new PutObjectCommand({ Bucket: 'bkt-probe', Key: 'e/empty', Body: '', ContentType: 'application/pdf' }));
  const t0 = Date.now();
  try { const o = await s3.send(new GetObjectCommand({ Bucket: 'bkt-probe', Key: 'e/empty', Range: 'bytes=0-15' })); console.log('ok', o.ContentRange, o.ContentLength, Date.now() - t0); await o.Body!.transformToByteArray(); console.log('read', Date.now() - t0); } catch (err: any) { console.log('err', err.name, err.code, err.$metadata, Date.now() - t0); }
  const t1 = Date.now();
  try { await s3.send(new GetObjectCommand({ Bucket: 'bkt-probe', Key: 'e/empty', Range: 'bytes=0-15' }), { requestTimeout: 500 } as any); } catch (err: any) { console.log('err2', err.name, Date.now() - t1); }
  await e.stop();
})();
