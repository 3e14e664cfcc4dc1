import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { growth, growthRates, growthStatistics, probabilityOfReaching, round12, stanceOf } from '../../src/targets/achievability.js';
import { DEFAULT_SMART_THRESHOLDS } from '../../src/targets/smart-context.js';

/** The next double above / below x (for testing each boundary exactly, on both sides). */
function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + (x >= 0 ? 1n : -1n));
  return view.getFloat64(0);
}
function nextDown(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + (x > 0 ? -1n : 1n));
  return view.getFloat64(0);
}

describe('growth rates', () => {
  test('period over period, oldest first, rounded to 12 decimals', () => {
    expect(growthRates([100, 110, 121])).toEqual({ rates: [0.1, 0.1], skipped: [] });
    expect(110 / 100 - 1).not.toBe(0.1); // why we round
    expect(growthRates([100, 90, 99]).rates).toEqual([-0.1, 0.1]);
  });

  test('growth after a zero or negative actual is undefined and that pair is skipped', () => {
    expect(growthRates([0, 100, 110, 121])).toEqual({ rates: [0.1, 0.1], skipped: [1] });
    expect(growthRates([100, -20, 50, 60, 72])).toEqual({ rates: [-1.2, 0.2, 0.2], skipped: [2] });
    expect(growth(0, 5)).toBeUndefined();
    expect(growth(-5, 5)).toBeUndefined();
  });

  test('growth from an actual so close to zero that it would exceed a trillion-fold is undefined', () => {
    expect(growth(1e-300, 1)).toBeUndefined();
    expect(growth(Number.MIN_VALUE, 1e20)).toBeUndefined();
    expect(growth(1e-3, 1e9)).toBeCloseTo(1e12 - 1, 2);
  });

  test('no history, or a single actual, gives no rate', () => {
    expect(growthRates([])).toEqual({ rates: [], skipped: [] });
    expect(growthRates([100])).toEqual({ rates: [], skipped: [] });
  });

  test('round12 never returns a negative zero', () => {
    expect(Object.is(round12(-1e-15), 0)).toBe(true);
    expect(round12(0.1 + 0.2)).toBe(0.3);
  });
});

describe('growth statistics', () => {
  test('mean and sample standard deviation (n − 1)', () => {
    // 0, 0.1, 0.2: mean 0.1; sample variance (0.01 + 0 + 0.01) / 2 = 0.01.
    expect(growthStatistics([0, 0.1, 0.2])).toEqual({ mean: 0.1, volatility: 0.1 });
    // 0.05, 0.15: sample variance 0.005 (the population variance would be 0.0025).
    expect(growthStatistics([0.05, 0.15]).volatility).toBeCloseTo(Math.sqrt(0.005), 12);
  });

  test('equal rates give exactly zero volatility, despite binary rounding', () => {
    expect(growthStatistics([0.1, 0.1, 0.1])).toEqual({ mean: 0.1, volatility: 0 });
  });
});

describe('probability of reaching the target (normal model)', () => {
  // Reference values of the standard normal distribution: Abramowitz & Stegun (1964), Handbook of
  // Mathematical Functions, Table 26.1: P(1.0) = 0.8413447461, P(2.0) = 0.9772498681.
  test.each([
    [0.2, 0.1586552539], // one standard deviation above the mean growth: 1 − P(1)
    [0.3, 0.0227501319], // two above: 1 − P(2)
    [0.0, 0.8413447461], // one below: P(1)
    [0.1, 0.5], // at the mean
  ])('required growth %s with mean 0.1 and volatility 0.1 → %s', (required, expected) => {
    expect(probabilityOfReaching(required, 0.1, 0.1)).toBeCloseTo(expected, 10);
  });

  test('zero volatility: certain when the required growth is at most the mean, else impossible', () => {
    expect(probabilityOfReaching(0.1, 0.1, 0)).toBe(1);
    expect(probabilityOfReaching(0.0999, 0.1, 0)).toBe(1);
    expect(probabilityOfReaching(nextUp(0.1), 0.1, 0)).toBe(0);
  });

  test('extreme z-scores give 0 or 1, never NaN', () => {
    expect(probabilityOfReaching(1e300, 0.1, 1e-12)).toBe(0);
    expect(probabilityOfReaching(-1e300, 0.1, 1e-12)).toBe(1);
  });

  test('never increases with the required growth', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2, max: 5, noNaN: true }),
        fc.double({ min: -2, max: 5, noNaN: true }),
        fc.double({ min: -1, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 2, noNaN: true }),
        (a, b, mean, volatility) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(probabilityOfReaching(high, mean, volatility)).toBeLessThanOrEqual(probabilityOfReaching(low, mean, volatility));
        },
      ),
    );
  });
});

describe('stance: each boundary on both sides, with the default thresholds', () => {
  const t = DEFAULT_SMART_THRESHOLDS;
  test.each([
    [0, 'unrealistic'],
    [nextDown(0.1), 'unrealistic'],
    [0.1, 'stretch'], // "below 0.1" is unrealistic; 0.1 itself is a stretch
    [0.25, 'stretch'],
    [nextDown(0.4), 'stretch'],
    [0.4, 'realistic'], // the stretch band is [0.1, 0.4)
    [0.9, 'realistic'], // "above 0.9" is sandbagged; 0.9 itself is realistic
    [nextUp(0.9), 'sandbagged'],
    [1, 'sandbagged'],
  ])('p = %s → %s', (p, stance) => {
    expect(stanceOf(p, false, t)).toBe(stance);
  });

  test('a target below the baseline is sandbagged, unless the history says it is out of reach', () => {
    expect(stanceOf(0.5, true, t)).toBe('sandbagged');
    expect(stanceOf(0.1, true, t)).toBe('sandbagged');
    expect(stanceOf(nextDown(0.1), true, t)).toBe('unrealistic');
  });

  test('the thresholds are the issue’s defaults', () => {
    expect([t.unrealisticBelow, t.stretchBelow, t.sandbaggedAbove]).toEqual([0.1, 0.4, 0.9]);
  });
});
