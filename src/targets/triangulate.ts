/**
 * Triangulation: planners set a target by several methods (top-down from the market, from growth,
 * bottom-up from capacity) and combine them. How far apart the proposals are matters as much as
 * the combined figure: a wide spread means the methods disagree and the target needs a discussion.
 */
import * as z from 'zod/mini';
import {
  checkAmount,
  choice,
  Dec,
  type Decimal,
  type DecimalInput,
  DecimalInputSchema,
  fail,
  formatDecimal,
  listOf,
  maybe,
  objectOf,
  readScale,
  readString,
  readWeight,
  scaleSchema,
  toDecimal,
  weightSchema,
} from '../core/index.js';
import type { TargetProposal } from './proposal.js';

/** A proposal to combine: the result of a target-setting method, or any value with an optional weight. */
export interface TargetProposalInput {
  /** The proposed value. */
  value: DecimalInput;
  /** The method that produced it, used as its label in the explanation. */
  method?: string | undefined;
  /** Its weight in the `'weighted'` combination (not negative). Default 1. */
  weight?: number | undefined;
}

/** Options of {@link triangulateTargets}. */
export interface TriangulateOptions {
  /**
   * How to combine: `'weighted'` (the weighted mean; the default), `'min'`, `'max'` or
   * `'median'` (the mean of the two middle values for an even count). Weights only matter to
   * `'weighted'`.
   */
  method?: 'weighted' | 'min' | 'max' | 'median' | undefined;
  /** Decimals of the value and the spread. Default 2. */
  scale?: number | undefined;
}

/** How far apart the proposals are. */
export interface ProposalSpread {
  /** The lowest proposal, at `scale`. */
  min: string;
  /** The highest proposal, at `scale`. */
  max: string;
  /** The median proposal, at `scale`. */
  median: string;
  /** `max − min`, at `scale`. */
  range: string;
  /** `range / |median|` (0.25 when the proposals span a quarter of the median); `null` when the median is zero. */
  relativeSpread: number | null;
}

/** Result of {@link triangulateTargets}. */
export interface Triangulation extends TargetProposal {
  /** Always `'triangulation'`. */
  method: 'triangulation';
  /** The combination used. */
  combination: 'weighted' | 'min' | 'max' | 'median';
  /** The proposals' weights normalised to sum to 1 (as given, in order); present for `'weighted'`. */
  weights?: number[];
  /** How far apart the proposals are. */
  spread: ProposalSpread;
}

/**
 * The zod schema of the proposals of {@link triangulateTargets}: at least one. Extra fields (such
 * as the `explanation` of a method's result) are allowed.
 *
 * @example
 * ```ts
 * import { TargetProposalsSchema } from 'salesops-kit/targets';
 *
 * TargetProposalsSchema.safeParse([{ value: '100' }, { value: '120', weight: 2 }]).success //=> true
 * TargetProposalsSchema.safeParse([]).success //=> false
 * ```
 */
export const TargetProposalsSchema: z.ZodMiniType<TargetProposalInput[]> = /* @__PURE__ */ (() =>
  z
    .array(
      /* @__PURE__ */ z.looseObject({
        value: DecimalInputSchema,
        method: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
        weight: /* @__PURE__ */ z.optional(/* @__PURE__ */ weightSchema()),
      }),
    )
    .check(/* @__PURE__ */ z.minLength(1, 'must have at least 1 proposal')))();

/**
 * The zod schema of {@link TriangulateOptions}.
 *
 * @example
 * ```ts
 * import { TriangulateOptionsSchema } from 'salesops-kit/targets';
 *
 * TriangulateOptionsSchema.safeParse({ method: 'median' }).success //=> true
 * TriangulateOptionsSchema.safeParse({ method: 'average' }).success //=> false
 * ```
 */
export const TriangulateOptionsSchema: z.ZodMiniType<TriangulateOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    method: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.enum(['weighted', 'min', 'max', 'median'])),
    scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ scaleSchema()),
  }))();

/**
 * Combines several target proposals into one and reports how far apart they are.
 *
 * `'weighted'` is `Σ weight × value ÷ Σ weight`, exact, rounded half-up to `scale` once;
 * `'min'`, `'max'` and `'median'` pick (or, for an even count, average) proposals. The spread is
 * reported whatever the combination.
 *
 * @param proposals - the proposals: results of the other methods, or `{ value, method?, weight? }`
 * @param options - `{ method?, scale? }`; default `'weighted'`, scale 2
 * @returns the value, `method: 'triangulation'`, the explanation, the combination, the
 *   normalised weights (for `'weighted'`) and the spread
 * @throws {@link SalesOpsError} INVALID_INPUT when there is no proposal, or a value, weight or
 *   option is invalid
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when every weight is zero in a `'weighted'` combination
 *
 * @example
 * ```ts
 * import { targetFromCapacity, targetFromGrowth, targetFromMarketShare, triangulateTargets } from 'salesops-kit/targets';
 *
 * const growth = targetFromGrowth({ baseline: '2000000', growthRate: 0.08 });
 * const market = targetFromMarketShare({ marketSize: '20000000', targetShare: 0.12 });
 * const capacity = targetFromCapacity({ headcount: 9, productivityPerHead: '250000' });
 * const target = triangulateTargets([{ ...growth, weight: 2 }, market, capacity]);
 * target.value //=> '2242500.00'
 * target.spread //=> { min: '2160000.00', max: '2400000.00', median: '2250000.00', range: '240000.00', relativeSpread: 0.106667 }
 * triangulateTargets([growth, market, capacity], { method: 'min' }).value //=> '2160000.00'
 * ```
 */
export function triangulateTargets(proposals: TargetProposalInput[], options: TriangulateOptions = {}): Triangulation {
  readProposals(proposals);
  readOptions(options);
  const combination = options.method ?? 'weighted';
  const scale = options.scale ?? 2;
  const values = proposals.map((p, i) => toDecimal(p.value, ['proposals', i, 'value']));
  const labels = proposals.map((p, i) => p.method ?? `proposal ${i + 1}`);
  const order = values.map((_, i) => i).sort((a, b) => (values[a] as Decimal).comparedTo(values[b] as Decimal) || a - b);
  const at = (k: number): Decimal => values[order[k] as number] as Decimal;
  const n = values.length;
  const min = at(0);
  const max = at(n - 1);
  const median =
    n % 2 === 1
      ? at((n - 1) / 2)
      : at(n / 2 - 1)
          .plus(at(n / 2))
          .dividedBy(2);
  const text = (d: Decimal): string => formatDecimal(d, scale);
  const listed = (i: number): string => `${labels[i]} ${text(values[i] as Decimal)}`;

  let combined: Decimal;
  let explanation: string;
  let weights: number[] | undefined;
  if (combination === 'weighted') {
    const raw = proposals.map((p) => p.weight ?? 1);
    let total: Decimal = new Dec(0);
    let sum: Decimal = new Dec(0);
    raw.forEach((w, i) => {
      total = total.plus(w);
      sum = sum.plus((values[i] as Decimal).times(w));
    });
    if (total.isZero()) fail('ZERO_WEIGHTS', ['proposals'], 'the weights of the proposals must not all be zero');
    combined = sum.dividedBy(total);
    weights = raw.map((w) => new Dec(w).dividedBy(total).toNumber() + 0);
    explanation = `Weighted mean of ${n} proposal${n === 1 ? '' : 's'}: (${raw.map((w, i) => `${listed(i)} × ${w}`).join(' + ')}) ÷ ${total.toString()}`;
  } else if (combination === 'median') {
    combined = median;
    explanation = `Median of ${n} proposal${n === 1 ? '' : 's'} (${order.map(listed).join(', ')})`;
  } else {
    combined = combination === 'min' ? min : max;
    const pick = order[combination === 'min' ? 0 : n - 1] as number;
    explanation = `${combination === 'min' ? 'Lowest' : 'Highest'} of ${n} proposal${n === 1 ? '' : 's'} (${order.map(listed).join(', ')}): ${labels[pick]}`;
  }
  const value = text(combined);
  const range = max.minus(min);
  const relativeSpread = median.isZero() ? null : range.dividedBy(median.abs()).toNumber() + 0;
  explanation +=
    ` = ${value}. The proposals range from ${text(min)} to ${text(max)}` +
    ` (${text(range)}${relativeSpread === null ? '' : `, ${range.dividedBy(median.abs()).times(100).toDecimalPlaces(1).toString()} % of the median ${text(median)}`}).`;
  const result: Triangulation = {
    value,
    method: 'triangulation',
    explanation,
    combination,
    spread: { min: text(min), max: text(max), median: text(median), range: text(range), relativeSpread },
  };
  if (weights !== undefined) result.weights = weights;
  return result;
}

const PROPOSALS_READER = /* @__PURE__ */ (() =>
  listOf(
    objectOf({ value: checkAmount, method: maybe(readString), weight: maybe(readWeight) }, false),
    1,
    'must have at least 1 proposal',
  ))();

/** Reads the proposals as {@link TargetProposalsSchema} does; throws every problem at once. @internal */
export function readProposals(proposals: unknown): void {
  PROPOSALS_READER(proposals, ['proposals']);
}

const OPTIONS_READER = /* @__PURE__ */ (() =>
  objectOf({ method: maybe(choice(['weighted', 'min', 'max', 'median'])), scale: readScale }))();

/** Reads the options as {@link TriangulateOptionsSchema} does; throws every problem at once. @internal */
export function readOptions(options: unknown): void {
  OPTIONS_READER(options, ['options']);
}
