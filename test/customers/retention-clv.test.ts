import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { retentionClv, RetentionClvInputSchema } from '../../src/customers/retention-clv.js';
import { BAD_AMOUNTS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError, withValueAt } from '../helpers/bad-input.js';
import { expectSameFirstIssue } from '../helpers/schema-agreement.js';

describe('retentionClv', () => {
  test('m · r / (1 + d − r) (Gupta and Lehmann 2003)', () => {
    expect(retentionClv({ margin: '100.00', retentionRate: 0.8, discountRate: 0.1 })).toEqual({
      clv: '266.67',
      marginMultiple: 8 / 3, // computed exactly, then the nearest double
      expectedPeriods: 4,
    });
    expect(retentionClv({ margin: 100, retentionRate: 0, discountRate: 0.1 })).toEqual({
      clv: '0.00',
      marginMultiple: 0,
      expectedPeriods: 0,
    });
    expect(retentionClv({ margin: 100, retentionRate: 1, discountRate: 0.25 })).toEqual({
      clv: '400.00',
      marginMultiple: 4,
      expectedPeriods: null,
    });
    expect(retentionClv({ margin: '-10', retentionRate: 0.5, discountRate: 0, scale: 0 })).toMatchObject({ clv: '-10' });
  });

  test('property: equals the discounted sum Σ m rᵗ / (1 + d)ᵗ over t ≥ 1', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 95 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 100000 }),
        (r100, d100, m) => {
          const r = r100 / 100;
          const d = d100 / 100;
          let sum = 0;
          let factor = 1;
          for (let t = 1; t < 5000; t += 1) {
            factor *= r / (1 + d);
            sum += m * factor;
            if (factor < 1e-18) break;
          }
          const result = retentionClv({ margin: m, retentionRate: r, discountRate: d });
          expect(Number(result.clv)).toBeCloseTo(sum, 1);
          expect(
            new Dec(result.clv)
              .minus(new Dec(m).times(r).dividedBy(new Dec(1).plus(d).minus(r)))
              .abs()
              .lte(0.005),
          ).toBe(true);
        },
      ),
    );
  });

  test('is pure', () => {
    expectPure(retentionClv, { margin: '5', retentionRate: 0.3, discountRate: 0.05 });
  });

  test('bad input', () => {
    const base = { margin: '100', retentionRate: 0.8, discountRate: 0.1 };
    expectRejectsAt(retentionClv as (i: unknown) => unknown, base, ['margin'], { values: BAD_AMOUNTS, prefix: ['input'] });
    expectRejectsAt(retentionClv as (i: unknown) => unknown, base, ['retentionRate'], {
      values: [...BAD_NUMBERS, -0.1, 1.01],
      prefix: ['input'],
    });
    expectRejectsAt(retentionClv as (i: unknown) => unknown, base, ['discountRate'], {
      values: [...BAD_NUMBERS, -0.01],
      prefix: ['input'],
    });
    expectSalesOpsError(() => retentionClv({ margin: 1, retentionRate: 1, discountRate: 0 }), 'INVALID_INPUT', ['input', 'discountRate']);
    expectSalesOpsError(() => retentionClv({ ...base, horizon: 3 } as never), 'INVALID_INPUT', ['input', 'horizon']);
    expect(RetentionClvInputSchema.safeParse({ ...base, scale: 4 }).success).toBe(true);
  });

  test('the hand-written checks and RetentionClvInputSchema: same verdicts, paths and messages', () => {
    const base = { margin: '100', retentionRate: 0.8, discountRate: 0.1 };
    const bad: unknown[] = [
      undefined,
      null,
      [],
      'x',
      { ...base, horizon: 3 },
      ...BAD_AMOUNTS.map((v) => withValueAt(base, ['margin'], v)),
      ...[...BAD_NUMBERS, -0.1, 1.01].map((v) => withValueAt(base, ['retentionRate'], v)),
      ...[...BAD_NUMBERS, -0.01].map((v) => withValueAt(base, ['discountRate'], v)),
      ...[-1, 21, 1.5, '2', null, Number.NaN].map((scale) => ({ ...base, scale })),
    ];
    for (const input of bad) expectSameFirstIssue(() => retentionClv(input as never), RetentionClvInputSchema, input, ['input']);
    for (const input of [
      { ...base, margin: '-1e2', scale: 0 },
      { margin: new Dec('3.5'), retentionRate: 0, discountRate: 0, scale: undefined },
    ]) {
      expect(RetentionClvInputSchema.safeParse(input).success).toBe(true);
      expect(() => retentionClv(input)).not.toThrow();
    }
  });
});
