import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { minRanks } from '../../src/core/stats.js';
import { competitionRanks, scoreOfRank, sortedIndices } from '../../src/customers/rank-scores.js';

// The fast ranking paths (counting for small spans, packed native sort for whole numbers,
// comparator sort otherwise) must agree with the core's plain competition ranks.
describe('rank helpers', () => {
  const keys = fc.oneof(
    fc.array(fc.integer({ min: -5, max: 20 }), { maxLength: 80 }), // counting
    fc.array(fc.integer({ min: -2_000_000_000, max: 2_000_000_000 }), { maxLength: 80 }), // packed sort
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 80 }), // comparator
    fc.array(fc.constantFrom(0, -0, 1, 2 ** 52, -(2 ** 52)), { maxLength: 20 }),
  );

  test('competitionRanks equals minRanks, ascending and descending', () => {
    fc.assert(
      fc.property(keys, (values) => {
        const typed = Float64Array.from(values);
        expect(Array.from(competitionRanks(typed, false))).toEqual(minRanks(values, (a, b) => a - b));
        expect(Array.from(competitionRanks(typed, true))).toEqual(minRanks(values, (a, b) => b - a));
      }),
    );
  });

  test('sortedIndices sorts ascending, ties by index', () => {
    fc.assert(
      fc.property(keys, (values) => {
        const expected = values.map((_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
        expect(Array.from(sortedIndices(Float64Array.from(values)))).toEqual(expected);
      }),
    );
  });

  test('scoreOfRank spreads ranks evenly over the bins', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((r) => scoreOfRank(r, 10, 5))).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(scoreOfRank(1, 1, 9)).toBe(1);
  });
});
