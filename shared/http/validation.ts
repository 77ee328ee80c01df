import type { z } from 'zod';
import { invalidInput, type ErrorDetail } from '../errors';

export const issuesToDetails = (issues: readonly z.core.$ZodIssue[], prefix: (string | number)[] = []): ErrorDetail[] =>
  issues.map((i) => ({ path: [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: i.message, code: i.code }));

/** Parses with a zod schema or throws a 400 naming every failing field. */
export const parseOr400 = <S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> => {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(issuesToDetails(result.error.issues, [where]), `Invalid ${where}`);
  return result.data;
};
