/**
 * Business days: every day except the weekend days and the holidays given. Counting is O(log h)
 * per range (whole weeks by arithmetic, holidays by binary search), so phasing a plan by
 * business days costs the same for a week as for a decade.
 */
import { type IssuePath, invalid } from './errors.js';
import { type CalendarDay, type DateInput, toDay, weekday } from './dates.js';

/** Which days are not worked. */
export interface BusinessCalendarOptions {
  /** Weekend days, 0 = Sunday … 6 = Saturday. Default `[0, 6]`. */
  weekend?: readonly number[] | undefined;
  /** Holidays, as dates. Holidays that fall on a weekend day change nothing. */
  holidays?: readonly DateInput[] | undefined;
}

/** A validated business calendar. @internal */
export interface BusinessCalendar {
  /** `isWeekend[d]` for d = 0 (Sunday) … 6. */
  readonly isWeekend: readonly boolean[];
  /** Working days per week. */
  readonly perWeek: number;
  /** Holidays on working weekdays, sorted, unique. */
  readonly holidays: readonly CalendarDay[];
}

/** Validates weekend days and holidays. @internal */
export function toBusinessCalendar(options: BusinessCalendarOptions | undefined, path: IssuePath): BusinessCalendar {
  const weekendInput = options?.weekend ?? [0, 6];
  if (!Array.isArray(weekendInput))
    invalid([...path, 'weekend'], 'must be an array of weekday numbers (0 = Sunday … 6 = Saturday)', weekendInput);
  const isWeekend = [false, false, false, false, false, false, false];
  weekendInput.forEach((d, i) => {
    if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d > 6) {
      invalid([...path, 'weekend', i], 'must be a weekday number from 0 (Sunday) to 6 (Saturday)', d);
    }
    isWeekend[d] = true;
  });
  const perWeek = isWeekend.filter((w) => !w).length;
  const holidaysInput = options?.holidays ?? [];
  if (!Array.isArray(holidaysInput)) invalid([...path, 'holidays'], 'must be an array of dates', holidaysInput);
  const holidaySet = new Set<CalendarDay>();
  holidaysInput.forEach((h, i) => {
    const day = toDay(h, [...path, 'holidays', i]);
    if (!isWeekend[weekday(day)]) holidaySet.add(day);
  });
  const holidays = [...holidaySet].sort((a, b) => a - b);
  return { isWeekend, perWeek, holidays };
}

/** Whether a day is a working day. @internal */
export function isBusinessDay(calendar: BusinessCalendar, day: CalendarDay): boolean {
  if (calendar.isWeekend[weekday(day)]) return false;
  const i = lowerBound(calendar.holidays, day);
  return calendar.holidays[i] !== day;
}

/** Working days from `start` to `end`, both inclusive (0 when `end < start`). @internal */
export function countBusinessDays(calendar: BusinessCalendar, start: CalendarDay, end: CalendarDay): number {
  if (end < start) return 0;
  const days = end - start + 1;
  const weeks = Math.floor(days / 7);
  let count = weeks * calendar.perWeek;
  // The remaining days (fewer than 7) start on the weekday of start + 7·weeks.
  const first = weekday(start + weeks * 7);
  for (let k = 0; k < days - weeks * 7; k += 1) {
    if (!calendar.isWeekend[(first + k) % 7]) count += 1;
  }
  return count - (lowerBound(calendar.holidays, end + 1) - lowerBound(calendar.holidays, start));
}

/** Index of the first element not less than `value` in a sorted array. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
