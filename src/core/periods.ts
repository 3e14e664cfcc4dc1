/**
 * Period keys and iteration over the periods of a date range.
 *
 * Keys (the contract's): `'2026'` (year), `'2026-Q1'` (quarter), `'2026-01'` (month),
 * `'2026-W05'` (ISO week), `'2026-01-15'` (day). With a fiscal year that starts in another month
 * than January, years and quarters are fiscal and keyed `'FY2026'` and `'FY2026-Q1'`; months,
 * weeks and days keep their calendar keys.
 *
 * A fiscal year is named, by default, after the calendar year in which it ends (July 2025 – June
 * 2026 is FY2026), the most common convention; `naming: 'startYear'` names it after the year in
 * which it starts.
 */
import { type IssuePath, invalid } from './errors.js';
import {
  addMonthsToDay,
  type CalendarDay,
  civilFromDay,
  dayFromCivil,
  formatDay,
  isoWeekOf,
  isoWeekStart,
  isoWeeksInYear,
} from './dates.js';

/** The length of a period. */
export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** When the fiscal year starts, and which calendar year names it. */
export interface FiscalYear {
  /** First month of the fiscal year, 1 (January, the default) to 12. */
  startMonth?: number | undefined;
  /** Name the fiscal year after the calendar year in which it ends (default) or starts. */
  naming?: 'endYear' | 'startYear' | undefined;
}

/** A period: its key and its first and last day (inclusive). @internal */
export interface Period {
  key: string;
  granularity: Granularity;
  start: CalendarDay;
  end: CalendarDay;
}

/** A period cut to a date range: `start`/`end` are the covered part, `period` the whole. @internal */
export interface PeriodSlice extends Period {
  period: Period;
}

interface Fiscal {
  startMonth: number;
  naming: 'endYear' | 'startYear';
}

/** Validates fiscal-year options. @internal */
export function toFiscal(value: FiscalYear | undefined, path: IssuePath): Fiscal {
  const startMonth = value?.startMonth ?? 1;
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    invalid([...path, 'startMonth'], 'must be a month number from 1 to 12', startMonth);
  }
  const naming = value?.naming ?? 'endYear';
  if (naming !== 'endYear' && naming !== 'startYear') {
    invalid([...path, 'naming'], "must be 'endYear' or 'startYear'", naming);
  }
  return { startMonth, naming };
}

const CALENDAR: Fiscal = { startMonth: 1, naming: 'endYear' };

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function yearLabel(startYear: number, fiscal: Fiscal): string {
  if (fiscal.startMonth === 1) return String(startYear);
  return `FY${fiscal.naming === 'endYear' ? startYear + 1 : startYear}`;
}

/** The calendar year in which the fiscal year containing `day` starts. */
function fiscalStartYear(dayNumber: CalendarDay, fiscal: Fiscal): number {
  const { year, month } = civilFromDay(dayNumber);
  return month >= fiscal.startMonth ? year : year - 1;
}

/**
 * The period of the given granularity that contains `day`.
 * @internal
 */
export function periodOf(dayNumber: CalendarDay, granularity: Granularity, fiscal: Fiscal = CALENDAR): Period {
  switch (granularity) {
    case 'day':
      return { key: formatDay(dayNumber), granularity, start: dayNumber, end: dayNumber };
    case 'week': {
      const { year, week } = isoWeekOf(dayNumber);
      const start = isoWeekStart(year, week);
      return { key: `${year}-W${pad2(week)}`, granularity, start, end: start + 6 };
    }
    case 'month': {
      const { year, month } = civilFromDay(dayNumber);
      const start = dayFromCivil(year, month, 1);
      return { key: `${year}-${pad2(month)}`, granularity, start, end: addMonthsToDay(start, 1) - 1 };
    }
    case 'quarter': {
      const startYear = fiscalStartYear(dayNumber, fiscal);
      const yearStart = dayFromCivil(startYear, fiscal.startMonth, 1);
      const { year, month } = civilFromDay(dayNumber);
      const monthsIn = (year - startYear) * 12 + month - fiscal.startMonth;
      const q = Math.floor(monthsIn / 3);
      const start = addMonthsToDay(yearStart, q * 3);
      return { key: `${yearLabel(startYear, fiscal)}-Q${q + 1}`, granularity, start, end: addMonthsToDay(start, 3) - 1 };
    }
    case 'year': {
      const startYear = fiscalStartYear(dayNumber, fiscal);
      const start = dayFromCivil(startYear, fiscal.startMonth, 1);
      return { key: yearLabel(startYear, fiscal), granularity, start, end: addMonthsToDay(start, 12) - 1 };
    }
  }
}

/**
 * Every period of `granularity` that overlaps `[start, end]` (inclusive), in order, each cut to
 * the range; `period` keeps the whole period so callers can prorate partial periods by days.
 *
 * Months, quarters and years are computed by day-number arithmetic alone (phasing ten thousand
 * quotas by month must not pay for a date-fns call per period); weeks and days go through
 * {@link periodOf}. A property test checks both routes against each other.
 * @internal
 */
export function periodsInRange(start: CalendarDay, end: CalendarDay, granularity: Granularity, fiscal: Fiscal = CALENDAR): PeriodSlice[] {
  if (granularity === 'week' || granularity === 'day') return slicesByPeriodOf(start, end, granularity, fiscal);
  const length = granularity === 'month' ? 1 : granularity === 'quarter' ? 3 : 12;
  const { year, month } = civilFromDay(start);
  let index = year * 12 + month - 1; // months counted from January of year 0
  // Quarters and years begin at the fiscal year's first month; months at any month.
  if (granularity !== 'month') index -= (((index - (fiscal.startMonth - 1)) % length) + length) % length;
  const slices: PeriodSlice[] = [];
  for (let from = monthStart(index); from <= end; index += length) {
    const to = monthStart(index + length) - 1;
    const key = monthIndexKey(index, granularity, fiscal);
    const period: Period = { key, granularity, start: from, end: to };
    slices.push({ key, granularity, start: Math.max(from, start), end: Math.min(to, end), period });
    from = to + 1;
  }
  return slices;
}

/** The same slices, period by period through {@link periodOf} (the reference route). @internal */
export function slicesByPeriodOf(start: CalendarDay, end: CalendarDay, granularity: Granularity, fiscal: Fiscal = CALENDAR): PeriodSlice[] {
  const slices: PeriodSlice[] = [];
  let cursor = start;
  while (cursor <= end) {
    const period = periodOf(cursor, granularity, fiscal);
    slices.push({
      key: period.key,
      granularity,
      start: Math.max(period.start, start),
      end: Math.min(period.end, end),
      period,
    });
    cursor = period.end + 1;
  }
  return slices;
}

/** The first day of month `index` (months counted from January of year 0). */
function monthStart(index: number): CalendarDay {
  const year = Math.floor(index / 12);
  return dayFromCivil(year, index - year * 12 + 1, 1);
}

/** The key of the month, quarter or year that starts at month `index`. */
function monthIndexKey(index: number, granularity: Granularity, fiscal: Fiscal): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (granularity === 'month') return `${year}-${pad2(month)}`;
  const startYear = month >= fiscal.startMonth ? year : year - 1;
  const label = yearLabel(startYear, fiscal);
  if (granularity === 'year') return label;
  return `${label}-Q${Math.floor(((((month - fiscal.startMonth) % 12) + 12) % 12) / 3) + 1}`;
}

const KEY_PATTERNS: Array<[RegExp, Granularity]> = [
  [/^(FY)?(\d{4})$/, 'year'],
  [/^(FY)?(\d{4})-Q([1-4])$/, 'quarter'],
  [/^(\d{4})-(\d{2})$/, 'month'],
  [/^(\d{4})-W(\d{2})$/, 'week'],
  [/^(\d{4})-(\d{2})-(\d{2})$/, 'day'],
];

/**
 * Reads a period key (`'2026'`, `'2026-Q1'`, `'2026-01'`, `'2026-W05'`, `'2026-01-15'`, and with
 * a fiscal year `'FY2026'`, `'FY2026-Q1'`). Throws `INVALID_INPUT` at `path` otherwise.
 * @internal
 */
export function parsePeriodKey(key: unknown, path: IssuePath, fiscal: Fiscal = CALENDAR): Period {
  if (typeof key !== 'string') invalid(path, "must be a period key such as '2026-Q1'", key);
  for (const [pattern, granularity] of KEY_PATTERNS) {
    const match = pattern.exec(key);
    if (match === null) continue;
    const period = periodFromMatch(match, granularity, fiscal);
    if (period !== undefined && period.key === key) return period;
    break;
  }
  return invalid(path, "is not a period key ('2026', '2026-Q1', '2026-01', '2026-W05' or '2026-01-15')", key);
}

function periodFromMatch(match: RegExpExecArray, granularity: Granularity, fiscal: Fiscal): Period | undefined {
  switch (granularity) {
    case 'year':
    case 'quarter': {
      const isFiscalKey = match[1] === 'FY';
      if (isFiscalKey !== (fiscal.startMonth !== 1)) return undefined;
      const named = Number(match[2]);
      const startYear = isFiscalKey && fiscal.naming === 'endYear' ? named - 1 : named;
      if (startYear < 1 || startYear > 9998) return undefined;
      const yearStart = dayFromCivil(startYear, fiscal.startMonth, 1);
      const q = granularity === 'quarter' ? Number(match[3]) - 1 : 0;
      return periodOf(addMonthsToDay(yearStart, q * 3), granularity, fiscal);
    }
    case 'month': {
      const year = Number(match[1]);
      const month = Number(match[2]);
      if (year < 1 || month < 1 || month > 12) return undefined;
      return periodOf(dayFromCivil(year, month, 1), 'month');
    }
    case 'week': {
      const year = Number(match[1]);
      const week = Number(match[2]);
      if (year < 1 || year > 9998 || week < 1 || week > isoWeeksInYear(year)) return undefined;
      return periodOf(isoWeekStart(year, week), 'week');
    }
    case 'day': {
      const year = Number(match[1]);
      const month = Number(match[2]);
      const day = Number(match[3]);
      if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
      const dayNumber = dayFromCivil(year, month, day);
      return periodOf(dayNumber, 'day');
    }
  }
}
