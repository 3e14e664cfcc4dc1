/**
 * How a customer pays: amount-weighted days beyond terms, the share paid on time, the worst
 * delay, and the D&B PAYDEX those days map to.
 *
 * PAYDEX anchors (Dun & Bradstreet's published key): 100 = paid 30 days early (anticipates),
 * 90 = 20 days early (discounts), 80 = prompt, 70 = 15 days beyond terms, 60 = 22, 50 = 30,
 * 40 = 60, 30 = 90, 20 = 120. Between anchors the score is linear in the days. D&B gives only
 * "below 20" past 120 days; we continue the last segment's slope (10 points per 30 days) down to
 * a floor of 1, reached at 177 days. 30 or more days early scores 100.
 */
import * as z from 'zod/mini';
import {
  type DateInput,
  DateInputSchema,
  type DecimalInput,
  fail,
  formatDecimal,
  invalid,
  isObject,
  nonNegativeAmount,
  sumNumbers,
  toDay,
  toDecimal,
} from '../core/index.js';

/** A payment of an invoice: how much, when it was due and when it was paid. */
export interface PaymentRecord {
  /** The amount paid (its weight); zero or more. */
  amount: DecimalInput;
  /** The date the invoice was due. */
  dueDate: DateInput;
  /** The date it was paid. */
  paidDate: DateInput;
}

/** The result of {@link daysBeyondTerms}. */
export interface PaymentBehaviour {
  /** Amount-weighted average of `paidDate − dueDate` in days (negative when paid early on average). */
  average: number;
  /** The most days any payment went beyond its due date (0 when none was late). */
  worst: number;
  /** Share of the amount paid on or before the due date, 0 to 1. */
  onTimeShare: number;
  /** Total amount paid. */
  amount: string;
  /** Number of payments. */
  count: number;
}

/** The result of {@link paydexScore}. */
export interface PaydexResult {
  /** The PAYDEX, a whole number from 1 to 100 (rounded half-up, as D&B publishes it). */
  score: number;
  /** The PAYDEX before rounding. */
  exactScore: number;
  /** The amount-weighted average days beyond terms it was read from. */
  daysBeyondTerms: number;
}

/**
 * The schema of a list of {@link PaymentRecord}s (the input of {@link daysBeyondTerms} and {@link paydexScore}).
 *
 * @example
 * ```ts
 * import { PaymentRecordsSchema } from 'salesops-kit/credit';
 *
 * PaymentRecordsSchema.safeParse([{ amount: 500, dueDate: '2026-01-31', paidDate: '2026-02-10' }]).success //=> true
 * PaymentRecordsSchema.safeParse([]).success //=> false
 * ```
 */
export const PaymentRecordsSchema: z.ZodMiniType<PaymentRecord[]> = /* @__PURE__ */ (() =>
  z
    .array(z.looseObject({ amount: nonNegativeAmount(), dueDate: DateInputSchema, paidDate: DateInputSchema }))
    .check(z.minLength(1, 'must have at least one payment')))() as never;

/**
 * Amount-weighted days beyond terms of a customer's payments, with the worst delay and the share
 * paid on time: the payment-behaviour inputs of {@link gradeCredit}.
 *
 * @param payments - `{ amount, dueDate, paidDate }` per payment; at least one, not all of zero amount
 * @returns `{ average, worst, onTimeShare, amount, count }` (`amount` at 2 decimals)
 * @throws {@link SalesOpsError} INVALID_INPUT when the list is empty or a payment has a bad amount or date
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when every amount is zero (there is nothing to weight by)
 *
 * @example
 * ```ts
 * import { daysBeyondTerms } from 'salesops-kit/credit';
 *
 * daysBeyondTerms([
 *   { amount: 3000, dueDate: '2026-01-31', paidDate: '2026-01-31' },
 *   { amount: 1000, dueDate: '2026-02-28', paidDate: '2026-03-20' },
 * ]) //=> { average: 5, worst: 20, onTimeShare: 0.75, amount: '4000.00', count: 2 }
 * ```
 */
export function daysBeyondTerms(payments: PaymentRecord[]): PaymentBehaviour {
  if (!Array.isArray(payments)) invalid(['payments'], 'must be an array of payments', payments);
  if (payments.length === 0) invalid(['payments'], 'must have at least one payment', payments);
  const weights = new Float64Array(payments.length);
  const weighted = new Float64Array(payments.length);
  // On-time amounts are summed the same compensated way as all amounts, from the same numbers,
  // so that when every payment is on time the share is exactly 1 (a naive sum could make it
  // 1.0000000000000002 against a compensated total).
  const onTime = new Float64Array(payments.length);
  let total = toDecimal(0, []);
  let worst = 0;
  payments.forEach((p, i) => {
    if (!isObject(p)) invalid(['payments', i], 'must be a payment object', p);
    const amount = toDecimal(p.amount, ['payments', i, 'amount']);
    if (amount.isNegative() && !amount.isZero()) invalid(['payments', i, 'amount'], 'must not be negative', p.amount);
    const days = toDay(p.paidDate, ['payments', i, 'paidDate']) - toDay(p.dueDate, ['payments', i, 'dueDate']);
    const w = amount.toNumber();
    total = total.plus(amount);
    weights[i] = w;
    weighted[i] = w * days;
    if (days <= 0) onTime[i] = w;
    else if (w > 0 && days > worst) worst = days;
  });
  const sum = sumNumbers(weights);
  if (!(sum > 0)) fail('ZERO_WEIGHTS', ['payments'], 'every payment amount is zero: there is nothing to weight the days by');
  return {
    average: sumNumbers(weighted) / sum + 0,
    worst,
    onTimeShare: Math.min(1, sumNumbers(onTime) / sum),
    amount: formatDecimal(total, 2),
    count: payments.length,
  };
}

// D&B's anchors: [days beyond terms, PAYDEX], ascending in days.
const ANCHORS: ReadonlyArray<readonly [number, number]> = [
  [-30, 100],
  [-20, 90],
  [0, 80],
  [15, 70],
  [22, 60],
  [30, 50],
  [60, 40],
  [90, 30],
  [120, 20],
];

/**
 * The PAYDEX of an average number of days beyond terms, on D&B's anchors, linear between them
 * (100 at 30 days early or earlier, 20 at 120 days late, then down by 1 point per 3 days to 1).
 *
 * @param days - average days beyond terms (negative = early)
 * @returns the PAYDEX before rounding, from 1 to 100
 * @throws {@link SalesOpsError} INVALID_INPUT when `days` is not a finite number
 *
 * @example
 * ```ts
 * import { paydexForDays } from 'salesops-kit/credit';
 *
 * paydexForDays(0) //=> 80
 * paydexForDays(7.5) //=> 75
 * paydexForDays(45) //=> 45
 * paydexForDays(400) //=> 1
 * ```
 */
export function paydexForDays(days: number): number {
  if (typeof days !== 'number' || !Number.isFinite(days)) invalid(['days'], 'must be a finite number', days);
  if (days <= -30) return 100;
  for (let k = 1; k < ANCHORS.length; k += 1) {
    const [d1, s1] = ANCHORS[k] as readonly [number, number];
    if (days <= d1) {
      const [d0, s0] = ANCHORS[k - 1] as readonly [number, number];
      return s0 + ((s1 - s0) * (days - d0)) / (d1 - d0);
    }
  }
  return Math.max(1, 20 - (days - 120) / 3);
}

/**
 * A PAYDEX score from payments: amount-weighted days beyond terms mapped to 1–100 on D&B's
 * anchors (see {@link paydexForDays}), rounded half-up to a whole number as D&B publishes it.
 *
 * @param payments - `{ amount, dueDate, paidDate }` per payment (see {@link daysBeyondTerms})
 * @returns `{ score, exactScore, daysBeyondTerms }`
 * @throws {@link SalesOpsError} INVALID_INPUT when the list is empty or a payment is invalid
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when every amount is zero
 *
 * @example
 * ```ts
 * import { paydexScore } from 'salesops-kit/credit';
 *
 * paydexScore([
 *   { amount: 1000, dueDate: '2026-01-31', paidDate: '2026-02-15' },
 *   { amount: 1000, dueDate: '2026-02-28', paidDate: '2026-03-15' },
 * ]) //=> { score: 70, exactScore: 70, daysBeyondTerms: 15 }
 * paydexScore([]) //=> throws INVALID_INPUT
 * ```
 */
export function paydexScore(payments: PaymentRecord[]): PaydexResult {
  const { average } = daysBeyondTerms(payments);
  const exactScore = paydexForDays(average);
  return { score: Math.floor(exactScore + 0.5), exactScore, daysBeyondTerms: average };
}
