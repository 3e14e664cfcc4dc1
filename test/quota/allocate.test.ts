import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { allocate, AllocateOptionsSchema, AllocateWeightsSchema, safe } from 'salesops-kit/quota';
import { Dec } from '../../src/core/decimal.js';
import { weights as weightsArb } from '../helpers/arbitraries.js';
import { BAD_AMOUNTS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';
import { expectSameIssues } from '../helpers/schema-agreement.js';

const units = (parts: string[], scale = 2): bigint[] => parts.map((p) => BigInt(new Dec(p).times(10 ** scale).toFixed(0)));
const sum = (xs: bigint[]): bigint => xs.reduce((a, b) => a + b, 0n);

describe('allocate: published reference cases', () => {
  test('Wikipedia, "Largest remainder method" (Hare quota example): 10 seats', () => {
    // Wikipedia, "Largest remainder method", section "Examples"
    // (https://en.wikipedia.org/wiki/Largest_remainder_method): parties with 47,000, 16,000,
    // 15,800, 12,000, 6,100 and 3,100 votes share 10 seats; with the Hare quota (10,000) they
    // get 5 / 2 / 1 / 1 / 1 / 0 (the 6,100 party's remainder .61 beats the 15,800 party's .58).
    expect(allocate(10, [47_000, 16_000, 15_800, 12_000, 6_100, 3_100], { scale: 0 })).toEqual(['5', '2', '1', '1', '1', '0']);
  });

  test('moneyphp/money allocation: 99.99 at 75/25 gives 74.99 / 25.00', () => {
    // M. Napoli, "Add FAILING test reproducing allocation bug", moneyphp/money pull request #492
    // (2018-07-27), https://github.com/moneyphp/money/pull/492: a sale of 99.99 split 75/25 is
    // 74.9925 / 24.9975, so it "should be 74.99 / 25.00"; giving the odd cent to the first (or
    // largest) ratio yields 75.00 / 24.99. The largest remainder (0.75 of a cent beats 0.25) gets it right.
    expect(allocate('99.99', [75, 25])).toEqual(['74.99', '25.00']);
  });

  test('the Alabama paradox: 25 seats then 26', () => {
    // Wikipedia, "Largest remainder method", section on the Alabama paradox
    // (https://en.wikipedia.org/wiki/Largest_remainder_method): parties A–F with 1500, 1500, 900,
    // 500, 500 and 200 votes get 7, 7, 4, 3, 3, 1 of 25 seats, but 8, 8, 5, 2, 2, 1 of 26 — D and
    // E lose a seat when the house grows (the paradox is described in M. Balinski & H. P. Young,
    // Fair Representation, 1982). Hamilton's rule does exactly this; we reproduce it, not fix it.
    const populations = [1500, 1500, 900, 500, 500, 200];
    expect(allocate(25, populations, { scale: 0 })).toEqual(['7', '7', '4', '3', '3', '1']);
    expect(allocate(26, populations, { scale: 0 })).toEqual(['8', '8', '5', '2', '2', '1']);
  });
});

describe('allocate: rules', () => {
  test('default scale 2, total rounded half-up first', () => {
    expect(allocate(100, [1, 1, 1])).toEqual(['33.34', '33.33', '33.33']);
    expect(allocate('10.005', [1, 1])).toEqual(['5.01', '5.00']);
    expect(allocate(1, [1], { scale: 4 })).toEqual(['1.0000']);
  });

  test('ties go to the larger weight, then the lower index', () => {
    // Equal remainders on equal weights: the lower index wins.
    expect(allocate('0.01', [1, 1])).toEqual(['0.01', '0.00']);
    // Shares 0.5 and 1.5: equal remainders .5, the larger weight wins.
    expect(allocate('0.02', [1, 3])).toEqual(['0.00', '0.02']);
    // Shares 0.5, 1.5, 1: the tie between weights 1 and 3 goes to 3, whatever the position.
    expect(allocate('0.03', [1, 3, 2])).toEqual(['0.00', '0.02', '0.01']);
    expect(allocate('0.03', [3, 1, 2])).toEqual(['0.02', '0.00', '0.01']);
    // Otherwise the largest remainder wins: shares 1.5, .75, .75 → the two .75 get the units.
    expect(allocate('0.03', [2, 1, 1])).toEqual(['0.01', '0.01', '0.01']);
  });

  test('zero weights get zero; a negative total is the mirror image', () => {
    expect(allocate(10, [0, 1, 0, 1])).toEqual(['0.00', '5.00', '0.00', '5.00']);
    expect(allocate(-100, [1, 1, 1])).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(allocate('-0.004', [1, 1])).toEqual(['0.00', '0.00']);
    expect(allocate(0, [1, 2])).toEqual(['0.00', '0.00']);
  });

  test('weights are decimals in their shortest form: 0.1 is one tenth', () => {
    expect(allocate(3, [0.1, 0.2], { scale: 0 })).toEqual(['1', '2']);
    expect(allocate('1', [0.1, 0.1, 0.1])).toEqual(['0.34', '0.33', '0.33']);
  });

  test('exact beyond 2^53 units and for extreme weights', () => {
    const parts = allocate('123456789012345678.91', [1, 2, 3, 4]);
    expect(sum(units(parts))).toBe(12345678901234567891n);
    expect(allocate(1, [1e300, 1e300, 1e-300])).toEqual(['0.50', '0.50', '0.00']);
    expect(allocate(1, [Number.MAX_VALUE, Number.MAX_VALUE])).toEqual(['0.50', '0.50']);
    expect(allocate('0.02', [5e-324, 5e-324, 1e-323])).toEqual(['0.01', '0.00', '0.01']);
  });

  test('accepts amounts as numbers, strings and Decimals, and frozen input', () => {
    expect(expectPure(allocate, '99.99', [75, 25], { scale: 2 })).toEqual(['74.99', '25.00']);
    expect(allocate(new Dec('99.99'), Object.freeze([75, 25]))).toEqual(['74.99', '25.00']);
    expect(allocate(1e20, [1, 1], { scale: 0 })).toEqual(['50000000000000000000', '50000000000000000000']);
  });

  test('safe() form', () => {
    expect(safe(allocate)(100, [1, 3])).toEqual({ success: true, data: ['25.00', '75.00'] });
    const failed = safe(allocate)(100, [0]);
    expect(failed.success).toBe(false);
  });
});

describe('allocate: properties', () => {
  const scaleArb = fc.integer({ min: 0, max: 4 });
  const totalArb = fc.tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), scaleArb).map(([u, s]) => ({ units: u, scale: s }));

  test('parts sum exactly to the total and each is the floor or ceiling of its exact share', () => {
    fc.assert(
      fc.property(totalArb, weightsArb({ maxLength: 30 }), ({ units: total, scale }, ws) => {
        const text = new Dec(total.toString()).dividedBy(10 ** scale).toFixed(scale);
        const parts = units(allocate(text, ws, { scale }), scale);
        expect(sum(parts)).toBe(total);
        // Exact shares with decimal weights: total × w / Σw, compared in decimal.js at 60 digits.
        const D = Dec.clone({ precision: 80 });
        const W = ws.reduce((acc, w) => acc.plus(new D(w)), new D(0));
        parts.forEach((part, i) => {
          const exact = new D(total.toString()).times(new D(ws[i] as number)).dividedBy(W);
          const floor = BigInt(exact.floor().toFixed(0));
          const ceil = BigInt(exact.ceil().toFixed(0));
          expect(part === floor || part === ceil).toBe(true);
          if (ws[i] === 0) expect(part).toBe(0n);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('a negative total is the mirror image of the positive one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), weightsArb(), (cents, ws) => {
        const pos = allocate(cents / 100, ws);
        const neg = allocate(-cents / 100, ws);
        expect(neg).toEqual(pos.map((p) => (/^[0.]+$/.test(p) ? p : `-${p}`)));
      }),
    );
  });

  test('permuting distinct weights permutes the parts the same way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 10 }),
        (total, ws) => {
          // Permuting weights that are all distinct permutes the result the same way.
          const distinct = [...new Set(ws)];
          const reversed = [...distinct].reverse();
          const a = allocate(total, distinct, { scale: 0 });
          const b = allocate(total, reversed, { scale: 0 });
          expect([...b].reverse()).toEqual(a);
        },
      ),
    );
  });
});

describe('allocate: bad input', () => {
  test('total that is not an amount → INVALID_INPUT at total', () => {
    expectRejectsAt((total: unknown) => allocate(total as never, [1]), 1 as unknown, [], { values: BAD_AMOUNTS, prefix: ['total'] });
  });

  test('a weight that is not a finite non-negative number → INVALID_INPUT at [weights, i]', () => {
    expectRejectsAt((ws: unknown[]) => allocate(100, ws as number[]), [1, 2, 3], [1], {
      values: [...BAD_NUMBERS, -1, -1e-9, Number.NEGATIVE_INFINITY],
      prefix: ['weights'],
    });
  });

  test('numeric strings are refused as weights (weights are plain numbers)', () => {
    expectSalesOpsError(() => allocate(100, ['12' as never]), 'INVALID_INPUT', ['weights', 0]);
  });

  test('every bad weight is listed', () => {
    const error = expectSalesOpsError(() => allocate(100, [1, -1, Number.NaN, 2, Number.POSITIVE_INFINITY]), 'INVALID_INPUT');
    expect(error.issues.map((i) => i.path)).toEqual([
      ['weights', 1],
      ['weights', 2],
      ['weights', 4],
    ]);
    expect(error.issues.map((i) => i.message)).toEqual([
      'weights[1]: must not be negative (got -1)',
      'weights[2]: must be a number, not NaN (got NaN)',
      'weights[4]: must be a finite number (got Infinity)',
    ]);
  });

  test('weights that are not a non-empty array → INVALID_INPUT at weights', () => {
    for (const bad of [[], null, undefined, 'abc', { 0: 1, length: 1 }, 5]) {
      expectSalesOpsError(() => allocate(100, bad as never), 'INVALID_INPUT', ['weights']);
    }
  });

  test('all weights zero → ZERO_WEIGHTS (even with a zero total)', () => {
    expectSalesOpsError(() => allocate(100, [0, 0, 0]), 'ZERO_WEIGHTS', ['weights']);
    expectSalesOpsError(() => allocate(0, [0]), 'ZERO_WEIGHTS', ['weights']);
    expectSalesOpsError(() => allocate(0, [-0]), 'ZERO_WEIGHTS', ['weights']);
  });

  test('bad options → INVALID_INPUT at options…', () => {
    for (const scale of [-1, 21, 1.5, Number.NaN, '2', null]) {
      expectSalesOpsError(() => allocate(100, [1], { scale } as never), 'INVALID_INPUT', ['options', 'scale']);
    }
    expectSalesOpsError(() => allocate(100, [1], { scael: 2 } as never), 'INVALID_INPUT', ['options', 'scael']);
    expectSalesOpsError(() => allocate(100, [1], null as never), 'INVALID_INPUT', ['options']);
  });

  test('allocate checks by hand, with the same issues as the exported schemas', () => {
    for (const options of [
      null,
      'x',
      [],
      { scale: -1 },
      { scale: 1.5 },
      { scale: '2' },
      { scale: Number.NaN },
      { scael: 1 },
      { a: 1, b: 2 },
    ]) {
      expectSameIssues((o) => allocate(1, [1], o as never), AllocateOptionsSchema, options, ['options']);
    }
    for (const weights of [[], null, undefined, 'x', [1, -1, Number.NaN, '2', null, Number.POSITIVE_INFINITY]]) {
      expectSameIssues((w) => allocate(1, w as never), AllocateWeightsSchema, weights, ['weights']);
    }
  });

  test('the exported schemas reject exactly what allocate rejects', () => {
    for (const bad of [...BAD_NUMBERS, -1]) {
      const viaSchema = AllocateWeightsSchema.safeParse([1, bad]);
      expect(viaSchema.success, String(bad)).toBe(false);
      expectSalesOpsError(() => allocate(1, [1, bad] as never), 'INVALID_INPUT', ['weights', 1]);
    }
    expect(AllocateWeightsSchema.safeParse([]).success).toBe(false);
    expect(AllocateWeightsSchema.safeParse([0, 1.5, 1e300]).success).toBe(true);
    expect(AllocateOptionsSchema.safeParse({}).success).toBe(true);
    expect(AllocateOptionsSchema.safeParse({ scale: 21 }).success).toBe(false);
  });
});
