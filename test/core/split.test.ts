import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Dec } from '../../src/core/decimal.js';
import { splitAmount, splitUnits } from '../../src/core/split.js';
import { weights } from '../helpers/arbitraries.js';

describe('splitAmount', () => {
  test('99.99 at 75/25 is 74.99 / 25.00 (largest remainder, not largest ratio)', () => {
    expect(splitAmount(new Dec('99.99'), [75, 25], 2)).toEqual(['74.99', '25.00']);
  });

  test('rounds the total half-up to the scale first', () => {
    expect(splitAmount(new Dec('100.005'), [1, 1], 2)).toEqual(['50.01', '50.00']);
    expect(splitAmount(new Dec('10'), [1, 2], 0)).toEqual(['3', '7']);
  });

  test('negative totals mirror positive ones', () => {
    expect(splitAmount(new Dec('-100'), [1, 1, 1], 2)).toEqual(['-33.34', '-33.33', '-33.33']);
  });

  test('totals beyond 2^53 units use the bigint path', () => {
    const parts = splitAmount(new Dec('123456789012345678.91'), [1, 1, 1], 2);
    expect(parts).toEqual(['41152263004115226.31', '41152263004115226.30', '41152263004115226.30']);
    expect(splitUnits(10n ** 20n + 1n, [1, 1])).toEqual([5n * 10n ** 19n + 1n, 5n * 10n ** 19n]);
  });

  test('parts always add up to the rounded total', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), weights(), fc.integer({ min: 0, max: 4 }), (units, ws, scale) => {
        const total = new Dec(units).dividedBy(1000);
        const parts = splitAmount(total, ws, scale);
        const sum = parts.reduce((a, p) => a.plus(new Dec(p)), new Dec(0));
        expect(sum.toFixed(scale)).toBe(total.toDecimalPlaces(scale, Dec.ROUND_HALF_UP).toFixed(scale));
        for (const p of parts) expect(p).toMatch(scale === 0 ? /^-?\d+$/ : new RegExp(`^-?\\d+\\.\\d{${scale}}$`));
      }),
    );
  });
});
