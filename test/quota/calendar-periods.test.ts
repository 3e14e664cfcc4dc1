import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { periodsInRange, toFiscal } from '../../src/core/periods.js';
import { periodsBetween } from '../../src/quota/calendar-periods.js';

// The quota module's fast month/quarter/year periods must be exactly the core's.
describe('periodsBetween', () => {
  test('agrees with the core periodsInRange for every granularity, range and fiscal year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -800_000, max: 2_900_000 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.constantFrom('year', 'quarter', 'month', 'week', 'day') as fc.Arbitrary<'year' | 'quarter' | 'month' | 'week' | 'day'>,
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('endYear', 'startYear') as fc.Arbitrary<'endYear' | 'startYear'>,
        (start, length, granularity, startMonth, naming) => {
          const end = Math.min(start + (granularity === 'day' ? length % 60 : length), 2_932_000);
          const fiscal = toFiscal({ startMonth, naming }, ['fiscalYear']);
          expect(periodsBetween(start, end, granularity, fiscal)).toEqual(periodsInRange(start, end, granularity, fiscal));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('a range inside one period gives one cut slice', () => {
    const fiscal = toFiscal({ startMonth: 4 }, ['f']);
    const [q] = periodsBetween(20_550, 20_560, 'quarter', fiscal);
    expect(q?.period.start).toBeLessThanOrEqual(20_550);
    expect(q?.start).toBe(20_550);
    expect(q?.end).toBe(20_560);
  });
});
