/**
 * Historical customer lifetime value: the margin a customer has brought so far, over its tenure.
 * It looks back only; for value still to come see `retentionClv` (a constant-retention formula)
 * and the predictive models (BG/NBD and Gamma-Gamma).
 */
import * as z from 'zod/mini';
import {
  Dec,
  type DecimalInput,
  DecimalInputSchema,
  formatDecimal,
  numberSchema,
  optional,
  probabilitySchema,
  readInteger,
  readNumber,
  readObject,
  readStrict,
  scaleSchema,
  toDecimal,
} from '../core/index.js';

/** What {@link historicalClv} reads of a customer (a {@link CustomerSummary} has it). */
export interface HistoricalClvCustomer {
  /** Net revenue from the customer to date. */
  monetaryTotal: DecimalInput;
  /** Days from the first purchase to the day of the analysis. */
  tenureDays: number;
}

/** Options of {@link historicalClv}. */
export interface HistoricalClvOptions {
  /** Gross margin as a share of revenue, 0 to 1. */
  marginRate: number;
  /** Cost to serve the customer over the same time (acquisition, support…), subtracted (default 0). */
  costToServe?: DecimalInput | undefined;
  /** Decimals of the amounts returned (default 2). */
  scale?: number | undefined;
}

/** A customer's historical value. */
export interface HistoricalClv {
  /** Revenue to date, at `scale`. */
  revenue: string;
  /** The historical CLV: revenue × marginRate − costToServe, rounded half-up. */
  clv: string;
  /** The customer's tenure in years of 365 days. */
  tenureYears: number;
  /** The CLV per year of tenure, or `null` when the tenure is zero days. */
  clvPerYear: string | null;
}

/**
 * The schema of a customer of {@link historicalClv} (extra fields are allowed).
 *
 * @example
 * ```ts
 * import { HistoricalClvCustomerSchema } from 'salesops-kit/customers';
 *
 * HistoricalClvCustomerSchema.safeParse({ monetaryTotal: '1200.00', tenureDays: 400 }).success //=> true
 * HistoricalClvCustomerSchema.safeParse({ monetaryTotal: '1200.00', tenureDays: -1 }).success //=> false
 * ```
 */
export const HistoricalClvCustomerSchema: z.ZodMiniType<HistoricalClvCustomer> = /* @__PURE__ */ (() =>
  z.looseObject({
    monetaryTotal: DecimalInputSchema,
    tenureDays: /* @__PURE__ */ numberSchema(0),
  }))();

/**
 * The schema of the options of {@link historicalClv}.
 *
 * @example
 * ```ts
 * import { HistoricalClvOptionsSchema } from 'salesops-kit/customers';
 *
 * HistoricalClvOptionsSchema.safeParse({ marginRate: 0.3 }).success //=> true
 * HistoricalClvOptionsSchema.safeParse({ marginRate: 30 }).success //=> false
 * ```
 */
export const HistoricalClvOptionsSchema: z.ZodMiniType<HistoricalClvOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    marginRate: /* @__PURE__ */ probabilitySchema(),
    costToServe: /* @__PURE__ */ z.optional(DecimalInputSchema),
    scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ scaleSchema()),
  }))();

/**
 * The margin a customer has brought so far (historical CLV), and per year of tenure.
 *
 * `clv = monetaryTotal × marginRate − costToServe`, exact and rounded half-up to `scale`;
 * `clvPerYear = clv / (tenureDays / 365)`. It assumes one margin rate for all the customer's
 * purchases and counts money at face value (no discounting of past amounts); it says nothing of
 * the future.
 *
 * @param customer - `monetaryTotal` (net revenue to date) and `tenureDays`
 * @param options - `marginRate` (0–1), `costToServe` and `scale`
 * @returns revenue, historical CLV, tenure in years and CLV per year
 * @throws {@link SalesOpsError} INVALID_INPUT when an amount is not an amount, `tenureDays` is
 *   negative, or `marginRate` is outside 0..1
 *
 * @example
 * ```ts
 * import { historicalClv } from 'salesops-kit/customers';
 *
 * historicalClv({ monetaryTotal: '2400.00', tenureDays: 730 }, { marginRate: 0.35, costToServe: '90' })
 * //=> { revenue: '2400.00', clv: '750.00', tenureYears: 2, clvPerYear: '375.00' }
 * ```
 */
export function historicalClv(customer: HistoricalClvCustomer, options: HistoricalClvOptions): HistoricalClv {
  // Checked by hand as HistoricalClvCustomerSchema and HistoricalClvOptionsSchema check, in their
  // words (the tests hold them to the same verdicts): zod's object machinery and decimal.js
  // together would not fit a 20 kB bundle, and the exact arithmetic needs decimal.js.
  const c = readObject(customer, ['customer']);
  const revenue = toDecimal(c['monetaryTotal'], ['customer', 'monetaryTotal']);
  const tenure = readNumber(c['tenureDays'], ['customer', 'tenureDays'], 0);
  const o = readStrict(options, ['options'], ['marginRate', 'costToServe', 'scale']);
  const marginRate = readNumber(o['marginRate'], ['options', 'marginRate'], 0, 1);
  const cost = optional(o['costToServe'], (v) => toDecimal(v, ['options', 'costToServe']));
  const scale = optional(o['scale'], (v) => readInteger(v, ['options', 'scale'], 0, 20)) ?? 2;
  const clv = revenue.times(new Dec(marginRate)).minus(cost ?? 0);
  return {
    revenue: formatDecimal(revenue, scale),
    clv: formatDecimal(clv, scale),
    tenureYears: tenure / 365,
    clvPerYear: tenure === 0 ? null : formatDecimal(clv.times(365).dividedBy(tenure), scale),
  };
}
