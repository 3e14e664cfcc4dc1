/**
 * Calendar dates without time zones.
 *
 * Inside the library a date is a `CalendarDay`: the whole number of days since 1970-01-01. Days
 * compare with `<`, subtract to day counts and never shift with the machine's time zone or its
 * daylight-saving rules. Strings `'YYYY-MM-DD'` and `Date` objects (read in UTC, as the contract
 * says) are converted at the edge; results are written back as `'YYYY-MM-DD'`.
 *
 * Where calendar rules get intricate (month lengths, adding months, ISO weeks) we call date-fns,
 * on a `Date` subclass whose "local" fields are its UTC fields, so date-fns computes in UTC no
 * matter where the code runs — even in zones that skipped a whole day, such as Samoa in 2011.
 */
import { addMonths, getDaysInMonth, getISOWeek, getISOWeekYear, startOfISOWeekYear } from 'date-fns';
import { type IssuePath, invalid } from './errors.js';

/** A calendar date as accepted by the library: `'YYYY-MM-DD'`, or a `Date` read in UTC. */
export type DateInput = string | Date;

/** Days since 1970-01-01 (negative before). @internal */
export type CalendarDay = number;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** 0001-01-01 and 9999-12-31 as day numbers: the range the library accepts. */
const MIN_DAY = -719162;
const MAX_DAY = 2932896;

/**
 * A `Date` whose local-time accessors read and write its UTC fields, so that date-fns (which
 * works in local time) computes in UTC. Only used internally, never returned.
 * @internal
 */
export class UtcDate extends Date {
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getDay(): number {
    return this.getUTCDay();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
  override getMilliseconds(): number {
    return this.getUTCMilliseconds();
  }
  override getTimezoneOffset(): number {
    return 0;
  }
  override setFullYear(...args: [number, number?, number?]): number {
    return (Date.prototype.setUTCFullYear as (...a: number[]) => number).apply(this, args as number[]);
  }
  override setMonth(...args: [number, number?]): number {
    return (Date.prototype.setUTCMonth as (...a: number[]) => number).apply(this, args as number[]);
  }
  override setDate(date: number): number {
    return this.setUTCDate(date);
  }
  override setHours(...args: [number, number?, number?, number?]): number {
    return (Date.prototype.setUTCHours as (...a: number[]) => number).apply(this, args as number[]);
  }
  override setMinutes(...args: [number, number?, number?]): number {
    return (Date.prototype.setUTCMinutes as (...a: number[]) => number).apply(this, args as number[]);
  }
  override setSeconds(...args: [number, number?]): number {
    return (Date.prototype.setUTCSeconds as (...a: number[]) => number).apply(this, args as number[]);
  }
  override setMilliseconds(ms: number): number {
    return this.setUTCMilliseconds(ms);
  }
}

/** Day number of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`). @internal */
export function dayFromCivil(year: number, month: number, day: number): CalendarDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Year, month (1–12) and day of a day number (`civil_from_days`). @internal */
export function civilFromDay(dayNumber: CalendarDay): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Days in a month (1–12) of a year, by date-fns. @internal */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(utcDate(dayFromCivil(year, month, 1)));
}

/**
 * Explains why `value` is not a calendar date, or returns `undefined` when it is one. Shared by
 * {@link toDay} and the zod schemas.
 * @internal
 */
export function dateProblem(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    if (match === null) return "must be a date written 'YYYY-MM-DD'";
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (year < 1 || month < 1 || month > 12) return 'is not a calendar date';
    if (day < 1 || day > daysInMonth(year, month)) return 'is not a calendar date';
    return undefined;
  }
  if (value instanceof Date) {
    const time = value.getTime();
    if (Number.isNaN(time)) return 'is an invalid Date';
    const day = Math.floor(time / MS_PER_DAY);
    if (day < MIN_DAY || day > MAX_DAY) return 'must be between 0001-01-01 and 9999-12-31';
    return undefined;
  }
  return "must be a date: a 'YYYY-MM-DD' string or a Date";
}

/**
 * Reads a date as a day number; throws `INVALID_INPUT` at `path` when it is not a calendar date.
 * @internal
 */
export function toDay(value: unknown, path: IssuePath): CalendarDay {
  if (typeof value === 'string' && value.length === 10) {
    // Fast path: parse the digits directly (this runs once per transaction or invoice).
    const year = digits(value, 0, 4);
    const month = digits(value, 5, 7);
    const day = digits(value, 8, 10);
    if (
      value.charCodeAt(4) === 45 &&
      value.charCodeAt(7) === 45 &&
      year >= 1 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      (day <= 28 || day <= daysInMonthFast(year, month))
    ) {
      return dayFromCivil(year, month, day);
    }
  }
  const problem = dateProblem(value);
  if (problem !== undefined) invalid(path, problem, value);
  if (value instanceof Date) return Math.floor(value.getTime() / MS_PER_DAY);
  const [y, m, d] = (value as string).split('-').map(Number) as [number, number, number];
  return dayFromCivil(y, m, d);
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonthFast(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Writes a day number as `'YYYY-MM-DD'`. @internal */
export function formatDay(dayNumber: CalendarDay): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Day of the week: 0 = Sunday … 6 = Saturday (as `Date#getDay`). @internal */
export function weekday(dayNumber: CalendarDay): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** The day number as a UTC-reading `Date` for date-fns. @internal */
export function utcDate(dayNumber: CalendarDay): UtcDate {
  return new UtcDate(dayNumber * MS_PER_DAY);
}

/** The day number of a `Date`'s UTC calendar date. @internal */
export function dayOfDate(date: Date): CalendarDay {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/**
 * Adds calendar months, clamping to the end of shorter months (Jan 31 + 1 month = Feb 28/29),
 * by date-fns. @internal
 */
export function addMonthsToDay(dayNumber: CalendarDay, months: number): CalendarDay {
  return dayOfDate(addMonths(utcDate(dayNumber), months));
}

/** ISO-8601 week-numbering year and week (1–53) of a day, by date-fns. @internal */
export function isoWeekOf(dayNumber: CalendarDay): { year: number; week: number } {
  const date = utcDate(dayNumber);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** The Monday that starts ISO week `week` of ISO year `year`, by date-fns. @internal */
export function isoWeekStart(year: number, week: number): CalendarDay {
  // 4 January is always in week 1 of its ISO year.
  const firstMonday = dayOfDate(startOfISOWeekYear(utcDate(dayFromCivil(year, 1, 4))));
  return firstMonday + (week - 1) * 7;
}

/** Number of ISO weeks (52 or 53) in an ISO week-numbering year. @internal */
export function isoWeeksInYear(year: number): number {
  return (isoWeekStart(year + 1, 1) - isoWeekStart(year, 1)) / 7;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). @internal */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return to - from;
}
