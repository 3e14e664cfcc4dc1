/**
 * Re-balancing a phased quota once some periods have closed: what is left of the target is
 * spread over the open periods, so that the closed actuals and the new open quotas still add up
 * exactly to the target.
 */
import * as z from 'zod/mini';
import {
  checkArguments,
  choice,
  Dec,
  type Decimal,
  type DecimalInput,
  DecimalInputSchema,
  fail,
  formatDecimal,
  idSchema,
  listOf,
  maybe,
  maybeNull,
  nonNegativeAmount,
  objectOf,
  readBoolean,
  readIdInput,
  readNonNegativeAmount,
  readScale,
  scaleSchema,
  splitAmount,
  toDecimal,
} from '../core/index.js';

/** A period of the plan: closed when it has an actual, open otherwise. */
export interface RebalancePeriod {
  /** The period's name or key (`'2026-01'`), unique within the plan. */
  period: string;
  /** The planned amount (non-negative); required for open periods when `method` is `'plan'`. */
  plan?: DecimalInput | undefined;
  /** The actual result of a closed period; absent or `null` for an open period. */
  actual?: DecimalInput | null | undefined;
}

/** Input of {@link rebalanceQuota}. */
export interface RebalanceQuotaInput {
  /** The target for all the periods together. */
  target: DecimalInput;
  /** The periods, in any order (the result keeps it). */
  periods: readonly RebalancePeriod[];
  /** How what is left is spread over the open periods: in proportion to their `plan` (default) or `'equal'`ly. */
  method?: 'plan' | 'equal' | undefined;
  /**
   * Whether over-achievement may push the open periods below zero (default `false`: when the
   * actuals already exceed the target, the open periods get zero and the excess is reported).
   */
  allowNegative?: boolean | undefined;
  /** Decimals of the amounts (default 2). */
  scale?: number | undefined;
}

/** A period after re-balancing. */
export interface RebalancedPeriod {
  /** The period's name. */
  period: string;
  /** `'closed'` (it has an actual) or `'open'`. */
  status: 'closed' | 'open';
  /** The planned amount, or `null` when none was given. */
  plan: string | null;
  /** The actual of a closed period; `null` for an open one. */
  actual: string | null;
  /** The period's quota now: its actual when closed, its share of what is left when open. */
  quota: string;
  /** `quota − plan` (`null` without a plan): the change for an open period, the variance for a closed one. */
  vsPlan: string | null;
}

/** The re-balanced plan and the figures behind it. */
export interface RebalanceQuotaResult {
  /** The target at `scale`. */
  target: string;
  /** The sum of the closed periods' actuals. */
  actualToDate: string;
  /** `target − actualToDate` (negative when the target is already exceeded). */
  remaining: string;
  /** What was spread over the open periods: `remaining`, floored at zero unless `allowNegative`. */
  spread: string;
  /** By how much the actuals already exceed the target (zero when they do not). */
  overAchievement: string;
  /** What could not be spread because no period is open (zero otherwise). */
  unassigned: string;
  /** The periods, in the input order; the quotas add up exactly to `actualToDate + spread − unassigned`. */
  periods: RebalancedPeriod[];
}

/**
 * Schema of the input of {@link rebalanceQuota}. `rebalanceQuota` itself checks its input with
 * hand-written code (so that importing it does not bring zod along); both reject the same values,
 * at the same paths, with the same messages.
 *
 * @example
 * ```ts
 * import { RebalanceQuotaInputSchema } from 'salesops-kit/quota';
 *
 * RebalanceQuotaInputSchema.safeParse({ target: 1200, periods: [{ period: 'Q1', plan: 300, actual: 250 }] }).success //=> true
 * RebalanceQuotaInputSchema.safeParse({ target: 1200, periods: [] }).success //=> false
 * ```
 */
export const RebalanceQuotaInputSchema: z.ZodMiniType<RebalanceQuotaInput> = /* @__PURE__ */ (() =>
  z.strictObject({
    target: DecimalInputSchema,
    periods: z
      .array(
        z.looseObject({
          period: idSchema(),
          plan: z.optional(nonNegativeAmount()),
          actual: z.optional(z.nullable(DecimalInputSchema)),
        }),
      )
      .check(z.minLength(1, 'must have at least one period')),
    method: z.optional(z.enum(['plan', 'equal'])),
    allowNegative: z.optional(z.boolean()),
    scale: z.optional(scaleSchema()),
  }))();

/** {@link RebalanceQuotaInputSchema}, checked by hand (see `core/read-shape.ts` for why). */
const INPUT = /* @__PURE__ */ (() =>
  objectOf({
    target: toDecimal,
    periods: listOf(
      objectOf({ period: readIdInput, plan: maybe(readNonNegativeAmount), actual: maybeNull(toDecimal) }, false),
      1,
      'must have at least one period',
    ),
    method: maybe(choice(['plan', 'equal'])),
    allowNegative: maybe(readBoolean),
    scale: readScale,
  }))();

/**
 * Re-balances a quota after some periods have closed: what is left of the target is spread over
 * the open periods in proportion to their plan (or equally), exactly, by the largest-remainder
 * rule.
 *
 * A period is closed when it has an `actual`. What is left is `target − Σ actuals`; when the
 * actuals already exceed the target, the open periods get zero (the excess is reported as
 * `overAchievement`) unless `allowNegative` lets them go negative. The closed actuals and the
 * open quotas then add up exactly to the target (or to the actuals, when they exceed it and
 * negatives are not allowed).
 *
 * @param input - the target, the periods (plan, and actual when closed), `method`, `allowNegative`, `scale`
 * @returns the new quota of every period with its status and change against plan, and the
 *   totals: `actualToDate`, `remaining`, `spread`, `overAchievement`, `unassigned`
 * @throws {@link SalesOpsError} INVALID_INPUT when the target, a plan or an actual is not a valid
 *   amount (plans must not be negative), when a period has no name, when an open period has no
 *   plan under `method: 'plan'`, or when an option is not valid
 * @throws {@link SalesOpsError} DUPLICATE_ID when two periods have the same name
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when there is something to spread but every open
 *   period's plan is zero (use `method: 'equal'`)
 *
 * @example
 * ```ts
 * import { rebalanceQuota } from 'salesops-kit/quota';
 *
 * // Q1 and Q2 closed 20,000 short; Q3 and Q4 absorb it in proportion to their plan.
 * const plan = rebalanceQuota({
 *   target: 1000000,
 *   periods: [
 *     { period: 'Q1', plan: 200000, actual: 190000 },
 *     { period: 'Q2', plan: 250000, actual: 240000 },
 *     { period: 'Q3', plan: 250000 },
 *     { period: 'Q4', plan: 300000 },
 *   ],
 * });
 * plan.periods.map((p) => [p.period, p.quota]) //=> [['Q1', '190000.00'], ['Q2', '240000.00'], ['Q3', '259090.91'], ['Q4', '310909.09']]
 * plan.remaining //=> '570000.00'
 * ```
 */
export function rebalanceQuota(input: RebalanceQuotaInput): RebalanceQuotaResult {
  checkArguments([input, 'input', INPUT]);
  const scale = input.scale ?? 2; // validated above
  const target = toDecimal(input.target, ['input', 'target']);
  const method = input.method ?? 'plan';
  const seen = new Set<string>();
  let actualToDate: Decimal = new Dec(0);
  const open: number[] = [];
  const weights: number[] = [];
  const rows = input.periods.map((p, k) => {
    const path = ['input', 'periods', k];
    if (seen.has(p.period)) fail('DUPLICATE_ID', [...path, 'period'], 'repeats a period', p.period);
    seen.add(p.period);
    const plan = p.plan === undefined ? undefined : toDecimal(p.plan, [...path, 'plan']);
    const closed = p.actual !== undefined && p.actual !== null;
    const actual = closed ? toDecimal(p.actual, [...path, 'actual']) : undefined;
    if (actual !== undefined) actualToDate = actualToDate.plus(actual);
    else {
      open.push(k);
      if (method === 'plan' && plan === undefined)
        fail('INVALID_INPUT', [...path, 'plan'], "is required for an open period when method is 'plan'");
      weights.push(method === 'equal' ? 1 : (plan as Decimal).toNumber());
    }
    return { period: p.period, plan, actual };
  });
  const remaining = target.minus(actualToDate);
  const spread = remaining.isNegative() && input.allowNegative !== true ? new Dec(0) : remaining;
  const spreadText = formatDecimal(spread, scale);
  let shares: string[] = [];
  if (open.length > 0) {
    if (weights.every((w) => w === 0)) {
      if (Number(spreadText) !== 0)
        fail(
          'ZERO_WEIGHTS',
          ['input', 'periods'],
          "gives every open period a plan of zero, so there is nothing to spread by (use method: 'equal')",
        );
      shares = open.map(() => formatDecimal(new Dec(0), scale));
    } else shares = splitAmount(spread, weights, scale);
  }
  const quotas = new Map(open.map((k, n) => [k, shares[n] as string]));
  const text = (d: Decimal | undefined): string | null => (d === undefined ? null : formatDecimal(d, scale));
  return {
    target: formatDecimal(target, scale),
    actualToDate: formatDecimal(actualToDate, scale),
    remaining: formatDecimal(remaining, scale),
    spread: spreadText,
    overAchievement: formatDecimal(remaining.isNegative() ? remaining.negated() : new Dec(0), scale),
    unassigned: open.length === 0 ? spreadText : formatDecimal(new Dec(0), scale),
    periods: rows.map((row, k) => {
      const quota = row.actual === undefined ? (quotas.get(k) as string) : formatDecimal(row.actual, scale);
      return {
        period: row.period,
        status: row.actual === undefined ? 'open' : 'closed',
        plan: text(row.plan),
        actual: text(row.actual),
        quota,
        vsPlan: row.plan === undefined ? null : formatDecimal(new Dec(quota).minus(row.plan), scale),
      };
    }),
  };
}
