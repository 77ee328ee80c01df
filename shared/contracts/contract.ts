/** What a route or function is, declared once: the CDK API and functions, the local server, the API
 * description and the web app's client all read these declarations, never the handlers. A
 * declaration missing a part (roles, request schemas, the response, access, sizing) does not compile. */
import type * as z from 'zod/mini';
import type { Role } from '#shared/vocabulary/roles';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The request headers a browser on another origin may send: the deployed API's CORS and the local
 * server's preflight answer both list these. */
export const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'if-match', 'idempotency-key', 'accept-language'];

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

/** What a function may do with the single table, the documents bucket and the run-time boundary
 * schedules, and nothing more: the infra grants exactly this. Keep it to what the code calls. */
export interface FunctionAccess {
  /** `read`: GetItem/BatchGetItem/Query (table and its GSIs); `write`: Put/Update/Delete/BatchWrite/ConditionCheck. */
  table: 'read' | 'write' | 'readWrite' | null;
  /** What it reads and writes in the documents bucket, per prefix (`null`: nothing). */
  bucket: BucketAccess | null;
  /** `manage`: create and delete run-time boundary schedules of the run-time group, passing the
   * scheduler's role to EventBridge Scheduler only. */
  schedules: 'manage' | null;
  /** `send`: send e-mail (`ses:SendEmail`) from the stage's SES identity only. */
  mail?: 'send';
}

/** The access most functions need: reading the table, or reading and writing it. */
export const READS_TABLE: FunctionAccess = { table: 'read', bucket: null, schedules: null };
export const WRITES_TABLE: FunctionAccess = { table: 'readWrite', bucket: null, schedules: null };

export interface FunctionSizing {
  memoryMb: number;
  timeoutSeconds: number;
}

/** Answering one request. */
export const STANDARD_SIZING: FunctionSizing = { memoryMb: 512, timeoutSeconds: 10 };
/** Computing a ranking reads, ranks and writes every entry of an edition (memory also buys CPU); the
 * benchmark's 50,000 entries × 3 judges peak at about 330–360 MB RSS under the heap limit. Over HTTP,
 * within the API's 30-second integration limit. */
export const RANKING_SIZING: FunctionSizing = { memoryMb: 1024, timeoutSeconds: 29 };

/** A deployed function: the file `functions/<handler>.ts` exporting `handler`. */
export interface FunctionContract {
  handler: string;
  summary: string;
  access: FunctionAccess;
  sizing: FunctionSizing;
}

export interface RequestSchemas {
  path?: z.core.$ZodType;
  query?: z.core.$ZodType;
  body?: z.core.$ZodType;
}

export interface ResponseDeclaration {
  /** Success statuses, the usual one first. */
  statuses: readonly [number, ...number[]];
  schema: z.core.$ZodType;
  /** Also answers text/csv on `Accept: text/csv` or `?format=csv`. */
  csv?: boolean;
}

/** The HTTP face of a route: enough to match, authorize and log a request. */
export interface Route {
  id: string;
  method: HttpMethod;
  path: string;
  handler: string;
  summary: string;
  /** Cognito groups allowed (`public`: no token needed; `any`: any signed-in user, the handler decides more finely). */
  roles: readonly Role[] | 'public' | 'any';
  /** Retries carrying the same `Idempotency-Key` header get the first answer and create nothing new. */
  idempotent: boolean;
}

/** What a handler serves: the route, its request schemas, and its function's access and sizing. */
export interface RouteContract<Req extends RequestSchemas = RequestSchemas> extends Route, FunctionContract {
  request: Req;
}

/** A route with what it answers: the form the route table, the API description and the web app's
 * client read. */
export interface DescribedRoute<Req extends RequestSchemas = RequestSchemas> extends RouteContract<Req> {
  response: ResponseDeclaration;
}

/** Declares a route. Written as a `@__PURE__` call of a thunk, like `defineSchema`, so a bundle that
 * never uses a contract leaves it (and the schemas only it uses) out. */
export const defineRoute = <const C extends RouteContract>(build: () => C): C => build();

/** Declares what the routes of one contract file answer, by route id, next to them. Apart from the
 * routes so that a handler, which never checks its own answers, neither carries nor builds the
 * response schemas at start (each zod schema built is start-up time of the function). */
export const defineResponses = <const R extends Record<string, ResponseDeclaration>>(build: () => R): R => build();

/** A route and its response: a file's responses without the route's id do not compile. */
export const described = <const C extends RouteContract, const R extends Record<C['id'], ResponseDeclaration>>(route: C, responses: R): C & { response: R[C['id']] } => ({
  ...route,
  response: responses[route.id as C['id']],
});

export const defineFunction = <const C extends FunctionContract>(build: () => C): C => build();
