import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Caller } from '#shared/vocabulary/caller';
import { ROLES, type Role } from '#shared/vocabulary/roles';

export const INSTITUTION_CLAIM = 'custom:institutionId';
export const GROUPS_CLAIM = 'cognito:groups';

/** Group claims arrive as a JSON array in a raw JWT, as `[admin jury]` from the HTTP API's JWT
 * authorizer, and comma-separated from a REST API: this is the one place that reads all three. */
export const parseGroups = (raw: unknown): Role[] => {
  let names: unknown[] = [];
  if (Array.isArray(raw)) names = raw;
  else if (typeof raw === 'string') {
    const text = raw.trim();
    // Only JSON-looking text is parsed as JSON: the HTTP API's `[admin jury]` would just throw (and costs).
    let parsed: unknown;
    if (/^(\[\s*)?"/.test(text)) {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
    }
    names = Array.isArray(parsed) ? parsed : typeof parsed === 'string' ? [parsed] : text.replace(/^\[|\]$/g, '').split(/[\s,]+/);
  }
  return [...new Set(names.filter((n): n is Role => typeof n === 'string' && (ROLES as readonly string[]).includes(n)))];
};

type JwtClaims = Record<string, string | number | boolean | string[]>;

/** Read once per event: the role check, the handler and the access log all ask. */
const callers = new WeakMap<APIGatewayProxyEventV2, Caller | undefined>();

export const callerFromEvent = (event: APIGatewayProxyEventV2): Caller | undefined => {
  if (!callers.has(event)) callers.set(event, readCaller(event));
  return callers.get(event);
};

const readCaller = (event: APIGatewayProxyEventV2): Caller | undefined => {
  const claims = (event.requestContext as { authorizer?: { jwt?: { claims?: JwtClaims } } }).authorizer?.jwt?.claims;
  const sub = claims?.sub;
  if (typeof sub !== 'string' || sub === '') return undefined;
  // Only ID tokens name a person's groups for this app: Cognito's access tokens pass the HTTP API's
  // JWT authorizer too (it checks `client_id` when there is no `aud`), so they are refused here.
  if (claims?.token_use !== 'id') return undefined;
  const institutionId = claims?.[INSTITUTION_CLAIM];
  return {
    userId: sub,
    groups: parseGroups(claims?.[GROUPS_CLAIM]),
    ...(typeof institutionId === 'string' && institutionId !== '' ? { institutionId } : {}),
  };
};

/** Claims as API Gateway's HTTP API JWT authorizer hands them to a Lambda: arrays flattened to
 * `[a b]`, everything else a string. The local server uses this so handlers see what production sees. */
export const flattenClaimsLikeHttpApi = (payload: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(payload).map(([k, v]) => [k, Array.isArray(v) ? `[${v.join(' ')}]` : typeof v === 'object' ? JSON.stringify(v) : String(v)]),
  );
