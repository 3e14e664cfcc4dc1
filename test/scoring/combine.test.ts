import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { combineScores, ScorePartsSchema } from 'salesops-kit/scoring';
import { BAD_IDS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';

const PARTS = [
  { id: 'kpi', score: 84, weight: 70 },
  { id: 'feedback360', score: 4.2, weight: 30, scale: { min: 1, max: 5 } },
];

describe('combineScores', () => {
  test('70 % KPI + 30 % 360, the 360 mapped from 1–5 onto 0–100', () => {
    const result = combineScores(PARTS);
    expect(result.score).toBeCloseTo(0.7 * 84 + 0.3 * 80, 12);
    expect(result.parts).toEqual([
      { id: 'kpi', score: 84, normalised: 84, weight: 0.7, contribution: expect.closeTo(58.8, 12) },
      { id: 'feedback360', score: 4.2, normalised: expect.closeTo(80, 12), weight: 0.3, contribution: expect.closeTo(24, 12) },
    ]);
    expect(result.missing).toEqual([]);
  });

  test('over the parts present: a missing part’s weight is shared, and it is listed', () => {
    const result = combineScores([...PARTS, { id: 'manager', score: null, weight: 50 }]);
    expect(result.missing).toEqual(['manager']);
    expect(result.score).toBeCloseTo(82.8, 12);
    expect(
      combineScores([
        { id: 'kpi', score: 84, weight: 70 },
        { id: 'feedback360', score: null, weight: 30 },
      ]).score,
    ).toBe(84);
  });

  test('special ids, purity', () => {
    for (const id of SPECIAL_IDS) expect(expectPure(combineScores, [{ id, score: 50, weight: 1 }]).parts[0]?.id).toBe(id);
    expectPure(combineScores, PARTS);
  });

  test('property: the weights of the parts present sum to 1 and the score lies between the lowest and highest part', () => {
    const part = fc.record({
      score: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { freq: 4 }),
      weight: fc.double({ min: 0.01, max: 100, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 8 }), (ps) => {
        fc.pre(ps.some((p) => p.score !== null));
        const result = combineScores(ps.map((p, i) => ({ id: `p${i}`, ...p })));
        expect(result.parts.reduce((a, p) => a + p.weight, 0)).toBeCloseTo(1, 12);
        const present = result.parts.map((p) => p.normalised);
        expect(result.score).toBeGreaterThanOrEqual(Math.min(...present) - 1e-9);
        expect(result.score).toBeLessThanOrEqual(Math.max(...present) + 1e-9);
        expect(result.parts.length + result.missing.length).toBe(ps.length);
      }),
    );
  });

  test('bad input', () => {
    const call = (p: unknown): unknown => combineScores(p as typeof PARTS);
    expectRejectsAt(call, PARTS, [0, 'id'], { values: BAD_IDS, prefix: ['parts'] });
    expectRejectsAt(call, PARTS, [0, 'score'], { values: BAD_NUMBERS.filter((v) => v !== null), prefix: ['parts'] });
    expectRejectsAt(call, PARTS, [0, 'weight'], { values: [...BAD_NUMBERS, -1], prefix: ['parts'] });
    expectRejectsAt(call, PARTS, [1, 'score'], { values: [0.5, 5.5], prefix: ['parts'] });
    expectRejectsAt(call, PARTS, [1, 'scale', 'max'], { values: [1, 0, Number.NaN], prefix: ['parts'] });
    expectRejectsAt(call, PARTS, [1, 'scale', 'unit'], { values: ['points'], prefix: ['parts'] });
    expectRejectsAt(call, PARTS, [], { values: [[], null, {}], prefix: ['parts'] });
    expectSalesOpsError(() => combineScores([{ id: 'a', score: null, weight: 1 }]), 'INVALID_INPUT', ['parts']);
    expectSalesOpsError(
      () =>
        combineScores([
          { id: 'a', score: 1, weight: 1 },
          { id: 'a', score: 2, weight: 1 },
        ]),
      'DUPLICATE_ID',
      ['parts', 1, 'id'],
    );
    expectSalesOpsError(
      () =>
        combineScores([
          { id: 'a', score: 1, weight: 0 },
          { id: 'b', score: null, weight: 1 },
        ]),
      'ZERO_WEIGHTS',
      ['parts'],
    );
    expect(ScorePartsSchema.safeParse([{ id: 'a', score: 1, weight: -1 }]).success).toBe(false);
  });
});
