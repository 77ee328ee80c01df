/** The web app writes instants in WITA the Indonesian way, whatever the phone's time zone. */
import { en } from '#web/src/i18n/en';
import { formatDate, formatWita } from '#web/src/i18n/dates';
import { id } from '#web/src/i18n/id';

test('an instant in WITA, the Indonesian way and the English way', () => {
  expect(formatWita('2023-10-11T00:00:00+08:00', id)).toBe('11 Oktober 2023 pukul 00.00 WITA');
  expect(formatWita('2023-11-20T04:00:00Z', id)).toBe('20 November 2023 pukul 12.00 WITA');
  expect(formatWita('2023-12-31T16:30:00Z', en)).toBe('1 January 2024 at 00:30 WITA');
});

test('a calendar date without a time', () => {
  expect(formatDate('2022-03-01', id)).toBe('1 Maret 2022');
  expect(formatDate('2022-08-17', en)).toBe('17 August 2022');
});
