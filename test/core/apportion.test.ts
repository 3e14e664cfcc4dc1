import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { apportionExact, apportionUnits } from '../../src/core/apportion.js';
import { Dec } from '../../src/core/decimal.js';
import { weights as weightList } from '../helpers/arbitraries.js';

const exact = (total: number, ws: number[]): number[] => apportionExact(BigInt(total), ws).map(Number);

describe('largest remainder (Hamilton)', () => {
  // Wikipedia, "Largest remainder method", worked example (Hare quota): 10 seats.
  test('Wikipedia example: 47,000 / 16,000 / 15,800 / 12,000 / 6,100 / 3,100 for 10 seats', () => {
    const votes = [47_000, 16_000, 15_800, 12_000, 6_100, 3_100];
    expect(apportionUnits(10, votes)).toEqual([5, 2, 1, 1, 1, 0]);
    expect(exact(10, votes)).toEqual([5, 2, 1, 1, 1, 0]);
  });

  // The Alabama paradox (Wikipedia, "Apportionment paradox"): one more seat costs a party one.
  test('Alabama paradox: 25 and 26 seats', () => {
    const w = [1500, 1500, 900, 500, 500, 200];
    expect(apportionUnits(25, w)).toEqual([7, 7, 4, 3, 3, 1]);
    expect(apportionUnits(26, w)).toEqual([8, 8, 5, 2, 2, 1]);
  });

  // moneyphp/Dinero discussion: 99.99 at 75/25 by largest remainder gives 74.99 / 25.00.
  test('99.99 at 75/25 is 74.99 / 25.00', () => {
    expect(apportionUnits(9999, [75, 25])).toEqual([7499, 2500]);
    expect(apportionUnits(9999, [0.75, 0.25])).toEqual([7499, 2500]);
  });

  test('ties go to the larger weight, then the lower index', () => {
    // 1 unit over weights 1 and 3 (shares 0.25 / 0.75): remainders differ → larger remainder.
    expect(apportionUnits(1, [1, 3])).toEqual([0, 1]);
    // 2 units over 1, 1, 2: shares 0.5, 0.5, 1 → 0, 0, 1 and one leftover; tie between index 0 and 1.
    expect(apportionUnits(2, [1, 1, 2])).toEqual([1, 0, 1]);
    // Equal remainders with different weights: 3 units over 1 and 5 (shares 0.5 / 2.5).
    expect(apportionUnits(3, [1, 5])).toEqual([0, 3]);
    expect(apportionUnits(3, [5, 1])).toEqual([3, 0]);
    // Equal everything: lower index first.
    expect(apportionUnits(2, [1, 1, 1])).toEqual([1, 1, 0]);
  });

  test('zero weights get zero', () => {
    expect(apportionUnits(10, [0, 1, 0, 1])).toEqual([0, 5, 0, 5]);
    expect(apportionUnits(3, [0, 1, 0, 1])).toEqual([0, 2, 0, 1]);
  });

  test('a negative total is the mirror image', () => {
    expect(apportionUnits(-9999, [75, 25])).toEqual([-7499, -2500]);
    expect(apportionUnits(-10, [1, 1, 1])).toEqual([-4, -3, -3]);
    expect(apportionUnits(-10, [1, 0]).map((u) => Object.is(u, -0))).toEqual([false, false]);
  });

  test('weights are read by their decimal value (0.1 is one tenth)', () => {
    // 0.1 + 0.2 is not 0.3 in binary, but exact shares of 3 units over 0.1, 0.2 are 1 and 2.
    expect(apportionUnits(3, [0.1, 0.2])).toEqual([1, 2]);
    expect(exact(3, [0.1, 0.2])).toEqual([1, 2]);
  });

  test('huge and tiny weights', () => {
    expect(apportionUnits(100, [1e300, 1e300])).toEqual([50, 50]);
    expect(apportionUnits(100, [5e-324, 1])).toEqual([0, 100]);
    expect(apportionUnits(Number.MAX_SAFE_INTEGER, [1, 2])).toEqual(exact(Number.MAX_SAFE_INTEGER, [1, 2]));
  });
});

describe('properties', () => {
  test('the fast path agrees with the exact bigint path', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), weightList({ maxLength: 30 }), (total, ws) => {
        expect(apportionUnits(total, ws)).toEqual(exact(total, ws));
      }),
      { numRuns: 2000 },
    );
  });

  test('conserves the total, and each part is the floor or ceiling of its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), weightList({ maxLength: 30 }), (total, ws) => {
        const parts = apportionUnits(total, ws);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
        const sum = ws.reduce((a, w) => a.plus(new Dec(w)), new Dec(0));
        parts.forEach((part, i) => {
          const share = new Dec(total).times(new Dec(ws[i] as number)).dividedBy(sum);
          expect(part === share.floor().toNumber() || part === share.ceil().toNumber()).toBe(true);
        });
      }),
    );
  });

  test('does not depend on the order of the parts (up to the index tie-break)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), weightList({ maxLength: 12 }), (total, ws) => {
        const distinct = [...new Set(ws)];
        if (distinct.length < 2) return;
        const reversed = [...distinct].reverse();
        const forward = apportionUnits(total, distinct);
        const backward = apportionUnits(total, reversed).reverse();
        // With distinct weights the index never decides, so the parts must match.
        expect(backward).toEqual(forward);
      }),
    );
  });

  test('equal weights split evenly, the extra units to the first parts', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 50 }),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        (total, n, w) => {
          const parts = apportionUnits(total, new Array(n).fill(w));
          const base = Math.floor(total / n);
          expect(parts).toEqual(parts.map((_, i) => (i < total - base * n ? base + 1 : base)));
        },
      ),
    );
  });

  test('large inputs stay exact', () => {
    const ws = Array.from({ length: 10_000 }, (_, i) => ((i * 7919) % 1000) / 7 + 0.001);
    const parts = apportionUnits(123_456_789_01, ws);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(123_456_789_01);
    expect(parts).toEqual(exact(123_456_789_01, ws));
  });
});
