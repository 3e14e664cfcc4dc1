/**
 * Weights from pairwise judgements: Saaty's analytic hierarchy process (AHP). The weights are the
 * principal eigenvector of the comparison matrix (power iteration, checked for convergence) or
 * its normalised row geometric means; consistency is Saaty's CI = (λmax − n) / (n − 1) and
 * CR = CI / RI with the random index table below.
 */
import * as z from 'zod/mini';
import {
  fail,
  idSchema,
  integerSchema,
  invalid,
  issue,
  numberSchema,
  parseInput,
  recordFromEntries,
  SalesOpsError,
  sumNumbers,
} from '../core/index.js';
import type { SalesOpsIssue } from '../core/index.js';

// Saaty's random index RI(n), n = 1..15: the mean CI of random reciprocal matrices with entries
// from the 1/9..9 scale. n = 1..10 as the contract fixes them; n = 11..15 from the same
// table, Saaty (1980), "The Analytic Hierarchy Process", McGraw-Hill (500 random matrices per n,
// computed at Oak Ridge National Laboratory and Wharton), as reproduced for n up to 15 by
// Karlsson & Ryan (1997), IEEE Software 14(5), Table 1. The dip at n = 12 (1.48) is in the
// published table; we keep it rather than invent a smoothed value.
const RANDOM_INDEX = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, 1.51, 1.48, 1.56, 1.57, 1.59];

/** The largest matrix the random index table covers. */
const MAX_N = 15;

/**
 * Saaty's random index RI(n) for n = 1..15 (Saaty 1980; n = 1..10: 0, 0, 0.58, 0.90, 1.12,
 * 1.24, 1.32, 1.41, 1.45, 1.49; n = 11..15: 1.51, 1.48, 1.56, 1.57, 1.59).
 *
 * @param n - the number of items compared, 1 to 15
 * @returns the random index
 * @throws {@link SalesOpsError} INVALID_INPUT when `n` is not a whole number from 1 to 15 (the table has no other values, and a consistency ratio of 0 would be a lie)
 *
 * @example
 * ```ts
 * import { randomIndex } from 'salesops-kit/scoring';
 *
 * randomIndex(4) //=> 0.9
 * randomIndex(15) //=> 1.59
 * randomIndex(16) //=> throws INVALID_INPUT
 * ```
 */
export function randomIndex(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_N) invalid(['n'], `must be a whole number from 1 to ${MAX_N}`, n);
  return RANDOM_INDEX[n - 1] as number;
}

/** Options of {@link ahpWeights}. */
export interface AhpOptions {
  /** `'eigenvector'` (default, Saaty's method) or `'geometricMean'` (normalised row geometric means). */
  method?: 'eigenvector' | 'geometricMean' | undefined;
  /** Power iteration stops when no weight moves more than this (default 1e-12). */
  tolerance?: number | undefined;
  /** Power iteration gives up (`NOT_CONVERGED`) after this many steps (default 1000). */
  maxIterations?: number | undefined;
  /**
   * How far `a[i][j] × a[j][i]` may be from 1 (default 0.01), so that rounded reciprocals such
   * as 0.333 or 0.33 for 1/3 pass; 0.14 for 1/7 does not — write `1 / 7`.
   */
  reciprocalTolerance?: number | undefined;
}

/** The result of {@link ahpWeights}. */
export interface AhpResult {
  /** The priorities, one per row, summing to 1. */
  weights: number[];
  /** The principal eigenvalue (estimated from A·w for the geometric mean method); n when consistent. */
  lambdaMax: number;
  /** CI = (λmax − n) / (n − 1); 0 for n ≤ 2. */
  consistencyIndex: number;
  /** CR = CI / RI(n); 0 for n ≤ 2. */
  consistencyRatio: number;
  /** CR < 0.1 (always true for n ≤ 2). */
  consistent: boolean;
  /** RI(n), the random index used (see {@link randomIndex}). */
  randomIndex: number;
  /** The method used. */
  method: 'eigenvector' | 'geometricMean';
  /** Power iterations used (0 for the geometric mean). */
  iterations: number;
}

/** One pairwise judgement: `a` is `value` times as important as `b`. */
export interface AhpJudgement {
  /** The first item's id. */
  a: string;
  /** The second item's id. */
  b: string;
  /** How many times `a` outweighs `b` (Saaty's 1–9 scale, or its reciprocals); positive. */
  value: number;
}

/** Options of {@link ahpWeightsFromJudgements}: those of {@link ahpWeights}, and the item order. */
export interface AhpJudgementOptions extends AhpOptions {
  /** The items, in the order of the matrix; default: in order of first appearance in the judgements. */
  items?: readonly string[] | undefined;
}

/** The result of {@link ahpWeightsFromJudgements}. */
export interface AhpJudgementResult extends Omit<AhpResult, 'weights'> {
  /** The items, in matrix order. */
  items: string[];
  /** The priorities keyed by item id, summing to 1. */
  weights: Record<string, number>;
  /** The comparison matrix built from the judgements (row and column order: `items`). */
  matrix: number[][];
}

function optionsShape() {
  return {
    method: z.optional(z.enum(['eigenvector', 'geometricMean'])),
    tolerance: z.optional(numberSchema(1e-15, 0.1)),
    maxIterations: z.optional(integerSchema(1, 1e6)),
    reciprocalTolerance: z.optional(numberSchema(0, 0.5)),
  };
}

/**
 * Schema of {@link AhpOptions} (strict).
 *
 * @example
 * ```ts
 * import { AhpOptionsSchema } from 'salesops-kit/scoring';
 *
 * AhpOptionsSchema.safeParse({ method: 'geometricMean' }).success //=> true
 * AhpOptionsSchema.safeParse({ method: 'average' }).success //=> false
 * ```
 */
export const AhpOptionsSchema: z.ZodMiniType<AhpOptions> = /* @__PURE__ */ (() => z.strictObject(optionsShape()))();

/**
 * Schema of {@link AhpJudgementOptions} (strict).
 *
 * @example
 * ```ts
 * import { AhpJudgementOptionsSchema } from 'salesops-kit/scoring';
 *
 * AhpJudgementOptionsSchema.safeParse({ items: ['price', 'quality'] }).success //=> true
 * ```
 */
export const AhpJudgementOptionsSchema: z.ZodMiniType<AhpJudgementOptions> = /* @__PURE__ */ (() =>
  z.strictObject({ ...optionsShape(), items: z.optional(z.array(idSchema())) }))();

/**
 * Schema of a comparison matrix: rows of finite numbers (squareness, positivity and reciprocity
 * are checked by {@link ahpWeights}).
 *
 * @example
 * ```ts
 * import { AhpMatrixSchema } from 'salesops-kit/scoring';
 *
 * AhpMatrixSchema.safeParse([[1, 3], [1 / 3, 1]]).success //=> true
 * AhpMatrixSchema.safeParse([[1, '3']]).success //=> false
 * ```
 */
export const AhpMatrixSchema: z.ZodMiniType<number[][]> = /* @__PURE__ */ (() => z.array(z.array(z.number())).check(z.minLength(1)))();

/**
 * Schema of a list of {@link AhpJudgement}s.
 *
 * @example
 * ```ts
 * import { AhpJudgementsSchema } from 'salesops-kit/scoring';
 *
 * AhpJudgementsSchema.safeParse([{ a: 'price', b: 'quality', value: 3 }]).success //=> true
 * AhpJudgementsSchema.safeParse([{ a: 'price', b: 'quality', value: 0 }]).success //=> false
 * ```
 */
export const AhpJudgementsSchema: z.ZodMiniType<AhpJudgement[]> = /* @__PURE__ */ (() =>
  z.array(z.looseObject({ a: idSchema(), b: idSchema(), value: z.number().check(z.gt(0, 'must be greater than zero')) })))();

/** Checks positivity and reciprocity; throws NOT_RECIPROCAL listing every offending entry. */
function checkReciprocal(matrix: number[][], tolerance: number): void {
  const problems: SalesOpsIssue[] = [];
  const n = matrix.length;
  // 1e-9 absorbs the rounding of the product itself (0.33 × 3 is 0.99000…01 in binary).
  const off = (x: number): boolean => Math.abs(x - 1) > tolerance + 1e-9;
  for (let i = 0; i < n; i += 1) {
    const row = matrix[i] as number[];
    for (let j = 0; j < n; j += 1) {
      const a = row[j] as number;
      if (!(a > 0)) problems.push(issue('NOT_RECIPROCAL', ['matrix', i, j], 'must be positive', a));
      else if (i === j && off(a)) problems.push(issue('NOT_RECIPROCAL', ['matrix', i, j], 'must be 1', a));
      else if (j < i && (matrix[j]?.[i] as number) > 0 && off(a * (matrix[j]?.[i] as number))) {
        problems.push(issue('NOT_RECIPROCAL', ['matrix', i, j], `must be 1 / matrix[${j}][${i}]`, a));
      }
    }
  }
  if (problems.length > 0) throw new SalesOpsError('NOT_RECIPROCAL', problems);
}

/** Weights and consistency of a validated positive reciprocal matrix. */
function solve(a: number[][], options: AhpOptions): AhpResult {
  const n = a.length;
  const method = options.method ?? 'eigenvector';
  // Normalised row geometric means (through logarithms, which cannot overflow): the result of
  // the geometric mean method, and an excellent starting vector for the power iteration.
  let w = normaliseVector(a.map((row) => Math.exp(sumNumbers(row.map(Math.log)) / n)));
  let lambda: number;
  let iterations = 0;
  if (method === 'geometricMean') {
    const aw = multiply(a, w);
    lambda = sumNumbers(aw.map((v, i) => v / (w[i] as number))) / n;
  } else {
    const tolerance = options.tolerance ?? 1e-12;
    const max = options.maxIterations ?? 1000;
    lambda = Number.NaN;
    for (;;) {
      if (iterations >= max) fail('NOT_CONVERGED', ['matrix'], `did not converge in ${max} iterations`);
      iterations += 1;
      const aw = multiply(a, w);
      // With w summing to 1, the sum of A·w is the eigenvalue estimate.
      lambda = sumNumbers(aw);
      const next = aw.map((v) => v / lambda);
      let moved = 0;
      for (let i = 0; i < n; i += 1) moved = Math.max(moved, Math.abs((next[i] as number) - (w[i] as number)));
      w = next;
      if (moved <= tolerance) break;
    }
  }
  // λmax ≥ n for every positive reciprocal matrix; below 1e-12 the difference is rounding noise,
  // so a consistent matrix reports exactly CI = CR = 0.
  if (Math.abs(lambda - n) <= 1e-12 * n) lambda = n;
  let ci = n > 2 ? (lambda - n) / (n - 1) : 0;
  if (ci < 1e-12) {
    ci = 0;
    if (n > 2) lambda = n;
  }
  const ri = RANDOM_INDEX[n - 1] as number;
  const cr = ri > 0 ? ci / ri : 0;
  return {
    weights: w,
    lambdaMax: lambda,
    consistencyIndex: ci,
    consistencyRatio: cr,
    consistent: n <= 2 || cr < 0.1,
    randomIndex: ri,
    method,
    iterations,
  };
}

function multiply(a: number[][], w: number[]): number[] {
  return a.map((row) => sumNumbers(row.map((x, j) => x * (w[j] as number))));
}

function normaliseVector(v: number[]): number[] {
  const total = sumNumbers(v);
  return v.map((x) => x / total);
}

/**
 * Weights from a pairwise comparison matrix, by Saaty's analytic hierarchy process, with the
 * consistency index and ratio.
 *
 * `matrix[i][j]` says how many times item i outweighs item j (Saaty's 1–9 scale). The matrix
 * must be square (1 to 15 items: the random index table ends at 15, and we never report a
 * consistency ratio of 0 for a size the table lacks), positive, with ones on the diagonal and
 * `matrix[j][i] = 1 / matrix[i][j]` within `reciprocalTolerance` (default 0.01). The matrix is
 * used as given. `consistent` is CR < 0.1, and always true for n ≤ 2.
 *
 * @param matrix - the n × n comparison matrix
 * @param options - `method` (`'eigenvector'` default, or `'geometricMean'`), `tolerance`, `maxIterations`, `reciprocalTolerance`
 * @returns the weights (summing to 1), λmax, CI, CR, whether CR < 0.1, and the random index used
 * @throws {@link SalesOpsError} INVALID_INPUT when the matrix is not a square array of finite numbers of size 1 to 15, or an option is invalid
 * @throws {@link SalesOpsError} NOT_RECIPROCAL when an entry is not positive, a diagonal entry is not 1, or an entry is not the reciprocal of its mirror
 * @throws {@link SalesOpsError} NOT_CONVERGED when the power iteration does not settle within `maxIterations`
 *
 * @example
 * ```ts
 * import { ahpWeights } from 'salesops-kit/scoring';
 *
 * // Revenue is 3 times as important as margin and 5 times as important as new logos.
 * const result = ahpWeights([
 *   [1, 3, 5],
 *   [1 / 3, 1, 2],
 *   [1 / 5, 1 / 2, 1],
 * ]);
 * result.weights //=> [0.648, 0.230, 0.122]
 * result.consistencyRatio //=> 0.0032
 * result.consistent //=> true
 * ```
 */
export function ahpWeights(matrix: readonly (readonly number[])[], options?: AhpOptions): AhpResult {
  const opts = parseInput(AhpOptionsSchema, options ?? {}, ['options']);
  const a = parseInput(AhpMatrixSchema, matrix, ['matrix']);
  const n = a.length;
  if (n > MAX_N) invalid(['matrix'], `must have at most ${MAX_N} rows (the random index table ends there)`, a);
  a.forEach((row, i) => {
    if (row.length !== n) invalid(['matrix', i], `must have ${n} entries (square)`, row);
  });
  checkReciprocal(a, opts.reciprocalTolerance ?? 0.01);
  return solve(a, opts);
}

/**
 * Weights from a list of pairwise judgements between named items — the form a survey or a
 * workshop produces — returned keyed by id.
 *
 * Each unordered pair of items must be judged exactly once, in either direction (`{ a, b,
 * value }` means a is `value` times as important as b, and gives b over a as 1 / value).
 * Incomplete comparisons are refused rather than filled in, so that every weight rests on a
 * judgement someone made.
 *
 * @param judgements - the pairwise judgements
 * @param options - the options of {@link ahpWeights}, and `items` (the item order; default: first appearance)
 * @returns the items, the weights keyed by id, the matrix built, λmax, CI, CR and `consistent`
 * @throws {@link SalesOpsError} INVALID_INPUT when a judgement is malformed, compares an item with itself, names an item not in `options.items`, a pair is missing, or there are more than 15 items
 * @throws {@link SalesOpsError} DUPLICATE_ID when a pair is judged twice, or `options.items` repeats an id
 * @throws {@link SalesOpsError} NOT_CONVERGED as {@link ahpWeights}
 *
 * @example
 * ```ts
 * import { ahpWeightsFromJudgements } from 'salesops-kit/scoring';
 *
 * const result = ahpWeightsFromJudgements([
 *   { a: 'revenue', b: 'margin', value: 2 },
 *   { a: 'revenue', b: 'newLogos', value: 4 },
 *   { a: 'margin', b: 'newLogos', value: 2 },
 * ]);
 * result.weights //=> { revenue: 0.5714, margin: 0.2857, newLogos: 0.1429 }
 * result.consistencyRatio //=> 0
 * ```
 */
export function ahpWeightsFromJudgements(judgements: readonly AhpJudgement[], options?: AhpJudgementOptions): AhpJudgementResult {
  const opts = parseInput(AhpJudgementOptionsSchema, options ?? {}, ['options']);
  const list = parseInput(AhpJudgementsSchema, judgements, ['judgements']);
  const index = new Map<string, number>();
  const items: string[] = [];
  const add = (id: string): number => {
    const known = index.get(id);
    if (known !== undefined) return known;
    index.set(id, items.length);
    return items.push(id) - 1;
  };
  if (opts.items !== undefined) {
    opts.items.forEach((id, i) => {
      if (index.has(id)) fail('DUPLICATE_ID', ['options', 'items', i], 'repeats an item', id);
      add(id);
    });
  }
  const pairs: Array<[number, number, number]> = [];
  list.forEach((j, k) => {
    if (j.a === j.b) invalid(['judgements', k, 'b'], 'must differ from a', j.b);
    for (const key of ['a', 'b'] as const) {
      if (opts.items !== undefined && !index.has(j[key])) invalid(['judgements', k, key], 'is not one of options.items', j[key]);
    }
    pairs.push([add(j.a), add(j.b), j.value]);
  });
  const n = items.length;
  if (n === 0) invalid(['judgements'], 'must name at least one item');
  if (n > MAX_N) invalid(['judgements'], `must compare at most ${MAX_N} items`, n);
  const matrix = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
  const seen = new Map<number, number>();
  pairs.forEach(([i, j, value], k) => {
    const key = Math.min(i, j) * n + Math.max(i, j);
    const first = seen.get(key);
    if (first !== undefined) fail('DUPLICATE_ID', ['judgements', k], `repeats the pair judged at judgements[${first}]`);
    seen.set(key, k);
    (matrix[i] as number[])[j] = value;
    (matrix[j] as number[])[i] = 1 / value;
  });
  const missing: SalesOpsIssue[] = [];
  for (let i = 0; i < n; i += 1) {
    for (let j = i + 1; j < n; j += 1) {
      if (!seen.has(i * n + j))
        missing.push(issue('INVALID_INPUT', ['judgements'], `lacks the pair ${JSON.stringify(items[i])}, ${JSON.stringify(items[j])}`));
    }
  }
  if (missing.length > 0) throw new SalesOpsError('INVALID_INPUT', missing);
  const result = solve(matrix, opts);
  return { ...result, items, weights: recordFromEntries(items.map((id, i) => [id, result.weights[i] as number])), matrix };
}
