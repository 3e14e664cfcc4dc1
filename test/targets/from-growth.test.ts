import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { GrowthTargetInputSchema, targetFromGrowth, type GrowthTargetInput } from 'salesops-kit/targets';
import { amountString } from '../helpers/arbitraries.js';
import { BAD_AMOUNTS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

const BASE: GrowthTargetInput = { baseline: '1000000', growthRate: 0.05, adjustment: 0.02, periods: 2 };

describe('targetFromGrowth', () => {
  test('baseline × (1 + growth + adjustment)^periods, exactly', () => {
    expect(targetFromGrowth(BASE)).toEqual({
      value: '1144900.00',
      method: 'growth',
      explanation:
        'Baseline 1000000.00 grown by 5 % industry growth + 2 % adjustment = 7 % a period, compounded over 2 periods: ' +
        '1000000.00 × 1.07^2 = 1000000.00 × 1.1449 = 1144900.00.',
      ratePerPeriod: 0.07,
      growthFactor: 1.1449,
      periods: 2,
    });
  });

  test('one period, no adjustment', () => {
    expect(targetFromGrowth({ baseline: '250000.50', growthRate: 0.04 })).toMatchObject({
      value: '260000.52',
      explanation: 'Baseline 250000.50 grown by 4 % industry growth: 250000.50 × 1.04 = 260000.52.',
      periods: 1,
    });
  });

  test('a negative adjustment is written as a subtraction', () => {
    const result = targetFromGrowth({ baseline: 1000, growthRate: 0.03, adjustment: -0.05 });
    expect(result.value).toBe('980.00');
    expect(result.explanation).toBe(
      'Baseline 1000.00 grown by 3 % industry growth − 5 % adjustment = -2 % a period: 1000.00 × 0.98 = 980.00.',
    );
    expect(result.ratePerPeriod).toBe(-0.02);
  });

  test('compounding is exact: ten periods at 5 % is 1.05^10 = 1.62889462677744140625', () => {
    const result = targetFromGrowth({ baseline: '1000', growthRate: 0.05, periods: 10, scale: 6 });
    expect(result.value).toBe('1628.894627');
    expect(result.explanation).toContain('1.62889462677744140625');
  });

  test('rounds half-up once, at the end, to scale (units: scale 0)', () => {
    expect(targetFromGrowth({ baseline: 50, growthRate: 0.01, scale: 0 }).value).toBe('51'); // 50.5
    expect(targetFromGrowth({ baseline: '0.05', growthRate: 0.1, scale: 2 }).value).toBe('0.06'); // 0.055
    expect(targetFromGrowth({ baseline: '0.1', growthRate: 0.2 }).value).toBe('0.12'); // no binary 0.12000000000000001
  });

  test('accepts Decimal and numbers as the baseline', () => {
    expect(targetFromGrowth({ baseline: new Dec('1000'), growthRate: 0.1 }).value).toBe('1100.00');
  });

  test('bad input', () => {
    expectRejectsAt(targetFromGrowth, BASE, ['baseline'], { prefix: ['input'], values: [...BAD_AMOUNTS, -1, '-0.01'] });
    expectRejectsAt(targetFromGrowth, BASE, ['growthRate'], { prefix: ['input'], values: [...BAD_NUMBERS, -1.5, 101] });
    expectRejectsAt(targetFromGrowth, BASE, ['adjustment'], { prefix: ['input'], values: BAD_NUMBERS.filter((v) => v !== undefined) });
    expectRejectsAt(targetFromGrowth, BASE, ['periods'], { prefix: ['input'], values: [0, -1, 1.5, 101, Number.NaN, '2', null] });
    expectRejectsAt(targetFromGrowth, BASE, ['scale'], { prefix: ['input'], values: [-1, 21, 1.5, '2', null] });
    expectRejectsAt(targetFromGrowth, BASE, ['periodz'], { prefix: ['input'], values: [2] });
    expectRejectsAt(targetFromGrowth, BASE, [], { prefix: ['input'], values: [null, undefined, 5, 'x'] });
    for (const bad of [{ growthRate: -1 }, { growthRate: 0.05 }]) expect(GrowthTargetInputSchema.safeParse(bad).success).toBe(false);
  });

  test('a total growth of −100 % or less is refused where it comes from', () => {
    expectSalesOpsError(() => targetFromGrowth({ baseline: 1, growthRate: -1 }), 'INVALID_INPUT', ['input', 'growthRate']);
    expectSalesOpsError(() => targetFromGrowth({ baseline: 1, growthRate: -0.5, adjustment: -0.5 }), 'INVALID_INPUT', [
      'input',
      'adjustment',
    ]);
    expect(targetFromGrowth({ baseline: 100, growthRate: -0.5, adjustment: -0.49 }).value).toBe('1.00');
  });

  test('a target of 1e21 or more is refused', () => {
    expectSalesOpsError(() => targetFromGrowth({ baseline: '1e20', growthRate: 100, periods: 2 }), 'INVALID_INPUT', [
      'input',
      'growthRate',
    ]);
  });

  test('pure', () => {
    expectPure(targetFromGrowth, { ...BASE });
  });

  test('property: more growth, a higher baseline or more periods (with growth ≥ 0) never lower the target', () => {
    fc.assert(
      fc.property(
        amountString({ maxUnits: 1e12 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        fc.integer({ min: 1, max: 10 }),
        (baseline, g1, g2, periods) => {
          const [low, high] = g1 <= g2 ? [g1, g2] : [g2, g1];
          const a = new Dec(targetFromGrowth({ baseline, growthRate: low, periods }).value);
          expect(new Dec(targetFromGrowth({ baseline, growthRate: high, periods }).value).gte(a)).toBe(true);
          expect(new Dec(targetFromGrowth({ baseline, growthRate: low, periods: periods + 1 }).value).gte(a)).toBe(true);
          expect(new Dec(targetFromGrowth({ baseline: new Dec(baseline).plus('0.01'), growthRate: low, periods }).value).gte(a)).toBe(true);
        },
      ),
    );
  });
});
