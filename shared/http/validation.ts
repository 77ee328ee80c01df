import * as z from 'zod/mini';
import { invalidInput, type ErrorDetail } from '../errors';
import { issueMessageKey, msg } from '../messages/catalogue';

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
 * stored as UTF-8 or shown to anyone. */
const LONE_SURROGATE = /\p{Cs}/u;

/** The paths of strings (values or keys) that are not well-formed Unicode. */
const illFormed = (value: unknown, path: (string | number)[] = [], found: ErrorDetail[] = []): ErrorDetail[] => {
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) found.push({ path, message: msg('ILL_FORMED_TEXT'), code: 'invalid_string' });
  } else if (Array.isArray(value)) value.forEach((v, i) => illFormed(v, [...path, i], found));
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (LONE_SURROGATE.test(k)) found.push({ path: [...path, k], message: msg('ILL_FORMED_FIELD_NAME'), code: 'invalid_key' });
      illFormed(v, [...path, k], found);
    }
  return found;
};

/** Parses with a zod schema or throws a 400 naming every failing field. */
export const parseOr400 = <S extends z.core.$ZodType>(schema: S, value: unknown, where: 'path' | 'query' | 'body'): z.infer<S> => {
  const result = z.safeParse(schema, value, { reportInput: true });
  if (!result.success) throw invalidInput(issuesToDetails(result.error.issues, [where]), msg('INVALID_REQUEST_PART', { part: where }), false);
  const broken = illFormed(result.data, [where]);
  if (broken.length) throw invalidInput(broken, msg('INVALID_REQUEST_PART', { part: where }), false);
  return result.data;
};
