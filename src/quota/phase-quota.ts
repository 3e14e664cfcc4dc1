/**
 * Phasing: spreading a quota over the months, quarters, weeks or days of a date range, so that
 * the period amounts add up exactly to the total.
 *
 * Every profile is read as a weight per day, and a period's weight is the sum of its days'
 * weights (for `'equal'`, a whole period weighs 1 and its weight is spread over its days). This
 * one model is what makes partial periods at the ends prorate by days, and what lets a monthly
 * seasonality profile phase weeks or days as well as months.
 */
import * as z from 'zod/mini';
import {
  amountToNumber,
  type BusinessCalendar,
  type CalendarDay,
  checkArguments,
  choice,
  countBusinessDays,
  type DateInput,
  DateInputSchema,
  type DecimalInput,
  exact,
  fail,
  type FiscalYear,
  formatDay,
  formatUnits,
  gather,
  type Granularity,
  getOwn,
  integerSchema,
  invalid,
  isPlainRecord,
  type Issues,
  type IssuePath,
  listOf,
  maybe,
  objectOf,
  parsePeriodKey,
  periodsInRange,
  type PeriodSlice,
  type Read,
  readScale,
  readWeight,
  recordSchema,
  roundUnits,
  scaleSchema,
  splitUnits,
  throwIssues,
  toBusinessCalendar,
  toDay,
  toFiscal,
  weightSchema,
  wholeIn,
} from '../core/index.js';

/**
 * How a quota is spread over periods.
 *
 * - `'calendarDays'` (the default): in proportion to the calendar days of each period.
 * - `'businessDays'`: in proportion to the business days (not a weekend day, not a holiday).
 * - `'equal'`: every whole period gets the same amount; a period cut by the range gets its
 *   share of days (see `prorateBy`).
 * - `number[]`: a seasonality profile of exactly 12 weights, one per month of the year, **index 0
 *   being the first month of the fiscal year** (January unless `fiscalYear.startMonth` says
 *   otherwise). A month's weight is spread evenly over its days, so weeks and days can be phased
 *   with a monthly profile too.
 * - `Record<string, number>`, read one of two ways:
 *   - keys `'01'` … `'12'`: weights per **calendar** month of the year (`'01'` is January,
 *     whatever the fiscal year), as for the array;
 *   - period keys of the phasing granularity (`'2026-01'`, `'2026-Q3'`, `'FY2027-Q1'`,
 *     `'2026-W05'`, `'2026-01-15'`): a weight per period. Every period of the range must have
 *     one (a missing key is an error, not a silent zero); keys outside the range are ignored.
 *     In nested phasing the keys are periods of the finest level.
 */
export type PhaseProfile = 'equal' | 'calendarDays' | 'businessDays' | readonly number[] | Readonly<Record<string, number>>;

/** The length of the periods a quota is phased into. */
export type PhaseGranularity = 'year' | 'quarter' | 'month' | 'week' | 'day';

/** Options shared by {@link phaseQuota} and {@link phaseQuotaNested}. */
export interface PhaseOptionsBase {
  /** First day of the range (inclusive), `'YYYY-MM-DD'` or a `Date` read in UTC. */
  start: DateInput;
  /** Last day of the range (inclusive); not before `start`. */
  end: DateInput;
  /** How the quota is spread (default `'calendarDays'`); see {@link PhaseProfile}. */
  profile?: PhaseProfile | undefined;
  /**
   * Which days count when a weight is spread over days: a period cut by the range under
   * `'equal'` or a per-period profile, and a month's seasonality weight spread over the weeks or
   * days it touches. Default `'calendarDays'`. Ignored by the `'calendarDays'` and
   * `'businessDays'` profiles, which are day counts themselves.
   */
  prorateBy?: 'calendarDays' | 'businessDays' | undefined;
  /** Weekend days, 0 = Sunday … 6 = Saturday (default `[0, 6]`). */
  weekend?: readonly number[] | undefined;
  /** Holidays: days that are not business days. */
  holidays?: readonly DateInput[] | undefined;
  /** When the fiscal year starts (quarters and years are then fiscal: `'FY2027-Q1'`). */
  fiscalYear?: FiscalYear | undefined;
  /** Decimals of the amounts (default 2). */
  scale?: number | undefined;
}

/** Options of {@link phaseQuota}. */
export interface PhaseQuotaOptions extends PhaseOptionsBase {
  /** The period length: `'month'`, `'quarter'`, `'week'` (ISO, Monday to Sunday), `'day'` or `'year'`. */
  granularity: PhaseGranularity;
}

/** Options of {@link phaseQuotaNested}. */
export interface PhaseQuotaNestedOptions extends PhaseOptionsBase {
  /**
   * The levels, coarsest first, each finer than the one before: `['quarter', 'month']`,
   * `['year', 'quarter', 'month']`. An ISO week that straddles two months appears under both,
   * each part prorated.
   */
  levels: readonly PhaseGranularity[];
}

/** One period of a phased quota. */
export interface PhasedAmount {
  /** The period key: `'2026-01'`, `'2026-Q1'`, `'FY2027-Q1'`, `'2026-W05'`, `'2026-01-15'`, `'2026'`. */
  period: string;
  /** First day of the period inside the range. */
  start: string;
  /** Last day of the period inside the range. */
  end: string;
  /** The period's quota at `scale`; the amounts of a list add up exactly to its total. */
  amount: string;
  /** The period's normalised weight: its exact share of the total before rounding (shares add up to 1). */
  share: number;
  /** The period's weight under the profile (days, business days, or profile weight), before normalising. */
  weight: number;
  /** Calendar days of the period inside the range. */
  days: number;
  /** Whether the range cuts the period (its first or last period, when the range starts or ends mid-period). */
  partial: boolean;
}

/** One period of a nested phasing, with the periods it is split into. */
export interface PhasedNode extends PhasedAmount {
  /** The next level's periods; their amounts add up exactly to this one's (absent at the last level). */
  children?: PhasedNode[];
}

const GRANULARITIES = ['year', 'quarter', 'month', 'week', 'day'] as const;
const DAY_BASES = ['calendarDays', 'businessDays'] as const;
const PROFILE_NAMES = ['equal', 'calendarDays', 'businessDays'] as const;
const PROFILE_PROBLEM = "must be 'equal', 'calendarDays', 'businessDays', 12 monthly weights or a record of weights";

/** A profile: a name, 12 weights or a record of weights, each checked where it is (so errors point at the weight). */
function profileSchema(): z.ZodMiniType<PhaseProfile> {
  const names = z.enum(PROFILE_NAMES);
  const weights = z.array(weightSchema());
  const record = recordSchema(weightSchema());
  return z
    .custom<PhaseProfile>(() => true)
    .check(
      z.superRefine((value, ctx) => {
        if (typeof value !== 'string' && (typeof value !== 'object' || value === null)) {
          ctx.issues.push({ code: 'custom', message: PROFILE_PROBLEM, input: value, path: [] });
          return;
        }
        const result = (typeof value === 'string' ? names : Array.isArray(value) ? weights : record).safeParse(value, {
          reportInput: true,
        });
        if (!result.success) for (const found of result.error.issues) ctx.issues.push(found as never);
      }),
    );
}

function baseShape() {
  return {
    start: DateInputSchema,
    end: DateInputSchema,
    profile: z.optional(profileSchema()),
    prorateBy: z.optional(z.enum(DAY_BASES)),
    weekend: z.optional(z.array(integerSchema(0, 6))),
    holidays: z.optional(z.array(DateInputSchema)),
    fiscalYear: z.optional(
      z.strictObject({ startMonth: z.optional(integerSchema(1, 12)), naming: z.optional(z.enum(['endYear', 'startYear'])) }),
    ),
    scale: z.optional(scaleSchema()),
  };
}

/**
 * Schema of the options of {@link phaseQuota}. `phaseQuota` itself checks its options with
 * hand-written code (so that importing it does not bring zod along); both reject the same values,
 * at the same paths, with the same messages.
 *
 * @example
 * ```ts
 * import { PhaseQuotaOptionsSchema } from 'salesops-kit/quota';
 *
 * PhaseQuotaOptionsSchema.safeParse({ start: '2026-01-01', end: '2026-12-31', granularity: 'month' }).success //=> true
 * PhaseQuotaOptionsSchema.safeParse({ start: '2026-01-01', end: '2026-12-31', granularity: 'fortnight' }).success //=> false
 * ```
 */
export const PhaseQuotaOptionsSchema: z.ZodMiniType<PhaseQuotaOptions> = /* @__PURE__ */ (() =>
  z.strictObject({ ...baseShape(), granularity: z.enum(GRANULARITIES) }))();

/**
 * Schema of the options of {@link phaseQuotaNested}, which checks them with hand-written code to
 * the same rules, paths and messages (see {@link PhaseQuotaOptionsSchema}).
 *
 * @example
 * ```ts
 * import { PhaseQuotaNestedOptionsSchema } from 'salesops-kit/quota';
 *
 * PhaseQuotaNestedOptionsSchema.safeParse({ start: '2026-01-01', end: '2026-12-31', levels: ['quarter', 'month'] }).success //=> true
 * PhaseQuotaNestedOptionsSchema.safeParse({ start: '2026-01-01', end: '2026-12-31', levels: [] }).success //=> false
 * ```
 */
export const PhaseQuotaNestedOptionsSchema: z.ZodMiniType<PhaseQuotaNestedOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    ...baseShape(),
    levels: z.array(z.enum(GRANULARITIES)).check(z.minLength(1, 'must name at least one level')),
  }))();

const PROFILE_NAME = /* @__PURE__ */ choice(PROFILE_NAMES);
const PROFILE_WEIGHTS = /* @__PURE__ */ listOf(readWeight);

/** A profile: a name, weights or a record of weights, each weight checked where it is. */
const readProfile: Read = (profile, path) => {
  if (typeof profile === 'string') return PROFILE_NAME(profile, path);
  if (Array.isArray(profile)) return PROFILE_WEIGHTS(profile, path);
  if (typeof profile !== 'object' || profile === null) invalid(path, PROFILE_PROBLEM, profile);
  if (!isPlainRecord(profile)) invalid(path, 'must be an object', profile);
  const issues: Issues = [];
  for (const key of Object.keys(profile)) gather(issues, readWeight, profile[key], [...path, key]);
  throwIssues(issues);
  return profile;
};

// The exported schemas, checked by hand — every problem at once, with the same paths and
// messages — so that a phasing import carries no zod (see `core/read-shape.ts`).
const BASE = /* @__PURE__ */ (() => ({
  start: toDay,
  end: toDay,
  profile: maybe(readProfile),
  prorateBy: maybe(choice(DAY_BASES)),
  weekend: maybe(listOf(wholeIn(0, 6))),
  holidays: maybe(listOf(toDay)),
  fiscalYear: maybe(objectOf({ startMonth: maybe(wholeIn(1, 12)), naming: maybe(choice(['endYear', 'startYear'])) })),
  scale: readScale,
}))();
const FLAT = /* @__PURE__ */ (() => objectOf({ ...BASE, granularity: choice(GRANULARITIES) }))();
const NESTED = /* @__PURE__ */ (() => objectOf({ ...BASE, levels: listOf(choice(GRANULARITIES), 1, 'must name at least one level') }))();

/** What a profile weighs, read once per call. */
interface Weigher {
  /** The weight of a slice of a period of granularity `level`. */
  weigh(slice: PeriodSlice, level: Granularity): number;
}

interface Setup {
  /** The total in whole units of 10^-scale (rounded half-up), and whether it is exactly zero. */
  total: Amount;
  start: CalendarDay;
  end: CalendarDay;
  scale: number;
  fiscal: ReturnType<typeof toFiscal>;
  weigher: Weigher;
}

const MONTH_OF_YEAR = /^(0[1-9]|1[0-2])$/;

/** An amount to phase: whole units at the scale, and whether the amount itself is zero. */
interface Amount {
  units: bigint;
  zero: boolean;
}

function setUp(total: unknown, options: PhaseOptionsBase, leaf: Granularity): Setup {
  amountToNumber(total, ['total']); // validates; the amount is read exactly below
  const amount = exact(total as DecimalInput);
  const scale = readScale(options.scale, ['options', 'scale']);
  const start = toDay(options.start, ['options', 'start']);
  const end = toDay(options.end, ['options', 'end']);
  if (end < start) invalid(['options', 'end'], `must not be before start (${formatDay(start)})`, options.end);
  const fiscal = toFiscal(options.fiscalYear, ['options', 'fiscalYear']);
  const calendar = toBusinessCalendar(options, ['options']);
  const profile = options.profile ?? 'calendarDays';
  const count = (options.prorateBy ?? 'calendarDays') === 'businessDays' ? businessCounter(calendar) : calendarDays;
  return {
    total: { units: roundUnits(amount, scale), zero: amount.sign === 0 },
    start,
    end,
    scale,
    fiscal,
    weigher: weigherFor(profile, count, calendar, fiscal, leaf),
  };
}

type Counter = (start: CalendarDay, end: CalendarDay) => number;

function calendarDays(start: CalendarDay, end: CalendarDay): number {
  return end - start + 1;
}

function businessCounter(calendar: BusinessCalendar): Counter {
  return (start, end) => countBusinessDays(calendar, start, end);
}

function weigherFor(
  profile: PhaseProfile,
  count: Counter,
  calendar: BusinessCalendar,
  fiscal: ReturnType<typeof toFiscal>,
  leaf: Granularity,
): Weigher {
  if (profile === 'calendarDays') return { weigh: (s) => calendarDays(s.start, s.end) };
  if (profile === 'businessDays') return { weigh: (s) => countBusinessDays(calendar, s.start, s.end) };
  if (profile === 'equal') return { weigh: (s) => prorate(1, s, count) };
  if (Array.isArray(profile)) {
    if (profile.length !== 12) {
      invalid(
        ['options', 'profile'],
        'must have 12 monthly weights (index 0 = first month of the fiscal year); for weights per period use a record keyed by period',
        profile,
      );
    }
    // Index 0 is the fiscal year's first month; turn it into calendar months 1..12.
    const byMonth = Array.from({ length: 13 }, (_, m) => (m === 0 ? 0 : (profile[(m - fiscal.startMonth + 12) % 12] as number)));
    return monthlyWeigher(byMonth, count, fiscal);
  }
  const record = profile as Readonly<Record<string, number>>;
  const keys = Object.keys(record);
  if (keys.length > 0 && keys.every((k) => MONTH_OF_YEAR.test(k))) {
    const byMonth = Array.from({ length: 13 }, (_, m) => getOwn(record, m < 10 ? `0${m}` : String(m)));
    return monthlyWeigher(byMonth, count, fiscal);
  }
  for (const key of keys) {
    const path = ['options', 'profile', key];
    if (MONTH_OF_YEAR.test(key)) invalid(path, 'mixes a month of the year with period keys', key);
    if (parsePeriodKey(key, path, fiscal).granularity !== leaf) invalid(path, `is not a ${leaf} key`, key);
  }
  const periodWeight = (slice: PeriodSlice): number => {
    const weight = getOwn(record, slice.key);
    if (weight === undefined) invalid(['options', 'profile', slice.key], 'is missing: every period of the range needs a weight');
    return prorate(weight, slice, count);
  };
  return {
    weigh: (slice, level) =>
      level === leaf ? periodWeight(slice) : sum(periodsInRange(slice.start, slice.end, leaf, fiscal).map(periodWeight)),
  };
}

/** A weight for the whole period, prorated to the part of it in the slice. */
function prorate(weight: number, slice: PeriodSlice, count: Counter): number {
  if (weight === 0) return 0;
  const whole = count(slice.period.start, slice.period.end);
  return whole === 0 ? 0 : (weight * count(slice.start, slice.end)) / whole;
}

/** A weight per calendar month (index 1..12), each spread evenly over that month's days. */
function monthlyWeigher(byMonth: ReadonlyArray<number | undefined>, count: Counter, fiscal: ReturnType<typeof toFiscal>): Weigher {
  return {
    weigh: (slice) => {
      let weight = 0;
      for (const month of periodsInRange(slice.start, slice.end, 'month', fiscal)) {
        const m = Number(month.key.slice(-2));
        const w = byMonth[m];
        if (w === undefined) invalid(['options', 'profile', month.key.slice(-2)], 'is missing: every month of the range needs a weight');
        weight += prorate(w, month, count);
      }
      return weight;
    },
  };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** Splits `amount` over slices in proportion to their weights. */
function phase(amount: Amount, slices: readonly PeriodSlice[], level: Granularity, setup: Setup, path: IssuePath): PhasedAmount[] {
  const weights = slices.map((slice) => setup.weigher.weigh(slice, level));
  const totalWeight = sum(weights);
  let units: bigint[];
  if (totalWeight > 0) units = splitUnits(amount.units, weights);
  else if (amount.zero)
    units = splitUnits(
      amount.units,
      weights.map(() => 1),
    );
  else return fail('ZERO_WEIGHTS', path, 'gives every period of the range a weight of zero, so there is nothing to spread the quota by');
  return slices.map((slice, i) => ({
    period: slice.key,
    start: formatDay(slice.start),
    end: formatDay(slice.end),
    amount: formatUnits(units[i] as bigint, setup.scale),
    share: totalWeight > 0 ? (weights[i] as number) / totalWeight : 0,
    weight: weights[i] as number,
    days: slice.end - slice.start + 1,
    partial: slice.start !== slice.period.start || slice.end !== slice.period.end,
  }));
}

/**
 * Phases a quota over the periods of a date range: the amounts add up exactly to the total, by
 * the largest-remainder rule in units of 10^-scale.
 *
 * Periods cut by the range (a range starting on 15 January phased by month) are prorated by
 * days. Monthly seasonality is given as 12 weights (see {@link PhaseProfile}); a month's weight
 * is spread over its days, so the same profile phases weeks and days. With a fiscal year that
 * starts in another month, quarters are fiscal (`'FY2027-Q1'`) and a 12-weight profile starts at
 * the fiscal year's first month.
 *
 * @param total - the quota to phase (a negative total is phased as the mirror image of the positive one)
 * @param options - the range, the granularity, the profile, the calendar and the scale
 * @returns one entry per period, in date order, with `amount`, `share` (normalised weight),
 *   `weight`, `days` and `partial`
 * @throws {@link SalesOpsError} INVALID_INPUT when the total, a date, the granularity, a profile
 *   weight, a weekend day, a holiday or the scale is not valid, when `end` is before `start`,
 *   when a 12-month profile has another length, or when a per-period profile lacks a period of
 *   the range
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when every period weighs zero (a range of weekend
 *   days phased by business days, or a profile of zeros) and the total is not zero
 *
 * @example
 * ```ts
 * import { phaseQuota } from 'salesops-kit/quota';
 *
 * // Q1 2026 by month, in proportion to calendar days (31 + 28 + 31 = 90 days).
 * phaseQuota(90000, { start: '2026-01-01', end: '2026-03-31', granularity: 'month' }).map((p) => p.amount)
 * //=> ['31000.00', '28000.00', '31000.00']
 *
 * // A year by quarter with a seasonality profile: Q4 weighs twice as much.
 * phaseQuota('1000000', {
 *   start: '2026-01-01',
 *   end: '2026-12-31',
 *   granularity: 'quarter',
 *   profile: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2],
 * }).map((p) => p.amount)
 * //=> ['200000.00', '200000.00', '200000.00', '400000.00']
 *
 * // A range that starts mid-month: the first month is prorated by days.
 * phaseQuota(1000, { start: '2026-01-16', end: '2026-02-28', granularity: 'month', profile: 'equal' })
 * //=> [
 * //   { period: '2026-01', start: '2026-01-16', end: '2026-01-31', amount: '340.43', share: 0.34043, weight: 0.51613, days: 16, partial: true },
 * //   { period: '2026-02', start: '2026-02-01', end: '2026-02-28', amount: '659.57', share: 0.65957, weight: 1, days: 28, partial: false },
 * // ]
 * ```
 */
export function phaseQuota(total: DecimalInput, options: PhaseQuotaOptions): PhasedAmount[] {
  checkArguments([options, 'options', FLAT]);
  const setup = setUp(total, options, options.granularity);
  const slices = periodsInRange(setup.start, setup.end, options.granularity, setup.fiscal);
  return phase(setup.total, slices, options.granularity, setup, ['options', 'profile']);
}

/**
 * Phases a quota level by level — a year into quarters, each quarter into its months — so that
 * the months of a quarter add up exactly to that quarter, and the quarters to the total.
 *
 * Each level is split from its parent's rounded amount (not from the total), which is what keeps
 * every level exact; the months may therefore differ by a cent from a flat {@link phaseQuota}
 * by month. Weights are the same as in `phaseQuota`: a quarter weighs the sum of its days'
 * weights, so calendar days, business days and monthly seasonality are consistent across
 * levels; with `'equal'`, siblings weigh the same at every level; a per-period profile is keyed
 * by periods of the finest level, and a coarser period weighs the sum of its periods.
 *
 * @param total - the quota to phase
 * @param options - as for {@link phaseQuota}, with `levels` (coarsest first) instead of `granularity`
 * @returns the periods of the first level, each with `children` for the next level (none at the last)
 * @throws {@link SalesOpsError} INVALID_INPUT as {@link phaseQuota} does, and when a level is
 *   not finer than the one before
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when the periods of the first level all weigh zero
 *   and the total is not zero
 *
 * @example
 * ```ts
 * import { phaseQuotaNested } from 'salesops-kit/quota';
 *
 * const plan = phaseQuotaNested(100000, {
 *   start: '2026-01-01',
 *   end: '2026-06-30',
 *   levels: ['quarter', 'month'],
 *   profile: 'equal',
 * });
 * plan.map((q) => [q.period, q.amount]) //=> [['2026-Q1', '50000.00'], ['2026-Q2', '50000.00']]
 * plan[0]?.children?.map((m) => m.amount) //=> ['16666.67', '16666.67', '16666.66']
 * ```
 */
export function phaseQuotaNested(total: DecimalInput, options: PhaseQuotaNestedOptions): PhasedNode[] {
  checkArguments([options, 'options', NESTED]);
  const { levels } = options;
  levels.forEach((level, i) => {
    if (i > 0 && GRANULARITIES.indexOf(level) <= GRANULARITIES.indexOf(levels[i - 1] as Granularity)) {
      invalid(['options', 'levels', i], `must be finer than '${levels[i - 1]}'`, level);
    }
  });
  const setup = setUp(total, options, levels[levels.length - 1] as Granularity);
  const split = (amount: Amount, start: CalendarDay, end: CalendarDay, depth: number): PhasedNode[] => {
    const level = levels[depth] as Granularity;
    const slices = periodsInRange(start, end, level, setup.fiscal);
    const nodes: PhasedNode[] = phase(amount, slices, level, setup, ['options', 'profile']);
    if (depth + 1 < levels.length) {
      nodes.forEach((node, i) => {
        const slice = slices[i] as PeriodSlice;
        // The amount was written at the scale, so it reads back exactly.
        const units = roundUnits(exact(node.amount), setup.scale);
        node.children = split({ units, zero: units === 0n }, slice.start, slice.end, depth + 1);
      });
    }
    return nodes;
  };
  return split(setup.total, setup.start, setup.end, 0);
}
