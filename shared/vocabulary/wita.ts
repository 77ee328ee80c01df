/** WITA (Asia/Makassar) is UTC+8 all year: no daylight saving, so a fixed offset is exact. */
export const TIME_ZONE = 'Asia/Makassar';
const OFFSET_MS = 8 * 3600_000;

/** An instant as ISO 8601 with the WITA offset, to the second: `2023-10-11T00:00:00+08:00`. */
export const toWita = (instant: Date | number): string => {
  const ms = typeof instant === 'number' ? instant : instant.getTime();
  return new Date(Math.floor(ms / 1000) * 1000 + OFFSET_MS).toISOString().slice(0, 19) + '+08:00';
};

/** The WITA wall-clock fields of an instant, written as an ISO local time without offset
 * (what EventBridge Scheduler's `at(...)` expects together with `Asia/Makassar`). */
export const witaWallClock = (instant: Date | number | string): string => toWita(new Date(instant)).slice(0, 19);

/** Milliseconds truncated to the whole second: the calendar is decided to the second. */
export const toSecond = (instant: Date | number | string): number => Math.floor(new Date(instant).getTime() / 1000) * 1000;
