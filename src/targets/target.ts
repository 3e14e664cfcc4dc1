/**
 * The sales target: what a planning tool stores for each target before it is approved.
 *
 * The schema says what a target must *look like* (types, amounts, dates, currency codes); it does
 * not judge whether it is a good target. A target with an empty title, a value of zero, no scope
 * or no dates passes the schema and is reported by {@link validateSmartTarget} as findings, so a
 * planning form can show every weakness at once instead of stopping at the first exception.
 */
import * as z from 'zod/mini';
import { DateInputSchema, type DateInput, DecimalInputSchema, type DecimalInput, idSchema } from '../core/index.js';

/**
 * What a target counts: money (`revenue`, `margin`), counts (`units`, `orders`, `newCustomers`)
 * or a `custom` metric, which must name its unit.
 */
export type TargetMetricKind = 'revenue' | 'units' | 'margin' | 'newCustomers' | 'orders' | 'custom';

/** The metric of a target: its kind, and the unit or currency it is measured in. */
export interface TargetMetric {
  /** What is counted. */
  kind: TargetMetricKind;
  /**
   * The unit, e.g. `'licences'`, `'demos booked'`, `'%'`. Required for a `custom` metric; a
   * `margin` may give a unit (such as `'%'`) instead of a currency.
   */
  unit?: string | undefined;
  /** An ISO 4217 currency code (three capital letters, e.g. `'EUR'`); needed for money metrics. */
  currency?: string | undefined;
}

/** Who and what a target covers. At least one field should be set. */
export interface TargetScope {
  /** The person or team that owns the target. */
  owner?: string | undefined;
  /** The sales region or territory. */
  region?: string | undefined;
  /** The product line. */
  productLine?: string | undefined;
  /** The customer group or segment. */
  customerGroup?: string | undefined;
  /** The sales channel (direct, partner, online…). */
  channel?: string | undefined;
}

/** The period a target covers, both days included. */
export interface TargetPeriod {
  /** First day of the period. */
  start?: DateInput | undefined;
  /** Last day of the period (inclusive). */
  end?: DateInput | undefined;
}

/** A sales target, as a planning tool stores it. */
export interface SalesTarget {
  /** The target's id. */
  id: string;
  /** A title that says what is targeted, e.g. `'Grow Widget Pro revenue in the Nordics'`. */
  title: string;
  /** What the target counts, and in which unit or currency. */
  metric: TargetMetric;
  /** The target value, in the metric's unit or currency. */
  value: DecimalInput;
  /** The same metric over the previous comparable period. */
  baseline?: DecimalInput | undefined;
  /** Who and what the target covers. */
  scope: TargetScope;
  /** The period the target covers. */
  period: TargetPeriod;
  /** Ids of the strategic objectives the target serves. */
  alignsTo?: string[] | undefined;
}

/** An ISO 4217-shaped currency code: three capital letters. @internal */
export function currencySchema(): z.ZodMiniString<string> {
  return z.string().check(z.regex(/^[A-Z]{3}$/, "must be an ISO 4217 currency code such as 'EUR'"));
}

/**
 * The zod schema of a {@link SalesTarget}. The target object may carry fields of your own (they
 * are ignored); `metric`, `scope` and `period` are strict, so a misspelt field (`regoin`) is an
 * error rather than a silently missing scope.
 *
 * Malformed (refused): a missing or empty `id`, a non-string `title`, an unknown metric kind, a
 * currency that is not three capital letters, a `value` or `baseline` that is not an amount (NaN,
 * `'abc'`, `Infinity`), a date that is not a calendar date, an `alignsTo` that is not a list of
 * non-empty strings. Everything else — an empty title, a zero or negative value, an empty scope,
 * missing dates — is well-formed and reported as findings by {@link validateSmartTarget}.
 *
 * @example
 * ```ts
 * import { SalesTargetSchema } from 'salesops-kit/targets';
 *
 * const target = {
 *   id: 't1',
 *   title: 'Grow Widget Pro revenue in the Nordics',
 *   metric: { kind: 'revenue', currency: 'EUR' },
 *   value: '1200000',
 *   scope: { region: 'Nordics' },
 *   period: { start: '2026-01-01', end: '2026-12-31' },
 * };
 * SalesTargetSchema.safeParse(target).success //=> true
 * SalesTargetSchema.safeParse({ ...target, value: Number.NaN }).success //=> false
 * SalesTargetSchema.safeParse({ ...target, metric: { kind: 'revenue', currency: 'euro' } }).success //=> false
 * ```
 */
export const SalesTargetSchema: z.ZodMiniType<SalesTarget> = /* @__PURE__ */ (() =>
  z.looseObject({
    id: /* @__PURE__ */ idSchema(),
    title: /* @__PURE__ */ z.string(),
    metric: /* @__PURE__ */ z.strictObject({
      kind: /* @__PURE__ */ z.enum(['revenue', 'units', 'margin', 'newCustomers', 'orders', 'custom']),
      unit: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      currency: /* @__PURE__ */ z.optional(/* @__PURE__ */ currencySchema()),
    }),
    value: DecimalInputSchema,
    baseline: /* @__PURE__ */ z.optional(DecimalInputSchema),
    scope: /* @__PURE__ */ z.strictObject({
      owner: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      region: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      productLine: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      customerGroup: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
      channel: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
    }),
    period: /* @__PURE__ */ z.strictObject({
      start: /* @__PURE__ */ z.optional(DateInputSchema),
      end: /* @__PURE__ */ z.optional(DateInputSchema),
    }),
    alignsTo: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ idSchema())),
  }))();
