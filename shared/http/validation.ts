import * as z from 'zod/mini';
import { invalidInput, type ErrorDetail } from '#shared/errors';
import { issueMessageKey, msg } from '#shared/messages/catalogue';
import { RESERVED_KEYS } from '#shared/schemas/common.schema';
import { ESCAPED_BYTE } from './utf8';

const pathOf = (path: PropertyKey[]) => path.map((p) => (typeof p === 'symbol' ? String(p) : p));

/** zod issues as error details; an unknown-keys issue becomes one detail per key, named in its path.
 * A schema's own message keeps its catalogue key; zod's own messages are worded later in zod's
 * locale for the reader's language (the issue needs its `input` for that: parse with `reportInput`). */
export const issuesToDetails = (issues: readonly z.core.$ZodIssue[], prefix: (string | number)[] = []): ErrorDetail[] =>
  issues.flatMap((i): ErrorDetail[] => {
    if (i.code === 'unrecognized_keys')
      return i.keys.map((key) => ({ path: [...prefix, ...pathOf(i.path), key], message: msg('UNKNOWN_FIELD', { field: key }), code: i.code }));
    const key = issueMessageKey(i);
    return [{ path: [...prefix, ...pathOf(i.path)], message: key ? msg(key) : msg('ZOD_ISSUE', { issue: i }), code: i.code }];
  });

/** A lone UTF-16 surrogate: JSON can carry one (`"\ud800"`), but it is no text — it cannot be
 * stored as UTF-8 or shown to anyone. Bytes of a body that were not UTF-8 arrive as such surrogates
 * too (`decodeUtf8`). */
const LONE_SURROGATE = /\p{Cs}/u;

/** What every request part is checked for before its schema, whatever the route: strings (values and
 * keys) that are not well-formed Unicode — bytes that were not UTF-8 named as such when the body had
 * some — and keys that reach the prototype (`__proto__`, `constructor`, `prototype`), in any object
 * however deep, strict object or map. Each problem names its path. */
const hygieneProblems = (input: unknown, invalidBytes: boolean, root: (string | number)[]): ErrorDetail[] => {
  // Iterative, with paths as parent links made into arrays only for a problem: a body of 20,000
  // nested arrays must neither overflow the stack nor copy a long path at every level.
  interface At {
    parent?: At;
    step?: string | number;
  }
  const pathTo = (at: At): (string | number)[] => {
    const steps: (string | number)[] = [];
    for (let a: At | undefined = at; a?.parent; a = a.parent) steps.push(a.step!);
    return [...root, ...steps.reverse()];
  };
  const found: ErrorDetail[] = [];
  const text = (s: string, at: At, isKey: boolean) => {
    if (!LONE_SURROGATE.test(s)) return;
    const fromBytes = invalidBytes && ESCAPED_BYTE.test(s);
    const message = fromBytes ? msg(isKey ? 'INVALID_UTF8_FIELD_NAME' : 'INVALID_UTF8') : msg(isKey ? 'ILL_FORMED_FIELD_NAME' : 'ILL_FORMED_TEXT');
    found.push({ path: pathTo(at), message, code: fromBytes ? 'invalid_utf8' : isKey ? 'invalid_key' : 'invalid_string' });
  };
  // Breadth first, through a list that only grows (a body is at most 64 KiB).
  const pending: [unknown, At][] = [[input, {}]];
  for (let next = 0; next < pending.length; next += 1) {
    const [value, at] = pending[next];
    if (typeof value === 'string') text(value, at, false);
    else if (Array.isArray(value)) value.forEach((v, i) => pending.push([v, { parent: at, step: i }]));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        const child = { parent: at, step: k };
        if (RESERVED_KEYS.has(k)) found.push({ path: pathTo(child), message: msg('RESERVED_KEY'), code: 'invalid_key' });
        text(k, child, true);
        pending.push([v, child]);
      }
  }
  return found;
};

/** Parses with a zod schema or throws a 400 naming every failing field. Ill-formed text, bytes that
 * were not UTF-8 (`invalidBytes`: the body had some) and reserved keys are refused first, on the
 * input as sent, so no schema can let one through. */
export const parseOr400 = <S extends z.core.$ZodType>(schema: S, value: unknown, where: 'path' | 'query' | 'body', invalidBytes = false): z.infer<S> => {
  const broken = hygieneProblems(value, invalidBytes, [where]);
  if (broken.length) throw invalidInput(broken, msg('INVALID_REQUEST_PART', { part: where }), false);
  const result = z.safeParse(schema, value, { reportInput: true });
  if (!result.success) throw invalidInput(issuesToDetails(result.error.issues, [where]), msg('INVALID_REQUEST_PART', { part: where }), false);
  return result.data;
};
