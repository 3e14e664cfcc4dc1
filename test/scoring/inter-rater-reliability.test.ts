import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { interRaterReliability, InterRaterRatingsSchema } from 'salesops-kit/scoring';
import { BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

// Shrout, P. E. and Fleiss, J. L. (1979). "Intraclass correlations: uses in assessing rater
// reliability". Psychological Bulletin 86(2), 420–428. Table 2: four judges rate six targets;
// Table 3: BMS 11.24, WMS 6.26, JMS 32.49, EMS 1.02; Table 4: ICC(1,1) .17, ICC(2,1) .29,
// ICC(3,1) .71, ICC(1,4) .44, ICC(2,4) .62, ICC(3,4) .91.
const SHROUT_FLEISS = [
  [9, 2, 5, 8],
  [6, 1, 3, 2],
  [8, 4, 6, 8],
  [7, 1, 2, 6],
  [10, 5, 6, 9],
  [6, 2, 4, 7],
];

const at = (x: number, places: number): number => Number(x.toFixed(places));

describe('interRaterReliability', () => {
  test('Shrout and Fleiss (1979), Tables 2–4: the six ICCs and the mean squares as published', () => {
    const result = interRaterReliability(SHROUT_FLEISS);
    expect([result.icc1.single, result.icc2.single, result.icc3.single].map((x) => at(x as number, 2))).toEqual([0.17, 0.29, 0.71]);
    expect([result.icc1.average, result.icc2.average, result.icc3.average].map((x) => at(x as number, 2))).toEqual([0.44, 0.62, 0.91]);
    const ms = result.meanSquares;
    expect([ms.betweenTargets, ms.withinTargets, ms.betweenRaters, ms.residual].map((x) => at(x, 2))).toEqual([11.24, 6.26, 32.49, 1.02]);
    expect(result).toMatchObject({ targets: 6, raters: 4 });
  });

  test('perfect agreement gives 1 everywhere; a constant rater offset lowers only the agreement forms', () => {
    const same = interRaterReliability([
      [1, 1],
      [3, 3],
      [5, 5],
    ]);
    for (const pair of [same.icc1, same.icc2, same.icc3]) expect(pair).toEqual({ single: 1, average: 1 });
    const offset = interRaterReliability([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(offset.icc3.single).toBeCloseTo(1, 12);
    expect(offset.icc1.single).toBeLessThan(1);
    expect(offset.icc2.single).toBeLessThan(1);
  });

  test('a coefficient whose denominator is not positive for the data is null, not a huge or infinite figure', () => {
    // Every target has the same mean: BMS = 0, so ICC(1,k) = (0 − WMS) / 0 is undefined, while
    // ICC(1,1) = −WMS / ((k − 1)WMS) = −1 is the formula's value.
    const flat = interRaterReliability([
      [1, 5],
      [5, 1],
    ]);
    expect(flat.icc1).toEqual({ single: -1, average: null });
    expect(flat.icc3.average).toBeNull();
    // The residual dwarfs the target differences: ICC(2,k)'s denominator BMS + (JMS − EMS)/n < 0.
    const noisy = interRaterReliability([
      [1, 9],
      [7, 1],
      [3, 7],
      [2, 3],
    ]);
    expect(noisy.icc2.average).toBeNull();
    expect(noisy.icc2.single).toBeCloseTo(-1.0057, 4);
  });

  test('the k-rater forms are the Spearman–Brown step-up of ICC(1,1) and ICC(3,1)', () => {
    const { icc1, icc3, raters: k } = interRaterReliability(SHROUT_FLEISS);
    const up = (r: number | null): number => (k * (r as number)) / (1 + (k - 1) * (r as number));
    expect(icc1.average).toBeCloseTo(up(icc1.single), 12);
    expect(icc3.average).toBeCloseTo(up(icc3.single), 12);
  });

  test('property: invariant under swapping targets or raters and under a common shift and scale', () => {
    const table = fc
      .integer({ min: 2, max: 6 })
      .chain((k) => fc.array(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: k, maxLength: k }), { minLength: 2, maxLength: 8 }));
    fc.assert(
      fc.property(table, fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 4 }), (t, shift, factor) => {
        let base;
        try {
          base = interRaterReliability(t);
        } catch (error) {
          expect((error as { code: string }).code).toBe('INVALID_INPUT');
          return;
        }
        const moved = interRaterReliability(t.map((row) => row.map((x) => x * factor + shift)).reverse());
        const swapped = interRaterReliability(t.map((row) => [...row].reverse()));
        for (const other of [moved, swapped]) {
          for (const key of ['icc1', 'icc2', 'icc3'] as const) {
            for (const form of ['single', 'average'] as const) {
              const [a, b] = [other[key][form], base[key][form]];
              if (a === null || b === null) expect(a).toBe(b);
              else expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-8 * Math.max(1, Math.abs(b)));
            }
          }
        }
        for (const pair of [base.icc1, base.icc2, base.icc3]) {
          for (const v of [pair.single, pair.average]) if (v !== null) expect(Number.isFinite(v) && v <= 1 + 1e-12).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('is pure', () => {
    expectPure(interRaterReliability, SHROUT_FLEISS);
  });

  test('bad input', () => {
    const call = (t: unknown): unknown => interRaterReliability(t as number[][]);
    expectRejectsAt(call, SHROUT_FLEISS, [2, 1], { values: BAD_NUMBERS, prefix: ['ratings'] });
    expectRejectsAt(call, SHROUT_FLEISS, [2], { values: [null, [1], 'row'], prefix: ['ratings'] });
    expectRejectsAt(call, SHROUT_FLEISS, [], { values: [null, [], [[1, 2]], {}], prefix: ['ratings'] });
    expectSalesOpsError(
      () =>
        interRaterReliability([
          [1, 2, 3],
          [1, 2],
        ]),
      'INVALID_INPUT',
      ['ratings', 1],
    );
    // Nothing varies: nothing to be reliable about.
    expectSalesOpsError(
      () =>
        interRaterReliability([
          [3, 3],
          [3, 3],
        ]),
      'INVALID_INPUT',
      ['ratings'],
    );
    expect(
      InterRaterRatingsSchema.safeParse([
        [1, 2],
        [3, Number.NaN],
      ]).success,
    ).toBe(false);
  });
});
