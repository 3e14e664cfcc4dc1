/**
 * Days sales outstanding: how many days of sales the receivables represent.
 *
 * Two methods, both standard in credit management:
 * - **countback** (the default; also called the exhaustion method): start from the receivables
 *   and walk back through the periods, newest first, subtracting each period's sales; every
 *   period the receivables fully cover adds its days, the period where they run out adds its
 *   days pro rata. It follows the real timing of sales, so a seasonal peak does not distort it.
 * - **simple** (average): `receivables / total sales × total days` over all the periods given.
 *
 * When the receivables exceed all the sales given, the countback goes on at the average daily
 * sales of the periods given and the result says `complete: false`.
 */
import * as z from 'zod/mini';
import {
  Dec,
  type Decimal,
  type DecimalInput,
  fail,
  formatDecimal,
  integerSchema,
  invalid,
  nonNegativeAmount,
  oneOf,
  readAmount,
  readInteger,
  readStrict,
} from '../core/index.js';

/** The input of {@link daysSalesOutstanding}. */
export interface DsoInput {
  /** Receivables outstanding at the end of the last period (zero or more). */
  receivables: DecimalInput;
  /** Credit sales per period, oldest first, each with its length in days. */
  periods: Array<{
    /** Credit sales of the period (zero or more). */
    sales: DecimalInput;
    /** Days in the period (a whole number, 1 or more). */
    days: number;
  }>;
  /** `'countback'` (default) or `'simple'`. */
  method?: 'countback' | 'simple' | undefined;
}

/** The result of {@link daysSalesOutstanding}. */
export interface DsoResult {
  /** Days sales outstanding. */
  dso: number;
  /** The method used. */
  method: 'countback' | 'simple';
  /** Periods counted back (countback: the last one perhaps in part), or all of them (simple). */
  periodsUsed: number;
  /** Whether the periods given covered the receivables (always true for `simple`). */
  complete: boolean;
  /** The receivables, at 2 decimals. */
  receivables: string;
  /** Total sales of the periods given, at 2 decimals. */
  sales: string;
}

/**
 * The schema of a {@link DsoInput}.
 *
 * @example
 * ```ts
 * import { DsoInputSchema } from 'salesops-kit/credit';
 *
 * DsoInputSchema.safeParse({ receivables: 1000, periods: [{ sales: 900, days: 30 }] }).success //=> true
 * DsoInputSchema.safeParse({ receivables: 1000, periods: [] }).success //=> false
 * ```
 */
export const DsoInputSchema: z.ZodMiniType<DsoInput> = /* @__PURE__ */ (() =>
  z.strictObject({
    receivables: nonNegativeAmount(),
    periods: z
      .array(z.strictObject({ sales: nonNegativeAmount(), days: integerSchema(1) }))
      .check(z.minLength(1, 'must have at least one period')),
    method: z.optional(z.enum(['countback', 'simple'])),
  }))() as never;

/**
 * Days sales outstanding, by the countback method (default) or the simple average method.
 *
 * @param input - `{ receivables, periods: [{ sales, days }] (oldest first), method? }`
 * @returns `{ dso, method, periodsUsed, complete, receivables, sales }`
 * @throws {@link SalesOpsError} INVALID_INPUT when an amount is negative or invalid, a period's
 *   days are not a whole number of at least 1, or there is no period
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when receivables are outstanding but every period's sales are zero
 *
 * @example
 * ```ts
 * import { daysSalesOutstanding } from 'salesops-kit/credit';
 *
 * const periods = [{ sales: 90000, days: 31 }, { sales: 60000, days: 28 }, { sales: 120000, days: 31 }];
 * daysSalesOutstanding({ receivables: 150000, periods }).dso //=> 45
 * daysSalesOutstanding({ receivables: 150000, periods, method: 'simple' }).dso //=> 50
 * ```
 */
export function daysSalesOutstanding(input: DsoInput): DsoResult {
  // Read by hand (DsoInputSchema rejects the same values), so that DSO does not pull zod's
  // object machinery into a bundle.
  const v = readStrict(input, ['input'], ['receivables', 'periods', 'method']);
  const ar = readAmount(v.receivables, ['input', 'receivables'], 'nonNegative');
  if (!Array.isArray(v.periods) || v.periods.length === 0) invalid(['input', 'periods'], 'must have at least one period', v.periods);
  const periods = v.periods.map((p, i) => {
    const period = readStrict(p, ['input', 'periods', i], ['sales', 'days']);
    return {
      sales: readAmount(period.sales, ['input', 'periods', i, 'sales'], 'nonNegative'),
      days: readInteger(period.days, ['input', 'periods', i, 'days'], 1),
    };
  });
  const method = oneOf(v.method, ['countback', 'simple'], ['input', 'method']);
  const sales = periods.map((p) => p.sales);
  let totalSales: Decimal = new Dec(0);
  let totalDays = 0;
  for (let i = 0; i < periods.length; i += 1) {
    totalSales = totalSales.plus(sales[i] as Decimal);
    totalDays += (periods[i] as { days: number }).days;
  }
  const out = (dso: Decimal, periodsUsed: number, complete: boolean): DsoResult => ({
    dso: dso.toNumber() + 0,
    method,
    periodsUsed,
    complete,
    receivables: formatDecimal(ar, 2),
    sales: formatDecimal(totalSales, 2),
  });
  if (ar.isZero()) return out(new Dec(0), 0, true);
  if (totalSales.isZero())
    fail('ZERO_WEIGHTS', ['input', 'periods'], 'every period has zero sales: receivables cannot be expressed in days of sales');
  if (method === 'simple') return out(ar.dividedBy(totalSales).times(totalDays), periods.length, true);
  let left = ar;
  let dso: Decimal = new Dec(0);
  for (let i = periods.length - 1; i >= 0; i -= 1) {
    const s = sales[i] as Decimal;
    const days = (periods[i] as { days: number }).days;
    if (left.lte(s)) return out(dso.plus(left.dividedBy(s).times(days)), periods.length - i, true);
    dso = dso.plus(days);
    left = left.minus(s);
  }
  return out(dso.plus(left.dividedBy(totalSales).times(totalDays)), periods.length, false);
}
