import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDay, toDay } from '../../src/core/dates.js';
import { parsePeriodKey, periodOf, periodsInRange, slicesByPeriodOf, toFiscal } from '../../src/core/periods.js';
import { expectSalesOpsError } from '../helpers/bad-input.js';
import { isoDate } from '../helpers/arbitraries.js';

const day = (text: string): number => toDay(text, ['d']);
const show = (p: { key: string; start: number; end: number }): [string, string, string] => [p.key, formatDay(p.start), formatDay(p.end)];
const JULY = toFiscal({ startMonth: 7 }, ['fiscal']);

describe('period keys', () => {
  test.each([
    ['2026', '2026-01-01', '2026-12-31'],
    ['2026-Q1', '2026-01-01', '2026-03-31'],
    ['2026-Q4', '2026-10-01', '2026-12-31'],
    ['2026-02', '2026-02-01', '2026-02-28'],
    ['2028-02', '2028-02-01', '2028-02-29'],
    ['2026-W05', '2026-01-26', '2026-02-01'],
    ['2026-W53', '2026-12-28', '2027-01-03'],
    ['2026-01-15', '2026-01-15', '2026-01-15'],
  ])('%s runs from %s to %s', (key, start, end) => {
    expect(show(parsePeriodKey(key, ['period']))).toEqual([key, start, end]);
  });

  test.each(['2026-Q5', '2026-13', '2025-W53', '2026-W00', '2026-02-30', 'FY2026', '26', '2026-1', 'Q1-2026', '', 2026, null])(
    'rejects %s',
    (key) => {
      expectSalesOpsError(() => parsePeriodKey(key, ['period']), 'INVALID_INPUT', ['period']);
    },
  );

  test('fiscal years named after the year they end in (default) or start in', () => {
    expect(show(parsePeriodKey('FY2026', ['p'], JULY))).toEqual(['FY2026', '2025-07-01', '2026-06-30']);
    expect(show(parsePeriodKey('FY2026-Q1', ['p'], JULY))).toEqual(['FY2026-Q1', '2025-07-01', '2025-09-30']);
    expect(show(parsePeriodKey('FY2026-Q3', ['p'], JULY))).toEqual(['FY2026-Q3', '2026-01-01', '2026-03-31']);
    const startNamed = toFiscal({ startMonth: 4, naming: 'startYear' }, ['fiscal']);
    expect(show(parsePeriodKey('FY2026', ['p'], startNamed))).toEqual(['FY2026', '2026-04-01', '2027-03-31']);
    expect(show(periodOf(day('2027-02-10'), 'quarter', startNamed))).toEqual(['FY2026-Q4', '2027-01-01', '2027-03-31']);
    // A calendar key is not a fiscal key and vice versa.
    expectSalesOpsError(() => parsePeriodKey('2026', ['p'], JULY), 'INVALID_INPUT', ['p']);
  });

  test('fiscal options are validated', () => {
    expectSalesOpsError(() => toFiscal({ startMonth: 13 }, ['options', 'fiscalYear']), 'INVALID_INPUT', [
      'options',
      'fiscalYear',
      'startMonth',
    ]);
    expectSalesOpsError(() => toFiscal({ startMonth: 1.5 }, ['f']), 'INVALID_INPUT', ['f', 'startMonth']);
    expectSalesOpsError(() => toFiscal({ naming: 'middle' as never }, ['f']), 'INVALID_INPUT', ['f', 'naming']);
  });

  test('every day lies in exactly the period its key names', () => {
    fc.assert(
      fc.property(
        isoDate(),
        fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const),
        fc.integer({ min: 1, max: 12 }),
        (text, g, startMonth) => {
          const fiscal = toFiscal({ startMonth }, ['f']);
          const n = day(text);
          const period = periodOf(n, g, fiscal);
          expect(period.start).toBeLessThanOrEqual(n);
          expect(period.end).toBeGreaterThanOrEqual(n);
          expect(parsePeriodKey(period.key, ['p'], fiscal)).toEqual(period);
        },
      ),
    );
  });
});

describe('periodsInRange', () => {
  test('months of a range, partial at both ends', () => {
    const slices = periodsInRange(day('2026-01-15'), day('2026-04-10'), 'month');
    expect(slices.map(show)).toEqual([
      ['2026-01', '2026-01-15', '2026-01-31'],
      ['2026-02', '2026-02-01', '2026-02-28'],
      ['2026-03', '2026-03-01', '2026-03-31'],
      ['2026-04', '2026-04-01', '2026-04-10'],
    ]);
    expect(show(slices[0]?.period as never)).toEqual(['2026-01', '2026-01-01', '2026-01-31']);
  });

  test('ISO weeks across a year end', () => {
    const slices = periodsInRange(day('2026-12-24'), day('2027-01-06'), 'week');
    expect(slices.map((s) => s.key)).toEqual(['2026-W52', '2026-W53', '2027-W01']);
  });

  test('fiscal quarters', () => {
    const slices = periodsInRange(day('2025-07-01'), day('2026-06-30'), 'quarter', JULY);
    expect(slices.map(show)).toEqual([
      ['FY2026-Q1', '2025-07-01', '2025-09-30'],
      ['FY2026-Q2', '2025-10-01', '2025-12-31'],
      ['FY2026-Q3', '2026-01-01', '2026-03-31'],
      ['FY2026-Q4', '2026-04-01', '2026-06-30'],
    ]);
  });

  test('slices tile the range exactly', () => {
    fc.assert(
      fc.property(
        isoDate(),
        fc.integer({ min: 0, max: 800 }),
        fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const),
        (text, length, g) => {
          const start = day(text);
          const slices = periodsInRange(start, start + length, g);
          expect(slices[0]?.start).toBe(start);
          expect(slices[slices.length - 1]?.end).toBe(start + length);
          slices.forEach((s, i) => {
            if (i > 0) expect(s.start).toBe((slices[i - 1]?.end as number) + 1);
            expect(s.start).toBeGreaterThanOrEqual(s.period.start);
            expect(s.end).toBeLessThanOrEqual(s.period.end);
          });
        },
      ),
    );
  });

  test('the arithmetic route agrees with period-by-period for every granularity, range and fiscal year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -700_000, max: 2_900_000 }),
        fc.integer({ min: 0, max: 1200 }),
        fc.constantFrom('year', 'quarter', 'month' as const),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('endYear', 'startYear' as const),
        (start, length, granularity, startMonth, naming) => {
          const end = Math.min(start + length, 2_932_000);
          const fiscal = toFiscal({ startMonth, naming }, ['fiscalYear']);
          expect(periodsInRange(start, end, granularity, fiscal)).toEqual(slicesByPeriodOf(start, end, granularity, fiscal));
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('an empty range has no periods', () => {
    expect(periodsInRange(day('2026-02-01'), day('2026-01-31'), 'month')).toEqual([]);
  });
});
