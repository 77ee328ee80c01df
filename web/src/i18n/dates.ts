/** Dates as people in Kukar write them, in WITA whatever the phone's own time zone. */
import { toWita } from '../../../shared/vocabulary/wita';
import type { Dictionary } from './id';

type Words = Pick<Dictionary, 'months' | 'at' | 'timeSeparator'>;

/** An instant in WITA the Indonesian way: "11 Oktober 2023 pukul 00.00 WITA" (English: "at 00:00"). */
export const formatWita = (instant: string | number | Date, texts: Words): string => {
  const [date, time] = toWita(new Date(instant)).split('T') as [string, string];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${texts.months[m - 1]} ${y} ${texts.at} ${time.slice(0, 5).replace(':', texts.timeSeparator)} WITA`;
};

/** A calendar date (`YYYY-MM-DD`) the same way, without a time. */
export const formatDate = (isoDate: string, texts: Words): string => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${d} ${texts.months[m - 1]} ${y}`;
};
