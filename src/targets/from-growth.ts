/**
 * The growth method: last period's result grown by the industry's average growth rate plus an
 * adjustment (for the company's own plans), compounded over a number of periods.
 */
import * as z from 'zod/mini';
import {
  Dec,
  type DecimalInput,
  formatDecimal,
  integerSchema,
  invalid,
  maybe,
  nonNegativeAmount,
  numberIn,
  numberSchema,
  objectOf,
  readNonNegativeAmount,
  readScale,
  scaleSchema,
  wholeIn,
} from '../core/index.js';
import { inputAmount, outputAmount, percent, type TargetProposal } from './proposal.js';

/** Input of {@link targetFromGrowth}. */
export interface GrowthTargetInput {
  /** Last period's result (not negative). */
  baseline: DecimalInput;
  /** The industry's average growth per period, e.g. `0.05` for 5 % (from −1 to 100). */
  growthRate: number;
  /** Added to `growthRate` (negative to subtract), e.g. `0.02` for two points above the market (from −1 to 100). Default 0. */
  adjustment?: number | undefined;
  /** Number of periods to compound over, 1 to 100. Default 1. */
  periods?: number | undefined;
  /** Decimals of the value. Default 2. */
  scale?: number | undefined;
}

/** Result of {@link targetFromGrowth}. */
export interface GrowthTarget extends TargetProposal {
  /** Always `'growth'`. */
  method: 'growth';
  /** Growth per period: `growthRate + adjustment`. */
  ratePerPeriod: number;
  /** The compounding factor `(1 + ratePerPeriod)^periods`. */
  growthFactor: number;
  /** The number of periods compounded. */
  periods: number;
}

/**
 * The zod schema of a {@link GrowthTargetInput}.
 *
 * @example
 * ```ts
 * import { GrowthTargetInputSchema } from 'salesops-kit/targets';
 *
 * GrowthTargetInputSchema.safeParse({ baseline: '1000000', growthRate: 0.05 }).success //=> true
 * GrowthTargetInputSchema.safeParse({ baseline: '-5', growthRate: 0.05 }).success //=> false
 * ```
 */
export const GrowthTargetInputSchema: z.ZodMiniType<GrowthTargetInput> = /* @__PURE__ */ (() =>
  z.strictObject({
    baseline: /* @__PURE__ */ nonNegativeAmount(),
    growthRate: /* @__PURE__ */ numberSchema(-1, 100),
    adjustment: /* @__PURE__ */ z.optional(/* @__PURE__ */ numberSchema(-1, 100)),
    periods: /* @__PURE__ */ z.optional(/* @__PURE__ */ integerSchema(1, 100)),
    scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ scaleSchema()),
  }))();

/**
 * Sets a target by growth: `baseline × (1 + growthRate + adjustment)^periods`, computed exactly
 * and rounded half-up to `scale` once, at the end.
 *
 * @param input - `{ baseline, growthRate, adjustment?, periods?, scale? }`
 * @returns the value, `method: 'growth'`, the explanation, the rate per period, the growth factor
 *   and the number of periods
 * @throws {@link SalesOpsError} INVALID_INPUT when an input is missing or out of range (a negative
 *   baseline, `periods` outside 1–100), when `growthRate + adjustment` is −100 % or less, or
 *   when the target would reach 1e21
 *
 * @example
 * ```ts
 * import { targetFromGrowth } from 'salesops-kit/targets';
 *
 * const target = targetFromGrowth({ baseline: '1000000', growthRate: 0.05, adjustment: 0.02, periods: 2 });
 * target.value //=> '1144900.00'
 * target.explanation //=> 'Baseline 1000000.00 grown by 5 % industry growth + 2 % adjustment = 7 % a period, '
 * //   + 'compounded over 2 periods: 1000000.00 × 1.07^2 = 1000000.00 × 1.1449 = 1144900.00.'
 * ```
 */
export function targetFromGrowth(input: GrowthTargetInput): GrowthTarget {
  readGrowthInput(input);
  const scale = input.scale ?? 2;
  const periods = input.periods ?? 1;
  const baseline = inputAmount(input.baseline, 'baseline');
  const growthRate = new Dec(input.growthRate);
  const adjustment = new Dec(input.adjustment ?? 0);
  const rate = growthRate.plus(adjustment);
  if (rate.lte(-1)) {
    invalid(
      ['input', input.adjustment === undefined ? 'growthRate' : 'adjustment'],
      'growth plus adjustment must be above -100 %',
      input.adjustment ?? input.growthRate,
    );
  }
  const base = rate.plus(1);
  const factor = base.pow(periods);
  const value = outputAmount(baseline.times(factor), scale, 'growthRate');
  const baselineText = formatDecimal(baseline, scale);
  let explanation = `Baseline ${baselineText} grown by ${percent(growthRate)} industry growth`;
  if (!adjustment.isZero()) {
    explanation += ` ${adjustment.isNegative() ? '−' : '+'} ${percent(adjustment.abs())} adjustment = ${percent(rate)} a period`;
  }
  explanation +=
    periods === 1
      ? `: ${baselineText} × ${factor.toString()} = ${value}.`
      : `, compounded over ${periods} periods: ${baselineText} × ${base.toString()}^${periods} = ${baselineText} × ${factor.toString()} = ${value}.`;
  return {
    value,
    method: 'growth',
    explanation,
    ratePerPeriod: rate.toNumber() + 0,
    growthFactor: factor.toNumber(),
    periods,
  };
}

const INPUT_READER = /* @__PURE__ */ (() =>
  objectOf({
    baseline: readNonNegativeAmount,
    growthRate: numberIn(-1, 100),
    adjustment: maybe(numberIn(-1, 100)),
    periods: maybe(wholeIn(1, 100)),
    scale: readScale,
  }))();

/** Reads the input as {@link GrowthTargetInputSchema} does; throws every problem at once. @internal */
export function readGrowthInput(input: unknown): void {
  INPUT_READER(input, ['input']);
}
