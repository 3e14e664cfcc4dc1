import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as z from 'zod/mini';
import { decomposeMatrix, DecomposeMatrixOptionsSchema, type DecomposeMatrixResult, MatrixSeedSchema } from 'salesops-kit/quota';
import { Dec } from '../../src/core/decimal.js';
import { nonNegativeAmount } from '../../src/core/schema.js';
import { BAD_AMOUNTS, BAD_IDS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';
import { expectSameIssues } from '../helpers/schema-agreement.js';

function units(result: DecomposeMatrixResult, scale: number): number[][] {
  return result.matrix.map((row) => row.map((cell) => new Dec(cell).times(10 ** scale).toNumber()));
}

/**
 * Checks the biproportional property with the divisors the result reports: every cell is its
 * seed over its row and column divisors, rounded to the nearest unit (a tie may go either way).
 */
function expectBiproportional(seed: number[][], result: DecomposeMatrixResult, scale: number): void {
  const x = units(result, scale);
  seed.forEach((row, i) =>
    row.forEach((w, j) => {
      const cell = x[i]?.[j] as number;
      const rd = result.rowDivisors[i];
      const cd = result.columnDivisors[j];
      if (w === 0 || rd === null || cd === null || rd === undefined || cd === undefined) {
        expect(cell).toBe(0);
        return;
      }
      const quotient = w / (rd * cd);
      const slack = 1e-9 * Math.max(1, quotient);
      expect(quotient).toBeGreaterThanOrEqual(cell - 0.5 - slack);
      expect(quotient).toBeLessThanOrEqual(cell + 0.5 + slack);
    }),
  );
}

function margins(x: number[][]): { rows: number[]; cols: number[] } {
  return { rows: x.map((r) => r.reduce((a, b) => a + b, 0)), cols: (x[0] ?? []).map((_, j) => x.reduce((a, r) => a + (r[j] ?? 0), 0)) };
}

describe('decomposeMatrix: reference cases', () => {
  test('Wikipedia, "Biproportional apportionment", section "Specific example"', () => {
    // Votes of 3 parties (rows) in 3 districts (columns), 20 seats; district seats 7, 5, 8 and
    // party seats 5, 11, 4. Published apportionment: party 1 gets 1, 0, 4; party 2 gets 4, 4, 3;
    // party 3 gets 2, 1, 1 (the same values are asserted in the test suite of the R package
    // proporz, tests/testthat/test-biproportional.R).
    const seed = [
      [123, 45, 815],
      [912, 714, 414],
      [312, 255, 215],
    ];
    const result = decomposeMatrix(seed, [5, 11, 4], [7, 5, 8], { scale: 0 });
    expect(result.matrix).toEqual([
      ['1', '0', '4'],
      ['4', '4', '3'],
      ['2', '1', '1'],
    ]);
    expectBiproportional(seed, result, 0);
  });

  test('German Wikipedia, "Doppeltproportionales Zuteilungsverfahren", worked example', () => {
    // Three lists (rows) in districts A, B, C with 4, 5, 6 seats; list seats 4, 5, 6. Published:
    // list 1 gets 1, 2, 1; list 2 gets 1, 2, 2; list 3 gets 2, 1, 3 (also in proporz's tests).
    const seed = [
      [51, 98, 45],
      [60, 100, 120],
      [63, 102, 144],
    ];
    const result = decomposeMatrix(seed, [4, 5, 6], [4, 5, 6], { scale: 0 });
    expect(result.matrix).toEqual([
      ['1', '2', '1'],
      ['1', '2', '2'],
      ['2', '1', '3'],
    ]);
    expectBiproportional(seed, result, 0);
  });
});

describe('decomposeMatrix: behaviour', () => {
  test('money at scale 2: every row and column exact to the cent, divisors explain every cell', () => {
    const seed = [
      [120, 80, 40],
      [60, 90, 30],
      [10, 0, 75],
    ];
    const result = decomposeMatrix(seed, ['600000.00', '400000.01', '99999.99'], ['450000', '400000', '250000']);
    const x = units(result, 2);
    expect(margins(x)).toEqual({ rows: [60000000, 40000001, 9999999], cols: [45000000, 40000000, 25000000] });
    expect(result.matrix[2]?.[1]).toBe('0.00');
    expectBiproportional(seed, result, 2);
  });

  test('ties: equal seeds split one unit each way, and the tied cells are reported', () => {
    const result = decomposeMatrix(
      [
        [1, 1],
        [1, 1],
      ],
      [1, 1],
      [1, 1],
      { scale: 0 },
    );
    expect(margins(units(result, 0))).toEqual({ rows: [1, 1], cols: [1, 1] });
    expect(result.tiedCells.length).toBeGreaterThan(0);
    // The "exact 0.5 seats" case of proporz's tests.
    const half = decomposeMatrix(
      [
        [10, 20],
        [10, 10],
      ],
      [1, 1],
      [1, 1],
      { scale: 0 },
    );
    expect(margins(units(half, 0))).toEqual({ rows: [1, 1], cols: [1, 1] });
    expectBiproportional(
      [
        [10, 20],
        [10, 10],
      ],
      half,
      0,
    );
    // A larger tie: a 3×3 of ones with margins of 1.
    const three = decomposeMatrix(
      [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
      [1, 1, 1],
      [1, 1, 1],
      { scale: 0 },
    );
    expect(margins(units(three, 0))).toEqual({ rows: [1, 1, 1], cols: [1, 1, 1] });
  });

  test('zero totals give zero lines and null divisors', () => {
    const result = decomposeMatrix(
      [
        [1, 2],
        [3, 4],
      ],
      [0, '10'],
      ['4', '6'],
    );
    expect(result.matrix).toEqual([
      ['0.00', '0.00'],
      ['4.00', '6.00'],
    ]);
    expect(result.rowDivisors[0]).toBeNull();
  });

  test('the totals are rounded half-up to the scale before they are compared and split', () => {
    const result = decomposeMatrix([[1, 1]], ['10.006'], ['5.004', '5.005'], { scale: 2 });
    expect(result.matrix).toEqual([['5.00', '5.01']]);
    expectSalesOpsError(() => decomposeMatrix([[1, 1]], ['10.005'], ['5.004', '5.001']), 'INCONSISTENT_TOTALS');
  });

  test('ids: a keyed table, and errors that name rows and columns', () => {
    const result = decomposeMatrix([[1, 3]], [8], [2, 6], { rowIds: ['north'], columnIds: ['software', 'services'] });
    expect(result.byRow).toEqual({ north: { software: '2.00', services: '6.00' } });
    const error = expectSalesOpsError(
      () =>
        decomposeMatrix(
          [
            [0, 1],
            [0, 1],
          ],
          [1, 1],
          [1, 1],
          { rowIds: ['north', 'south'], columnIds: ['software', 'services'] },
        ),
      'INFEASIBLE_CONSTRAINTS',
      ['colTotals', 0],
    );
    expect(error.message).toContain('column "software"');
  });

  test('special ids are ordinary ids', () => {
    const ids = SPECIAL_IDS.slice(0, 3);
    const result = decomposeMatrix([[1, 1, 1]], [3], [1, 1, 1], { scale: 0, rowIds: ['__proto__'], columnIds: ids });
    expect(Object.keys(result.byRow ?? {})).toEqual(['__proto__']);
    expect(Object.keys(result.byRow?.['__proto__'] ?? {})).toEqual(ids);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  test('DUPLICATE_ID for a repeated row or column id', () => {
    expectSalesOpsError(() => decomposeMatrix([[1], [1]], [1, 1], [2], { rowIds: ['a', 'a'] }), 'DUPLICATE_ID', ['options', 'rowIds', 1]);
    expectSalesOpsError(() => decomposeMatrix([[1, 1]], [2], [1, 1], { columnIds: ['x', 'x'] }), 'DUPLICATE_ID', [
      'options',
      'columnIds',
      1,
    ]);
  });

  test('INCONSISTENT_TOTALS when the margins add up to different grand totals at the scale', () => {
    const error = expectSalesOpsError(() => decomposeMatrix([[1, 1]], ['10.00'], ['5.00', '5.01']), 'INCONSISTENT_TOTALS', ['colTotals']);
    expect(error.message).toContain('10.01');
  });

  test('INFEASIBLE_CONSTRAINTS: an empty line, or rows that need more than their columns hold', () => {
    expectSalesOpsError(
      () =>
        decomposeMatrix(
          [
            [0, 0],
            [1, 1],
          ],
          [1, 1],
          [1, 1],
        ),
      'INFEASIBLE_CONSTRAINTS',
      ['rowTotals', 0],
    );
    // Rows 0 and 1 can only use column 0 (total 3) but need 2 + 2.
    const error = expectSalesOpsError(
      () =>
        decomposeMatrix(
          [
            [1, 0, 0],
            [1, 0, 0],
            [1, 1, 1],
          ],
          [2, 2, 2],
          [3, 1, 2],
          { scale: 0 },
        ),
      'INFEASIBLE_CONSTRAINTS',
      ['rowTotals'],
    );
    expect(error.message).toBe('rowTotals: row 0, row 1 need 4 in all, but can only use column 0, whose totals add up to 3');
    // A row whose only seed lies in a column with a zero total.
    expectSalesOpsError(
      () =>
        decomposeMatrix(
          [
            [1, 0],
            [1, 1],
          ],
          [1, 1],
          [0, 2],
        ),
      'INFEASIBLE_CONSTRAINTS',
      ['rowTotals'],
    );
  });

  test('NOT_CONVERGED when alternating scaling is cut short far from the margins', () => {
    // A skewed table needs about ten iterations; after one, nearly 9 million units are misplaced.
    const args = [
      [
        [1, 1000],
        [1000, 1],
      ],
      ['10000000', '10000000'],
      ['19000000', '1000000'],
    ] as const;
    const error = expectSalesOpsError(
      () =>
        decomposeMatrix(
          args[0].map((r) => [...r]),
          [...args[1]],
          [...args[2]],
          { maxIterations: 1 },
        ),
      'NOT_CONVERGED',
      ['seed'],
    );
    expect(error.message).toContain('allow more maxIterations');
    const result = decomposeMatrix(
      args[0].map((r) => [...r]),
      [...args[1]],
      [...args[2]],
    );
    expect(result.matrix).toEqual([
      ['9000001.11', '999998.89'],
      ['9999998.89', '1.11'],
    ]);
  });

  test('a stalled alternating scaling is finished exactly (a positive seed that must get nothing)', () => {
    // Row 1 may use columns 0 and 3, but column 3 is taken whole by row 0: its cell must be 0
    // although its seed is 1. Alternating scaling oscillates here; the transfer phase settles it.
    const seed = [
      [0, 0, 0.001, 1],
      [1, 0, 0.001, 1],
      [0.001, 1, 0.001, 0],
    ];
    const result = decomposeMatrix(seed, [574, 13, 17398], [17411, 0, 0, 574], { scale: 0 });
    expect(result.matrix).toEqual([
      ['0', '0', '0', '574'],
      ['13', '0', '0', '0'],
      ['17398', '0', '0', '0'],
    ]);
    expectBiproportional(seed, result, 0);
  });
});

describe('decomposeMatrix: properties', () => {
  // A random feasible input: a random integer table (with zeros) gives the margins, and the seed
  // is positive wherever that table is (plus random extra cells).
  const input = fc.integer({ min: 1, max: 7 }).chain((rows) =>
    fc.integer({ min: 1, max: 7 }).chain((cols) =>
      fc.record({
        truth: fc.array(fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100_000 })), { minLength: cols, maxLength: cols }), {
          minLength: rows,
          maxLength: rows,
        }),
        seed: fc.array(
          fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 50 }), fc.double({ min: 0.001, max: 1e6, noNaN: true })), {
            minLength: cols,
            maxLength: cols,
          }),
          { minLength: rows, maxLength: rows },
        ),
        scale: fc.integer({ min: 0, max: 3 }),
      }),
    ),
  );

  test('margins exact, zeros kept, and every cell explained by the divisors, for random feasible inputs', () => {
    fc.assert(
      fc.property(input, ({ truth, seed: raw, scale }) => {
        const seed = raw.map((row, i) => row.map((w, j) => ((truth[i]?.[j] ?? 0) > 0 && w === 0 ? 1 : w)));
        const { rows, cols } = margins(truth);
        const toAmount = (u: number): string => new Dec(u).dividedBy(10 ** scale).toFixed(scale);
        const result = decomposeMatrix(seed, rows.map(toAmount), cols.map(toAmount), { scale });
        const x = units(result, scale);
        expect(margins(x)).toEqual({ rows, cols });
        seed.forEach((row, i) => row.forEach((w, j) => (w === 0 ? expect(x[i]?.[j]).toBe(0) : undefined)));
        expectBiproportional(seed, result, scale);
      }),
      { numRuns: 400 },
    );
  });

  test('equal seeds with many ties still meet every margin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 36, maxLength: 36 }),
        (rows, cols, cells) => {
          const truth = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => cells[i * 6 + j] as number));
          const { rows: r, cols: c } = margins(truth);
          if (r.some((v) => v === 0) || c.some((v) => v === 0)) return;
          const seed = truth.map((row) => row.map(() => 1));
          const result = decomposeMatrix(seed, r, c, { scale: 0 });
          expect(margins(units(result, 0))).toEqual({ rows: r, cols: c });
          expectBiproportional(seed, result, 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('monotone in the seed: raising one seed cell never lowers that cell', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 3, maxLength: 3 }), { minLength: 3, maxLength: 3 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 2, max: 5 }),
        (seed, cell, factor) => {
          const rows = [300000, 200000, 100000];
          const cols = [250000, 250000, 100000];
          const before = decomposeMatrix(seed, rows, cols, { scale: 0 });
          const raised = seed.map((row, i) => row.map((w, j) => (i * 3 + j === cell ? w * factor : w)));
          const after = decomposeMatrix(raised, rows, cols, { scale: 0 });
          const i = Math.floor(cell / 3);
          const j = cell % 3;
          expect(Number(after.matrix[i]?.[j])).toBeGreaterThanOrEqual(Number(before.matrix[i]?.[j]));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('decomposeMatrix: bad input', () => {
  const base = {
    seed: [
      [1, 2],
      [3, 4],
    ],
    rowTotals: ['3', '7'] as unknown[],
    colTotals: ['4', '6'] as unknown[],
    options: {} as Record<string, unknown>,
  };
  const call = (b: typeof base): unknown => decomposeMatrix(b.seed, b.rowTotals as string[], b.colTotals as string[], b.options);

  test('the seed', () => {
    expectRejectsAt(call, base, ['seed', 1, 0], { values: [-1, ...BAD_NUMBERS] });
    expectRejectsAt(call, base, ['seed', 0], { values: [[], null] });
    expectRejectsAt(call, base, ['seed', 1], { values: [[1], [1, 2, 3]] });
    expectRejectsAt(call, base, ['seed'], { values: [[], null, undefined, 'table'] });
  });

  test('the totals', () => {
    expectRejectsAt(call, base, ['rowTotals', 0], { values: [...BAD_AMOUNTS, '-1', -0.5] });
    expectRejectsAt(call, base, ['colTotals', 1], { values: BAD_AMOUNTS });
    expectRejectsAt(call, base, ['rowTotals'], { values: [['10'], null, '10', {}] });
    // More units than a double holds exactly.
    expectSalesOpsError(() => decomposeMatrix([[1]], ['99999999999999999'], ['99999999999999999']), 'INVALID_INPUT', ['rowTotals', 0]);
  });

  test('the options', () => {
    expectRejectsAt(call, base, ['options', 'scale'], { values: [-1, 21, 0.5, '2', null] });
    expectRejectsAt(call, base, ['options', 'maxIterations'], { values: [0, 1.5, '9', null] });
    expectRejectsAt(call, { ...base, options: { rowIds: ['a', 'b'] } }, ['options', 'rowIds', 1], { values: BAD_IDS });
    expectRejectsAt(call, base, ['options', 'rowIds'], { values: [['a'], ['a', 'b', 'c'], 'ab'] });
    expectRejectsAt(call, base, ['options', 'columnIds'], { values: [['a'], null] });
    expectRejectsAt(call, base, ['options', 'ids'], { values: [['a', 'b']] });
  });

  test('the schema accepts and refuses what the function does', () => {
    expect(DecomposeMatrixOptionsSchema.safeParse({ scale: 0, rowIds: ['a'], columnIds: ['b'] }).success).toBe(true);
    expect(DecomposeMatrixOptionsSchema.safeParse({ rowIds: [''] }).success).toBe(false);
  });

  // decomposeMatrix checks by hand (no zod in its bundle); the exported schemas are the reference.
  test('the options: the verdict, paths and messages of DecomposeMatrixOptionsSchema', () => {
    const call = (options: unknown): unknown =>
      decomposeMatrix(
        [
          [1, 2],
          [3, 4],
        ],
        ['3', '7'],
        ['4', '6'],
        options as never,
      );
    const candidates: unknown[] = [
      {},
      { scale: 6, rowIds: ['a', 'b'], columnIds: ['__proto__', 'constructor'], maxIterations: 1_000_000 },
      { maxIterations: 1 },
      null,
      [],
      'fast',
      { scale: -1, maxIterations: 0 },
      { scale: 0.5, maxIterations: 1.5 },
      { scale: '2', maxIterations: '9', rowIds: null, columnIds: 'ab' },
      { rowIds: ['a', ''], columnIds: [1, null, undefined, {}] },
      { maxIterations: 1_000_001 },
      { ids: ['a', 'b'] },
      { ids: ['a', 'b'], names: [], scale: 21 },
    ];
    for (const options of candidates) expectSameIssues(call, DecomposeMatrixOptionsSchema, options, ['options']);
  });

  test('the seed: the verdict, paths and messages of MatrixSeedSchema', () => {
    // Totals that fit a valid seed: every row totals its number of cells, every column its number of rows.
    const call = (seed: unknown): unknown => {
      const rows = Array.isArray(seed) ? seed.length : 0;
      const cols = Array.isArray(seed) && Array.isArray(seed[0]) ? (seed[0] as unknown[]).length : 0;
      return decomposeMatrix(seed as number[][], Array<number>(rows).fill(cols), Array<number>(cols).fill(rows));
    };
    const sparse = [1, 2];
    delete sparse[0];
    const candidates: unknown[] = [
      [[1, 2]],
      [
        [0.5, 1e300],
        [0, 1],
      ],
      undefined,
      null,
      'table',
      {},
      [],
      [[]],
      [[], 'row', null, [1, -1, Number.NaN, '2', null]],
      [sparse],
      [[1], undefined],
    ];
    for (const seed of candidates) expectSameIssues(call, MatrixSeedSchema, seed, ['seed']);
  });

  test('the totals: the verdict, paths and messages of an array of non-negative amounts', () => {
    const totals = z.array(nonNegativeAmount());
    const call = (rowTotals: unknown): unknown => decomposeMatrix([[1], [1]], rowTotals as string[], ['2']);
    const holey = ['1', '1'];
    delete holey[0];
    const candidates: unknown[] = [
      ['1', 1],
      [new Dec('0.5'), '1.5'],
      ['-1', 3],
      [null, 'abc'],
      ['-0.01', new Dec(-1)],
      [Number.NaN, '1e999'],
      holey,
    ];
    for (const rowTotals of candidates) expectSameIssues(call, totals, rowTotals, ['rowTotals']);
  });
});

describe('decomposeMatrix: purity', () => {
  test('frozen inputs, JSON-safe and repeatable results', () => {
    expectPure(
      decomposeMatrix,
      [
        [120, 80, 40],
        [60, 90, 30],
      ],
      ['600000', '400000'],
      ['450000', '400000', '150000'],
      { rowIds: ['n', 's'], columnIds: ['a', 'b', 'c'] },
    );
    expectPure(
      decomposeMatrix,
      [
        [1, 1],
        [1, 1],
      ],
      [1, 1],
      [1, 1],
      { scale: 0 },
    );
  });
});
