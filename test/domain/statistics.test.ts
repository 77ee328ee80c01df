/** The dashboard's figures: counted per category and status, drafts against submissions, per WITA
 * day (a registration at 23:30 UTC is the next day in Kukar), and the compliance share. */
import { editionStatistics, type EntryFacts } from '#shared/domain/statistics';

const entry = (over: Partial<EntryFacts>): EntryFacts => ({ category: 'OPD', status: 'DRAFT', createdAt: '2023-10-11T09:00:00+08:00', ...over });

test('an edition with no entries has zero everywhere, every category listed, no days, and no share without a registry', () => {
  const s = editionStatistics('pik-2023', ['OPD', 'GURU'], [], { total: 0, compliant: 0 });
  expect(s).toMatchObject({ editionId: 'pik-2023', total: 0, submitted: 0, drafts: 0, perDay: [], compliance: { total: 0, compliant: 0, share: null } });
  expect(s.byCategory.map((c) => [c.category, c.total])).toEqual([['OPD', 0], ['GURU', 0]]);
  expect(Object.values(s.byStatus).every((n) => n === 0)).toBe(true);
  expect(Object.keys(s.byStatus)).toHaveLength(8);
});

test('entries are counted per category and status; drafts and submissions add up to the total', () => {
  const entries = [
    entry({ status: 'DRAFT' }),
    entry({ status: 'SUBMITTED', submittedAt: '2023-10-12T10:00:00+08:00' }),
    entry({ status: 'ELIGIBLE', submittedAt: '2023-10-12T11:00:00+08:00' }),
    entry({ category: 'GURU', status: 'NOT_SUBMITTED' }),
    entry({ category: 'GURU', status: 'WINNER', submittedAt: '2023-10-13T08:00:00+08:00' }),
  ];
  const s = editionStatistics('pik-2023', ['OPD', 'GURU', 'SISWA'], entries, { total: 4, compliant: 1 });
  expect(s.total).toBe(5);
  expect(s.submitted).toBe(3);
  expect(s.drafts).toBe(2);
  expect(s.byStatus).toMatchObject({ DRAFT: 1, SUBMITTED: 1, ELIGIBLE: 1, NOT_SUBMITTED: 1, WINNER: 1, NOMINATED: 0 });
  expect(s.byCategory).toEqual([
    { category: 'OPD', total: 3, byStatus: expect.objectContaining({ DRAFT: 1, SUBMITTED: 1, ELIGIBLE: 1, WINNER: 0 }) },
    { category: 'GURU', total: 2, byStatus: expect.objectContaining({ NOT_SUBMITTED: 1, WINNER: 1 }) },
    { category: 'SISWA', total: 0, byStatus: expect.objectContaining({ DRAFT: 0 }) },
  ]);
  expect(s.compliance).toEqual({ total: 4, compliant: 1, share: 0.25 });
});

test('days are WITA days, every day between the first and the last is there, and submissions are counted on their own day', () => {
  const entries = [
    // 23:30 UTC on the 10th is 07:30 on the 11th in WITA.
    entry({ createdAt: '2023-10-10T23:30:00Z' }),
    entry({ createdAt: '2023-10-11T23:59:59+08:00', status: 'SUBMITTED', submittedAt: '2023-10-13T00:00:00+08:00' }),
  ];
  expect(editionStatistics('e', ['OPD'], entries, { total: 1, compliant: 0 }).perDay).toEqual([
    { day: '2023-10-11', registered: 2, submitted: 0 },
    { day: '2023-10-12', registered: 0, submitted: 0 },
    { day: '2023-10-13', registered: 0, submitted: 1 },
  ]);
});

test('an entry of a category the edition no longer lists still counts in the totals', () => {
  const s = editionStatistics('e', ['OPD'], [entry({ category: 'PEMUDA' })], { total: 0, compliant: 0 });
  expect(s.total).toBe(1);
  expect(s.byCategory).toEqual([{ category: 'OPD', total: 0, byStatus: expect.any(Object) }]);
});
