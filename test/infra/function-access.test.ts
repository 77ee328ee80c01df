/** Every deployed handler declares its access; a handler that does not fails synthesis. */
import { App, Stack } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { existsSync } from 'node:fs';
import { HandlerFunctions } from '../../infra/constructs/handler-functions';
import { accessOf, DOCUMENTS_PREFIX, FUNCTION_ACCESS, requireDeclared, scheduleActions, tableActions } from '../../infra/function-access';
import { handlerEntry } from '../../infra/paths';
import { documentObjectKey } from '../../shared/domain/document-policy';
import { routeList, type Route } from '../../shared/http/routes';

const data = { tableName: 'T', tableArn: 'arn:aws:dynamodb:ap-southeast-3:123456789012:table/T', bucketName: 'B', bucketArn: 'arn:aws:s3:::B' };
const functionsFor = (routes: Route[], access = FUNCTION_ACCESS) =>
  new HandlerFunctions(new Stack(new App({ context: { 'aws:cdk:bundling-stacks': [] } }), 'S'), 'Handlers', {
    data,
    logRetention: RetentionDays.ONE_WEEK,
    routes,
    access,
  });

it('declares the access of every handler the route table names', () => {
  expect(() => requireDeclared(routeList().map((r) => r.handler))).not.toThrow();
});

it('names only handlers that exist in functions/', () => {
  for (const handler of Object.keys(FUNCTION_ACCESS)) expect({ handler, exists: existsSync(handlerEntry(handler)) }).toEqual({ handler, exists: true });
});

it('fails synthesis for a route whose handler has no entry, naming it', () => {
  const routes: Route[] = [
    { method: 'GET', path: '/health', handler: 'health', roles: 'public', summary: 'ok' },
    { method: 'POST', path: '/editions/{editionId}/rankings/{round}', handler: 'compute-ranking-later', roles: ['admin'], summary: 'new' },
  ];
  expect(() => functionsFor(routes)).toThrow(/infra\/function-access\.ts.*"compute-ranking-later"/);
  expect(() => accessOf('compute-ranking-later')).toThrow(/compute-ranking-later/);
});

it('makes functions that serve no route (a scheduler target) declare their access too', () => {
  const functions = functionsFor([{ method: 'GET', path: '/health', handler: 'health', roles: 'public', summary: 'ok' }]);
  expect(() => functions.add('not-declared-yet', 'EventBridge Scheduler target')).toThrow(/infra\/function-access\.ts.*"not-declared-yet"/);
  expect(functions.add('get-edition').functionName).toBeDefined();
  expect(functions.handlers).toEqual(['health', 'get-edition']);
});

it('fails synthesis for a declared handler without a file', () => {
  const routes: Route[] = [{ method: 'GET', path: '/ghost', handler: 'ghost', roles: 'any', summary: 'no file' }];
  expect(() => functionsFor(routes, { ...FUNCTION_ACCESS, ghost: { table: null, bucket: null } })).toThrow(/ghost/);
});

it('creates one function per handler, however many routes share it', () => {
  const routes: Route[] = [
    { method: 'GET', path: '/a', handler: 'health', roles: 'public', summary: 'a' },
    { method: 'GET', path: '/b', handler: 'health', roles: 'public', summary: 'b' },
  ];
  expect(functionsFor(routes).handlers).toEqual(['health']);
});

it('does not inherit entries from Object.prototype', () => {
  expect(() => accessOf('constructor')).toThrow(/constructor/);
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

it('fails synthesis for a handler that manages schedules when no schedule refs were given', () => {
  const routes: Route[] = [{ method: 'PUT', path: '/editions/{editionId}/calendar', handler: 'put-calendar', roles: ['admin'], summary: 'calendar' }];
  expect(accessOf('put-calendar').schedules).toBe('manage');
  expect(() => functionsFor(routes)).toThrow(/put-calendar.*schedule refs/);
});

it('lets only the calendar handlers manage schedules, with exactly create and delete', () => {
  expect(Object.entries(FUNCTION_ACCESS).filter(([, a]) => a.schedules === 'manage').map(([h]) => h).sort()).toEqual(['put-calendar', 'put-edition']);
  expect(scheduleActions('manage')).toEqual(['scheduler:CreateSchedule', 'scheduler:DeleteSchedule']);
  expect(scheduleActions(null)).toEqual([]);
  expect(scheduleActions(undefined)).toEqual([]);
});
