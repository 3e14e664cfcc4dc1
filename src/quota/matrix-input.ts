/**
 * Reading the seed of a two-way table (rows × columns of non-negative weights), shared by
 * {@link fitMatrix} and {@link decomposeMatrix}.
 */
import * as z from 'zod/mini';
import { checkArguments, invalid, issue, listOf, readWeight, SalesOpsError, type SalesOpsIssue, weightSchema } from '../core/index.js';

/**
 * Schema of the seed of a two-way table: at least one row of at least one cell, every cell a
 * finite number, zero or more. (That the rows have the same length is checked by the functions.)
 *
 * @example
 * ```ts
 * import { MatrixSeedSchema } from 'salesops-kit/quota';
 *
 * MatrixSeedSchema.safeParse([[40, 30], [35, 50]]).success //=> true
 * MatrixSeedSchema.safeParse([[40, -1]]).success //=> false
 * ```
 */
export const MatrixSeedSchema: z.ZodMiniType<number[][]> = /* @__PURE__ */ (() =>
  z
    .array(z.array(weightSchema()).check(z.minLength(1, 'must have at least one cell')))
    .check(z.minLength(1, 'must have at least one row')))();

const SEED = /* @__PURE__ */ (() => listOf(listOf(readWeight, 1, 'must have at least one cell'), 1, 'must have at least one row'))();

/** A validated seed, row-major. @internal */
export interface Seed {
  rows: number;
  cols: number;
  /** Cell (i, j) at `i * cols + j`. */
  values: Float64Array;
}

/**
 * Validates a rectangular seed of non-negative weights. The cells are checked by hand, every
 * problem at once, with {@link MatrixSeedSchema}'s paths and messages (a table can be large, and
 * this keeps zod out of a `decomposeMatrix` import).
 * @internal
 */
export function readSeed(seed: unknown): Seed {
  checkArguments([seed, 'seed', SEED]);
  const matrix = seed as number[][];
  const rows = matrix.length;
  const cols = (matrix[0] as number[]).length;
  const values = new Float64Array(rows * cols);
  matrix.forEach((row, i) => {
    if (row.length !== cols) invalid(['seed', i], `must have ${cols} cells, as row 0 has`, row);
    row.forEach((w, j) => {
      values[i * cols + j] = w;
    });
  });
  return { rows, cols, values };
}

/** Checks that a list of totals has one entry per row (or column). @internal */
export function checkLength(totals: unknown, name: string, expected: number, what: string): unknown[] {
  if (!Array.isArray(totals)) invalid([name], 'must be an array', totals);
  if (totals.length !== expected) invalid([name], `must have ${expected} totals, one per ${what} of the seed`, totals);
  return totals;
}

/**
 * Throws INFEASIBLE_CONSTRAINTS for every row (column) whose total is positive while its seed
 * cells are all zero: proportional fitting can only scale cells, never create them.
 * @internal
 */
export function checkEmptyLines(
  seed: Seed,
  rowPositive: readonly boolean[],
  colPositive: readonly boolean[],
  label: (kind: 'row' | 'column', k: number) => string,
): void {
  const { rows, cols, values } = seed;
  const problems: SalesOpsIssue[] = [];
  const rowHas = new Array<boolean>(rows).fill(false);
  const colHas = new Array<boolean>(cols).fill(false);
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < cols; j += 1) {
      if ((values[i * cols + j] as number) > 0) {
        rowHas[i] = true;
        colHas[j] = true;
      }
    }
  }
  const note = 'is positive, but every seed cell of that line is zero, so it cannot be fitted';
  rowPositive.forEach((positive, i) => {
    if (positive && !rowHas[i]) problems.push(issue('INFEASIBLE_CONSTRAINTS', ['rowTotals', i], `${note} (${label('row', i)})`));
  });
  colPositive.forEach((positive, j) => {
    if (positive && !colHas[j]) problems.push(issue('INFEASIBLE_CONSTRAINTS', ['colTotals', j], `${note} (${label('column', j)})`));
  });
  if (problems.length > 0) throw new SalesOpsError('INFEASIBLE_CONSTRAINTS', problems);
}

/** Plain labels: `row 2`, `column 0`. @internal */
export function indexLabel(kind: 'row' | 'column', k: number): string {
  return `${kind} ${k}`;
}
