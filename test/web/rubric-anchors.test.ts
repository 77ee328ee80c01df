/** The score sheet spells out levels 1–5 of every criterion of the seed rubric, in both languages;
 * a criterion an edition adds later gets the generic scale rather than nothing. */
import { seedEdition } from '#shared/domain/seed-edition';
import { anchorsOf } from '#web/src/i18n/rubric-anchors';

const keys = [...new Set([...seedEdition.rubric.assessment, ...seedEdition.rubric.presentation].map((c) => c.key))];

test.each(keys.flatMap((k) => [[k, 'id'], [k, 'en']] as const))('%s (%s): what it asks and five distinct levels', (key, language) => {
  const anchors = anchorsOf(key, language);
  expect(anchors).not.toBe(anchorsOf('kriteria-baru', language));
  expect(anchors.asks.length).toBeGreaterThan(20);
  expect(anchors.levels).toHaveLength(5);
  expect(new Set(anchors.levels.map(([, means]) => means)).size).toBe(5);
  for (const [name, means] of anchors.levels) expect(name && means.length > 10).toBeTruthy();
});

test('the levels are named the same for every criterion, from very poor to very good', () => {
  expect(anchorsOf('kebaruan', 'id').levels.map(([name]) => name)).toEqual(['Sangat kurang', 'Kurang', 'Cukup', 'Baik', 'Sangat baik']);
  expect(anchorsOf('penguasaan', 'en').levels.map(([name]) => name)).toEqual(['Very poor', 'Poor', 'Fair', 'Good', 'Very good']);
});

test('an unknown criterion gets the generic scale, in the reader’s language', () => {
  expect(anchorsOf('inklusivitas', 'id').levels[4]![1]).toBe('Seluruhnya terpenuhi, dengan bukti kuat.');
  expect(anchorsOf('inklusivitas', 'en').levels[0]![1]).toBe('No evidence at all.');
});
