/** The named exports through which one stack reaches another: each stack declares its names once,
 * as `Kukar-<stage>-<suffix>`, and other stacks import them all by the same keys. */
import { Fn } from 'aws-cdk-lib';

/** `{ tableName: 'TableName' }` → `{ tableName: 'Kukar-dev-TableName' }`. */
export const exportNames = <K extends string>(stage: string, suffixes: Record<K, string>): Record<K, string> =>
  Object.fromEntries(Object.entries<string>(suffixes).map(([key, suffix]) => [key, `Kukar-${stage}-${suffix}`])) as Record<K, string>;

/** The value of every export of `names`, for use in another stack (which must depend on the exporting one). */
export const importExports = <K extends string>(names: Record<K, string>): Record<K, string> =>
  Object.fromEntries(Object.entries<string>(names).map(([key, name]) => [key, Fn.importValue(name)])) as Record<K, string>;
