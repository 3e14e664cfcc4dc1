/**
 * Biproportional apportionment: a two-way quota table (region × product, team × quarter) with
 * exact decimal cells whose rows and columns both add up exactly to their totals.
 *
 * The method is the divisor method with standard rounding applied both ways (Balinski & Demange
 * 1989; Pukelsheim, "Proportional Representation", 2014, ch. 14): find a divisor for every row
 * and every column so that each cell, in units of 10^-scale, is its seed divided by its row and
 * column divisors, rounded to the nearest whole unit — and the rounded cells meet every margin.
 * Such divisors exist exactly when some table with those margins puts nothing in the seed's zero
 * cells (checked first, by a maximum flow). They are found by alternating scaling: fit every
 * row by a one-dimensional divisor apportionment, then every column, and so on. When a line can
 * only be fitted at a tie (a cell exactly halfway), the tied cells may go either way; a flow over
 * the tied cells then settles them so that the other margins hold too.
 */
import * as z from 'zod/mini';
import {
  checkArguments,
  type DecimalInput,
  exact,
  fail,
  formatUnits,
  idSchema,
  integerSchema,
  invalid,
  listOf,
  maybe,
  objectOf,
  readIdInput,
  readNonNegativeAmount,
  readScale,
  recordFromEntries,
  roundUnits,
  scaleSchema,
  wholeIn,
} from '../core/index.js';
import { flowNetwork } from './max-flow.js';
import { checkEmptyLines, checkLength, readSeed, type Seed } from './matrix-input.js';

/** Options of {@link decomposeMatrix}. */
export interface DecomposeMatrixOptions {
  /** Decimals of the cells (default 2); the totals are rounded half-up to it first. */
  scale?: number | undefined;
  /** Names of the rows (unique), for error messages and the keyed `byRow` result. */
  rowIds?: readonly string[] | undefined;
  /** Names of the columns (unique), for error messages and the keyed `byRow` result. */
  columnIds?: readonly string[] | undefined;
  /** Most iterations of alternating scaling (a row pass then a column pass each); default 1000. */
  maxIterations?: number | undefined;
}

/** A cell of the table, by row and column index. */
export interface MatrixCell {
  /** Row index. */
  row: number;
  /** Column index. */
  column: number;
}

/** An exact two-way table and the divisors that explain it. */
export interface DecomposeMatrixResult {
  /** The table: decimal strings at `scale`; every row and column adds up exactly to its total. */
  matrix: string[][];
  /**
   * Each row's divisor: a cell in units of 10^-scale is `seed[i][j] / (rowDivisors[i] ×
   * columnDivisors[j])` rounded to the nearest unit (`null` for a row whose total is zero).
   */
  rowDivisors: Array<number | null>;
  /** Each column's divisor (`null` for a column whose total is zero). */
  columnDivisors: Array<number | null>;
  /** Iterations of alternating scaling run. */
  iterations: number;
  /**
   * Cells whose quotient falls exactly halfway between two units: each could be one unit
   * lower or higher in another, equally valid table (with compensating cells). Usually empty.
   */
  tiedCells: MatrixCell[];
  /** The table keyed by row id, then column id (only when both `rowIds` and `columnIds` are given). */
  byRow?: Record<string, Record<string, string>>;
}

/**
 * Schema of the options of {@link decomposeMatrix}. `decomposeMatrix` itself checks its options,
 * seed and totals with hand-written code (so that importing it does not bring zod along); both
 * reject the same values, at the same paths, with the same messages.
 *
 * @example
 * ```ts
 * import { DecomposeMatrixOptionsSchema } from 'salesops-kit/quota';
 *
 * DecomposeMatrixOptionsSchema.safeParse({ scale: 0, rowIds: ['north', 'south'] }).success //=> true
 * DecomposeMatrixOptionsSchema.safeParse({ scale: 2.5 }).success //=> false
 * ```
 */
export const DecomposeMatrixOptionsSchema: z.ZodMiniType<DecomposeMatrixOptions> = /* @__PURE__ */ (() =>
  z.strictObject({
    scale: z.optional(scaleSchema()),
    rowIds: z.optional(z.array(idSchema())),
    columnIds: z.optional(z.array(idSchema())),
    maxIterations: z.optional(integerSchema(1, 1_000_000)),
  }))();

// Two divisor bounds closer than this (relative) are a tie: exact ties computed in doubles
// differ by a few ulp, far below it.
const TIE = 1e-13;

type Label = (kind: 'row' | 'column', k: number) => string;

/**
 * Splits region × product (or any two-way) totals into an exact table by biproportional
 * apportionment, in proportion to a seed table.
 *
 * Every cell is a decimal string at `scale`; every row adds up exactly to its row total and
 * every column to its column total, and cells that are zero in the seed stay zero. Each cell is
 * its seed scaled by a row divisor and a column divisor and rounded to the nearest unit of
 * 10^-scale (standard rounding) — the result reports the divisors, so every cell can be checked.
 * Where a cell falls exactly halfway, the table is one of several equally valid ones; such cells
 * are listed in `tiedCells`, and which way they go is settled deterministically.
 *
 * @param seed - the proportions (rows × columns of non-negative numbers, e.g. last year's sales)
 * @param rowTotals - the total of each row (non-negative amounts)
 * @param colTotals - the total of each column; must add up to the same grand total at `scale`
 * @param options - `scale` (default 2), `rowIds`, `columnIds`, `maxIterations`
 * @returns the `matrix` of decimal strings, the row and column divisors, `iterations`,
 *   `tiedCells`, and `byRow` keyed by ids when both id lists are given
 * @throws {@link SalesOpsError} INVALID_INPUT when the seed is not a non-empty rectangular table
 *   of finite non-negative numbers, when a list of totals has the wrong length or a bad or
 *   negative amount, when a total has more than 2^53 units at `scale`, or when an option is
 *   not valid
 * @throws {@link SalesOpsError} DUPLICATE_ID when a row id or column id repeats
 * @throws {@link SalesOpsError} INCONSISTENT_TOTALS when the row totals and the column totals,
 *   rounded to `scale`, do not add up to the same grand total
 * @throws {@link SalesOpsError} INFEASIBLE_CONSTRAINTS when no table with these margins fits in
 *   the seed's non-zero cells: a line with a positive total and an all-zero seed, or a group of
 *   rows needing more than the columns they can use hold in all (the message names them)
 * @throws {@link SalesOpsError} NOT_CONVERGED when alternating scaling has not settled after
 *   `maxIterations` (only seen with contrived ties)
 *
 * @example
 * ```ts
 * import { decomposeMatrix } from 'salesops-kit/quota';
 *
 * // Regions × products, in proportion to last year's sales.
 * const table = decomposeMatrix(
 *   [[120, 80, 40], [60, 90, 30]],
 *   ['600000', '400000'],
 *   ['450000', '400000', '150000'],
 *   { scale: 0, rowIds: ['north', 'south'], columnIds: ['software', 'services', 'hardware'] },
 * );
 * table.matrix //=> [['310902', '199337', '89761'], ['139098', '200663', '60239']]
 * table.byRow?.['south']?.['hardware'] //=> '60239'
 * decomposeMatrix([[1, 0], [0, 1]], [2, 1], [1, 2]) //=> throws INFEASIBLE_CONSTRAINTS
 * ```
 */
export function decomposeMatrix(
  seed: number[][],
  rowTotals: readonly DecimalInput[],
  colTotals: readonly DecimalInput[],
  options: DecomposeMatrixOptions = {},
): DecomposeMatrixResult {
  const matrixSeed = readSeed(seed);
  const { rows, cols } = matrixSeed;
  checkArguments([options, 'options', OPTIONS]);
  const scale = options.scale ?? 2;
  const rowIds = readIds(options.rowIds, 'rowIds', rows);
  const colIds = readIds(options.columnIds, 'columnIds', cols);
  const label: Label = (kind, k) => {
    const ids = kind === 'row' ? rowIds : colIds;
    return ids === undefined ? `${kind} ${k}` : `${kind} ${JSON.stringify(ids[k])}`;
  };
  const r = readUnits(rowTotals, 'rowTotals', rows, 'row', scale);
  const c = readUnits(colTotals, 'colTotals', cols, 'column', scale);
  const rowSum = r.reduce((a, b) => a + b, 0);
  const colSum = c.reduce((a, b) => a + b, 0);
  if (!Number.isSafeInteger(rowSum) || !Number.isSafeInteger(colSum)) {
    invalid(['rowTotals'], `add up to more than 2^53 units at scale ${scale}`);
  }
  if (rowSum !== colSum) {
    fail('INCONSISTENT_TOTALS', ['colTotals'], `add up to ${show(colSum, scale)} but the row totals add up to ${show(rowSum, scale)}`);
  }
  checkEmptyLines(
    matrixSeed,
    r.map((t) => t > 0),
    c.map((t) => t > 0),
    label,
  );
  checkFeasible(matrixSeed, r, c, scale, label);

  const fitted = alternateScaling(matrixSeed, r, c, options.maxIterations ?? 1000);
  const matrix = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => formatUnits(fitted.x[i * cols + j] as number, scale)),
  );
  const result: DecomposeMatrixResult = {
    matrix,
    rowDivisors: fitted.rowDivisors,
    columnDivisors: fitted.columnDivisors,
    iterations: fitted.iterations,
    tiedCells: fitted.tiedCells,
  };
  if (rowIds !== undefined && colIds !== undefined) {
    result.byRow = recordFromEntries(
      rowIds.map((id, i) => [id, recordFromEntries(colIds.map((col, j) => [col, (matrix[i] as string[])[j] as string]))] as const),
    );
  }
  return result;
}

function show(units: number, scale: number): string {
  return formatUnits(units, scale);
}

function readIds(ids: readonly string[] | undefined, name: string, expected: number): readonly string[] | undefined {
  if (ids === undefined) return undefined;
  const path = ['options', name];
  if (ids.length !== expected) invalid(path, `must have ${expected} ids, one per ${name === 'rowIds' ? 'row' : 'column'} of the seed`, ids);
  const seen = new Set<string>();
  ids.forEach((id, k) => {
    if (seen.has(id)) fail('DUPLICATE_ID', [...path, k], 'repeats an id', id);
    seen.add(id);
  });
  return ids;
}

// The exported schemas, checked by hand (see `core/read-shape.ts` for why).
const OPTIONS = /* @__PURE__ */ (() =>
  objectOf({
    scale: readScale,
    rowIds: maybe(listOf(readIdInput)),
    columnIds: maybe(listOf(readIdInput)),
    maxIterations: maybe(wholeIn(1, 1_000_000)),
  }))();
const TOTALS = /* @__PURE__ */ (() => listOf(readNonNegativeAmount))();

function readUnits(totals: unknown, name: string, expected: number, what: string, scale: number): number[] {
  const list = checkLength(totals, name, expected, what);
  checkArguments([list, name, TOTALS]);
  return list.map((total, k) => {
    const units = roundUnits(exact(total as DecimalInput), scale);
    if (units > BigInt(Number.MAX_SAFE_INTEGER)) invalid([name, k], `has more than 2^53 units at scale ${scale}`, total);
    return Number(units);
  });
}

/**
 * Throws INFEASIBLE_CONSTRAINTS when no table with the margins fits in the non-zero cells: by
 * max-flow/min-cut, the rows the source still reaches after a maximum flow need more than the
 * columns they can use hold.
 */
function checkFeasible(seed: Seed, r: readonly number[], c: readonly number[], scale: number, label: Label): void {
  const { rows, cols, values } = seed;
  let hasZero = false;
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < cols; j += 1) if ((r[i] as number) > 0 && (c[j] as number) > 0 && values[i * cols + j] === 0) hasZero = true;
  }
  if (!hasZero) return; // every line can use every other: always feasible
  const total = r.reduce((a, b) => a + b, 0);
  const network = flowNetwork(rows + cols + 2);
  const source = rows + cols;
  const sink = source + 1;
  for (let i = 0; i < rows; i += 1) if ((r[i] as number) > 0) network.addEdge(source, i, r[i] as number);
  for (let j = 0; j < cols; j += 1) if ((c[j] as number) > 0) network.addEdge(rows + j, sink, c[j] as number);
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < cols; j += 1) if ((values[i * cols + j] as number) > 0) network.addEdge(i, rows + j, total);
  }
  if (network.maxFlow(source, sink) === total) return;
  const reached = network.reachable(source);
  const needRows = r.map((_, i) => i).filter((i) => reached[i] && (r[i] as number) > 0);
  const haveCols = c.map((_, j) => j).filter((j) => reached[rows + j] && (c[j] as number) > 0);
  const need = needRows.reduce((a, i) => a + (r[i] as number), 0);
  const have = haveCols.reduce((a, j) => a + (c[j] as number), 0);
  const names = (kind: 'row' | 'column', list: number[]): string => list.map((k) => label(kind, k)).join(', ');
  fail(
    'INFEASIBLE_CONSTRAINTS',
    ['rowTotals'],
    `${names('row', needRows)} need ${show(need, scale)} in all, but can only use ${haveCols.length === 0 ? 'no column with a positive total' : names('column', haveCols)}, whose totals add up to ${show(have, scale)}`,
  );
}

interface Fitted {
  x: Float64Array;
  rowDivisors: Array<number | null>;
  columnDivisors: Array<number | null>;
  iterations: number;
  tiedCells: MatrixCell[];
}

/** The ties a line was fitted at: cells that may go one unit up, and cells that may go one down. */
interface LineTies {
  line: number;
  up: number[];
  down: number[];
}

/**
 * The work the exact transfer phase may do (each unit moved costs about (rows + columns)² +
 * rows × columns steps); beyond it the table is refused as not converged rather than run for
 * minutes.
 */
const MAX_TRANSFER_WORK = 5e8;

/**
 * Alternating scaling with tie settlement; the seed is known to be feasible. Alternating scaling
 * can stall (Gaffke & Pukelsheim 2008 give an example; a line that must get nothing in a cell
 * whose seed is positive is another): when its error has not improved for a few iterations, the
 * best state reached is finished by exact transfers.
 */
function alternateScaling(seed: Seed, r: readonly number[], c: readonly number[], maxIterations: number): Fitted {
  const { rows, cols, values } = seed;
  const x = new Float64Array(rows * cols);
  const rowDiv = new Float64Array(rows).fill(Infinity);
  const colDiv = new Float64Array(cols).fill(1);
  for (let j = 0; j < cols; j += 1) if ((c[j] as number) === 0) colDiv[j] = Infinity;
  const byRow = (line: number, k: number): number => line * cols + k;
  const byCol = (line: number, k: number): number => k * cols + line;
  const done = (iterations: number, tied: MatrixCell[]): Fitted => ({
    x,
    rowDivisors: Array.from(rowDiv, nullIfInfinite),
    columnDivisors: Array.from(colDiv, nullIfInfinite),
    iterations,
    tiedCells: tied,
  });
  let best: { error: number; x: Float64Array; rowDiv: Float64Array; colDiv: Float64Array; rowPass: boolean } | undefined;
  let stale = 0;
  let iteration = 1;
  for (; iteration <= maxIterations && stale < 8; iteration += 1) {
    stale += 1;
    for (const rowPass of [true, false]) {
      const [n, m, cell, targets, own, other, otherTargets] = rowPass
        ? ([rows, cols, byRow, r, rowDiv, colDiv, c] as const)
        : ([cols, rows, byCol, c, colDiv, rowDiv, r] as const);
      const ties = fitLines(values, x, n, m, cell, targets, own, other);
      const excess = crossExcess(x, n, m, cell, otherTargets);
      if (excess.every((e) => e === 0) || settleTies(x, m, cell, ties, excess)) return done(iteration, tiedCells(ties, rowPass));
      const error = excess.reduce((a, e) => a + Math.abs(e), 0);
      if (best === undefined || error < best.error) {
        best = { error, x: x.slice(), rowDiv: rowDiv.slice(), colDiv: colDiv.slice(), rowPass };
        stale = 0;
      }
    }
  }
  const state = best as NonNullable<typeof best>;
  if ((state.error / 2) * ((rows + cols) ** 2 + rows * cols) > MAX_TRANSFER_WORK) {
    fail(
      'NOT_CONVERGED',
      ['seed'],
      `alternating scaling still misses ${state.error / 2} units after ${iteration - 1} iterations; allow more maxIterations`,
    );
  }
  x.set(state.x);
  rowDiv.set(state.rowDiv);
  colDiv.set(state.colDiv);
  if (state.rowPass) transfer(values, x, rows, cols, byRow, rowDiv, colDiv, c);
  else transfer(values, x, cols, rows, byCol, colDiv, rowDiv, r);
  return done(iteration - 1, tiesAt(values, x, rows, cols, rowDiv, colDiv));
}

/**
 * Finishes a table whose lines fit and whose cross lines do not, by moving units one at a time
 * along cheapest paths (successive shortest paths). The table is the optimum of Gaffke and
 * Pukelsheim's convex program Σ log((k − ½) / seed) for its own margins, and the divisors are
 * its dual potentials; cheapest paths keep it optimal, so the result is again biproportional,
 * and the final potentials are its divisors.
 */
function transfer(
  values: Float64Array,
  x: Float64Array,
  n: number,
  m: number,
  cell: (line: number, k: number) => number,
  own: Float64Array,
  other: Float64Array,
  targets: readonly number[],
): void {
  // Nodes 0..n-1 are lines, n..n+m-1 cross lines. Potentials: log of line divisors, minus log of cross divisors.
  const size = n + m;
  const potential = new Float64Array(size);
  for (let i = 0; i < n; i += 1) potential[i] = Math.log(own[i] as number);
  for (let k = 0; k < m; k += 1) potential[n + k] = -Math.log(other[k] as number);
  const excess = crossExcess(x, n, m, cell, targets);
  const active = (node: number): boolean => Number.isFinite(potential[node] as number);
  const dist = new Float64Array(size);
  const from = new Int32Array(size);
  const seen = new Uint8Array(size);
  for (;;) {
    if (excess.every((e) => e <= 0)) break;
    dist.fill(Infinity);
    seen.fill(0);
    for (let k = 0; k < m; k += 1) if ((excess[k] as number) > 0) dist[n + k] = 0;
    let sink = -1;
    for (;;) {
      let u = -1;
      for (let v = 0; v < size; v += 1)
        if (!seen[v] && active(v) && (dist[v] as number) < Infinity && (u < 0 || (dist[v] as number) < (dist[u] as number))) u = v;
      if (u < 0) break;
      seen[u] = 1;
      if (u >= n && (excess[u - n] as number) < 0) {
        sink = u;
        break;
      }
      const relax = (v: number, cost: number): void => {
        const reduced = Math.max(0, cost + (potential[u] as number) - (potential[v] as number));
        if (!seen[v] && (dist[u] as number) + reduced < (dist[v] as number)) {
          dist[v] = (dist[u] as number) + reduced;
          from[v] = u;
        }
      };
      if (u < n) {
        // Line → cross: one more unit in the cell.
        for (let k = 0; k < m; k += 1) {
          const w = values[cell(u, k)] as number;
          if (w > 0 && active(n + k)) relax(n + k, Math.log(((x[cell(u, k)] as number) + 0.5) / w));
        }
      } else {
        // Cross → line: one unit less in the cell.
        const k = u - n;
        for (let i = 0; i < n; i += 1) {
          const units = x[cell(i, k)] as number;
          if (units > 0 && active(i)) relax(i, -Math.log((units - 0.5) / (values[cell(i, k)] as number)));
        }
      }
    }
    // The seed is feasible, so a path always exists; this only guards against the impossible.
    if (sink < 0) fail('NOT_CONVERGED', ['seed'], 'found no way to move the remaining units');
    const reach = dist[sink] as number;
    for (let v = 0; v < size; v += 1) if (active(v)) potential[v] = (potential[v] as number) + Math.min(dist[v] as number, reach);
    // Walk back to the source (a cross line with too much, where the distances start).
    let v = sink;
    while (!((dist[v] as number) === 0 && v >= n && (excess[v - n] as number) > 0)) {
      const u = from[v] as number;
      if (u < n) x[cell(u, v - n)] = (x[cell(u, v - n)] as number) + 1;
      else x[cell(v, u - n)] = (x[cell(v, u - n)] as number) - 1;
      v = u;
    }
    excess[v - n] = (excess[v - n] as number) - 1;
    excess[sink - n] = (excess[sink - n] as number) + 1;
  }
  for (let i = 0; i < n; i += 1) if (active(i)) own[i] = Math.exp(potential[i] as number);
  for (let k = 0; k < m; k += 1) if (active(n + k)) other[k] = Math.exp(-(potential[n + k] as number));
}

/** Cells whose quotient lies halfway between two units, by the final divisors. */
function tiesAt(
  values: Float64Array,
  x: Float64Array,
  rows: number,
  cols: number,
  rowDiv: Float64Array,
  colDiv: Float64Array,
): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < cols; j += 1) {
      const w = values[i * cols + j] as number;
      if (w === 0) continue;
      const q = w / ((rowDiv[i] as number) * (colDiv[j] as number));
      const units = x[i * cols + j] as number;
      if (Math.abs(Math.abs(q - units) - 0.5) <= 1e-9 * Math.max(1, q)) cells.push({ row: i, column: j });
    }
  }
  return cells;
}

function nullIfInfinite(d: number): number | null {
  return Number.isFinite(d) ? d : null;
}

function tiedCells(ties: readonly LineTies[], byRows: boolean): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const { line, up, down } of ties) {
    for (const k of [...up, ...down]) cells.push(byRows ? { row: line, column: k } : { row: k, column: line });
  }
  return cells.sort((a, b) => a.row - b.row || a.column - b.column);
}

/**
 * Fits every line (row or column) with a positive target: finds its divisor so that its cells
 * (seed / other divisor / own divisor, rounded) add up to the target. Returns the lines fitted
 * at a tie.
 */
function fitLines(
  values: Float64Array,
  x: Float64Array,
  n: number,
  m: number,
  cell: (line: number, k: number) => number,
  targets: readonly number[],
  own: Float64Array,
  other: Float64Array,
): LineTies[] {
  const ties: LineTies[] = [];
  const quotients = new Float64Array(m);
  for (let line = 0; line < n; line += 1) {
    const target = targets[line] as number;
    if (target === 0) {
      for (let k = 0; k < m; k += 1) x[cell(line, k)] = 0;
      continue;
    }
    for (let k = 0; k < m; k += 1) quotients[k] = (values[cell(line, k)] as number) / (other[k] as number);
    const fit = fitLine(quotients, target);
    own[line] = fit.divisor;
    for (let k = 0; k < m; k += 1) x[cell(line, k)] = fit.seats[k] as number;
    if (fit.up.length + fit.down.length > 0) ties.push({ line, up: fit.up, down: fit.down });
  }
  return ties;
}

interface LineFit {
  seats: Float64Array;
  divisor: number;
  up: number[];
  down: number[];
}

/**
 * One divisor apportionment with standard rounding (Sainte-Laguë/Webster): whole numbers
 * `round(q[k] / divisor)` adding up to `target`. Quotients of 0 (zero seeds, or columns with a
 * zero total) get 0.
 */
function fitLine(q: Float64Array, target: number): LineFit {
  const m = q.length;
  let sum = 0;
  for (let k = 0; k < m; k += 1) sum += q[k] as number;
  const start = sum / target;
  const seats = new Float64Array(m);
  let given = 0;
  for (let k = 0; k < m; k += 1) {
    seats[k] = Math.floor((q[k] as number) / start + 0.5);
    given += seats[k] as number;
  }
  // The rounding errors of at most ½ each leave at most m/2 units to hand out or take back,
  // one at a time to the cell whose next signpost is reached first.
  while (given < target) {
    let best = -1;
    let bestRatio = -1;
    for (let k = 0; k < m; k += 1) {
      const ratio = (q[k] as number) / ((seats[k] as number) + 0.5);
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = k;
      }
    }
    seats[best] = (seats[best] as number) + 1;
    given += 1;
  }
  while (given > target) {
    let best = -1;
    let bestRatio = Infinity;
    for (let k = 0; k < m; k += 1) {
      if ((seats[k] as number) === 0) continue;
      const ratio = (q[k] as number) / ((seats[k] as number) - 0.5);
      if (ratio < bestRatio) {
        bestRatio = ratio;
        best = k;
      }
    }
    seats[best] = (seats[best] as number) - 1;
    given -= 1;
  }
  // Every divisor in [low, high] gives these seats; low = high is a tie.
  let low = 0;
  let high = Infinity;
  for (let k = 0; k < m; k += 1) {
    const v = q[k] as number;
    if (v === 0) continue;
    low = Math.max(low, v / ((seats[k] as number) + 0.5));
    if ((seats[k] as number) > 0) high = Math.min(high, v / ((seats[k] as number) - 0.5));
  }
  if (high - low > TIE * high) return { seats, divisor: high === Infinity ? 2 * low : (low + high) / 2, up: [], down: [] };
  const up: number[] = [];
  const down: number[] = [];
  for (let k = 0; k < m; k += 1) {
    const v = q[k] as number;
    if (v === 0) continue;
    if (v / ((seats[k] as number) + 0.5) >= low * (1 - TIE)) up.push(k);
    if ((seats[k] as number) > 0 && v / ((seats[k] as number) - 0.5) <= high * (1 + TIE)) down.push(k);
  }
  return { seats, divisor: low, up, down };
}

/** For each cross line (column after a row pass), its sum minus its target. */
function crossExcess(
  x: Float64Array,
  n: number,
  m: number,
  cell: (line: number, k: number) => number,
  targets: readonly number[],
): number[] {
  const excess = targets.map((t) => -t);
  for (let line = 0; line < n; line += 1) {
    for (let k = 0; k < m; k += 1) excess[k] = (excess[k] as number) + (x[cell(line, k)] as number);
  }
  return excess;
}

/**
 * Settles the tied cells: within a line fitted at a tie, any down-tied cell may give a unit to
 * any up-tied cell without changing the line's sum. A maximum flow from the cross lines with too
 * much to those with too little, through such moves, finds changes that fix every cross line —
 * or shows there are none. Applies them and returns `true` when it finds them.
 */
function settleTies(
  x: Float64Array,
  m: number,
  cell: (line: number, k: number) => number,
  ties: readonly LineTies[],
  excess: readonly number[],
): boolean {
  if (ties.length === 0) return false;
  const network = flowNetwork(m + ties.length + 2);
  const source = m + ties.length;
  const sink = source + 1;
  let need = 0;
  excess.forEach((e, k) => {
    if (e > 0) {
      network.addEdge(source, k, e);
      need += e;
    } else if (e < 0) network.addEdge(k, sink, -e);
  });
  const moves: Array<[edge: number, line: number, k: number, step: number]> = [];
  ties.forEach(({ line, up, down }, t) => {
    for (const k of down) moves.push([network.addEdge(k, m + t, 1), line, k, -1]);
    for (const k of up) moves.push([network.addEdge(m + t, k, 1), line, k, 1]);
  });
  if (network.maxFlow(source, sink) !== need) return false;
  for (const [edge, line, k, step] of moves) {
    if (network.flowOn(edge) > 0) x[cell(line, k)] = (x[cell(line, k)] as number) + step;
  }
  return true;
}
