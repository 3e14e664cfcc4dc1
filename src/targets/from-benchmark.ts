/**
 * The benchmark method: what a comparable company, region or team achieved, scaled to our size.
 */
import * as z from 'zod/mini';
import {
  checkPositiveAmount,
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
  positiveAmount,
  readNonNegativeAmount,
  readScale,
  scaleSchema,
} from '../core/index.js';
import { inputAmount, outputAmount, type TargetProposal } from './proposal.js';

/** Input of {@link targetFromBenchmark}: a `sizeRatio`, or `ownSize` and `benchmarkSize`. */
export interface BenchmarkTargetInput {
  /** The benchmark's result over a comparable period (not negative). */
  benchmarkResult: DecimalInput;
  /** Our size relative to the benchmark's (0.4 when we are 40 % of its size). Give this, or both sizes. */
  sizeRatio?: number | undefined;
  /** Our size, in any measure shared with `benchmarkSize` (accounts, reps, revenue…). */
  ownSize?: DecimalInput | undefined;
  /** The benchmark's size in the same measure (above zero). */
  benchmarkSize?: DecimalInput | undefined;
  /** Decimals of the value. Default 2. */
  scale?: number | undefined;
}

/** Result of {@link targetFromBenchmark}. */
export interface BenchmarkTarget extends TargetProposal {
  /** Always `'benchmark'`. */
  method: 'benchmark';
  /** The size ratio applied. */
  sizeRatio: number;
}

/**
 * The zod schema of a {@link BenchmarkTargetInput} (field by field; which fields go together is
 * checked by {@link targetFromBenchmark}).
 *
 * @example
 * ```ts
 * import { BenchmarkTargetInputSchema } from 'salesops-kit/targets';
 *
 * BenchmarkTargetInputSchema.safeParse({ benchmarkResult: '5000000', sizeRatio: 0.4 }).success //=> true
 * BenchmarkTargetInputSchema.safeParse({ benchmarkResult: '5000000', ownSize: 40, benchmarkSize: 0 }).success //=> false
 * ```
 */
export const BenchmarkTargetInputSchema: z.ZodMiniType<BenchmarkTargetInput> = /* @__PURE__ */ (() =>
  z.strictObject({
    benchmarkResult: /* @__PURE__ */ nonNegativeAmount(),
    sizeRatio: /* @__PURE__ */ z.optional(/* @__PURE__ */ numberSchema(0)),
    ownSize: /* @__PURE__ */ z.optional(/* @__PURE__ */ nonNegativeAmount()),
    benchmarkSize: /* @__PURE__ */ z.optional(/* @__PURE__ */ positiveAmount()),
    scale: /* @__PURE__ */ z.optional(/* @__PURE__ */ scaleSchema()),
  }))();

/**
 * Sets a target from a benchmark: `benchmarkResult × sizeRatio`, or
 * `benchmarkResult × ownSize ÷ benchmarkSize` (multiplied first, divided once, rounded half-up to
 * `scale`).
 *
 * @param input - `{ benchmarkResult, sizeRatio }` or `{ benchmarkResult, ownSize, benchmarkSize }`, and `scale?`
 * @returns the value, `method: 'benchmark'`, the explanation and the size ratio
 * @throws {@link SalesOpsError} INVALID_INPUT when a field is out of range (a `benchmarkSize` of
 *   zero), when both or neither of `sizeRatio` and the two sizes are given, when only one size is
 *   given, or when the target would reach 1e21
 *
 * @example
 * ```ts
 * import { targetFromBenchmark } from 'salesops-kit/targets';
 *
 * targetFromBenchmark({ benchmarkResult: '5000000', ownSize: 40, benchmarkSize: 100 })
 * //=> { value: '2000000.00', method: 'benchmark', sizeRatio: 0.4,
 * //   explanation: 'Benchmark result 5000000.00 × own size 40 ÷ benchmark size 100 = 2000000.00 (a size ratio of 0.4).' }
 * ```
 */
export function targetFromBenchmark(input: BenchmarkTargetInput): BenchmarkTarget {
  readBenchmarkInput(input);
  const { sizeRatio, ownSize, benchmarkSize } = input;
  const sizes = ownSize !== undefined || benchmarkSize !== undefined;
  if (sizeRatio !== undefined && sizes) {
    invalid(['input', 'sizeRatio'], 'give either sizeRatio, or ownSize and benchmarkSize, not both', sizeRatio);
  }
  if (sizeRatio === undefined) {
    if (!sizes) invalid(['input', 'sizeRatio'], 'is required (give sizeRatio, or ownSize and benchmarkSize)');
    if (ownSize === undefined) invalid(['input', 'ownSize'], 'is required with benchmarkSize');
    if (benchmarkSize === undefined) invalid(['input', 'benchmarkSize'], 'is required with ownSize');
  }
  const scale = input.scale ?? 2;
  const result = inputAmount(input.benchmarkResult, 'benchmarkResult');
  const resultText = formatDecimal(result, scale);
  let product: Decimal;
  let ratio: Decimal;
  let explanation: string;
  if (sizeRatio === undefined) {
    const own = inputAmount(ownSize as DecimalInput, 'ownSize');
    const benchmark = inputAmount(benchmarkSize as DecimalInput, 'benchmarkSize');
    // Multiply first and divide once, so that 1 ÷ 3 is not rounded before it is applied.
    product = result.times(own).dividedBy(benchmark);
    ratio = own.dividedBy(benchmark);
    explanation = `Benchmark result ${resultText} × own size ${own.toString()} ÷ benchmark size ${benchmark.toString()}`;
  } else {
    ratio = new Dec(sizeRatio);
    product = result.times(ratio);
    explanation = `Benchmark result ${resultText} × size ratio ${ratio.toString()}`;
  }
  const value = outputAmount(product, scale, sizeRatio === undefined ? 'ownSize' : 'sizeRatio');
  return {
    value,
    method: 'benchmark',
    explanation: `${explanation} = ${value}${sizeRatio === undefined ? ` (a size ratio of ${ratio.toSignificantDigits(6).toString()})` : ''}.`,
    sizeRatio: ratio.toNumber() + 0,
  };
}

const INPUT_READER = /* @__PURE__ */ (() =>
  objectOf({
    benchmarkResult: readNonNegativeAmount,
    sizeRatio: maybe(numberIn(0)),
    ownSize: maybe(readNonNegativeAmount),
    benchmarkSize: maybe(checkPositiveAmount),
    scale: readScale,
  }))();

/** Reads the input as {@link BenchmarkTargetInputSchema} does; throws every problem at once. @internal */
export function readBenchmarkInput(input: unknown): void {
  INPUT_READER(input, ['input']);
}
