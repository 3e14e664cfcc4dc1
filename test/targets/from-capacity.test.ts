import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { targetFromCapacity, type CapacityTargetInput } from 'salesops-kit/targets';
import { amountString } from '../helpers/arbitraries.js';
import { BAD_AMOUNTS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

const FULL: CapacityTargetInput = {
  headcount: 10,
  productivityPerHead: '250000',
  newHires: [
    { count: 2, rampFactor: 0.5 },
    { count: 1, rampFactor: 0.25 },
  ],
  attritionRate: 0.1,
  attainmentRate: 0.9,
};

describe('targetFromCapacity', () => {
  test('(ramped heads + new hires × ramp) × (1 − attrition) × productivity × attainment', () => {
    expect(targetFromCapacity(FULL)).toEqual({
      value: '2278125.00',
      method: 'capacity',
      explanation:
        'Effective headcount (10 + 2 × 0.5 + 1 × 0.25 new hires at their ramp) × (1 − 10 % attrition) = 10.125; ' +
        '10.125 × 250000.00 per head = 2531250.00 capacity; × 90 % expected attainment = 2278125.00.',
      effectiveHeadcount: 10.125,
      capacity: '2531250.00',
    });
  });

  test('headcount and productivity only', () => {
    expect(targetFromCapacity({ headcount: 8, productivityPerHead: '180000.50' })).toEqual({
      value: '1440004.00',
      method: 'capacity',
      explanation: 'Effective headcount 8; 8 × 180000.50 per head = 1440004.00 capacity; × 100 % expected attainment = 1440004.00.',
      effectiveHeadcount: 8,
      capacity: '1440004.00',
    });
  });

  test('attrition alone, fractional heads, and attainment above 100 %', () => {
    const result = targetFromCapacity({ headcount: 2.5, productivityPerHead: 100, attritionRate: 0.2, attainmentRate: 1.1 });
    expect(result.value).toBe('220.00');
    expect(result.explanation).toBe(
      'Effective headcount 2.5 × (1 − 20 % attrition) = 2; 2 × 100.00 per head = 200.00 capacity; × 110 % expected attainment = 220.00.',
    );
  });

  test('exact: 3 heads × 0.1 ramp × 33.33 is 9.999, not a binary approximation', () => {
    expect(
      targetFromCapacity({ headcount: 0, productivityPerHead: '33.33', newHires: [{ count: 3, rampFactor: 0.1 }], scale: 3 }).value,
    ).toBe('9.999');
  });

  test('bad input', () => {
    expectRejectsAt(targetFromCapacity, FULL, ['headcount'], { prefix: ['input'], values: [...BAD_NUMBERS, -1] });
    expectRejectsAt(targetFromCapacity, FULL, ['productivityPerHead'], { prefix: ['input'], values: [...BAD_AMOUNTS, -1] });
    expectRejectsAt(targetFromCapacity, FULL, ['newHires'], { prefix: ['input'], values: [null, {}, 'two'] });
    expectRejectsAt(targetFromCapacity, FULL, ['newHires', 1, 'count'], { prefix: ['input'], values: [...BAD_NUMBERS, -1] });
    expectRejectsAt(targetFromCapacity, FULL, ['newHires', 0, 'rampFactor'], { prefix: ['input'], values: [...BAD_NUMBERS, -0.1, 1.5] });
    expectRejectsAt(targetFromCapacity, FULL, ['attritionRate'], { prefix: ['input'], values: [-0.1, 1.1, Number.NaN, '0.1', null] });
    expectRejectsAt(targetFromCapacity, FULL, ['attainmentRate'], {
      prefix: ['input'],
      values: [-0.1, Number.NaN, Number.POSITIVE_INFINITY, '0.9'],
    });
    expectSalesOpsError(() => targetFromCapacity({ headcount: 1e10, productivityPerHead: '1e12' }), 'INVALID_INPUT', [
      'input',
      'headcount',
    ]);
  });

  test('pure', () => {
    expectPure(targetFromCapacity, structuredClone(FULL));
  });

  test('property: more people, higher productivity or lower attrition never lower the target; it never exceeds heads × productivity × attainment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        amountString({ maxUnits: 1e9 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.record({ count: fc.integer({ min: 0, max: 5 }), rampFactor: fc.double({ min: 0, max: 1, noNaN: true }) }), {
          maxLength: 3,
        }),
        (headcount, perHead, attritionRate, newHires) => {
          const base = { headcount, productivityPerHead: perHead, attritionRate, newHires };
          const value = new Dec(targetFromCapacity(base).value);
          expect(new Dec(targetFromCapacity({ ...base, headcount: headcount + 1 }).value).gte(value)).toBe(true);
          expect(new Dec(targetFromCapacity({ ...base, attritionRate: attritionRate / 2 }).value).gte(value)).toBe(true);
          const allHeads = newHires.reduce((s, h) => s + h.count, headcount);
          expect(value.lte(new Dec(perHead).times(allHeads).plus('0.005'))).toBe(true);
        },
      ),
    );
  });
});
