/**
 * Splitting one amount by weights, to the last cent: the primitive every quota function uses.
 */
import * as z from 'zod/mini';
import {
  amountToNumber,
  apportionUnits,
  checkArguments,
  type DecimalInput,
  exact,
  fail,
  formatUnits,
  gather,
  type Issues,
  maybe,
  objectOf,
  readArray,
  readScale,
  readWeight,
  roundUnits,
  scaleSchema,
  splitUnits,
  throwIssues,
  weightSchema,
} from '../core/index.js';

/** Options of {@link allocate}. */
export interface AllocateOptions {
  /** Decimals of the parts (default 2): the split is done in units of 10^-scale. */
  scale?: number | undefined;
}

// Schemas are built inside a pure arrow call: `/* @__PURE__ */ z.strictObject({ scale:
// z.optional(…) })` would let a bundler drop the outer call only, keeping the inner ones (and all
// of zod) in every bundle that imports this file.

/**
 * The options of {@link allocate}: `{ scale? }`, a whole number of decimals from 0 to 20.
 *
 * @example
 * ```ts
 * import { AllocateOptionsSchema } from 'salesops-kit/quota';
 *
 * AllocateOptionsSchema.safeParse({ scale: 0 }).success //=> true
 * AllocateOptionsSchema.safeParse({ scael: 0 }).success //=> false
 * ```
 */
export const AllocateOptionsSchema: z.ZodMiniType<AllocateOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    scale: z.optional(scaleSchema()),
  }))();

/**
 * The weights of {@link allocate}: a non-empty array of finite, non-negative numbers. (That they
 * are not all zero is checked by `allocate` itself, which throws `ZERO_WEIGHTS`.)
 *
 * @example
 * ```ts
 * import { AllocateWeightsSchema } from 'salesops-kit/quota';
 *
 * AllocateWeightsSchema.safeParse([3, 1, 0]).success //=> true
 * AllocateWeightsSchema.safeParse([3, -1]).success //=> false
 * AllocateWeightsSchema.safeParse(['3']).success //=> false
 * ```
 */
export const AllocateWeightsSchema: z.ZodMiniType<number[]> = /* @__PURE__ */ (() =>
  z.array(weightSchema()).check(z.minLength(1, 'must have at least 1 item')))();

/**
 * Splits an amount by weights so that the parts add up exactly to the amount, by the
 * largest-remainder (Hamilton) rule in units of 10^-scale.
 *
 * Each part first gets the floor of its exact share `total × w / Σw`; the units left over go one
 * each to the largest fractional remainders; ties go to the larger weight, then to the lower
 * index. Zero weights get zero. A negative total is split as the mirror image of the positive
 * one. The total is first rounded half-up to `scale`; the parts add up to that rounded total.
 *
 * Weights are plain numbers, as everywhere in the library, each standing for its shortest
 * decimal form (`0.1` is one tenth). Numeric strings such as `'12'` are refused rather than
 * parsed, so that a column of amounts passed by mistake is caught. The shares are exact: the
 * result is the one exact rational arithmetic would give, whatever the magnitudes.
 *
 * @param total - the amount to split (`DecimalInput`: number, numeric string or `Decimal`)
 * @param weights - one finite, non-negative number per part, not all zero
 * @param options - `scale`: decimals of the parts (default 2)
 * @returns one canonical decimal string per weight, summing exactly to `total` at `scale`
 * @throws {@link SalesOpsError} INVALID_INPUT when `total` is not an amount, `weights` is not a
 *   non-empty array, a weight is negative, non-finite or not a number (path `['weights', i]`),
 *   or an option is invalid
 * @throws {@link SalesOpsError} ZERO_WEIGHTS when every weight is zero
 *
 * @example
 * ```ts
 * import { allocate } from 'salesops-kit/quota';
 *
 * // Dinero.js gives 75.00 / 24.99 here; the largest remainder gives the cent to the 25 share.
 * allocate('99.99', [75, 25]) //=> ['74.99', '25.00']
 * allocate(100, [1, 1, 1]) //=> ['33.34', '33.33', '33.33']
 * allocate(-100, [1, 1, 1]) //=> ['-33.34', '-33.33', '-33.33']
 * allocate(10, [47000, 16000, 15800, 12000, 6100, 3100], { scale: 0 }) //=> ['5', '2', '1', '1', '1', '0']
 * allocate(100, [0, 0]) //=> throws ZERO_WEIGHTS
 * ```
 */
export function allocate(total: DecimalInput, weights: readonly number[], options?: AllocateOptions): string[] {
  amountToNumber(total, ['total']); // validates; the amount is read exactly below
  const scale = readOptions(options);
  checkWeights(weights);
  const units = roundUnits(exact(total), scale);
  // The fast path keeps units as numbers all the way to the string (a million parts format in a
  // few tens of milliseconds); beyond 2^53 units the core's bigint path takes over.
  if (units <= BigInt(Number.MAX_SAFE_INTEGER) && units >= -BigInt(Number.MAX_SAFE_INTEGER)) {
    return apportionUnits(Number(units), weights).map((u) => formatUnits(u, scale));
  }
  return splitUnits(units, weights).map((u) => formatUnits(u, scale));
}

const OPTIONS = /* @__PURE__ */ (() => maybe(objectOf({ scale: readScale })))();

/** Checks the options by hand, as {@link AllocateOptionsSchema} would (see `core/read-shape.ts`). */
function readOptions(options: AllocateOptions | undefined): number {
  checkArguments([options, 'options', OPTIONS]);
  return options?.scale ?? 2;
}

/**
 * Validates weights by hand (a million of them go through in a few milliseconds, where a schema
 * would take a hundred); the messages match {@link AllocateWeightsSchema}'s.
 */
function checkWeights(weights: readonly number[]): void {
  const n = readArray(weights, ['weights'], 1).length;
  const issues: Issues = [];
  let positive = false;
  for (let i = 0; i < n; i += 1) {
    const w: unknown = weights[i];
    // The common case first; anything else goes to the reader, which words the problem.
    if (typeof w === 'number' && w >= 0 && w !== Infinity) {
      if (w > 0) positive = true;
    } else gather(issues, readWeight, w, ['weights', i]);
  }
  throwIssues(issues);
  if (!positive) fail('ZERO_WEIGHTS', ['weights'], 'are all zero: there is nothing to split by');
}
