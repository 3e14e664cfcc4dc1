import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type GradeRecord, gradeTransitionMatrix, GradeTransitionOptionsSchema } from 'salesops-kit/credit';
import { isoDate } from '../helpers/arbitraries.js';
import { BAD_DATES, BAD_IDS, expectPure, expectRejectsAt, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';

const GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'];

describe('gradeTransitionMatrix', () => {
  test('counts, row-normalised rates and moves; grade at a date is the latest on or before it', () => {
    const history: GradeRecord[] = [
      { customerId: 'a', date: '2025-01-01', grade: 'A' },
      { customerId: 'a', date: '2025-06-01', grade: 'BBB' },
      { customerId: 'a', date: '2026-06-01', grade: 'C' }, // after `to`: ignored
      { customerId: 'b', date: '2024-12-01', grade: 'A' },
      { customerId: 'c', date: '2025-01-01', grade: 'BBB' },
      { customerId: 'c', date: '2025-12-31', grade: 'A' },
      { customerId: 'd', date: '2025-03-01', grade: 'BB' }, // first graded after `from`
    ];
    const m = gradeTransitionMatrix(history, { from: '2025-01-01', to: '2025-12-31' });
    expect(m.grades).toEqual(GRADES);
    expect(m.counts[2]).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0]);
    expect(m.counts[3]).toEqual([0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(m.rates[2]).toEqual([0, 0, 0.5, 0.5, 0, 0, 0, 0, 0]);
    expect(m.rates[0]).toEqual(new Array(9).fill(0));
    expect(m.rowTotals).toEqual([0, 0, 2, 1, 0, 0, 0, 0, 0]);
    expect(m).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
      customers: 3,
      upgraded: 1,
      downgraded: 1,
      unchanged: 1,
      newlyRated: 1,
    });
  });

  test('dates default to the first and last in the history; special customer ids', () => {
    const history = SPECIAL_IDS.flatMap((customerId, i) => [
      { customerId, date: '2025-01-01', grade: 'AA' },
      { customerId, date: '2025-12-01', grade: GRADES[i] as string },
    ]);
    const m = gradeTransitionMatrix(history);
    expect(m).toMatchObject({ from: '2025-01-01', to: '2025-12-01', customers: 6, upgraded: 1, unchanged: 1, downgraded: 4 });
    expect(m.counts[1]).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 0]);
  });

  test('property: rows of rates sum to 1 (or 0), counts add up to the customers', () => {
    const record = fc.record({
      customerId: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      date: isoDate({ fromYear: 2024, toYear: 2026 }),
      grade: fc.constantFrom(...GRADES),
    });
    fc.assert(
      fc.property(fc.uniqueArray(record, { minLength: 2, maxLength: 30, selector: (r) => `${r.customerId}|${r.date}` }), (history) => {
        const dates = history.map((h) => h.date).sort();
        fc.pre(dates[0] !== dates[dates.length - 1]);
        const m = gradeTransitionMatrix(history);
        for (const row of m.rates) {
          const sum = row.reduce((a, b) => a + b, 0);
          expect(sum === 0 || Math.abs(sum - 1) < 1e-12).toBe(true);
        }
        expect(m.counts.flat().reduce((a, b) => a + b, 0)).toBe(m.customers);
        expect(m.upgraded + m.downgraded + m.unchanged).toBe(m.customers);
        expect(gradeTransitionMatrix([...history].reverse())).toEqual(m);
      }),
    );
  });

  test('purity', () => {
    expectPure(
      gradeTransitionMatrix,
      [
        { customerId: 'a', date: '2025-01-01', grade: 'A' },
        { customerId: 'a', date: '2025-02-01', grade: 'B' },
      ],
      { grades: ['A', 'B'] },
    );
  });

  test('bad input', () => {
    const base: GradeRecord[] = [
      { customerId: 'a', date: '2025-01-01', grade: 'A' },
      { customerId: 'a', date: '2025-02-01', grade: 'B' },
    ];
    expectRejectsAt((h) => gradeTransitionMatrix(h), base, [0, 'customerId'], { values: BAD_IDS, prefix: ['history'] });
    expectRejectsAt((h) => gradeTransitionMatrix(h), base, [0, 'date'], { values: BAD_DATES, prefix: ['history'] });
    expectRejectsAt((h) => gradeTransitionMatrix(h), base, [0, 'grade'], { values: ['Z', '', null, 1], prefix: ['history'] });
    expectSalesOpsError(() => gradeTransitionMatrix([]), 'INVALID_INPUT', ['history']);
    expectSalesOpsError(() => gradeTransitionMatrix([null as never]), 'INVALID_INPUT', ['history', 0]);
    expectSalesOpsError(() => gradeTransitionMatrix(base, { from: '2025-02-01', to: '2025-01-01' }), 'INVALID_INPUT', ['options', 'to']);
    expectSalesOpsError(() => gradeTransitionMatrix([base[0] as GradeRecord]), 'INVALID_INPUT', ['options', 'to']);
    expectSalesOpsError(() => gradeTransitionMatrix(base, { from: '2025-02-30' }), 'INVALID_INPUT', ['options', 'from']);
    expectSalesOpsError(() => gradeTransitionMatrix(base, { grades: [] }), 'INVALID_INPUT', ['options', 'grades']);
    expectSalesOpsError(() => gradeTransitionMatrix(base, { form: '2025-01-01' } as never), 'INVALID_INPUT', ['options', 'form']);
    expect(GradeTransitionOptionsSchema.safeParse({ to: 'soon' }).success).toBe(false);
  });

  test('DUPLICATE_ID when a customer has two grades on one date', () => {
    expectSalesOpsError(
      () =>
        gradeTransitionMatrix([
          { customerId: 'a', date: '2025-01-01', grade: 'A' },
          { customerId: 'b', date: '2025-01-01', grade: 'A' },
          { customerId: 'a', date: '2025-01-01', grade: 'B' },
          { customerId: 'b', date: '2025-05-01', grade: 'B' },
        ]),
      'DUPLICATE_ID',
      ['history', 2, 'date'],
    );
  });
});
