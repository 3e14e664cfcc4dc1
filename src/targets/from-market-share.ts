/**
 * The market-share method: the market's size times the share the company aims for — either a
 * target share, or today's share plus the penetration it plans to gain.
 */
import * as z from 'zod/mini';
import {
  Dec,
  type Decimal,
  type DecimalInput,
  formatDecimal,
  invalid,
  maybe,
  nonNegativeAmount,
  numberIn,
  numberSchema,
  objectOf,
  probabilitySchema,
  readNonNegativeAmount,
  readScale,
  scaleSchema,
} from '../core/index.js';
import { inputAmount, outputAmount, percent, type TargetProposal } from './proposal.js';

/** Input of {@link targetFromMarketShare}: `targetShare`, or `currentShare` (and `penetrationGain`). */
export interface MarketShareTargetInput {
  /** The size of the market over the target's period, in the target's unit or currency. */
  marketSize: DecimalInput;
  /** The share to aim for, from 0 to 1. Give this, or `currentShare`. */
  targetShare?: number | undefined;
  /** Today's share, from 0 to 1. */
  currentShare?: number | undefined;
  /** Share to gain (negative to lose) on top of `currentShare`, from −1 to 1. Default 0. */
  penetrationGain?: number | undefined;
  /** Decimals of the value. Default 2. */
  scale?: number | undefined;
}

/** Result of {@link targetFromMarketShare}. */
export interface MarketShareTarget extends TargetProposal {
  /** Always `'marketShare'`. */
  method: 'marketShare';
  /** The share applied: `targetShare`, or `currentShare + penetrationGain`. */
  share: number;
}

/**
 * The zod schema of a {@link MarketShareTargetInput} (field by field; which fields go together is
 * checked by {@link targetFromMarketShare}).
 *
 * @example
 * ```ts
 * import { MarketShareTargetInputSchema } from 'salesops-kit/targets';
 *
 * MarketShareTargetInputSchema.safeParse({ marketSize: '20000000', targetShare: 0.125 }).success //=> true
 * MarketShareTargetInputSchema.safeParse({ marketSize: '20000000', targetShare: 12.5 }).success //=> false
 * ```
 */
export const MarketShareTargetInputSchema: z.ZodMiniType<MarketShareTargetInput> = /* @__PURE__ */ (() =>
  z.strictObject({
    marketSize: /* @__PURE__ */ nonNegativeAmount(),
    targetShare: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilitySchema()),
    currentShare: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilitySchema()),
    penetrationGain: /* @__PURE__ */ z.optional(/* @__PURE__ */ numberSchema(-1, 1)),
    scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ scaleSchema()),
  }))();

/**
 * Sets a target from the market: `marketSize × targetShare`, or
 * `marketSize × (currentShare + penetrationGain)`, exactly, rounded half-up to `scale`.
 *
 * @param input - `{ marketSize, targetShare }` or `{ marketSize, currentShare, penetrationGain? }`, and `scale?`
 * @returns the value, `method: 'marketShare'`, the explanation and the share applied
 * @throws {@link SalesOpsError} INVALID_INPUT when a field is out of range, when both or neither of
 *   `targetShare` and `currentShare` are given, when `penetrationGain` comes without
 *   `currentShare`, or when `currentShare + penetrationGain` is outside 0–1
 *
 * @example
 * ```ts
 * import { targetFromMarketShare } from 'salesops-kit/targets';
 *
 * targetFromMarketShare({ marketSize: '20000000', currentShare: 0.1, penetrationGain: 0.025 })
 * //=> { value: '2500000.00', method: 'marketShare', share: 0.125,
 * //   explanation: 'Market size 20000000.00 × (current share 10 % + penetration gain 2.5 %) = 20000000.00 × 12.5 % = 2500000.00.' }
 * targetFromMarketShare({ marketSize: '20000000', targetShare: 0.125, currentShare: 0.1 }) //=> throws INVALID_INPUT
 * ```
 */
export function targetFromMarketShare(input: MarketShareTargetInput): MarketShareTarget {
  readMarketShareInput(input);
  const { targetShare, currentShare, penetrationGain } = input;
  if (targetShare !== undefined && (currentShare !== undefined || penetrationGain !== undefined)) {
    invalid(['input', 'targetShare'], 'give either targetShare, or currentShare and penetrationGain, not both', targetShare);
  }
  if (targetShare === undefined && currentShare === undefined) {
    invalid(
      ['input', penetrationGain === undefined ? 'targetShare' : 'currentShare'],
      'is required (give targetShare, or currentShare and penetrationGain)',
    );
  }
  const scale = input.scale ?? 2;
  const market = inputAmount(input.marketSize, 'marketSize');
  const marketText = formatDecimal(market, scale);
  let share: Decimal;
  let how: string;
  if (targetShare !== undefined) {
    share = new Dec(targetShare);
    how = `target share ${percent(share)}`;
  } else {
    const current = new Dec(currentShare as number);
    const gain = new Dec(penetrationGain ?? 0);
    share = current.plus(gain);
    if (share.isNegative() || share.gt(1)) {
      invalid(['input', 'penetrationGain'], `with currentShare ${currentShare} the share must stay between 0 and 1`, penetrationGain);
    }
    how = `(current share ${percent(current)} ${gain.isNegative() ? '−' : '+'} penetration gain ${percent(gain.abs())}) = ${marketText} × ${percent(share)}`;
  }
  const value = outputAmount(market.times(share), scale, 'marketSize');
  return {
    value,
    method: 'marketShare',
    explanation: `Market size ${marketText} × ${how} = ${value}.`,
    share: share.toNumber() + 0,
  };
}

const INPUT_READER = /* @__PURE__ */ (() =>
  objectOf({
    marketSize: readNonNegativeAmount,
    targetShare: maybe(numberIn(0, 1)),
    currentShare: maybe(numberIn(0, 1)),
    penetrationGain: maybe(numberIn(-1, 1)),
    scale: readScale,
  }))();

/** Reads the input as {@link MarketShareTargetInputSchema} does; throws every problem at once. @internal */
export function readMarketShareInput(input: unknown): void {
  INPUT_READER(input, ['input']);
}
