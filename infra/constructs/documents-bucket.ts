/** The participants' documents: private, TLS-only, encrypted, versioned, and retained when the stack
 * goes. Browsers upload straight to it with presigned POSTs and read documents back with presigned
 * GETs (hence CORS for POST and GET from the allowed origins); the API never streams a file. Requests
 * to it are logged to a second bucket. */
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { DOCUMENTS_PREFIX, SUBMITTED_PREFIX } from '#infra/function-access';

export interface DocumentsBucketProps {
  /** Origins allowed to POST uploads and GET documents from a browser (the site's first); `['*']` allows any. */
  corsOrigins: string[];
  /** A name fixed in advance, so the site's content security policy can name the bucket (infra/names.ts). */
  bucketName: string;
}

/** How long server access logs of the documents bucket are kept. */
export const ACCESS_LOG_DAYS = 365;

/** What the bucket keeps, and for how long (days). Uploads are needed until their entry is submitted
 * (registration lasts days, an extension weeks): a submission and a verification keep checked copies
 * under `submitted/`, so an upload older than this belongs to a draft never submitted, or was
 * replaced. Submitted copies are read while the edition is judged (about two months after
 * registration closes), rarely after: then a cheaper class, and the archive class after a year. */
export const RETENTION = {
  uploadsDays: 90,
  noncurrentVersionsDays: 30,
  submittedInfrequentAccessDays: 120,
  submittedArchiveDays: 365,
} as const;

const privateBucket = {
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
  enforceSSL: true,
  minimumTLSVersion: 1.2,
  encryption: s3.BucketEncryption.S3_MANAGED,
  objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
  removalPolicy: RemovalPolicy.RETAIN,
} satisfies s3.BucketProps;

export class DocumentsBucket extends Construct {
  readonly bucket: s3.Bucket;
  readonly accessLogs: s3.Bucket;

  constructor(scope: Construct, id: string, props: DocumentsBucketProps) {
    super(scope, id);
    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      ...privateBucket,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(ACCESS_LOG_DAYS) }],
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket receives the server access logs of the documents bucket; logging it to itself would loop and another log bucket would only move the finding.',
    });

    this.bucket = new s3.Bucket(this, 'Bucket', {
      ...privateBucket,
      bucketName: props.bucketName,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'documents/',
      cors: [
        {
          allowedMethods: [s3.HttpMethods.POST, s3.HttpMethods.GET],
          allowedOrigins: props.corsOrigins,
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag', 'Location', 'Content-Disposition', 'Content-Type', 'Content-Length'],
          maxAge: 3600,
        },
      ],
      lifecycleRules: [
        { id: 'abort-incomplete-multipart-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // Old versions come from an upload form posted again (its key is the document's) and from
        // deletions; what a submission checked is a copy under `submitted/` that no form reaches. Keep
        // old versions a month to undo a mistake, then let them go.
        { id: 'expire-noncurrent-versions', noncurrentVersionExpiration: Duration.days(RETENTION.noncurrentVersionsDays) },
        { id: 'expire-uploads', prefix: DOCUMENTS_PREFIX, expiration: Duration.days(RETENTION.uploadsDays) },
        {
          id: 'submitted-to-cheaper-classes',
          prefix: SUBMITTED_PREFIX,
          transitions: [
            { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(RETENTION.submittedInfrequentAccessDays) },
            { storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL, transitionAfter: Duration.days(RETENTION.submittedArchiveDays) },
          ],
        },
      ],
    });
  }
}
