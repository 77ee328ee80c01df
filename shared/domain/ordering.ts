/** Ties among entries, judges and editions are broken by their ids in code-unit order: the same on
 * every machine and in every locale (unlike `localeCompare`), so a ranking computed twice agrees. */
export const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
