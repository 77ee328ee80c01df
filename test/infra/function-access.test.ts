/** Every deployed function is declared by a contract with its access; the infra grants exactly that. */
import { App, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ContractFunction } from '#infra/constructs/contract-function';
import { DOCUMENTS_PREFIX, scheduleActions, tableActions } from '#infra/function-access';
import { REPO_ROOT } from '#infra/paths';
import { STANDARD_SIZING, type FunctionContract } from '#shared/contracts/contract';
import { getEdition, putCalendar } from '#shared/contracts/edition.contract';
import { FUNCTIONS } from '#shared/contracts/route-table';
import { documentObjectKey } from '#shared/domain/document-policy';

const data = { tableName: 'T', tableArn: 'arn:aws:dynamodb:ap-southeast-3:123456789012:table/T', bucketName: 'B', bucketArn: 'arn:aws:s3:::B' };
const functionFor = (contract: FunctionContract) =>
  new ContractFunction(new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'S'), 'Fn', { contract, data, logRetention: RetentionDays.ONE_WEEK });

it('declares a contract for every handler file in functions/, and names no handler without a file', () => {
  const files = readdirSync(join(REPO_ROOT, 'functions'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.slice(0, -3))
    .sort();
  expect([...new Set(FUNCTIONS.map((f) => f.handler))].sort()).toEqual(files);
});

it('fails synthesis for a contract whose handler has no file, naming it', () => {
  expect(() => functionFor({ ...getEdition, handler: 'ghost' })).toThrow(/"ghost".*functions\/ghost\.ts/);
  expect(functionFor(getEdition).function.functionName).toBeDefined();
});

it('fails synthesis for a function that manages schedules when no schedule refs were given', () => {
  expect(putCalendar.access.schedules).toBe('manage');
  expect(() => functionFor(putCalendar)).toThrow(/put-calendar.*schedule refs/);
});

it('maps access levels to DynamoDB actions without Scan', () => {
  expect(tableActions(null)).toEqual([]);
  expect(tableActions('read')).toEqual(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query']);
  expect(tableActions('readWrite')).toEqual([...tableActions('read'), ...tableActions('write')]);
  expect(tableActions('readWrite')).not.toContain('dynamodb:Scan');
});

it('scopes bucket grants to the prefix the system puts documents under', () => {
  expect(documentObjectKey('pik-2023', 'i-1', 'd-1').startsWith(DOCUMENTS_PREFIX)).toBe(true);
  expect(DOCUMENTS_PREFIX).toMatch(/^[a-z0-9-]+\/$/);
});

it('lets only the calendar handlers manage schedules, with exactly create and delete', () => {
  expect(FUNCTIONS.filter((f) => f.access.schedules === 'manage').map((f) => f.handler).sort()).toEqual(['put-calendar', 'put-edition']);
  expect(scheduleActions('manage')).toEqual(['scheduler:CreateSchedule', 'scheduler:DeleteSchedule']);
  expect(scheduleActions(null)).toEqual([]);
});

it('sizes every function: the standard size unless its contract asks for more', () => {
  const bigger = FUNCTIONS.filter((f) => f.sizing !== STANDARD_SIZING).map((f) => f.handler).sort();
  // The preview computes a whole round as compute-ranking does, without storing it.
  expect(bigger).toEqual(['compute-ranking', 'preview-ranking', 'stage-transition']);
});
