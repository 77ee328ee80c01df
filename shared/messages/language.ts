/** The languages people read the API's messages in: Indonesian by default, English on request. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'id';

/** Primary language subtags and the language they get (`in` is the withdrawn ISO 639 code for
 * Indonesian, still sent by some older Android phones). */
const PRIMARY: Record<string, Language> = { id: 'id', in: 'id', en: 'en' };

/** A quality value (`q=0.8`): 0 to 1 with at most three decimals; undefined when malformed. */
const quality = (params: string[]): number | undefined => {
  const q = params.map((p) => p.trim()).find((p) => /^q\s*=/i.test(p));
  if (q === undefined) return 1;
  const value = q.replace(/^q\s*=\s*/i, '');
  return /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value) ? Number(value) : undefined;
};

/** The language an `Accept-Language` header prefers among those the messages are written in
 * (RFC 9110 §12.5.4): each range weighs its q (1 when absent); a language weighs the highest q of the
 * ranges naming it (`en`, `en-US`, `EN-gb`…), or else that of `*`; the heaviest above 0 wins, a tie
 * going to Indonesian. Missing, malformed or unknown ranges leave Indonesian. */
export const preferredLanguage = (header: string | undefined): Language => {
  if (!header) return DEFAULT_LANGUAGE;
  const named = new Map<Language, number>();
  let wildcard = 0;
  for (const part of header.split(',')) {
    const [range = '', ...params] = part.split(';');
    const tag = range.trim().toLowerCase();
    const q = quality(params);
    if (!tag || q === undefined) continue;
    if (tag === '*') wildcard = Math.max(wildcard, q);
    const language = PRIMARY[tag.split('-')[0]!];
    if (language) named.set(language, Math.max(named.get(language) ?? 0, q));
  }
  const weight = (l: Language) => named.get(l) ?? wildcard;
  const best = [DEFAULT_LANGUAGE, ...LANGUAGES.filter((l) => l !== DEFAULT_LANGUAGE)].reduce((a, b) => (weight(b) > weight(a) ? b : a));
  return weight(best) > 0 ? best : DEFAULT_LANGUAGE;
};

/** The preferred language of a request, from its headers in whatever case they arrive. */
export const requestLanguage = (headers: Record<string, string | string[] | undefined> | null | undefined): Language => {
  const found = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'accept-language')?.[1];
  return preferredLanguage(Array.isArray(found) ? found.join(',') : found);
};
