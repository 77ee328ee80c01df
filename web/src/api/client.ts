/** The one typed API client: a route's id, its path parameters and body in, the route's inferred
 * answer out. Sends the session's token and the reader's language; retries of idempotent creations
 * carry one Idempotency-Key; an error body becomes an `ApiError`, a refused token `SessionExpired`. */
import { routes, type BodyOf, type PathParams, type ResponseOf, type RouteId } from './contract';
import { ApiError, Offline, SessionExpired } from './errors';

interface ClientContext {
  /** Where the API is: '' on the page's own origin (the local stack, and CloudFront in AWS). */
  baseUrl: string;
  /** The signed-in person's token, or undefined (public calls). */
  token(): string | undefined;
  /** Called when the API refuses the token (expired or revoked). */
  onUnauthorized(): void;
  language(): string;
}

let context: ClientContext = { baseUrl: '', token: () => undefined, onUnauthorized: () => undefined, language: () => 'id' };

/** Wires the client to the session and the reader's language (done once, at start-up). */
export const configureClient = (c: ClientContext): void => {
  context = c;
};

export interface CallOptions<K extends RouteId> {
  path?: PathParams<K>;
  body?: BodyOf<K>;
  query?: Record<string, string | undefined>;
  /** The version the caller read (optimistic lock), sent as `If-Match`. */
  ifMatch?: number;
  /** The same key on every retry of one creation (routes marked idempotent). */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

const fillPath = (template: string, params: Record<string, string> = {}): string =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

const withQuery = (path: string, query: Record<string, string | undefined> = {}): string => {
  const q = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => e[1] !== undefined));
  return q.size ? `${path}?${q}` : path;
};

type SendInit = { body?: unknown; headers?: Record<string, string>; signal?: AbortSignal; auth?: boolean; accept?: string };

/** Sends a request with the session's token and the reader's language; a refusal becomes an error. */
const send = async (method: string, path: string, init: SendInit): Promise<Response> => {
  const token = init.auth === false ? undefined : context.token();
  let res: Response;
  try {
    res = await fetch(context.baseUrl + path, {
      method,
      signal: init.signal,
      headers: {
        accept: init.accept ?? 'application/json',
        'accept-language': context.language(),
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...init.headers,
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new Offline((err as Error).message);
  }
  if (res.ok) return res;
  if (res.status === 401 && token) {
    context.onUnauthorized();
    throw new SessionExpired();
  }
  const json = await res.json().catch(() => undefined); // a gateway's HTML error page is no JSON
  const error = (json as { error?: { code?: string; message?: string; details?: ApiError['details'] } } | undefined)?.error;
  throw new ApiError(res.status, error?.code ?? `HTTP_${res.status}`, error?.message ?? res.statusText, error?.details);
};

/** A request to any API path (also the local stack's own), answered as JSON. */
export const request = async <T>(method: string, path: string, init: Omit<SendInit, 'accept'> = {}): Promise<T> =>
  (await (await send(method, path, init)).json().catch(() => undefined)) as T;

/** Calls a route of the route table. */
export const call = <K extends RouteId>(id: K, opts: CallOptions<K> = {}): Promise<ResponseOf<K>> => {
  const route = routes[id];
  return request<ResponseOf<K>>(route.method, withQuery(fillPath(route.path, opts.path as Record<string, string>), opts.query), {
    body: opts.body,
    signal: opts.signal,
    headers: {
      ...(opts.ifMatch !== undefined ? { 'if-match': `"${opts.ifMatch}"` } : {}),
      ...('idempotent' in route && route.idempotent ? { 'idempotency-key': opts.idempotencyKey ?? crypto.randomUUID() } : {}),
    },
  });
};

/** A route's CSV answer as a file (`Accept: text/csv`): fetched with the session's token, which a
 * plain link could not carry, and named as the API names it. */
export const callFile = async <K extends RouteId>(id: K, opts: Pick<CallOptions<K>, 'path' | 'query' | 'signal'> = {}): Promise<{ blob: Blob; fileName: string }> => {
  const route = routes[id];
  const res = await send(route.method, withQuery(fillPath(route.path, opts.path as Record<string, string>), opts.query), { signal: opts.signal, accept: 'text/csv' });
  const fileName = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `${id}.csv`;
  return { blob: await res.blob(), fileName };
};
