import { invalidInput } from '#shared/errors';
import { msg } from '#shared/messages/catalogue';

/** The version an `If-Match: "3"` header asks for, if any. */
export const ifMatchVersion = (headers: Record<string, string | undefined>): number | undefined => {
  const raw = headers['if-match'];
  if (raw === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(raw.trim());
  if (!match) throw invalidInput([{ path: ['headers', 'if-match'], message: msg('IF_MATCH_FORMAT') }], undefined, false);
  return Number(match[1]);
};
