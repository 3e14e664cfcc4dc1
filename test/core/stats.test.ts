import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mean, minRanks, normalCdf, standardDeviation, sumNumbers, variance } from '../../src/core/stats.js';

describe('stats helpers', () => {
  test('compensated sum', () => {
    expect(sumNumbers([1e16, 1, -1e16])).toBe(1);
    expect(sumNumbers([0.1, 0.2, 0.3])).toBeCloseTo(0.6, 15);
    expect(sumNumbers([])).toBe(0);
  });

  test('mean, variance and standard deviation', () => {
    const xs = [2, 4, 4, 4, 5, 5, 7, 9];
    expect(mean(xs)).toBe(5);
    expect(variance(xs, 'population')).toBe(4);
    expect(standardDeviation(xs, 'population')).toBe(2);
    expect(variance(xs)).toBeCloseTo(32 / 7, 14);
    // Far from zero, one-pass formulas lose everything; two-pass does not.
    expect(variance([1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16])).toBe(30);
  });

  test('competition ranks: ties share the lowest rank', () => {
    expect(minRanks([10, 20, 20, 5, 30], (a, b) => a - b)).toEqual([2, 3, 3, 1, 5]);
    expect(minRanks([], (a: number, b: number) => a - b)).toEqual([]);
  });

  test('ranks do not depend on input order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 30 }), (xs) => {
        const ranks = minRanks(xs, (a, b) => a - b);
        const reversed = minRanks([...xs].reverse(), (a, b) => a - b).reverse();
        expect(reversed).toEqual(ranks);
        xs.forEach((x, i) => expect(ranks[i]).toBe(1 + xs.filter((y) => y < x).length));
      }),
    );
  });

  // Reference values: Abramowitz and Stegun, Table 26.1; R's pnorm.
  test.each([
    [0, 0.5],
    [1, 0.8413447460685429],
    [-1, 0.15865525393145707],
    [1.96, 0.9750021048517795],
    [0.3, 0.6179114221889527],
    [-0.3, 0.3820885778110474],
    [2.5, 0.9937903346742238],
    [-3, 0.0013498980316301],
    [5, 0.9999997133484281],
    [-6, 9.865876450376946e-10],
    [-10, 7.619853024160527e-24],
    [-40, 0],
  ])('Φ(%d) = %d', (x, p) => {
    expect(Math.abs(normalCdf(x) - p)).toBeLessThanOrEqual(1e-15 + 1e-13 * p);
  });

  test('Φ is monotone and symmetric', () => {
    fc.assert(
      fc.property(fc.double({ min: -30, max: 30, noNaN: true }), fc.double({ min: 0, max: 5, noNaN: true }), (x, d) => {
        expect(normalCdf(x + d)).toBeGreaterThanOrEqual(normalCdf(x));
        expect(normalCdf(x) + normalCdf(-x)).toBeCloseTo(1, 14);
      }),
    );
  });
});
