/**
 * The capacity method (bottom-up): what the sales team can deliver — people times productivity,
 * with new hires counted at their ramp factor, less expected attrition, times the share of
 * productivity the team is expected to attain.
 */
import * as z from 'zod/mini';
import {
  Dec,
  type DecimalInput,
  formatDecimal,
  listOf,
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

/** A group of new hires who ramp up together. */
export interface NewHireCohort {
  /** Number of people (may be fractional, in full-time equivalents). */
  count: number;
  /** Share of a fully productive person's output each delivers over the period, from 0 to 1 (0.5 for half). */
  rampFactor: number;
}

/** Input of {@link targetFromCapacity}. */
export interface CapacityTargetInput {
  /** Fully productive people (full-time equivalents). */
  headcount: number;
  /** What one fully productive person delivers over the period (not negative). */
  productivityPerHead: DecimalInput;
  /** New hires, by cohort, each counted at its ramp factor. Default none. */
  newHires?: NewHireCohort[] | undefined;
  /** Share of the team expected to leave over the period, from 0 to 1. Default 0. */
  attritionRate?: number | undefined;
  /** Share of productivity the team is expected to attain, 0 or more (0.9 for 90 %). Default 1. */
  attainmentRate?: number | undefined;
  /** Decimals of the value. Default 2. */
  scale?: number | undefined;
}

/** Result of {@link targetFromCapacity}. */
export interface CapacityTarget extends TargetProposal {
  /** Always `'capacity'`. */
  method: 'capacity';
  /** `(headcount + Σ count × rampFactor) × (1 − attritionRate)`. */
  effectiveHeadcount: number;
  /** `effectiveHeadcount × productivityPerHead`, before the attainment rate, at `scale`. */
  capacity: string;
}

/**
 * The zod schema of a {@link CapacityTargetInput}.
 *
 * @example
 * ```ts
 * import { CapacityTargetInputSchema } from 'salesops-kit/targets';
 *
 * CapacityTargetInputSchema.safeParse({ headcount: 10, productivityPerHead: '250000' }).success //=> true
 * CapacityTargetInputSchema.safeParse({ headcount: 10, productivityPerHead: '250000', attritionRate: 1.2 }).success //=> false
 * ```
 */
export const CapacityTargetInputSchema: z.ZodMiniType<CapacityTargetInput> = /* @__PURE__ */ (() =>
  z.strictObject({
    headcount: /* @__PURE__ */ numberSchema(0),
    productivityPerHead: /* @__PURE__ */ nonNegativeAmount(),
    newHires: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.array(
        /* @__PURE__ */ z.looseObject({ count: /* @__PURE__ */ numberSchema(0), rampFactor: /* @__PURE__ */ probabilitySchema() }),
      ),
    ),
    attritionRate: /* @__PURE__ */ z.optional(/* @__PURE__ */ probabilitySchema()),
    attainmentRate: /* @__PURE__ */ z.optional(/* @__PURE__ */ numberSchema(0)),
    scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ scaleSchema()),
  }))();

/**
 * Sets a target from the team's capacity:
 * `(headcount + Σ newHires count × rampFactor) × (1 − attritionRate) × productivityPerHead × attainmentRate`,
 * exactly, rounded half-up to `scale` once.
 *
 * @param input - `{ headcount, productivityPerHead, newHires?, attritionRate?, attainmentRate?, scale? }`
 * @returns the value, `method: 'capacity'`, the explanation, the effective headcount and the
 *   capacity before attainment
 * @throws {@link SalesOpsError} INVALID_INPUT when a field is missing or out of range (a negative
 *   headcount, a ramp factor or attrition rate outside 0–1), or when the target would reach 1e21
 *
 * @example
 * ```ts
 * import { targetFromCapacity } from 'salesops-kit/targets';
 *
 * const target = targetFromCapacity({
 *   headcount: 10,
 *   productivityPerHead: '250000',
 *   newHires: [{ count: 2, rampFactor: 0.5 }, { count: 1, rampFactor: 0.25 }],
 *   attritionRate: 0.1,
 *   attainmentRate: 0.9,
 * });
 * target.value //=> '2278125.00'
 * target.explanation //=> 'Effective headcount (10 + 2 × 0.5 + 1 × 0.25 new hires at their ramp) × (1 − 10 % attrition) = 10.125; '
 * //   + '10.125 × 250000.00 per head = 2531250.00 capacity; × 90 % expected attainment = 2278125.00.'
 * ```
 */
export function targetFromCapacity(input: CapacityTargetInput): CapacityTarget {
  readCapacityInput(input);
  const scale = input.scale ?? 2;
  const perHead = inputAmount(input.productivityPerHead, 'productivityPerHead');
  const attrition = new Dec(input.attritionRate ?? 0);
  const attainment = new Dec(input.attainmentRate ?? 1);
  let heads = new Dec(input.headcount);
  let headsText = heads.toString();
  const hires = input.newHires ?? [];
  for (const { count, rampFactor } of hires) {
    heads = heads.plus(new Dec(count).times(rampFactor));
    headsText += ` + ${count} × ${rampFactor}`;
  }
  const effective = heads.times(new Dec(1).minus(attrition));
  const capacity = effective.times(perHead);
  const value = outputAmount(capacity.times(attainment), scale, 'headcount');
  const capacityText = outputAmount(capacity, scale, 'headcount');
  const adjusted = hires.length > 0 || !attrition.isZero();
  const headsPart = hires.length > 0 ? `(${headsText} new hires at their ramp)` : headsText;
  return {
    value,
    method: 'capacity',
    explanation:
      `Effective headcount ${adjusted ? `${headsPart} × (1 − ${percent(attrition)} attrition) = ${effective.toString()}` : headsText}; ` +
      `${effective.toString()} × ${formatDecimal(perHead, scale)} per head = ${capacityText} capacity; ` +
      `× ${percent(attainment)} expected attainment = ${value}.`,
    effectiveHeadcount: effective.toNumber() + 0,
    capacity: capacityText,
  };
}

const INPUT_READER = /* @__PURE__ */ (() =>
  objectOf({
    headcount: numberIn(0),
    productivityPerHead: readNonNegativeAmount,
    newHires: maybe(listOf(objectOf({ count: numberIn(0), rampFactor: numberIn(0, 1) }, false))),
    attritionRate: maybe(numberIn(0, 1)),
    attainmentRate: maybe(numberIn(0)),
    scale: readScale,
  }))();

/** Reads the input as {@link CapacityTargetInputSchema} does; throws every problem at once. @internal */
export function readCapacityInput(input: unknown): void {
  INPUT_READER(input, ['input']);
}
