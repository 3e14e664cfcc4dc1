/**
 * Tracking attainment during a quota period: how much of the target is done, how much should be
 * done by now, whether the pace will make it, and what it takes from here.
 */
import * as z from 'zod/mini';
import {
  checkArguments,
  choice,
  countBusinessDays,
  type DateInput,
  DateInputSchema,
  Dec,
  type Decimal,
  type DecimalInput,
  DecimalInputSchema,
  fail,
  formatDay,
  formatDecimal,
  integerSchema,
  invalid,
  listOf,
  maybe,
  nonNegativeAmount,
  numberIn,
  numberSchema,
  objectOf,
  positiveAmount,
  readAmount,
  readNonNegativeAmount,
  readScale,
  scaleSchema,
  toBusinessCalendar,
  toDay,
  toDecimal,
  wholeIn,
} from '../core/index.js';

/** The pace at or above which each status starts (pace = actual to date ÷ expected to date). */
export interface AttainmentThresholds {
  /** `'ahead'` from this pace up (default 1.05: 5 % ahead of the expected figure). */
  ahead?: number | undefined;
  /** `'onTrack'` from this pace up to `ahead` (default 0.95). */
  onTrack?: number | undefined;
  /** `'atRisk'` from this pace up to `onTrack` (default 0.85); below it, `'behind'`. */
  atRisk?: number | undefined;
}

/** One period of a phased plan, such as an entry of {@link phaseQuota}'s result. */
export interface AttainmentPlanPeriod {
  /** First day of the period. */
  start: DateInput;
  /** Last day of the period (inclusive). */
  end: DateInput;
  /** The period's planned amount (non-negative). */
  amount: DecimalInput;
}

/** Input of {@link trackAttainment}. */
export interface TrackAttainmentInput {
  /** The quota for the whole period (greater than zero). */
  target: DecimalInput;
  /** What has been achieved from `start` to `asOf`. */
  actual: DecimalInput;
  /** First day of the quota period. */
  start: DateInput;
  /** Last day of the quota period (inclusive). */
  end: DateInput;
  /** The day the figures are as of, counted as elapsed (they are read as of the end of that day). */
  asOf: DateInput;
  /**
   * How the target is expected to accrue: pro rata by `'calendarDays'`, by `'businessDays'`, or
   * by a phased `'plan'`. Default: `'plan'` when a plan is given, else `'calendarDays'`.
   */
  basis?: 'calendarDays' | 'businessDays' | 'plan' | undefined;
  /**
   * A phased plan (e.g. {@link phaseQuota}'s result). What is expected by `asOf` is the target
   * times the plan's share to date, a period in progress counted pro rata by calendar days.
   */
  plan?: readonly AttainmentPlanPeriod[] | undefined;
  /** Weekend days for `'businessDays'`, 0 = Sunday … 6 = Saturday (default `[0, 6]`). */
  weekend?: readonly number[] | undefined;
  /** Holidays for `'businessDays'`. */
  holidays?: readonly DateInput[] | undefined;
  /** Where the statuses start; see {@link AttainmentThresholds}. */
  thresholds?: AttainmentThresholds | undefined;
  /** Decimals of the amounts (default 2). */
  scale?: number | undefined;
}

/** Where attainment stands as of a day. */
export interface AttainmentReport {
  /** `actualToDate ÷ target` (1 = quota reached). */
  attainment: number;
  /** What should have been achieved by `asOf`: the target times `expectedShare`. */
  expectedToDate: string;
  /** What has been achieved. */
  actualToDate: string;
  /** `actualToDate ÷ expectedToDate`; `null` when nothing is expected yet. */
  pace: number | null;
  /** `actualToDate − expectedToDate` (negative when behind). */
  gap: string;
  /**
   * What is still needed per remaining day (`runRateUnit`) to reach the target, zero once it is
   * reached; `null` when no day remains.
   */
  requiredRunRate: string | null;
  /** The day the run rates count: `'businessDay'` with the business-day basis, else `'calendarDay'`. */
  runRateUnit: 'calendarDay' | 'businessDay';
  /** The result at the current pace by the end: `actualToDate ÷ expectedShare`; `null` when nothing is expected yet. */
  forecast: string | null;
  /** `'ahead'`, `'onTrack'`, `'atRisk'` or `'behind'`, from `pace` and the thresholds (see {@link trackAttainment}). */
  status: 'ahead' | 'onTrack' | 'atRisk' | 'behind';
  /** The share of the target expected by `asOf` (0 to 1). */
  expectedShare: number;
  /** Days elapsed from `start` through `asOf` (business days with that basis). */
  elapsedDays: number;
  /** Days left after `asOf` through `end` (business days with that basis). */
  remainingDays: number;
  /** The basis used. */
  basis: 'calendarDays' | 'businessDays' | 'plan';
  /** The thresholds used (the defaults with your overrides applied). */
  thresholds: {
    /** `'ahead'` from this pace up. */
    ahead: number;
    /** `'onTrack'` from this pace up to `ahead`. */
    onTrack: number;
    /** `'atRisk'` from this pace up to `onTrack`; below it, `'behind'`. */
    atRisk: number;
  };
}

const DEFAULT_THRESHOLDS = { ahead: 1.05, onTrack: 0.95, atRisk: 0.85 };

/**
 * Schema of the input of {@link trackAttainment}. `trackAttainment` itself checks its input with
 * hand-written code (so that importing it does not bring zod along); both reject the same values,
 * at the same paths, with the same messages.
 *
 * @example
 * ```ts
 * import { TrackAttainmentInputSchema } from 'salesops-kit/quota';
 *
 * TrackAttainmentInputSchema.safeParse({ target: 1000, actual: 400, start: '2026-01-01', end: '2026-12-31', asOf: '2026-06-30' }).success //=> true
 * TrackAttainmentInputSchema.safeParse({ target: 0, actual: 400, start: '2026-01-01', end: '2026-12-31', asOf: '2026-06-30' }).success //=> false
 * ```
 */
export const TrackAttainmentInputSchema: z.ZodMiniType<TrackAttainmentInput> = /* @__PURE__ */ (() =>
  z.strictObject({
    target: positiveAmount(),
    actual: DecimalInputSchema,
    start: DateInputSchema,
    end: DateInputSchema,
    asOf: DateInputSchema,
    basis: z.optional(z.enum(['calendarDays', 'businessDays', 'plan'])),
    plan: z.optional(z.array(z.looseObject({ start: DateInputSchema, end: DateInputSchema, amount: nonNegativeAmount() }))),
    weekend: z.optional(z.array(integerSchema(0, 6))),
    holidays: z.optional(z.array(DateInputSchema)),
    thresholds: z.optional(
      z.strictObject({ ahead: z.optional(numberSchema(0)), onTrack: z.optional(numberSchema(0)), atRisk: z.optional(numberSchema(0)) }),
    ),
    scale: z.optional(scaleSchema()),
  }))();

/** {@link TrackAttainmentInputSchema}, checked by hand (see `core/read-shape.ts` for why). */
const INPUT = /* @__PURE__ */ (() =>
  objectOf({
    target: (value, path) => readAmount(value, path, 'positive'),
    actual: toDecimal,
    start: toDay,
    end: toDay,
    asOf: toDay,
    basis: maybe(choice(['calendarDays', 'businessDays', 'plan'])),
    plan: maybe(listOf(objectOf({ start: toDay, end: toDay, amount: readNonNegativeAmount }, false))),
    weekend: maybe(listOf(wholeIn(0, 6))),
    holidays: maybe(listOf(toDay)),
    thresholds: maybe(objectOf({ ahead: maybe(numberIn(0)), onTrack: maybe(numberIn(0)), atRisk: maybe(numberIn(0)) })),
    scale: readScale,
  }))();

/**
 * Tracks attainment against a quota as of a day: attainment, what is expected to date, pace,
 * gap, the run rate required for the rest of the period, a run-rate forecast and a status.
 *
 * Expected to date is the target pro rata by calendar days, by business days, or by a phased
 * plan (a period in progress counted by its calendar days). `asOf` counts as elapsed. Before
 * `start` nothing is expected; after `end` everything is. The forecast extrapolates the pace:
 * `actualToDate ÷ expectedShare`, which with a day basis is the daily run rate times the days of
 * the period.
 *
 * Status from `pace` (defaults, each overridable through `thresholds`): `'ahead'` at 1.05 or
 * more, `'onTrack'` from 0.95, `'atRisk'` from 0.85, `'behind'` below. While nothing is expected
 * yet (pace `null`), the status is `'ahead'` if something was achieved, else `'onTrack'`.
 *
 * @param input - target, actual to date, the period, `asOf`, the basis (and plan or calendar), thresholds, scale
 * @returns the {@link AttainmentReport}
 * @throws {@link SalesOpsError} INVALID_INPUT when the target is not a positive amount, the
 *   actual or a plan amount is not a valid amount, a date is not valid, `end` is before `start`
 *   (or a plan period's end before its start), the basis is `'plan'` without a plan, the
 *   thresholds are not in decreasing order (`ahead ≥ onTrack ≥ atRisk ≥ 0`), or an option is
 *   not valid
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when the expected accrual has nothing to go by: a
 *   plan whose amounts are all zero, or a period without a single business day
 *
 * @example
 * ```ts
 * import { trackAttainment } from 'salesops-kit/quota';
 *
 * // Mid-year: 181 of 365 days elapsed, so 495,890.41 of 1,000,000 is expected by 30 June.
 * const report = trackAttainment({ target: 1000000, actual: 430000, start: '2026-01-01', end: '2026-12-31', asOf: '2026-06-30' });
 * report.expectedToDate //=> '495890.41'
 * report.pace //=> 0.8671
 * report.status //=> 'atRisk'
 * report.forecast //=> '867127.07'
 * report.requiredRunRate //=> '3097.83'
 * ```
 */
export function trackAttainment(input: TrackAttainmentInput): AttainmentReport {
  checkArguments([input, 'input', INPUT]);
  const scale = input.scale ?? 2; // validated above
  const target = toDecimal(input.target, ['input', 'target']);
  const actual = toDecimal(input.actual, ['input', 'actual']);
  const start = toDay(input.start, ['input', 'start']);
  const end = toDay(input.end, ['input', 'end']);
  const asOf = toDay(input.asOf, ['input', 'asOf']);
  if (end < start) invalid(['input', 'end'], `must not be before start (${formatDay(start)})`, input.end);
  const thresholds = { ...DEFAULT_THRESHOLDS, ...withoutUndefined(input.thresholds) };
  if (thresholds.onTrack > thresholds.ahead)
    invalid(['input', 'thresholds', 'onTrack'], `must not exceed ahead (${thresholds.ahead})`, thresholds.onTrack);
  if (thresholds.atRisk > thresholds.onTrack)
    invalid(['input', 'thresholds', 'atRisk'], `must not exceed onTrack (${thresholds.onTrack})`, thresholds.atRisk);
  const basis = input.basis ?? (input.plan === undefined ? 'calendarDays' : 'plan');
  const through = Math.min(Math.max(asOf, start - 1), end); // last elapsed day (start − 1: none)

  let count = (from: number, to: number): number => Math.max(0, to - from + 1);
  let share: Decimal;
  if (basis === 'plan') {
    if (input.plan === undefined) invalid(['input', 'plan'], "is required when basis is 'plan'");
    share = planShare(input.plan, asOf);
  } else {
    if (basis === 'businessDays') {
      const calendar = toBusinessCalendar(input, ['input']);
      count = (from, to) => countBusinessDays(calendar, from, to);
    }
    const total = count(start, end);
    if (total === 0) fail('ZERO_WEIGHTS', ['input', 'end'], 'leaves no business day in the period to accrue the target over');
    share = new Dec(count(start, through)).dividedBy(total);
  }
  const elapsedDays = count(start, through);
  const remainingDays = count(through + 1, end);
  const expected = target.times(share);
  const pace = expected.isZero() ? null : actual.dividedBy(expected).toNumber() + 0;
  const left = Dec.max(target.minus(actual), 0);
  return {
    attainment: actual.dividedBy(target).toNumber() + 0,
    expectedToDate: formatDecimal(expected, scale),
    actualToDate: formatDecimal(actual, scale),
    pace,
    gap: formatDecimal(actual.minus(expected), scale),
    requiredRunRate: remainingDays === 0 ? null : formatDecimal(left.dividedBy(remainingDays), scale),
    runRateUnit: basis === 'businessDays' ? 'businessDay' : 'calendarDay',
    forecast: share.isZero() ? null : formatDecimal(actual.dividedBy(share), scale),
    status: statusOf(pace, actual, thresholds),
    expectedShare: share.toNumber() + 0,
    elapsedDays,
    remainingDays,
    basis,
    thresholds,
  };
}

function withoutUndefined(thresholds: AttainmentThresholds | undefined): Partial<typeof DEFAULT_THRESHOLDS> {
  const out: Partial<typeof DEFAULT_THRESHOLDS> = {};
  if (thresholds?.ahead !== undefined) out.ahead = thresholds.ahead;
  if (thresholds?.onTrack !== undefined) out.onTrack = thresholds.onTrack;
  if (thresholds?.atRisk !== undefined) out.atRisk = thresholds.atRisk;
  return out;
}

/** The plan's share accrued through `asOf`: whole periods ended by then, the one in progress pro rata by days. */
function planShare(plan: readonly AttainmentPlanPeriod[], asOf: number): Decimal {
  let total: Decimal = new Dec(0);
  let done: Decimal = new Dec(0);
  plan.forEach((period, k) => {
    const path = ['input', 'plan', k];
    const from = toDay(period.start, [...path, 'start']);
    const to = toDay(period.end, [...path, 'end']);
    if (to < from) invalid([...path, 'end'], `must not be before start (${formatDay(from)})`, period.end);
    const amount = toDecimal(period.amount, [...path, 'amount']);
    total = total.plus(amount);
    const elapsed = Math.min(Math.max(asOf - from + 1, 0), to - from + 1);
    done = done.plus(amount.times(elapsed).dividedBy(to - from + 1));
  });
  if (total.isZero()) fail('ZERO_WEIGHTS', ['input', 'plan'], 'has only zero amounts, so nothing is expected at any time');
  return done.dividedBy(total);
}

function statusOf(pace: number | null, actual: Decimal, t: typeof DEFAULT_THRESHOLDS): AttainmentReport['status'] {
  if (pace === null) return actual.isPositive() && !actual.isZero() ? 'ahead' : 'onTrack';
  if (pace >= t.ahead) return 'ahead';
  if (pace >= t.onTrack) return 'onTrack';
  return pace >= t.atRisk ? 'atRisk' : 'behind';
}
