/**
 * Customer summaries from a transaction log: the RFM facts (recency, frequency, money) and the
 * BTYD values x, t_x, T and the repeat-purchase mean that the BG/NBD and Gamma-Gamma models read.
 *
 * Definitions (they reproduce the CDNOW summary published with Fader, Hardie and Lee 2005 for
 * every customer — see the test):
 * - Everything is worked out per calendar day first. A day's transactions are netted: its value
 *   is the sum of its amounts, purchases (amount ≥ 0) and refunds (amount < 0) alike.
 * - A **purchase day** is a day whose net value is zero or more. A day whose refunds outweigh its
 *   purchases (net value below zero) is a refund day: it is not a purchase, so it counts neither
 *   in x nor in the purchase days, and it moves neither the first nor the last purchase; its
 *   amount still counts in `monetaryTotal`. A day that nets to exactly zero (a free order, or an
 *   exchange refunded the same day) is a purchase day worth 0, and lowers `monetaryValue`.
 * - `x` is the number of purchase days after the first; `monetaryValue` is the mean of their
 *   values (so it is never negative).
 */
import * as z from 'zod/mini';
import {
  type CalendarDay,
  Dec,
  type Decimal,
  type DateInput,
  type DecimalInput,
  DateInputSchema,
  DecimalInputSchema,
  divideHalfUp,
  formatDay,
  formatDecimal,
  formatUnits,
  idSchema,
  invalid,
  isObject,
  oneOf,
  readId,
  readObject,
  readStrict,
  scaleSchema,
  toDay,
  toDecimal,
  toScale,
  unitsAt,
} from '../core/index.js';

/** One line of a transaction log: who bought (or was refunded), when, and how much. */
export interface CustomerTransaction {
  /** The customer's id: any non-empty string (`'__proto__'` is an ordinary id). */
  customerId: string;
  /** The calendar day of the transaction. */
  date: DateInput;
  /** The amount: zero or more for a purchase, negative for a refund. */
  amount: DecimalInput;
}

/** Options of {@link summarizeCustomers}. */
export interface SummarizeCustomersOptions {
  /** The day of the analysis (inclusive): later transactions are ignored and counted. */
  asOf: DateInput;
  /** The unit of `tx` and `T`: `'day'` (default) or `'week'` (days / 7). */
  periodUnit?: 'day' | 'week' | undefined;
  /** Decimals of the amounts returned (default 2). */
  scale?: number | undefined;
}

/** What {@link summarizeCustomers} reports for one customer. */
export interface CustomerSummary {
  /** The customer's id. */
  customerId: string;
  /** The first purchase day, `'YYYY-MM-DD'`. */
  firstPurchase: string;
  /** The last purchase day on or before `asOf`. */
  lastPurchase: string;
  /** The purchase day before the last one, or `null` for a customer with one purchase day. */
  previousPurchase: string | null;
  /** Days from the last purchase to `asOf`. */
  recencyDays: number;
  /** Days from the first purchase to `asOf` (the customer's age, or tenure). */
  tenureDays: number;
  /** The number of purchases (transactions with an amount of zero or more) on purchase days. */
  frequency: number;
  /** The number of distinct purchase days (x + 1). */
  purchaseDays: number;
  /** The net total of all the customer's transactions up to `asOf`, refunds included. */
  monetaryTotal: string;
  /** `monetaryTotal / frequency`, rounded half-up. */
  averageOrderValue: string;
  /** The total refunded up to `asOf` (the negative amounts, as a positive figure). */
  refundTotal: string;
  /** BTYD x: the number of repeat purchase days (distinct purchase days after the first). */
  x: number;
  /** BTYD t_x: first to last purchase, in `periodUnit`. */
  tx: number;
  /** BTYD T: first purchase to `asOf`, in `periodUnit`. */
  T: number;
  /** The mean, over the repeat purchase days, of each day's net value; `'0.00'` when x = 0. */
  monetaryValue: string;
  /** The unit of `tx` and `T`. */
  periodUnit: 'day' | 'week';
  /** The number of the customer's transactions dated after `asOf`, which were left out. */
  ignoredAfterAsOf: number;
}

/**
 * The schema of one transaction (extra fields are allowed and ignored).
 *
 * @example
 * ```ts
 * import { CustomerTransactionSchema } from 'salesops-kit/customers';
 *
 * CustomerTransactionSchema.safeParse({ customerId: 'c1', date: '2026-01-05', amount: '19.90' }).success //=> true
 * CustomerTransactionSchema.safeParse({ customerId: '', date: '2026-01-05', amount: 5 }).success //=> false
 * ```
 */
export const CustomerTransactionSchema: z.ZodMiniType<CustomerTransaction> = /* @__PURE__ */ (() =>
  z.looseObject({
    customerId: /* @__PURE__ */ idSchema(),
    date: DateInputSchema,
    amount: DecimalInputSchema,
  }))();

/**
 * The schema of the options of {@link summarizeCustomers}.
 *
 * @example
 * ```ts
 * import { SummarizeCustomersOptionsSchema } from 'salesops-kit/customers';
 *
 * SummarizeCustomersOptionsSchema.safeParse({ asOf: '2026-06-30', periodUnit: 'week' }).success //=> true
 * SummarizeCustomersOptionsSchema.safeParse({ asOf: '2026-06-30', periodUnit: 'month' }).success //=> false
 * ```
 */
export const SummarizeCustomersOptionsSchema: z.ZodMiniType<SummarizeCustomersOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    asOf: DateInputSchema,
    periodUnit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['day', 'week'])),
    scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ scaleSchema()),
  }))();

// Day and transaction index packed into one double for a native typed-array sort:
// (day − MIN_DAY) · 2^30 + index < 2^22 · 2^30 = 2^52.
const MIN_DAY = -719162;
const INDEX_SPAN = 1073741824; // 2^30

/** Exact arithmetic on a customer's amounts: integer units in doubles, or decimal.js. */
interface Arithmetic<T> {
  zero: T;
  add(a: T, b: T): T;
  negative(a: T): boolean;
  format(a: T): string;
  mean(a: T, count: number): string;
}

/**
 * Summarises a transaction log per customer: first and last purchase, recency, frequency, money,
 * and the BTYD values `x`, `tx`, `T` and `monetaryValue`.
 *
 * Transactions are netted per day (see the guide): a day worth zero or more is a purchase day, a
 * day whose refunds outweigh its purchases is not. `x` counts the purchase days after the first
 * (several purchases on one day are one); `monetaryValue` is the mean net value of those repeat
 * days, rounded half-up to `scale` — a decimal string like every amount, so convert it with
 * `Number()` where a model needs a number. Transactions dated after `asOf` are left out and
 * counted in `ignoredAfterAsOf`; a customer with no purchase day up to `asOf` (only later
 * transactions, or only refunds) has no summary. The result is sorted by `customerId` (UTF-16
 * code unit order), whatever the order of the input.
 *
 * @param transactions - the transaction log, in any order
 * @param options - `asOf` (inclusive), `periodUnit` of `tx` and `T` (`'day'`, default, or
 *   `'week'` = days / 7) and `scale` of the amounts (default 2)
 * @returns one summary per customer with a purchase up to `asOf`, sorted by `customerId`
 * @throws {@link SalesOpsError} INVALID_INPUT when `transactions` is not an array, a
 *   transaction's `customerId` is not a non-empty string, its `date` is not a calendar date or its
 *   `amount` is not an amount, or an option is missing, misspelt or invalid
 *
 * @example
 * ```ts
 * import { summarizeCustomers } from 'salesops-kit/customers';
 *
 * const [ana] = summarizeCustomers(
 *   [
 *     { customerId: 'ana', date: '2026-01-05', amount: '40.00' },
 *     { customerId: 'ana', date: '2026-01-05', amount: '10.00' },
 *     { customerId: 'ana', date: '2026-02-02', amount: '30.00' },
 *     { customerId: 'ana', date: '2026-02-02', amount: '-5.00' },
 *     { customerId: 'ana', date: '2026-03-02', amount: '20.00' },
 *     { customerId: 'ana', date: '2026-04-01', amount: '99.00' },
 *   ],
 *   { asOf: '2026-03-30', periodUnit: 'week' },
 * );
 * ana
 * //=> { customerId: 'ana', firstPurchase: '2026-01-05', lastPurchase: '2026-03-02',
 * //     previousPurchase: '2026-02-02', recencyDays: 28, tenureDays: 84, frequency: 4,
 * //     purchaseDays: 3, monetaryTotal: '95.00', averageOrderValue: '23.75', refundTotal: '5.00',
 * //     x: 2, tx: 8, T: 12, monetaryValue: '22.50', periodUnit: 'week', ignoredAfterAsOf: 1 }
 * ```
 */
export function summarizeCustomers(transactions: readonly CustomerTransaction[], options: SummarizeCustomersOptions): CustomerSummary[] {
  // Options checked by hand, as SummarizeCustomersOptionsSchema would (the tests hold them to the
  // same verdicts): zod would add some 6 kB (gzipped) to a program that only summarises.
  const o = readStrict(options, ['options'], ['asOf', 'periodUnit', 'scale']);
  const asOf = toDay(o['asOf'], ['options', 'asOf']);
  const periodUnit = oneOf(o['periodUnit'], ['day', 'week'] as const, ['options', 'periodUnit']);
  const perPeriod = periodUnit === 'week' ? 7 : 1;
  const scale = toScale(o['scale'], ['options', 'scale'], 2);
  if (!Array.isArray(transactions)) invalid(['transactions'], 'must be an array', transactions);

  // Pass 1: validate every row (hand-written: zod is too slow for millions of rows; the tests
  // check that this loop and CustomerTransactionSchema reject the same values), number the
  // customers, and keep day and units of the rows up to asOf.
  const n = transactions.length;
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const customerOf = new Int32Array(n);
  const dayOf = new Int32Array(n);
  const units = new Float64Array(n); // NaN: read exactly with decimal.js (see `exact`)
  const exact = new Map<number, Decimal>();
  const counts: number[] = [];
  const ignored: number[] = [];
  for (let i = 0; i < n; i += 1) {
    // The readers build their path only when the cheap test fails. (toDay takes its path
    // whatever the value; building it per row costs no measurable time, so there is no
    // module-local date reader.)
    const t = transactions[i] as unknown;
    const row = isObject(t) ? t : readObject(t, ['transactions', i]);
    const { customerId: rawId, date, amount } = row;
    const customerId = typeof rawId === 'string' && rawId !== '' ? rawId : readId(rawId, ['transactions', i, 'customerId']);
    const day = toDay(date, ['transactions', i, 'date']);
    const u = unitsAt(amount, scale);
    if (Number.isNaN(u)) exact.set(i, toDecimal(amount, ['transactions', i, 'amount']));
    let c = indexOf.get(customerId);
    if (c === undefined) {
      c = ids.length;
      indexOf.set(customerId, c);
      ids.push(customerId);
      counts.push(0);
      ignored.push(0);
    }
    customerOf[i] = c;
    dayOf[i] = day;
    units[i] = u;
    if (day > asOf) {
      ignored[c] = (ignored[c] as number) + 1;
      continue;
    }
    counts[c] = (counts[c] as number) + 1;
  }

  // Pass 2: group the kept rows by customer (a counting sort), customers in id order, and
  // within a customer by day (a native sort of the packed day–index keys).
  const order = ids.map((_, c) => c).sort((a, b) => compareIds(ids[a] as string, ids[b] as string));
  const start = new Int32Array(ids.length + 1);
  for (let k = 0; k < order.length; k += 1) {
    const c = order[k] as number;
    start[k + 1] = (start[k] as number) + (counts[c] as number);
  }
  const slot = new Int32Array(ids.length);
  for (let k = 0; k < order.length; k += 1) slot[order[k] as number] = start[k] as number;
  const keys = new Float64Array(start[ids.length] as number);
  for (let i = 0; i < n; i += 1) {
    const day = dayOf[i] as number;
    if (day > asOf) continue;
    const c = customerOf[i] as number;
    keys[slot[c] as number] = (day - MIN_DAY) * INDEX_SPAN + i;
    slot[c] = (slot[c] as number) + 1;
  }

  const fast: Arithmetic<number> = {
    zero: 0,
    add: (a, b) => a + b,
    negative: (a) => a < 0,
    format: (a) => formatUnits(a, scale),
    mean: (a, count) => formatUnits(divideHalfUp(a, count), scale),
  };
  const precise: Arithmetic<Decimal> = {
    zero: new Dec(0),
    add: (a, b) => a.plus(b),
    negative: (a) => a.isNegative() && !a.isZero(),
    format: (a) => formatDecimal(a, scale),
    mean: (a, count) => formatDecimal(a.dividedBy(count), scale),
  };
  const divisor = new Dec(10).pow(scale);
  const valueOf = (i: number): Decimal => exact.get(i) ?? new Dec(units[i] as number).dividedBy(divisor);

  const summaries: CustomerSummary[] = [];
  for (let k = 0; k < order.length; k += 1) {
    const c = order[k] as number;
    const from = start[k] as number;
    const to = start[k + 1] as number;
    sortRange(keys, from, to);
    const sweep = { from, to, asOf, perPeriod, periodUnit, ignored: ignored[c] as number };
    const summary = allFast(keys, from, to, units)
      ? summarise(ids[c] as string, keys, sweep, (i) => units[i] as number, fast)
      : summarise(ids[c] as string, keys, sweep, valueOf, precise);
    if (summary !== null) summaries.push(summary);
  }
  return summaries;
}

/** Sorts `keys[from..to)` ascending: insertion sort for the usual handful, native beyond. */
function sortRange(keys: Float64Array, from: number, to: number): void {
  if (to - from > 24) {
    keys.subarray(from, to).sort();
    return;
  }
  for (let j = from + 1; j < to; j += 1) {
    const key = keys[j] as number;
    let k = j - 1;
    for (; k >= from && (keys[k] as number) > key; k -= 1) keys[k + 1] = keys[k] as number;
    keys[k + 1] = key;
  }
}

/** Whether a customer's rows all have exact units whose sums stay exact in doubles. */
function allFast(keys: Float64Array, from: number, to: number, units: Float64Array): boolean {
  let sum = 0;
  for (let j = from; j < to; j += 1) {
    const u = units[(keys[j] as number) % INDEX_SPAN] as number;
    if (Number.isNaN(u)) return false;
    sum += u < 0 ? -u : u;
  }
  return sum <= Number.MAX_SAFE_INTEGER;
}

interface Sweep {
  from: number;
  to: number;
  asOf: CalendarDay;
  perPeriod: number;
  periodUnit: 'day' | 'week';
  ignored: number;
}

/** Walks one customer's rows in day order and builds the summary (null: no purchase day). */
function summarise<T>(
  customerId: string,
  keys: Float64Array,
  sweep: Sweep,
  valueOf: (index: number) => T,
  math: Arithmetic<T>,
): CustomerSummary | null {
  let first = -1;
  let last = -1;
  let previous = -1;
  let purchaseDays = 0;
  let frequency = 0;
  let total = math.zero;
  let refunds = math.zero;
  let repeatTotal = math.zero;
  let j = sweep.from;
  while (j < sweep.to) {
    const day = Math.floor((keys[j] as number) / INDEX_SPAN);
    let net = math.zero;
    let purchases = 0;
    for (; j < sweep.to && Math.floor((keys[j] as number) / INDEX_SPAN) === day; j += 1) {
      const value = valueOf((keys[j] as number) % INDEX_SPAN);
      net = math.add(net, value);
      if (math.negative(value)) refunds = math.add(refunds, value);
      else purchases += 1;
    }
    total = math.add(total, net);
    if (math.negative(net)) continue; // a refund day
    purchaseDays += 1;
    frequency += purchases;
    if (first < 0) first = day;
    else repeatTotal = math.add(repeatTotal, net);
    previous = last;
    last = day;
  }
  if (first < 0) return null;
  const firstDay = first + MIN_DAY;
  const lastDay = last + MIN_DAY;
  const x = purchaseDays - 1;
  const refundText = math.format(refunds);
  return {
    customerId,
    firstPurchase: formatDay(firstDay),
    lastPurchase: formatDay(lastDay),
    previousPurchase: previous < 0 ? null : formatDay(previous + MIN_DAY),
    recencyDays: sweep.asOf - lastDay,
    tenureDays: sweep.asOf - firstDay,
    frequency,
    purchaseDays,
    monetaryTotal: math.format(total),
    averageOrderValue: math.mean(total, frequency),
    refundTotal: refundText.charCodeAt(0) === 45 ? refundText.slice(1) : refundText,
    x,
    tx: (lastDay - firstDay) / sweep.perPeriod,
    T: (sweep.asOf - firstDay) / sweep.perPeriod,
    monetaryValue: x === 0 ? math.format(math.zero) : math.mean(repeatTotal, x),
    periodUnit: sweep.periodUnit,
    ignoredAfterAsOf: sweep.ignored,
  };
}

/** Plain UTF-16 code unit order, so the result does not depend on the host's locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
