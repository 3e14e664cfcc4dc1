import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import {
  addMonthsToDay,
  civilFromDay,
  dateProblem,
  dayFromCivil,
  daysInMonth,
  formatDay,
  isoWeekOf,
  isoWeekStart,
  isoWeeksInYear,
  toDay,
  weekday,
} from '../../src/core/dates.js';
import { BAD_DATES, expectSalesOpsError } from '../helpers/bad-input.js';
import { isoDate } from '../helpers/arbitraries.js';

const day = (text: string): number => toDay(text, ['d']);

describe('calendar days', () => {
  test('parse and format', () => {
    expect(day('1970-01-01')).toBe(0);
    expect(day('1970-01-02')).toBe(1);
    expect(day('1969-12-31')).toBe(-1);
    expect(day('2000-03-01') - day('2000-02-28')).toBe(2); // 2000 is a leap year
    expect(day('1900-03-01') - day('1900-02-28')).toBe(1); // 1900 is not
    expect(formatDay(day('2026-11-27'))).toBe('2026-11-27');
    expect(formatDay(day('0001-01-01'))).toBe('0001-01-01');
    expect(formatDay(day('9999-12-31'))).toBe('9999-12-31');
  });

  test('Dates are read in UTC', () => {
    expect(toDay(new Date('2026-03-29T23:30:00Z'), ['d'])).toBe(day('2026-03-29'));
    expect(toDay(new Date('2026-03-29T00:00:00-05:00'), ['d'])).toBe(day('2026-03-29'));
    expect(toDay(new Date(Date.UTC(1969, 11, 31, 23, 59)), ['d'])).toBe(-1);
  });

  test.each(BAD_DATES.map((v) => [v]))('rejects %s', (value) => {
    expectSalesOpsError(() => toDay(value, ['invoices', 0, 'dueDate']), 'INVALID_INPUT', ['invoices', 0, 'dueDate']);
  });

  test('explains the problem', () => {
    expect(dateProblem('2026-02-29')).toBe('is not a calendar date');
    expect(dateProblem('2028-02-29')).toBeUndefined();
    expect(dateProblem('26-01-01')).toBe("must be a date written 'YYYY-MM-DD'");
    expect(dateProblem(new Date(Number.NaN))).toBe('is an invalid Date');
    expect(dateProblem(new Date(Date.UTC(10000, 0, 1)))).toBe('must be between 0001-01-01 and 9999-12-31');
    expect(dateProblem(5)).toBe("must be a date: a 'YYYY-MM-DD' string or a Date");
  });

  test('civil conversion agrees with Date.UTC everywhere', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719162, max: 2932896 }), (n) => {
        const { year, month, day: d } = civilFromDay(n);
        expect(dayFromCivil(year, month, d)).toBe(n);
        const date = new Date(n * 86_400_000);
        expect([year, month, d]).toEqual([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]);
        expect(weekday(n)).toBe(date.getUTCDay());
      }),
    );
  });

  test('the fast and the slow parser agree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const valid = dateProblem(text) === undefined;
        if (valid) expect(formatDay(toDay(text, ['d']))).toBe(text);
        else expect(() => toDay(text, ['d'])).toThrow();
      }),
    );
  });

  test('month lengths, month arithmetic with clamping', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(formatDay(addMonthsToDay(day('2026-01-31'), 1))).toBe('2026-02-28');
    expect(formatDay(addMonthsToDay(day('2028-01-31'), 1))).toBe('2028-02-29');
    expect(formatDay(addMonthsToDay(day('2026-03-31'), -1))).toBe('2026-02-28');
    expect(formatDay(addMonthsToDay(day('2026-11-15'), 14))).toBe('2028-01-15');
  });

  test('ISO weeks', () => {
    // ISO 8601: the week with the year's first Thursday is week 1.
    expect(isoWeekOf(day('2026-01-01'))).toEqual({ year: 2026, week: 1 });
    expect(isoWeekOf(day('2027-01-01'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeekOf(day('2024-12-30'))).toEqual({ year: 2025, week: 1 });
    expect(formatDay(isoWeekStart(2026, 5))).toBe('2026-01-26');
    expect(formatDay(isoWeekStart(2025, 1))).toBe('2024-12-30');
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
  });
});

// The same computations under time zones with large offsets, odd offsets, daylight saving at
// midnight and whole skipped days (Samoa skipped 2011-12-30; Kiribati 1994-12-31).
describe('results never depend on the machine’s time zone', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });
  const zones = [
    'UTC',
    'Pacific/Apia',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'America/Sao_Paulo',
    'Asia/Kathmandu',
    'America/Santiago',
    'Asia/Tehran',
    'Europe/London',
  ];

  function snapshot(): unknown {
    const days = [
      '2011-12-29',
      '2011-12-30',
      '2011-12-31',
      '1994-12-31',
      '2018-11-04',
      '2026-03-29',
      '2026-10-25',
      '2027-01-01',
      '2024-02-29',
    ];
    return days.map((text) => {
      const n = day(text);
      return [
        formatDay(n),
        weekday(n),
        isoWeekOf(n),
        formatDay(addMonthsToDay(n, 1)),
        formatDay(addMonthsToDay(n, -13)),
        daysInMonth(civilFromDay(n).year, civilFromDay(n).month),
      ];
    });
  }

  test('the same answers in every zone', () => {
    process.env.TZ = 'UTC';
    const reference = snapshot();
    for (const zone of zones) {
      process.env.TZ = zone;
      expect(snapshot(), zone).toEqual(reference);
    }
  });

  test('random dates, in a zone with a skipped day', () => {
    process.env.TZ = 'Pacific/Apia';
    fc.assert(
      fc.property(isoDate({ fromYear: 1990, toYear: 2035 }), fc.integer({ min: -30, max: 30 }), (text, months) => {
        const n = day(text);
        expect(formatDay(n)).toBe(text);
        const shifted = new Date(Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1 + months, 1));
        const added = civilFromDay(addMonthsToDay(n, months));
        expect([added.year, added.month]).toEqual([shifted.getUTCFullYear(), shifted.getUTCMonth() + 1]);
      }),
    );
  });
});
