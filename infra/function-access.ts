/** The IAM actions behind each level of access a function contract declares (shared/contracts):
 * the table, the documents bucket and the run-time boundary schedules. */
import type { FunctionAccess } from '../shared/contracts/contract';
import { documentObjectKey } from '../shared/domain/document-policy';

export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

export const tableActions = (access: FunctionAccess['table']): string[] => [
  ...(access === 'read' || access === 'readWrite' ? TABLE_READ_ACTIONS : []),
  ...(access === 'write' || access === 'readWrite' ? TABLE_WRITE_ACTIONS : []),
];

export const SCHEDULE_ACTIONS = ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule'] as const;

export const scheduleActions = (access: FunctionAccess['schedules']): string[] => (access === 'manage' ? [...SCHEDULE_ACTIONS] : []);

/** Documents live under one prefix, which the system builds (`documentObjectKey`); grants are scoped to it. */
export const DOCUMENTS_PREFIX = `${documentObjectKey('e', 'i', 'd').split('/')[0]}/`;
