import { App } from 'aws-cdk-lib';
import { deployProblems, readConfig } from '#infra/config';

const config = (context: Record<string, unknown>) => readConfig(new App({ context }).node);

it('has defaults that synthesize', () => {
  // No extra CORS origin: the site's own is added where it is needed (the documents bucket).
  expect(config({})).toEqual({ stage: 'dev', region: 'ap-southeast-3', alarmEmails: [], corsOrigins: [] });
});

it('reads corsOrigins as a list or a comma-separated string, without trailing slashes', () => {
  const expected = ['https://inovasi.kukarkab.go.id', 'http://localhost:5173'];
  expect(config({ corsOrigins: expected }).corsOrigins).toEqual(expected);
  expect(config({ corsOrigins: 'https://inovasi.kukarkab.go.id/, http://localhost:5173' }).corsOrigins).toEqual(expected);
  expect(config({ corsOrigins: '*' }).corsOrigins).toEqual(['*']);
});

it('refuses values that would deploy something else than meant', () => {
  expect(() => config({ stage: 'Prod Stage' })).toThrow(/stage/);
  expect(() => config({ corsOrigins: 'inovasi.kukarkab.go.id' })).toThrow(/corsOrigins/);
  expect(() => config({ corsOrigins: ['*', 'https://a.example'] })).toThrow(/corsOrigins/);
  expect(() => config({ adminEmail: 'not-an-email' })).toThrow(/adminEmail/);
  expect(() => config({ stage: 7 })).toThrow(/stage/);
});

it('passes the optional admin and SES settings through', () => {
  expect(config({ stage: 'prod', adminEmail: 'brida@kukarkab.go.id', sesFromEmail: 'no-reply@kukarkab.go.id', sesRegion: 'ap-southeast-1' })).toEqual({
    stage: 'prod',
    region: 'ap-southeast-3',
    alarmEmails: [],
    corsOrigins: [],
    adminEmail: 'brida@kukarkab.go.id',
    sesFromEmail: 'no-reply@kukarkab.go.id',
    sesRegion: 'ap-southeast-1',
  });
});

it('reads the instant after which CloudFormation schedules boundaries, refusing what is not an instant', () => {
  expect(config({ scheduleAfter: '2023-10-01T00:00:00+08:00' }).scheduleAfter).toBe('2023-10-01T00:00:00+08:00');
  expect(config({}).scheduleAfter).toBeUndefined();
  expect(() => config({ scheduleAfter: '2023-10-01' })).toThrow(/scheduleAfter/);
  expect(() => config({ scheduleAfter: '2023-10-01T00:00:00' })).toThrow(/scheduleAfter/);
  expect(() => config({ scheduleAfter: '2023-13-45T00:00:00Z' })).toThrow(/scheduleAfter/);
});

describe('a stage of its own in cdk.json', () => {
  const stages = { prod: { account: '123456789012', alarmEmails: ['it@kukarkab.go.id', 'brida@kukarkab.go.id'], corsOrigins: ['https://inovasi.kukarkab.go.id'] } };

  it("takes the stage's block over the top-level keys, and the top-level keys over the defaults", () => {
    expect(config({ stage: 'prod', stages, corsOrigins: '*', region: 'ap-southeast-1' })).toEqual({
      stage: 'prod',
      account: '123456789012',
      region: 'ap-southeast-1',
      alarmEmails: ['it@kukarkab.go.id', 'brida@kukarkab.go.id'],
      corsOrigins: ['https://inovasi.kukarkab.go.id'],
    });
    expect(config({ stages }).account).toBeUndefined();
    expect(config({ stage: 'prod', stages: { prod: { region: 'ap-southeast-3' } }, region: 'us-east-1' }).region).toBe('ap-southeast-3');
  });

  it('refuses an account, a region or recipients that are not what they claim', () => {
    expect(() => config({ account: '1234' })).toThrow(/account/);
    expect(() => config({ region: 'jakarta' })).toThrow(/region/);
    expect(() => config({ alarmEmails: ['it@kukarkab.go.id', 'nobody'] })).toThrow(/alarmEmails.*nobody/);
    expect(config({ alarmEmails: 'a@kukarkab.go.id, b@kukarkab.go.id' }).alarmEmails).toEqual(['a@kukarkab.go.id', 'b@kukarkab.go.id']);
  });

  it('is deployable only with an account and someone to hear its alarms', () => {
    expect(deployProblems(config({ stage: 'prod', stages }))).toEqual([]);
    expect(deployProblems(config({ stage: 'test' }))).toEqual([expect.stringMatching(/"test".*account/), expect.stringMatching(/"test".*alarmEmails/)]);
    expect(deployProblems(config({ stage: 'prod', stages: { prod: { account: '123456789012' } } }))).toEqual([expect.stringMatching(/alarmEmails/)]);
  });
});

it('takes the site\'s own domain only with its us-east-1 certificate', () => {
  const certificateArn = 'arn:aws:acm:us-east-1:123456789012:certificate/12345678-1234-1234-1234-123456789012';
  expect(config({ siteDomain: 'Inovasi.KukarKab.go.id', siteCertificateArn: certificateArn })).toMatchObject({ siteDomain: 'inovasi.kukarkab.go.id', siteCertificateArn: certificateArn });
  expect(() => config({ siteDomain: 'inovasi.kukarkab.go.id' })).toThrow(/together/);
  expect(() => config({ siteCertificateArn: certificateArn })).toThrow(/together/);
  expect(() => config({ siteDomain: 'https://inovasi.kukarkab.go.id', siteCertificateArn: certificateArn })).toThrow(/host name/);
  expect(() => config({ siteDomain: 'inovasi.kukarkab.go.id', siteCertificateArn: certificateArn.replace('us-east-1', 'ap-southeast-3') })).toThrow(/us-east-1/);
});
