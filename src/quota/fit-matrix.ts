/**
 * Iterative proportional fitting (IPF, the RAS method, raking): scale the rows and columns of a
 * seed table until its margins match the targets, keeping the seed's cross-ratios — how a
 * region × product quota table is fitted to regional and product totals before it is rounded.
 */
import * as z from 'zod/mini';
import { fail, integerSchema, numberSchema, parseInput, sumNumbers } from '../core/index.js';
import { checkEmptyLines, checkLength, indexLabel, readSeed } from './matrix-input.js';

/** Options of {@link fitMatrix}. */
export interface FitMatrixOptions {
  /**
   * Largest accepted difference between a margin and its target, in the units of the totals.
   * Default: 1e-10 × the grand total (at least 1e-10). The margins' own sums must agree within
   * the same tolerance.
   */
  tolerance?: number | undefined;
  /** Most iterations (a row pass then a column pass each); default 1000. */
  maxIterations?: number | undefined;
}

/** The fitted table and how the fitting went. */
export interface FitMatrixResult {
  /** The fitted table: `seed[i][j] × rowFactors[i] × columnFactors[j]`; zero cells stay zero. */
  matrix: number[][];
  /** Iterations run (each a row pass then a column pass). */
  iterations: number;
  /** Whether every margin is within `tolerance` of its target. */
  converged: boolean;
  /** The largest difference between a row or column sum and its target after the last iteration. */
  maxDeviation: number;
  /** The tolerance used. */
  tolerance: number;
  /** The factor each row was scaled by, over all iterations. */
  rowFactors: number[];
  /** The factor each column was scaled by, over all iterations. */
  columnFactors: number[];
}

/**
 * Schema of the options of {@link fitMatrix}.
 *
 * @example
 * ```ts
 * import { FitMatrixOptionsSchema } from 'salesops-kit/quota';
 *
 * FitMatrixOptionsSchema.safeParse({ tolerance: 1e-6, maxIterations: 50 }).success //=> true
 * FitMatrixOptionsSchema.safeParse({ tolerance: 0 }).success //=> false
 * ```
 */
export const FitMatrixOptionsSchema: z.ZodMiniType<FitMatrixOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    tolerance: z.optional(z.number().check(z.gt(0, 'must be greater than zero'))),
    maxIterations: z.optional(integerSchema(1, 1_000_000)),
  }))();

/** Largest accepted target: beyond it, sums of doubles lose the cents. */
const MAX_TOTAL = 1e21;

function readTotals(totals: unknown, name: string, expected: number, what: string): number[] {
  const list = checkLength(totals, name, expected, what);
  return parseInput(z.array(numberSchema(0, MAX_TOTAL)), list, [name]);
}

/**
 * Fits a seed table to row and column totals by iterative proportional fitting.
 *
 * One iteration scales every row to its target (a row pass), then every column (a column pass);
 * iterations stop when every row and column sum is within `tolerance` of its target, or after
 * `maxIterations` with `converged: false` — the result is returned either way, so a caller can
 * see how close it got. Cells that are zero in the seed stay zero. The result is the same for
 * any positive multiple of the seed.
 *
 * @param seed - the table to fit (rows × columns of non-negative numbers, rows of equal length)
 * @param rowTotals - the target of each row (non-negative)
 * @param colTotals - the target of each column (non-negative); must add up to the same grand total
 * @param options - `tolerance` and `maxIterations`
 * @returns the fitted `matrix`, `iterations`, `converged`, `maxDeviation`, the `tolerance` used
 *   and the cumulative `rowFactors` and `columnFactors`
 * @throws {@link SalesOpsError} INVALID_INPUT when the seed is not a non-empty rectangular table
 *   of finite non-negative numbers, when a list of totals has the wrong length or a bad value, or
 *   when an option is not valid
 * @throws {@link SalesOpsError} INCONSISTENT_TOTALS when the row totals and the column totals
 *   add up to grand totals that differ by more than `tolerance`
 * @throws {@link SalesOpsError} INFEASIBLE_CONSTRAINTS when a row or column has a positive total
 *   but only zero seed cells (every such line is named)
 *
 * @example
 * ```ts
 * import { fitMatrix } from 'salesops-kit/quota';
 *
 * const fit = fitMatrix([[1, 1], [1, 3]], [4, 6], [5, 5]);
 * fit.matrix //=> [[2.6411, 1.3589], [2.3589, 3.6411]]
 * fit.converged //=> true
 * fitMatrix([[1, 1]], [10], [4, 5]) //=> throws INCONSISTENT_TOTALS
 * ```
 */
export function fitMatrix(seed: number[][], rowTotals: number[], colTotals: number[], options: FitMatrixOptions = {}): FitMatrixResult {
  const { rows, cols, values } = readSeed(seed);
  const rowTarget = readTotals(rowTotals, 'rowTotals', rows, 'row');
  const colTarget = readTotals(colTotals, 'colTotals', cols, 'column');
  parseInput(FitMatrixOptionsSchema, options, ['options']);
  const rowSum = sumNumbers(rowTarget);
  const colSum = sumNumbers(colTarget);
  const tolerance = options.tolerance ?? 1e-10 * Math.max(1, rowSum, colSum);
  if (Math.abs(rowSum - colSum) > tolerance) {
    fail('INCONSISTENT_TOTALS', ['colTotals'], `add up to ${colSum} but the row totals add up to ${rowSum} (tolerance ${tolerance})`);
  }
  checkEmptyLines(
    { rows, cols, values },
    rowTarget.map((t) => t > 0),
    colTarget.map((t) => t > 0),
    indexLabel,
  );

  // Work on the seed divided by its largest cell: the fit is the same, and sums cannot overflow.
  let largest = 0;
  for (const v of values) if (v > largest) largest = v;
  const x = Float64Array.from(values, (v) => (largest > 0 ? v / largest : 0));
  const rowFactors = new Array<number>(rows).fill(largest > 0 ? 1 / largest : 1);
  const columnFactors = new Array<number>(cols).fill(1);
  const maxIterations = options.maxIterations ?? 1000;

  let iterations = 0;
  let maxDeviation = Infinity;
  while (iterations < maxIterations && !(maxDeviation <= tolerance)) {
    iterations += 1;
    for (let i = 0; i < rows; i += 1) {
      let s = 0;
      for (let j = 0; j < cols; j += 1) s += x[i * cols + j] as number;
      if (s === 0) continue;
      const f = (rowTarget[i] as number) / s;
      rowFactors[i] = (rowFactors[i] as number) * f;
      for (let j = 0; j < cols; j += 1) x[i * cols + j] = (x[i * cols + j] as number) * f;
    }
    for (let j = 0; j < cols; j += 1) {
      let s = 0;
      for (let i = 0; i < rows; i += 1) s += x[i * cols + j] as number;
      if (s === 0) continue;
      const f = (colTarget[j] as number) / s;
      columnFactors[j] = (columnFactors[j] as number) * f;
      for (let i = 0; i < rows; i += 1) x[i * cols + j] = (x[i * cols + j] as number) * f;
    }
    maxDeviation = deviation(x, rows, cols, rowTarget, colTarget);
  }
  // `+ 0`: a -0 seed cell stays a zero cell, reported as 0 (results never hold -0).
  const matrix = Array.from({ length: rows }, (_, i) => Array.from(x.subarray(i * cols, (i + 1) * cols), (v) => v + 0));
  return { matrix, iterations, converged: maxDeviation <= tolerance, maxDeviation, tolerance, rowFactors, columnFactors };
}

/** The largest distance of a row or column sum from its target. */
function deviation(x: Float64Array, rows: number, cols: number, rowTarget: readonly number[], colTarget: readonly number[]): number {
  let worst = 0;
  const colSums = new Float64Array(cols);
  for (let i = 0; i < rows; i += 1) {
    let s = 0;
    for (let j = 0; j < cols; j += 1) {
      const v = x[i * cols + j] as number;
      s += v;
      colSums[j] = (colSums[j] as number) + v;
    }
    worst = Math.max(worst, Math.abs(s - (rowTarget[i] as number)));
  }
  for (let j = 0; j < cols; j += 1) worst = Math.max(worst, Math.abs((colSums[j] as number) - (colTarget[j] as number)));
  return worst;
}
