import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import {
  targetFromCapacity,
  targetFromGrowth,
  targetFromMarketShare,
  triangulateTargets,
  type TargetProposalInput,
} from 'salesops-kit/targets';
import { amountString } from '../helpers/arbitraries.js';
import { BAD_AMOUNTS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

const growth = targetFromGrowth({ baseline: '2000000', growthRate: 0.08 }); // 2160000.00
const market = targetFromMarketShare({ marketSize: '20000000', targetShare: 0.12 }); // 2400000.00
const capacity = targetFromCapacity({ headcount: 9, productivityPerHead: '250000' }); // 2250000.00
const SPREAD = { min: '2160000.00', max: '2400000.00', median: '2250000.00', range: '240000.00', relativeSpread: 240000 / 2250000 };

describe('triangulateTargets', () => {
  test('weighted mean of the methods’ results (default weight 1), with normalised weights and the spread', () => {
    expect(triangulateTargets([{ ...growth, weight: 2 }, market, capacity])).toEqual({
      value: '2242500.00',
      method: 'triangulation',
      combination: 'weighted',
      explanation:
        'Weighted mean of 3 proposals: (growth 2160000.00 × 2 + marketShare 2400000.00 × 1 + capacity 2250000.00 × 1) ÷ 4 = 2242500.00. ' +
        'The proposals range from 2160000.00 to 2400000.00 (240000.00, 10.7 % of the median 2250000.00).',
      weights: [0.5, 0.25, 0.25],
      spread: SPREAD,
    });
  });

  test.each([
    ['min', '2160000.00', 'Lowest of 3 proposals (growth 2160000.00, capacity 2250000.00, marketShare 2400000.00): growth = 2160000.00.'],
    [
      'max',
      '2400000.00',
      'Highest of 3 proposals (growth 2160000.00, capacity 2250000.00, marketShare 2400000.00): marketShare = 2400000.00.',
    ],
    ['median', '2250000.00', 'Median of 3 proposals (growth 2160000.00, capacity 2250000.00, marketShare 2400000.00) = 2250000.00.'],
  ] as const)('%s', (method, value, start) => {
    const result = triangulateTargets([growth, market, capacity], { method });
    expect(result.value).toBe(value);
    expect(result.explanation.startsWith(start)).toBe(true);
    expect(result.spread).toEqual(SPREAD);
    expect('weights' in result).toBe(false);
  });

  test('median of an even count is the mean of the two middle values', () => {
    const result = triangulateTargets([{ value: 10 }, { value: 40 }, { value: 20 }, { value: 30 }], { method: 'median' });
    expect(result.value).toBe('25.00');
    expect(result.spread).toEqual({ min: '10.00', max: '40.00', median: '25.00', range: '30.00', relativeSpread: 1.2 });
    expect(result.explanation).toContain('proposal 1 10.00, proposal 3 20.00');
  });

  test('weighted mean is exact and rounded once: (1 + 1 + 2) / 3 = 1.33, at scale 0 for units', () => {
    expect(triangulateTargets([{ value: 1 }, { value: 1 }, { value: 2 }]).value).toBe('1.33');
    expect(triangulateTargets([{ value: 1 }, { value: 2 }], { scale: 0 }).value).toBe('2'); // 1.5 half-up
  });

  test('a single proposal is its own target, with no spread', () => {
    expect(triangulateTargets([{ value: '99.5', method: 'benchmark' }])).toMatchObject({
      value: '99.50',
      weights: [1],
      spread: { min: '99.50', max: '99.50', median: '99.50', range: '0.00', relativeSpread: 0 },
    });
  });

  test('special ids as method labels are ordinary labels', () => {
    const result = triangulateTargets([
      { value: 1, method: '__proto__' },
      { value: 3, method: 'constructor' },
    ]);
    expect(result.explanation).toContain('(__proto__ 1.00 × 1 + constructor 3.00 × 1) ÷ 2 = 2.00');
  });

  test('a median of zero gives a null relative spread', () => {
    expect(triangulateTargets([{ value: -5 }, { value: 0 }, { value: 5 }]).spread.relativeSpread).toBeNull();
  });

  test('zero weights: ZERO_WEIGHTS for a weighted mean; ignored by min, max and median', () => {
    const zero = [
      { value: 1, weight: 0 },
      { value: 2, weight: 0 },
    ];
    expectSalesOpsError(() => triangulateTargets(zero), 'ZERO_WEIGHTS', ['proposals']);
    expect(triangulateTargets(zero, { method: 'max' }).value).toBe('2.00');
    expect(triangulateTargets([{ value: 1, weight: 0 }, { value: 3 }]).value).toBe('3.00');
  });

  test('bad input', () => {
    const base: TargetProposalInput[] = [{ value: 1, weight: 1 }, { value: 2 }];
    expectRejectsAt((p: TargetProposalInput[]) => triangulateTargets(p), base, [], {
      prefix: ['proposals'],
      values: [[], null, undefined, {}, 'x'],
    });
    expectRejectsAt((p: TargetProposalInput[]) => triangulateTargets(p), base, [1, 'value'], {
      prefix: ['proposals'],
      values: BAD_AMOUNTS,
    });
    expectRejectsAt((p: TargetProposalInput[]) => triangulateTargets(p), base, [0, 'weight'], {
      prefix: ['proposals'],
      values: [-1, Number.NaN, Number.POSITIVE_INFINITY, '1', null],
    });
    expectRejectsAt((p: TargetProposalInput[]) => triangulateTargets(p), base, [0, 'method'], {
      prefix: ['proposals'],
      values: [1, null, {}],
    });
    expectRejectsAt((o: object) => triangulateTargets(base, o), { method: 'min' }, ['method'], {
      prefix: ['options'],
      values: ['average', 'MIN', 1, null],
    });
    expectRejectsAt((o: object) => triangulateTargets(base, o), { method: 'min' }, ['methd'], { prefix: ['options'], values: ['min'] });
    expectRejectsAt((o: object) => triangulateTargets(base, o), { scale: 2 }, ['scale'], { prefix: ['options'], values: [-1, 21, 0.5] });
  });

  test('pure', () => {
    expectPure(triangulateTargets, [{ ...growth, weight: 2 }, { ...market }, { ...capacity }], { method: 'weighted' as const });
  });

  test('properties: the result lies within the spread; the order of the proposals does not matter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ value: amountString({ minUnits: -1e8, maxUnits: 1e10 }), weight: fc.integer({ min: 1, max: 10 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom('weighted', 'min', 'max', 'median' as const),
        (proposals, method) => {
          const result = triangulateTargets(proposals, { method });
          expect(new Dec(result.value).gte(result.spread.min) && new Dec(result.value).lte(result.spread.max)).toBe(true);
          const reversed = triangulateTargets([...proposals].reverse(), { method });
          expect(reversed.value).toBe(result.value);
          expect(reversed.spread).toEqual(result.spread);
          expect(new Dec(result.spread.range).toFixed(2)).toBe(new Dec(result.spread.max).minus(result.spread.min).toFixed(2));
        },
      ),
    );
  });
});
