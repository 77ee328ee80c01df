import { App } from 'aws-cdk-lib';
import { readConfig } from '../../infra/config';

const config = (context: Record<string, unknown>) => readConfig(new App({ context }).node);

it('has defaults that synthesize', () => {
  expect(config({})).toEqual({ stage: 'dev', corsOrigins: ['*'] });
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
    corsOrigins: ['*'],
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
