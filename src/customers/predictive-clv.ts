/**
 * Predictive customer lifetime value: the BG/NBD model's expected purchases month by month,
 * times the Gamma-Gamma model's expected spend per purchase, times the margin, discounted.
 *
 * The period unit of the data is a required option. lifetimes' `customer_lifetime_value` takes it
 * as `freq`, defaulting to days, and its quickstart applies that default to CDNOW's weekly data:
 * a "month" there is 30 weeks, and the 12-month CLV it prints is really about seven years' worth.
 * Here there is no default to fall into.
 */
import * as z from 'zod/mini';
import {
  Dec,
  formatDecimal,
  invalid,
  type IssuePath,
  optional,
  readAboveZero,
  readInteger,
  readStrict,
  readWeight,
  scaleSchema,
  splitAmount,
} from '../core/index.js';
import {
  aliveProbability,
  type BgNbdCustomer,
  type BgNbdParams,
  expectedPurchasesIfAlive,
  readBgNbdParams,
  readCustomer,
} from './bg-nbd.js';
import { averageSpend, type GammaGammaParams, readGammaGammaParams, readSpend, type SpendSummary } from './gamma-gamma.js';

/** The two fitted models CLV needs. */
export interface CustomerValueModels {
  /** The purchase model (e.g. `fitBgNbd`'s result), fitted in the same period unit as the histories. */
  bgNbd: BgNbdParams;
  /** The spend model (e.g. `fitGammaGamma`'s result); its q must be greater than 1. */
  gammaGamma: GammaGammaParams;
}

/** Options of {@link customerLifetimeValue} and `rankCustomersByValue`. */
export interface CustomerValueOptions {
  /** Required: the unit of tx and T — `'day'`, `'week'` (days / 7) or `'month'`. There is no default. */
  periodUnit: 'day' | 'week' | 'month';
  /** The horizon, in whole months (default 12). */
  horizonMonths?: number | undefined;
  /** The discount rate per month, e.g. 0.01 for 1 % a month, about 12.7 % a year (default 0.01). */
  monthlyDiscountRate?: number | undefined;
  /** The share of spend that is margin, from 0 to 1 (default 1: the CLV is in revenue). */
  margin?: number | undefined;
  /** Periods in a month; default 365.25 / 12 days, 365.25 / 84 weeks, 1 month. */
  periodsPerMonth?: number | undefined;
  /** Decimals of the money amounts (default 2). */
  scale?: number | undefined;
}

/** A customer's value in one month of the horizon. */
export interface MonthlyValue {
  /** 1 for the first month after the end of observation, 2 for the next, … */
  month: number;
  /** Expected purchases in that month. */
  expectedPurchases: number;
  /** 1 / (1 + monthly discount rate)^month. */
  discountFactor: number;
  /** The month's discounted value; the months add up exactly to `clv`. */
  value: string;
}

/** The result of {@link customerLifetimeValue}. */
export interface CustomerLifetimeValue {
  /** The discounted expected value of the customer's purchases over the horizon (times the margin). */
  clv: string;
  /** The probability that the customer is still alive (BG/NBD). */
  probabilityAlive: number;
  /** Expected purchases over the whole horizon (BG/NBD, conditional on the history). */
  expectedPurchases: number;
  /** Expected spend per purchase (Gamma-Gamma, conditional on the history). */
  expectedAverageSpend: string;
  /** Periods of the data in one month, as used. */
  periodsPerMonth: number;
  /** Month by month: expected purchases, discount factor and discounted value. */
  months: MonthlyValue[];
  /** The figure in one sentence. */
  explanation: string;
}

const UNIT_PROBLEM = 'is required: "day", "week" or "month", the unit of tx and T';

/**
 * Options of the CLV functions (see {@link CustomerValueOptions}); `periodUnit` is required.
 *
 * @example
 * ```ts
 * import { CustomerValueOptionsSchema } from 'salesops-kit/customers';
 *
 * CustomerValueOptionsSchema.safeParse({ periodUnit: 'week', horizonMonths: 12 }).success //=> true
 * CustomerValueOptionsSchema.safeParse({ horizonMonths: 12 }).success //=> false
 * ```
 */
export const CustomerValueOptionsSchema: z.ZodMiniType<CustomerValueOptions> = /* @__PURE__ */ valueOptionsSchema();

function valueOptionsSchema(): z.ZodMiniType<CustomerValueOptions> {
  const share = (): z.ZodMiniOptional<z.ZodMiniNumber<number>> =>
    z.optional(z.number().check(z.gte(0, 'must not be negative'), z.lte(1, 'must be at most 1')));
  return z.strictObject({
    periodUnit: z.enum(['day', 'week', 'month'], { error: UNIT_PROBLEM }),
    horizonMonths: z.optional(z.number().check(z.int(), z.gte(1, 'must be at least 1'), z.lte(1200, 'must be at most 1200'))),
    monthlyDiscountRate: share(),
    margin: share(),
    periodsPerMonth: z.optional(z.number().check(z.gt(0, 'must be greater than 0'))),
    scale: z.optional(scaleSchema()),
  });
}

const OPTION_KEYS = ['periodUnit', 'horizonMonths', 'monthlyDiscountRate', 'margin', 'periodsPerMonth', 'scale'];

const DAYS_PER_MONTH = 365.25 / 12;

/** Validated options with their defaults. @internal */
export interface ValueSettings {
  months: number;
  rate: number;
  margin: number;
  perMonth: number;
  scale: number;
  unit: CustomerValueOptions['periodUnit'];
}

/**
 * Reads the CLV options as {@link CustomerValueOptionsSchema} does, in its words (the tests hold
 * the two to the same verdicts and messages), so that zod stays out of the bundle. @internal
 */
export function readValueOptions(options: unknown): ValueSettings {
  const o = readStrict(options, ['options'], OPTION_KEYS);
  const unit = o['periodUnit'];
  if (unit !== 'day' && unit !== 'week' && unit !== 'month') invalid(['options', 'periodUnit'], UNIT_PROBLEM, unit);
  return {
    months: optional(o['horizonMonths'], (v) => readInteger(v, ['options', 'horizonMonths'], 1, 1200)) ?? 12,
    rate: optional(o['monthlyDiscountRate'], (v) => readWeight(v, ['options', 'monthlyDiscountRate'], 1)) ?? 0.01,
    margin: optional(o['margin'], (v) => readWeight(v, ['options', 'margin'], 1)) ?? 1,
    perMonth:
      optional(o['periodsPerMonth'], (v) => readAboveZero(v, ['options', 'periodsPerMonth'])) ??
      (unit === 'day' ? DAYS_PER_MONTH : unit === 'week' ? DAYS_PER_MONTH / 7 : 1),
    scale: optional(o['scale'], (v) => readInteger(v, ['options', 'scale'], 0, 20)) ?? 2,
    unit,
  };
}

/** Reads both models. @internal */
export function readModels(models: unknown, path: IssuePath): [BgNbdParams, GammaGammaParams] {
  const m = (typeof models === 'object' && models !== null ? models : {}) as Record<string, unknown>;
  return [readBgNbdParams(m['bgNbd'], [...path, 'bgNbd']), readGammaGammaParams(m['gammaGamma'], [...path, 'gammaGamma'])];
}

/**
 * One customer's value, unvalidated: P(alive), expected spend, and month by month the expected
 * purchases (P(alive) × the increase of eq. (10)'s numerator) and their discounted value, pushed
 * to `perMonth` when given. Returns [P(alive), spend, purchases, clv]. @internal
 */
export function valueOf(
  bg: BgNbdParams,
  gg: GammaGammaParams,
  { x, tx, T }: BgNbdCustomer,
  spend: number,
  s: ValueSettings,
  perMonth?: Array<[purchases: number, discount: number, value: number]>,
): [number, number, number, number] {
  const alive = aliveProbability(bg, x, tx, T);
  const each = averageSpend(gg, x, x > 0 ? spend : 0);
  let before = 0;
  let total = 0;
  let discount = 1;
  for (let m = 1; m <= s.months; m += 1) {
    const cumulative = expectedPurchasesIfAlive(bg, x, T, m * s.perMonth, ['options', 'horizonMonths']);
    const purchases = cumulative > before ? (cumulative - before) * alive : 0;
    before = Math.max(before, cumulative);
    // Divided month by month rather than raised to a power: division is exactly rounded
    // everywhere, `**` is not (Chromium and Node differ in the last bit).
    discount /= 1 + s.rate;
    const value = purchases * each * s.margin * discount;
    total += value;
    perMonth?.push([purchases, discount, value]);
  }
  return [alive, each, before * alive, total];
}

const UNIT_NAMES = { day: 'days', week: 'weeks', month: 'months' } as const;

const round = (v: number, digits: number): string => String(Number(v.toFixed(digits)));

/**
 * A customer's predicted lifetime value over a horizon in months: the sum over months m = 1…H of
 * expected purchases in month m × expected spend per purchase × margin / (1 + monthly discount
 * rate)^m — the discounted-cash-flow form of lifetimes' `customer_lifetime_value`, with the
 * period unit of the data required.
 *
 * The expected purchases come from the BG/NBD model conditional on the customer's history
 * (Fader, Hardie and Lee 2005, eq. (10)), the spend per purchase from the Gamma-Gamma model
 * (Fader and Hardie 2013). A month is `periodsPerMonth` periods of the data: 365.25 / 12 days or
 * 365.25 / 84 weeks unless given. Each month's value is discounted at its end. The monthly values
 * are rounded with the largest-remainder rule so that they add up exactly to `clv`.
 *
 * @param models - the fitted `bgNbd` and `gammaGamma` parameters
 * @param customer - the customer's x, tx, T (in `periodUnit`) and monetaryValue (mean repeat spend)
 * @param options - `periodUnit` (required), `horizonMonths` (12), `monthlyDiscountRate` (0.01),
 *   `margin` (1), `periodsPerMonth`, `scale` (2)
 * @returns the CLV, the figures it is made of, month by month, and a sentence explaining it
 * @throws {@link SalesOpsError} INVALID_INPUT when a parameter, the history, the monetary value or
 *   an option is invalid (a missing `periodUnit` included), with its path; NOT_CONVERGED when the
 *   horizon is absurdly long relative to the customer's age (see `expectedPurchases`)
 *
 * @example
 * ```ts
 * import { customerLifetimeValue } from 'salesops-kit/customers';
 *
 * const models = {
 *   bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 },
 *   gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 },
 * };
 * const value = customerLifetimeValue(models, { x: 2, tx: 30.43, T: 38.86, monetaryValue: '22.35' }, { periodUnit: 'week' });
 * value.clv //=> '36.31'
 * value.explanation
 * //=> 'P(alive) 0.727; 1.5631 expected purchases in the next 12 months (52.18 weeks) at 24.66 each, margin 1, discounted at 1% a month: 36.31'
 * customerLifetimeValue(models, { x: 2, tx: 30.43, T: 38.86, monetaryValue: '22.35' }, {} as never) //=> throws INVALID_INPUT
 * ```
 */
export function customerLifetimeValue(
  models: CustomerValueModels,
  customer: BgNbdCustomer & SpendSummary,
  options: CustomerValueOptions,
): CustomerLifetimeValue {
  const [bg, gg] = readModels(models, ['models']);
  const settings = readValueOptions(options);
  const history = readCustomer(customer, ['customer']);
  const [, spend] = readSpend(customer, ['customer']);
  const months: Array<[number, number, number]> = [];
  const [alive, each, purchases, total] = valueOf(bg, gg, history, spend, settings, months);
  const { scale } = settings;
  const clv = new Dec(total);
  const values =
    total > 0
      ? splitAmount(
          clv,
          months.map((m) => m[2]),
          scale,
        )
      : months.map(() => formatDecimal(clv, scale));
  const clvText = formatDecimal(clv, scale);
  const spendText = formatDecimal(new Dec(each), scale);
  return {
    clv: clvText,
    probabilityAlive: alive,
    expectedPurchases: purchases,
    expectedAverageSpend: spendText,
    periodsPerMonth: settings.perMonth,
    months: months.map(([p, discount], i) => ({
      month: i + 1,
      expectedPurchases: p,
      discountFactor: discount,
      value: values[i] as string,
    })),
    explanation:
      `P(alive) ${round(alive, 3)}; ${round(purchases, 4)} expected purchases in the next ${settings.months} months ` +
      `(${round(settings.months * settings.perMonth, 2)} ${UNIT_NAMES[settings.unit]}) at ${spendText} each, margin ${settings.margin}, ` +
      `discounted at ${round(settings.rate * 100, 4)}% a month: ${clvText}`,
  };
}
