/** cdk-nag's AwsSolutions pack passes with no unacknowledged error, and every acknowledgement says why. */
import { Stack, Validations } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { addKukarStacks } from '#infra/kukar-app';
import { BEFORE_SEED_EDITION, testApp } from './support';

const acknowledgements = (root: IConstruct): { path: string; id: string; reason: string }[] =>
  root.node.findAll().flatMap((c) =>
    c.node.metadata
      .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((m) => Object.entries(m.data as Record<string, string>).map(([id, reason]) => ({ path: c.node.path, id, reason }))),
  );

it.each([
  ['the defaults', {}, {}],
  [
    'every option',
    {
      stage: 'prod',
      corsOrigins: 'http://127.0.0.1:5173',
      siteDomain: 'inovasi.kukarkab.go.id',
      siteCertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012',
      adminEmail: 'inovasi@kukarkab.go.id',
      sesFromEmail: 'no-reply@kukarkab.go.id',
      sesRegion: 'ap-southeast-1',
      scheduleAfter: BEFORE_SEED_EDITION,
    },
    {},
  ],
  // As `cdk synth` runs with credentials: account and region become literals in some ARNs, and the
  // acknowledgements that name resources must still match.
  ['a known account and region', { scheduleAfter: BEFORE_SEED_EDITION }, { account: '123456789012', region: 'ap-southeast-3' }],
])('synthesizes %s with the AwsSolutions checks and reports no unacknowledged error', (_, context, env) => {
  const app = testApp(context);
  addKukarStacks(app, env);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  expect(() => app.synth()).not.toThrow();
});

it('gives a reason with every acknowledgement', () => {
  const app = testApp({ adminEmail: 'inovasi@kukarkab.go.id', scheduleAfter: BEFORE_SEED_EDITION });
  addKukarStacks(app, {});
  const acks = acknowledgements(app);
  expect(acks.length).toBeGreaterThan(0);
  for (const ack of acks) {
    expect(ack.id).toMatch(/AwsSolutions-/);
    expect({ ...ack, long: ack.reason.trim().length >= 40 }).toEqual({ ...ack, long: true });
  }
  // The ones we expect, so a new one is a conscious change.
  expect([...new Set(acks.map((a) => a.id.replace(/^annotation::/i, '').replace(/\[.*\]$/, '')))].sort()).toEqual(
    [
      'AwsSolutions-APIG4',
      // CloudFront without geo restriction, WAF, access log or own certificate (infra/constructs/site-distribution.ts).
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR2',
      'AwsSolutions-CFR3',
      'AwsSolutions-CFR4',
      'AwsSolutions-COG2',
      'AwsSolutions-COG8',
      // CDK's BucketDeployment copier (infra/constructs/web-app-content.ts): its managed policy and runtime.
      'AwsSolutions-IAM4',
      'AwsSolutions-IAM5',
      'AwsSolutions-L1',
      'AwsSolutions-S1',
      'AwsSolutions-SQS3',
    ].sort(),
  );
  // Wildcard resources: the uploads prefix, the submitted copies' prefix and the run-time schedule
  // group; and CDK's copier of the built web app (the assets bucket into the site bucket); nothing else.
  expect([...new Set(acks.map((a) => a.id.replace(/^annotation::/i, '')).filter((id) => id.startsWith('AwsSolutions-IAM5')))].sort()).toEqual([
    'AwsSolutions-IAM5[Resource::Kukar-dev-DocumentsBucketArn/editions/*]',
    'AwsSolutions-IAM5[Resource::Kukar-dev-DocumentsBucketArn/submitted/*]',
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/Kukar-dev-RuntimeScheduleGroupName/*]',
    'AwsSolutions-IAM5[Action::s3:Abort*]',
    'AwsSolutions-IAM5[Action::s3:DeleteObject*]',
    'AwsSolutions-IAM5[Action::s3:GetBucket*]',
    'AwsSolutions-IAM5[Action::s3:GetObject*]',
    'AwsSolutions-IAM5[Action::s3:List*]',
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::Kukar-dev-SiteBucketName/*]',
    'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]',
  ].sort());
});

it('really runs: an unacknowledged finding fails synthesis', () => {
  const app = testApp();
  const stack = new Stack(app, 'Careless');
  new s3.Bucket(stack, 'Open', { enforceSSL: false });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  expect(() => app.synth()).toThrow(/AwsSolutions-S10/);
});
