import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type KpiDefinition, scoreKpis } from 'salesops-kit/scoring';
import { expectSalesOpsError } from '../helpers/bad-input.js';

// One KPI alone on a card: its item is the curve's verdict.
function one(kpi: Omit<KpiDefinition, 'id' | 'weight'>, actual: number | string | null) {
  const card = scoreKpis([{ id: 'k', weight: 1, ...kpi }], { k: actual }, { missingActual: 'scoreZero' });
  return card.items[0] as (typeof card.items)[number];
}
const score = (kpi: Omit<KpiDefinition, 'id' | 'weight'>, actual: number | string): number => one(kpi, actual).score;

describe('ratio curve (the contract default)', () => {
  const revenue = { direction: 'higherIsBetter', target: 200 } as const;
  test('higher is better: 100 × actual / target, floored at 0, capped at 100', () => {
    expect(one(revenue, 180)).toMatchObject({ achievement: 0.9, score: 90, reason: null });
    expect(one(revenue, 200)).toMatchObject({ achievement: 1, score: 100, reason: null });
    expect(one(revenue, 260)).toMatchObject({ achievement: 1.3, score: 100, reason: 'AT_CAP' });
    expect(one(revenue, -20)).toMatchObject({ achievement: -0.1, score: 0, reason: 'FLOORED_AT_ZERO' });
    expect(one(revenue, 0)).toMatchObject({ achievement: 0, score: 0, reason: null });
  });

  test('a cap above 100 rewards over-achievement up to the cap', () => {
    expect(score({ ...revenue, cap: 120 }, 220)).toBe(110);
    expect(one({ ...revenue, cap: 120 }, 300)).toMatchObject({ score: 120, reason: 'AT_CAP' });
  });

  test('lower is better: 100 × target / actual; an actual of 0 or less scores the cap, achievement null', () => {
    const days = { direction: 'lowerIsBetter', target: 30 } as const;
    expect(one(days, 40)).toMatchObject({ achievement: 0.75, score: 75 });
    expect(one(days, 30)).toMatchObject({ achievement: 1, score: 100 });
    expect(one(days, 20)).toMatchObject({ achievement: 1.5, score: 100, reason: 'AT_CAP' });
    expect(one(days, 0)).toMatchObject({ achievement: null, score: 100, reason: 'NO_POSITIVE_ACTUAL' });
    expect(one({ ...days, cap: 150 }, 0)).toMatchObject({ achievement: null, score: 150, reason: 'NO_POSITIVE_ACTUAL' });
    expect(one(days, -5)).toMatchObject({ achievement: null, score: 100 });
  });

  test('a threshold gates the ratio: worse than it scores the floor', () => {
    const gated = { direction: 'higherIsBetter', target: 100, threshold: 80, curve: 'ratio' } as const;
    expect(one(gated, 79.99)).toMatchObject({ score: 0, reason: 'BELOW_THRESHOLD', achievement: expect.closeTo(0.7999, 12) });
    expect(one(gated, 80)).toMatchObject({ score: 80, reason: null });
    expect(one({ ...gated, floor: 40 }, 50)).toMatchObject({ score: 40, reason: 'BELOW_THRESHOLD' });
    const cost = { direction: 'lowerIsBetter', target: 10, threshold: 20, curve: 'ratio' } as const;
    expect(score(cost, 20)).toBe(50);
    expect(one(cost, 20.5)).toMatchObject({ score: 0, reason: 'BELOW_THRESHOLD' });
  });

  test('amounts may be strings or Decimals, read exactly', () => {
    expect(score(revenue, '180.00')).toBe(90);
  });
});

describe('linear curve: threshold → target → stretch', () => {
  test('higher is better: from thresholdScore at the threshold to 100 at target to cap at stretch', () => {
    const kpi = { direction: 'higherIsBetter', target: 100, threshold: 80, stretch: 120, cap: 150, thresholdScore: 50 } as const;
    expect(one(kpi, 79)).toMatchObject({ score: 0, reason: 'BELOW_THRESHOLD' });
    expect(score(kpi, 80)).toBe(50);
    expect(score(kpi, 90)).toBe(75);
    expect(score(kpi, 100)).toBe(100);
    expect(score(kpi, 110)).toBe(125);
    expect(score(kpi, 120)).toBe(150);
    expect(one(kpi, 130)).toMatchObject({ score: 150, reason: 'AT_CAP' });
  });

  test('a threshold alone makes the curve linear; past the target the slope goes on up to the cap', () => {
    const kpi = { direction: 'higherIsBetter', target: 100, threshold: 50 } as const;
    expect(score(kpi, 75)).toBe(50);
    expect(one(kpi, 110)).toMatchObject({ score: 100, reason: 'AT_CAP' });
    expect(score({ ...kpi, cap: 130 }, 110)).toBe(120);
  });

  test("lower is better: distance from the worst value (the threshold), 0 there and 100 at target; actual 0 is simply the line's best end", () => {
    const days = { direction: 'lowerIsBetter', target: 30, threshold: 60 } as const;
    expect(score(days, 60)).toBe(0);
    expect(score(days, 45)).toBe(50);
    expect(score(days, 30)).toBe(100);
    expect(one(days, 61)).toMatchObject({ score: 0, reason: 'BELOW_THRESHOLD' });
    expect(one(days, 0)).toMatchObject({ score: 100, reason: 'AT_CAP', achievement: null });
    expect(one({ ...days, cap: 200 }, 0)).toMatchObject({ score: 200, achievement: null });
    const complaints = { direction: 'lowerIsBetter', target: 2, threshold: 10, stretch: 0, cap: 120 } as const;
    expect(score(complaints, 0)).toBe(120);
    expect(score(complaints, 1)).toBe(110);
    expect(score(complaints, 6)).toBe(50);
  });

  test('achievement is null when the ratio means nothing (target ≤ 0)', () => {
    const growth = { direction: 'higherIsBetter', target: 0, threshold: -5, stretch: 5, cap: 150 } as const;
    expect(one(growth, -2.5)).toMatchObject({ score: 50, achievement: null });
    expect(one(growth, 2.5)).toMatchObject({ score: 125, achievement: null });
  });
});

describe('step curve', () => {
  const bands = {
    direction: 'higherIsBetter',
    target: 100,
    curve: {
      steps: [
        { from: 80, score: 50 },
        { from: 90, score: 80 },
        { from: 100, score: 100 },
      ],
    },
  } as const;
  test('a value exactly on a boundary takes the higher band by default', () => {
    expect(one(bands, 79)).toMatchObject({ score: 0, reason: 'BELOW_THRESHOLD' });
    expect(score(bands, 80)).toBe(50);
    expect(score(bands, 89.99)).toBe(50);
    expect(score(bands, 90)).toBe(80);
    expect(score(bands, 150)).toBe(100);
  });

  test("onBoundary: 'lower' puts it in the band below", () => {
    const lower = { ...bands, curve: { ...bands.curve, onBoundary: 'lower' } } as const;
    expect(one(lower, 80)).toMatchObject({ score: 0, reason: 'BELOW_THRESHOLD' });
    expect(score(lower, 90)).toBe(50);
    expect(score(lower, 90.01)).toBe(80);
    expect(score(lower, 100)).toBe(80);
  });

  test('lower is better: steps listed from worst to best, descending', () => {
    const complaints = {
      direction: 'lowerIsBetter',
      target: 1,
      floor: 10,
      curve: {
        steps: [
          { from: 5, score: 40 },
          { from: 2, score: 80 },
          { from: 0, score: 100 },
        ],
      },
    } as const;
    expect(one(complaints, 6)).toMatchObject({ score: 10, reason: 'BELOW_THRESHOLD' });
    expect(score(complaints, 5)).toBe(40);
    expect(score(complaints, 3)).toBe(40);
    expect(score(complaints, 2)).toBe(80);
    expect(score(complaints, 0)).toBe(100);
  });
});

describe('curve definitions are checked', () => {
  const bad = (kpi: Record<string, unknown>, path: Array<string | number>): void => {
    expectSalesOpsError(() => scoreKpis([{ id: 'k', weight: 1, ...kpi } as KpiDefinition], { k: 1 }), 'INVALID_INPUT', [
      'kpis',
      0,
      ...path,
    ]);
  };
  test('ratio needs a positive target and takes no stretch', () => {
    bad({ direction: 'higherIsBetter', target: 0 }, ['target']);
    bad({ direction: 'lowerIsBetter', target: -1 }, ['target']);
    bad({ direction: 'higherIsBetter', target: 10, stretch: 12, cap: 120, curve: 'ratio' }, ['stretch']);
  });
  test('threshold must be worse than the target, stretch better', () => {
    bad({ direction: 'higherIsBetter', target: 10, threshold: 10 }, ['threshold']);
    bad({ direction: 'lowerIsBetter', target: 10, threshold: 5 }, ['threshold']);
    bad({ direction: 'higherIsBetter', target: 10, threshold: 5, stretch: 10, cap: 120 }, ['stretch']);
    bad({ direction: 'lowerIsBetter', target: 10, threshold: 20, stretch: 11, cap: 120 }, ['stretch']);
  });
  test('a stretch needs a cap above 100; a lower-is-better line needs its worst value', () => {
    bad({ direction: 'higherIsBetter', target: 10, stretch: 12 }, ['cap']);
    bad({ direction: 'higherIsBetter', target: 10, stretch: 12, cap: 100 }, ['cap']);
    bad({ direction: 'lowerIsBetter', target: 10, curve: 'linear' }, ['threshold']);
    bad({ direction: 'higherIsBetter', target: -1, curve: 'linear' }, ['target']);
  });
  test('floors may not exceed what they guard (the curve must stay monotone)', () => {
    bad({ direction: 'higherIsBetter', target: 10, threshold: 5, thresholdScore: 20, floor: 30 }, ['floor']);
    bad({ direction: 'higherIsBetter', target: 10, threshold: 5, curve: 'ratio', floor: 60 }, ['floor']);
    bad({ direction: 'higherIsBetter', target: 10, floor: 60, curve: { steps: [{ from: 5, score: 50 }] } }, ['curve', 'steps', 0, 'score']);
  });
  test('steps must go from worst to best with non-decreasing scores within the cap', () => {
    bad(
      {
        direction: 'higherIsBetter',
        target: 10,
        curve: {
          steps: [
            { from: 5, score: 50 },
            { from: 5, score: 60 },
          ],
        },
      },
      ['curve', 'steps', 1, 'from'],
    );
    bad(
      {
        direction: 'lowerIsBetter',
        target: 10,
        curve: {
          steps: [
            { from: 5, score: 50 },
            { from: 6, score: 60 },
          ],
        },
      },
      ['curve', 'steps', 1, 'from'],
    );
    bad(
      {
        direction: 'higherIsBetter',
        target: 10,
        curve: {
          steps: [
            { from: 5, score: 50 },
            { from: 6, score: 40 },
          ],
        },
      },
      ['curve', 'steps', 1, 'score'],
    );
    bad({ direction: 'higherIsBetter', target: 10, curve: { steps: [{ from: 5, score: 110 }] } }, ['curve', 'steps', 0, 'score']);
    bad({ direction: 'higherIsBetter', target: 10, threshold: 5, curve: { steps: [{ from: 5, score: 50 }] } }, ['threshold']);
    bad({ direction: 'higherIsBetter', target: 10, stretch: 15, cap: 120, curve: { steps: [{ from: 5, score: 50 }] } }, ['stretch']);
    bad({ direction: 'higherIsBetter', target: 10, curve: { steps: [] } }, ['curve', 'steps']);
    bad({ direction: 'higherIsBetter', target: 10, curve: { steps: [{ from: 'x', score: 50 }] } }, ['curve', 'steps', 0, 'from']);
    bad({ direction: 'higherIsBetter', target: 10, curve: { steps: [{ from: 1, score: 50 }], boundary: 'higher' } }, ['curve', 'boundary']);
  });
});

// Property: a KPI score never decreases when a higher-is-better actual rises, and never increases
// when a lower-is-better actual rises — for every curve, direction and parameter set.
describe('monotonicity', () => {
  const curves = fc
    .record({
      higher: fc.boolean(),
      target: fc.integer({ min: 1, max: 1000 }),
      gap: fc.integer({ min: 1, max: 500 }),
      stretchGap: fc.integer({ min: 1, max: 500 }),
      cap: fc.integer({ min: 100, max: 200 }),
      thresholdScore: fc.integer({ min: 0, max: 100 }),
      kind: fc.constantFrom('ratio', 'ratioGated', 'linear', 'linearStretch', 'steps', 'stepsLower'),
      steps: fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 5 }),
    })
    .map(({ higher, target, gap, stretchGap, cap, thresholdScore, kind, steps }): Omit<KpiDefinition, 'id' | 'weight'> => {
      const sign = higher ? 1 : -1;
      const direction = higher ? 'higherIsBetter' : 'lowerIsBetter';
      // For lower-is-better, keep the threshold above a positive target.
      const threshold = higher ? target - gap : target + gap;
      const stretch = target + sign * Math.min(stretchGap, higher ? 10_000 : target - 1 || 0.5);
      switch (kind) {
        case 'ratio':
          return { direction, target, cap };
        case 'ratioGated':
          return { direction, target, threshold, cap, curve: 'ratio' };
        case 'linear':
          return { direction, target, threshold, thresholdScore, cap };
        case 'linearStretch':
          return { direction, target, threshold, thresholdScore, stretch, cap: cap + 1 };
        default: {
          let at = higher ? target - 50 : target + 50;
          let s = 0;
          return {
            direction,
            target,
            cap,
            curve: {
              onBoundary: kind === 'steps' ? 'higher' : 'lower',
              steps: steps.map((d) => {
                at += sign * d;
                s = Math.min(cap, s + d);
                return { from: at, score: s };
              }),
            },
          };
        }
      }
    });
  test('scores move with the actual in the KPI direction', () => {
    fc.assert(
      fc.property(curves, fc.double({ min: -2000, max: 3000, noNaN: true }), fc.double({ min: 0, max: 500, noNaN: true }), (kpi, a, d) => {
        const lo = score(kpi, a);
        const hi = score(kpi, a + d);
        if (kpi.direction === 'higherIsBetter') expect(hi).toBeGreaterThanOrEqual(lo);
        else expect(hi).toBeLessThanOrEqual(lo);
        for (const s of [lo, hi]) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(kpi.cap ?? 100);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
