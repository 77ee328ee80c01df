import type { z } from 'zod';
import { invalidInput, type ErrorDetail } from '../errors';

const pathOf = (path: PropertyKey[]) => path.map((p) => (typeof p === 'symbol' ? String(p) : p));

/** zod issues as error details; an unknown-keys issue becomes one detail per key, named in its path. */
export const issuesToDetails = (issues: readonly z.core.$ZodIssue[], prefix: (string | number)[] = []): ErrorDetail[] =>
  issues.flatMap((i): ErrorDetail[] =>
    i.code === 'unrecognized_keys'
      ? i.keys.map((key) => ({ path: [...prefix, ...pathOf(i.path), key], message: `${key} is not a known field`, code: i.code }))
      : [{ path: [...prefix, ...pathOf(i.path)], message: i.message, code: i.code }],
  );

/** Parses with a zod schema or throws a 400 naming every failing field. */
export const parseOr400 = <S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> => {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(issuesToDetails(result.error.issues, [where]), `Invalid ${where}`);
  return result.data;
};
