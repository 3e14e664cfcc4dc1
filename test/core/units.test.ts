import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec, toDecimal } from '../../src/core/decimal.js';
import { decimalsOf, divideHalfUp, formatUnits, isSafeUnits, orderKey, unitsAt, unitsColumn } from '../../src/core/units.js';
import { BAD_AMOUNTS } from '../helpers/bad-input.js';

// Moved from the customers module (src/customers/fast-amounts.ts) with the helpers.
// The fast readers must either give the exact value or give up (NaN / undefined), never a
// different number: checked against decimal.js.
describe('fast amount readers', () => {
  const amount = fc.oneof(
    fc.double({ min: -1e16, max: 1e16, noNaN: true }),
    fc.integer({ min: -1e9, max: 1e9 }).map((u) => u / 100),
    fc.stringMatching(/^-?\d{1,17}(\.\d{0,6})?$/),
    fc.constantFrom('.5', '5.', '-0', '0.000', '+1', '1e3', '0.1', '123456789012345.6'),
  );

  test('unitsAt is exact or NaN', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 8 }), (value, scale) => {
        const u = unitsAt(value, scale);
        if (Number.isNaN(u)) return;
        expect(Number.isSafeInteger(u)).toBe(true);
        expect(new Dec(u).dividedBy(new Dec(10).pow(scale)).eq(toDecimal(value, ['v']))).toBe(true);
      }),
    );
  });

  test('orderKey orders like the decimals, or is NaN', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const ka = orderKey(a);
        const kb = orderKey(b);
        if (Number.isNaN(ka) || Number.isNaN(kb)) return;
        expect(Math.sign(ka - kb)).toBe(toDecimal(a, ['a']).cmp(toDecimal(b, ['b'])));
      }),
    );
  });

  test('unitsColumn reads a column at a common scale, exactly', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 20 }), (values) => {
        const column = unitsColumn(values.length, (i) => values[i], 2);
        if (column === undefined) return;
        values.forEach((v, i) => {
          expect(new Dec(column.units[i] as number).dividedBy(new Dec(10).pow(column.scale)).eq(toDecimal(v, ['v']))).toBe(true);
        });
      }),
    );
  });

  test('bad values are never read', () => {
    for (const bad of BAD_AMOUNTS) {
      expect(unitsAt(bad, 2)).toBeNaN();
      expect(orderKey(bad)).toBeNaN();
      expect(decimalsOf(bad)).toBe(-1);
    }
  });

  test('divideHalfUp and formatUnits', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.integer({ min: 1, max: 1_000_000 }), (units, count) => {
        const exact = new Dec(units).dividedBy(count).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
        expect(divideHalfUp(units, count)).toBe(exact.toNumber() + 0);
      }),
    );
    expect([formatUnits(-5, 2), formatUnits(123456, 2), formatUnits(7, 0), formatUnits(0, 3)]).toEqual(['-0.05', '1234.56', '7', '0.000']);
  });

  test('formatUnits writes numbers and bigints alike, never -0', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.integer({ min: 0, max: 20 }), (units, scale) => {
        const text = formatUnits(units, scale);
        expect(formatUnits(BigInt(units), scale)).toBe(text);
        expect(text).toBe(new Dec(units).dividedBy(new Dec(10).pow(scale)).toFixed(scale));
      }),
    );
    expect(formatUnits(-0, 2)).toBe('0.00');
    expect(formatUnits(-123456789012345678901234567890n, 4)).toBe('-12345678901234567890123456.7890');
  });

  test('isSafeUnits: below 2^52 in magnitude', () => {
    expect([isSafeUnits(0), isSafeUnits(2 ** 52 - 1), isSafeUnits(-(2 ** 52) + 1)]).toEqual([true, true, true]);
    expect([isSafeUnits(2 ** 52), isSafeUnits(-(2 ** 52)), isSafeUnits(Number.NaN), isSafeUnits(Infinity)]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
