import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countBusinessDays, isBusinessDay, toBusinessCalendar } from '../../src/core/business-days.js';
import { toDay } from '../../src/core/dates.js';
import { BAD_DATES, expectSalesOpsError } from '../helpers/bad-input.js';
import { isoDate } from '../helpers/arbitraries.js';

const day = (text: string): number => toDay(text, ['d']);

describe('business days', () => {
  const standard = toBusinessCalendar(undefined, ['options']);

  test('Monday to Friday by default', () => {
    // January 2026 has 22 weekdays.
    expect(countBusinessDays(standard, day('2026-01-01'), day('2026-01-31'))).toBe(22);
    expect(isBusinessDay(standard, day('2026-01-03'))).toBe(false); // Saturday
    expect(isBusinessDay(standard, day('2026-01-05'))).toBe(true); // Monday
  });

  test('holidays on weekdays count, holidays on weekends do not', () => {
    const calendar = toBusinessCalendar({ holidays: ['2026-01-01', '2026-01-03', '2026-01-01'] }, ['options']);
    expect(calendar.holidays).toHaveLength(1);
    expect(countBusinessDays(calendar, day('2026-01-01'), day('2026-01-31'))).toBe(21);
    expect(isBusinessDay(calendar, day('2026-01-01'))).toBe(false);
  });

  test('a Friday–Saturday weekend', () => {
    const gulf = toBusinessCalendar({ weekend: [5, 6] }, ['options']);
    expect(isBusinessDay(gulf, day('2026-01-04'))).toBe(true); // Sunday
    expect(isBusinessDay(gulf, day('2026-01-02'))).toBe(false); // Friday
  });

  test('counting agrees with checking day by day', () => {
    fc.assert(
      fc.property(
        isoDate(),
        fc.integer({ min: -3, max: 400 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 7 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 20 }),
        (text, length, weekend, offsets) => {
          const start = day(text);
          const holidays = offsets.map((o) => new Date((start + o) * 86_400_000));
          const calendar = toBusinessCalendar({ weekend, holidays }, ['o']);
          let expected = 0;
          for (let d = start; d <= start + length; d += 1) if (isBusinessDay(calendar, d)) expected += 1;
          expect(countBusinessDays(calendar, start, start + length)).toBe(expected);
        },
      ),
    );
  });

  test('bad calendars are rejected with the path', () => {
    expectSalesOpsError(() => toBusinessCalendar({ weekend: [7] }, ['options']), 'INVALID_INPUT', ['options', 'weekend', 0]);
    expectSalesOpsError(() => toBusinessCalendar({ weekend: [0, 1.5] }, ['options']), 'INVALID_INPUT', ['options', 'weekend', 1]);
    expectSalesOpsError(() => toBusinessCalendar({ weekend: 'sat' as never }, ['options']), 'INVALID_INPUT', ['options', 'weekend']);
    for (const bad of BAD_DATES) {
      expectSalesOpsError(() => toBusinessCalendar({ holidays: ['2026-01-01', bad as string] }, ['options']), 'INVALID_INPUT', [
        'options',
        'holidays',
        1,
      ]);
    }
  });
});
