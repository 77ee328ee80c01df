/** The table is the one the code declares (shared/data/table-definition.ts); the documents bucket is
 * private, TLS-only, encrypted and versioned; both outlive the stack. */
import { Match } from 'aws-cdk-lib/assertions';
import { TABLE_INDEXES, TABLE_KEYS, TTL_ATTRIBUTE } from '#shared/data/table-definition';
import { resourcesOf, synthesize, type Synthesized } from './support';

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

describe('single table', () => {
  it('has the keys and GSIs of table-definition.ts, all string attributes', () => {
    const tables = Object.values(resourcesOf(s.templates.data, 'AWS::DynamoDB::Table'));
    expect(tables).toHaveLength(1);
    const props = tables[0].Properties!;
    expect(props.KeySchema).toEqual([
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
    ]);
    expect(props.GlobalSecondaryIndexes).toEqual(
      TABLE_INDEXES.map((i) => ({
        IndexName: i.indexName,
        KeySchema: [
          { AttributeName: i.partitionKey, KeyType: 'HASH' },
          { AttributeName: i.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    const keyNames = [TABLE_KEYS.partitionKey, TABLE_KEYS.sortKey, ...TABLE_INDEXES.flatMap((i) => [i.partitionKey, i.sortKey])];
    expect(props.AttributeDefinitions).toEqual(expect.arrayContaining(keyNames.map((AttributeName) => ({ AttributeName, AttributeType: 'S' }))));
    expect(props.AttributeDefinitions).toHaveLength(keyNames.length);
  });

  it('is on-demand, with point-in-time recovery, deletion protection, TTL, and retained', () => {
    s.templates.data.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    });
  });
});

describe('documents bucket', () => {
  const documents = () => {
    const [entry] = Object.entries(resourcesOf(s.templates.data, 'AWS::S3::Bucket')).filter(([, b]) => b.Properties!.VersioningConfiguration);
    return { id: entry[0], bucket: entry[1] };
  };

  it('blocks public access, is encrypted and versioned, logs access, and is retained', () => {
    const { id } = documents();
    const matching = s.templates.data.findResources('AWS::S3::Bucket', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: Match.stringLikeRegexp('^(AES256|aws:kms)$') } }] },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        LoggingConfiguration: { DestinationBucketName: Match.anyValue(), LogFilePrefix: Match.anyValue() },
      }),
    });
    expect(Object.keys(matching)).toEqual([id]);
  });

  it('refuses every request that is not TLS', () => {
    const { id } = documents();
    s.templates.data.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Action: 's3:*', Principal: { AWS: '*' }, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });

  it('accepts browser POST uploads and aborts abandoned multipart uploads', () => {
    const { bucket } = documents();
    expect(bucket.Properties!.CorsConfiguration.CorsRules).toEqual([expect.objectContaining({ AllowedMethods: ['POST', 'GET'], AllowedOrigins: [{ 'Fn::ImportValue': 'Kukar-dev-SiteOrigin' }] })]);
    expect(bucket.Properties!.LifecycleConfiguration.Rules).toEqual(
      expect.arrayContaining([expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 }, Status: 'Enabled' })]),
    );
  });

  it('lets the uploads of drafts never submitted go, keeps old versions a month, and moves submitted copies to cheaper classes', () => {
    const rules = documents().bucket.Properties!.LifecycleConfiguration.Rules as Record<string, unknown>[];
    expect(rules).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ Id: 'expire-noncurrent-versions', NoncurrentVersionExpiration: { NoncurrentDays: 30 }, Status: 'Enabled' }),
        expect.objectContaining({ Id: 'expire-uploads', Prefix: 'editions/', ExpirationInDays: 90, Status: 'Enabled' }),
        expect.objectContaining({
          Id: 'submitted-to-cheaper-classes',
          Prefix: 'submitted/',
          Transitions: [
            { StorageClass: 'STANDARD_IA', TransitionInDays: 120 },
            { StorageClass: 'GLACIER_IR', TransitionInDays: 365 },
          ],
        }),
      ]),
    );
    // No rule ever expires a submitted copy.
    expect(rules.filter((r) => r.Prefix === 'submitted/' && (r.ExpirationInDays !== undefined || r.ExpirationDate !== undefined))).toEqual([]);
  });

  it('grants nobody anything in its bucket policy', () => {
    const { id } = documents();
    const policy = Object.values(resourcesOf(s.templates.data, 'AWS::S3::BucketPolicy')).find((p) => p.Properties!.Bucket.Ref === id)!;
    expect(policy.Properties!.PolicyDocument.Statement.filter((st: { Effect: string }) => st.Effect === 'Allow')).toEqual([]);
  });
});

it('exports the table and bucket by name for the other stacks, and outputs their names', () => {
  for (const name of ['Kukar-dev-TableName', 'Kukar-dev-TableArn', 'Kukar-dev-DocumentsBucketName', 'Kukar-dev-DocumentsBucketArn'])
    s.templates.data.hasOutput('*', { Export: { Name: name } });
  s.templates.data.hasOutput('TableName', {});
  s.templates.data.hasOutput('DocumentsBucketName', {});
});
