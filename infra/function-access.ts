/** What each Lambda handler may do with the single table, the documents bucket and the run-time
 * boundary schedules — and nothing more.
 *
 * Every function in `functions/` that is deployed needs an entry here, keyed by its handler name (the
 * file name without `.ts`, as the route table names it). Synthesis fails for a handler without one, so
 * a handler added later has to declare what it touches. Keep each entry to what the handler's code
 * actually calls: a handler that only reads gets `read`, never `readWrite` "just in case". */
import { documentObjectKey, submittedObjectKey } from '../shared/domain/document-policy';

export type TableAccess = 'read' | 'write' | 'readWrite' | null;
/** The documents bucket has two prefixes: `uploads` (`editions/…`, where presigned POSTs put what
 * people upload) and `submitted` (`submitted/…`, the copies a submission checked and froze, which no
 * upload form can reach). */
export type BucketPrefix = 'uploads' | 'submitted';
export interface BucketAccess {
  /** GetObject (and HeadObject) under these prefixes, with ListBucket so a missing object is a 404. A
   * presigned GET is signed with the role, so it reads only what the role may. */
  read?: readonly BucketPrefix[];
  /** PutObject under these prefixes. A presigned POST is signed with the role, so a form handed out
   * by a function can only ever write where that function may: `submitted` is granted to the
   * functions that check what they keep (submission, verification) alone, never to one that hands out
   * forms, so no form, however re-posted, reaches a submitted copy. */
  put?: readonly BucketPrefix[];
  /** DeleteObject under these prefixes (a refused submission removes the copies it made). */
  delete?: readonly BucketPrefix[];
}
export type ScheduleAccess = 'manage' | null;

export interface FunctionAccess {
  /** `read`: GetItem/BatchGetItem/Query (table and its GSIs); `write`: Put/Update/Delete/BatchWrite/ConditionCheck. */
  table: TableAccess;
  /** What it reads and writes in the documents bucket, per prefix (`null`: nothing). */
  bucket: BucketAccess | null;
  /** `manage`: create and delete run-time boundary schedules — `scheduler:CreateSchedule` and
   * `scheduler:DeleteSchedule` on the schedules of the run-time group only, and `iam:PassRole` of the
   * scheduler's execution role to EventBridge Scheduler only — with the environment those calls need
   * (`SCHEDULE_GROUP_NAME`, `STAGE_TRANSITION_FUNCTION_ARN`, `SCHEDULER_ROLE_ARN`,
   * `STAGE_TRANSITION_DLQ_ARN`). Absent means none. */
  schedules?: ScheduleAccess;
}

export const FUNCTION_ACCESS: Readonly<Record<string, FunctionAccess>> = {
  health: { table: null, bucket: null },
  'get-edition': { table: 'read', bucket: null },
  'register-innovation': { table: 'readWrite', bucket: null },
  'list-innovations': { table: 'read', bucket: null },
  'get-innovation': { table: 'read', bucket: null },
  'update-innovation': { table: 'readWrite', bucket: null },
  'request-document-upload': { table: 'readWrite', bucket: { put: ['uploads'] } },
  // Copies each upload to `submitted/` (GetObject on the source, PutObject on the copy) and checks the copy.
  // A refused submission deletes the copies it made (no new power: it may overwrite them anyway).
  'submit-innovation': { table: 'readWrite', bucket: { read: ['uploads', 'submitted'], put: ['submitted'], delete: ['submitted'] } },
  // Presigned GETs of a draft's uploads and of submitted copies.
  'get-document': { table: 'read', bucket: { read: ['uploads', 'submitted'] } },
  'get-evidence': { table: 'read', bucket: { read: ['uploads', 'submitted'] } },
  'list-institutions': { table: 'read', bucket: null },
  'put-institution': { table: 'readWrite', bucket: null },
  'get-compliance': { table: 'read', bucket: null },
  'put-assignments': { table: 'readWrite', bucket: null },
  'get-assignments': { table: 'read', bucket: null },
  'put-eligibility': { table: 'readWrite', bucket: null },
  'put-score': { table: 'readWrite', bucket: null },
  'get-scores': { table: 'read', bucket: null },
  'request-evidence-upload': { table: 'readWrite', bucket: { put: ['uploads'] } },
  // Copies each named piece of evidence to `submitted/` and checks the copy (deleting the copies of a refused one).
  'put-verification': { table: 'readWrite', bucket: { read: ['uploads', 'submitted'], put: ['submitted'], delete: ['submitted'] } },
  'compute-ranking': { table: 'readWrite', bucket: null },
  'get-ranking': { table: 'read', bucket: null },
  announce: { table: 'readWrite', bucket: null },
  'get-results': { table: 'read', bucket: null },
  'get-innovation-audit': { table: 'read', bucket: null },
  'get-edition-audit': { table: 'read', bucket: null },
  // A new or moved calendar schedules its boundaries anew (shared/data/boundary-schedules.ts).
  'put-edition': { table: 'readWrite', bucket: null, schedules: 'manage' },
  'put-calendar': { table: 'readWrite', bucket: null, schedules: 'manage' },
  // The EventBridge Scheduler target (no route): moves statuses at boundaries and computes rankings.
  'stage-transition': { table: 'readWrite', bucket: null },
};

export const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:ConditionCheckItem',
] as const;

export const tableActions = (access: TableAccess): string[] => [
  ...(access === 'read' || access === 'readWrite' ? TABLE_READ_ACTIONS : []),
  ...(access === 'write' || access === 'readWrite' ? TABLE_WRITE_ACTIONS : []),
];

export const SCHEDULE_ACTIONS = ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule'] as const;

export const scheduleActions = (access: ScheduleAccess | undefined): string[] => (access === 'manage' ? [...SCHEDULE_ACTIONS] : []);

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

/** Handlers of `handlers` that have no entry in `map`. */
export const undeclaredHandlers = (handlers: Iterable<string>, map: Readonly<Record<string, FunctionAccess>> = FUNCTION_ACCESS): string[] =>
  [...new Set(handlers)].filter((h) => !Object.prototype.hasOwnProperty.call(map, h));

/** Fails synthesis naming every handler that lacks an entry, and the file to edit. */
export const requireDeclared = (handlers: Iterable<string>, map: Readonly<Record<string, FunctionAccess>> = FUNCTION_ACCESS): void => {
  const missing = undeclaredHandlers(handlers, map);
  if (missing.length === 0) return;
  throw new Error(
    `No access declared in infra/function-access.ts for handler(s) ${missing.map((h) => `"${h}"`).join(', ')}. ` +
      `Add an entry per handler with the table and bucket access its code uses, e.g. '${missing[0]}': { table: 'read', bucket: null }.`,
  );
};

/** The access declared for `handler`; a synthesis error when there is none. */
export const accessOf = (handler: string, map: Readonly<Record<string, FunctionAccess>> = FUNCTION_ACCESS): FunctionAccess => {
  requireDeclared([handler], map);
  return map[handler];
};
