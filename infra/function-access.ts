/** The IAM actions behind each level of access a function contract declares (shared/contracts):
 * the table, the documents bucket (per prefix) and the run-time boundary schedules. */
import type { BucketAccess, BucketPrefix, FunctionAccess } from '#shared/contracts/contract';
import { documentObjectKey, submittedObjectKey } from '#shared/domain/document-policy';

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

/** Uploads live under one prefix, which the system builds (`documentObjectKey`); grants are scoped to it. */
export const DOCUMENTS_PREFIX = `${documentObjectKey('e', 'i', 'd').split('/')[0]}/`;
/** Submitted copies live under another (`submittedObjectKey`), out of every upload grant's reach. */
export const SUBMITTED_PREFIX = `${submittedObjectKey('e', 'i', 's', 'd').split('/')[0]}/`;

export const BUCKET_PREFIXES: Readonly<Record<BucketPrefix, string>> = { uploads: DOCUMENTS_PREFIX, submitted: SUBMITTED_PREFIX };

/** The object actions and the prefixes they are granted on, for one function's bucket access. */
export const bucketGrants = (access: BucketAccess | null): { actions: string[]; prefixes: string[] }[] => [
  ...(access?.read?.length ? [{ actions: ['s3:GetObject'], prefixes: access.read.map((p) => BUCKET_PREFIXES[p]) }] : []),
  ...(access?.put?.length ? [{ actions: ['s3:PutObject'], prefixes: access.put.map((p) => BUCKET_PREFIXES[p]) }] : []),
  ...(access?.delete?.length ? [{ actions: ['s3:DeleteObject'], prefixes: access.delete.map((p) => BUCKET_PREFIXES[p]) }] : []),
];
