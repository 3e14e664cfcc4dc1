import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, test } from 'vitest';
import { oddsToScore, pdToScore, scorecardScaling, ScorecardScalingSchema, scoreToOdds, scoreToPd } from 'salesops-kit/credit';
import { BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

const SIDDIQI = { pdo: 20, baseScore: 600, baseOdds: 50 };

describe('scorecard scaling', () => {
  // Reference: Siddiqi, N. (2006), "Credit Risk Scorecards: Developing and Implementing Intelligent
  // Credit Scoring", Wiley, ch. 6 (scaling): 600 points at 50:1 good:bad odds with 20 points to
  // double the odds gives factor 28.8539 and offset 487.1229; 100:1 scores 620 and 25:1 scores 580.
  test('Siddiqi (2006) points-to-double-odds example', () => {
    const { factor, offset } = scorecardScaling(SIDDIQI);
    expect(factor).toBeCloseTo(28.8539, 4);
    expect(offset).toBeCloseTo(487.1229, 4);
    expect(oddsToScore(100, SIDDIQI)).toBeCloseTo(620, 9);
    expect(oddsToScore(25, SIDDIQI)).toBeCloseTo(580, 9);
    expect(oddsToScore(50, SIDDIQI)).toBeCloseTo(600, 9);
    expect(scoreToOdds(620, SIDDIQI)).toBeCloseTo(100, 9);
    expect(scoreToPd(600, SIDDIQI)).toBeCloseTo(1 / 51, 12);
  });

  test('odds are good:bad: a higher score means better odds and a lower PD', () => {
    expect(scoreToPd(700, SIDDIQI)).toBeLessThan(scoreToPd(600, SIDDIQI));
    expect(scoreToOdds(700, SIDDIQI)).toBeGreaterThan(scoreToOdds(600, SIDDIQI));
  });

  test('round trips', () => {
    fc.assert(
      fc.property(fc.double({ min: 400, max: 800, noNaN: true }), fc.double({ min: 10, max: 100, noNaN: true }), (score, pdo) => {
        const scaling = { pdo, baseScore: 600, baseOdds: 50 };
        expect(oddsToScore(scoreToOdds(score, scaling), scaling)).toBeCloseTo(score, 6);
        expect(pdToScore(scoreToPd(score, scaling), scaling)).toBeCloseTo(score, 4);
      }),
    );
  });

  test('logarithms without Math.log: within 1.1 units in the last place of the exact value', () => {
    // pdo = ln 2 (as a double), baseScore 0, baseOdds 1 give factor 1 and offset 0, so
    // oddsToScore(x) is the library's ln(x) itself. The reference is decimal.js's ln of the
    // double's exact binary value, to 60 digits.
    const D = Decimal.clone({ precision: 60 });
    const exact = (x: number): Decimal => {
      const view = new DataView(new ArrayBuffer(8));
      view.setFloat64(0, x);
      const biased = (view.getUint32(0) >>> 20) & 0x7ff;
      const mantissa = (BigInt(view.getUint32(0) & 0xfffff) << 32n) + BigInt(view.getUint32(4));
      return biased === 0
        ? new D(mantissa.toString()).times(new D(2).pow(-1074))
        : new D((mantissa + (1n << 52n)).toString()).times(new D(2).pow(biased - 1075));
    };
    const unit = { pdo: Math.LN2, baseScore: 0, baseOdds: 1 };
    expect(scorecardScaling(unit)).toEqual({ factor: 1, offset: 0 });
    const check = (x: number): void => {
      const want = exact(x).ln();
      const got = oddsToScore(x, unit);
      if (want.isZero()) return void expect(got).toBe(0);
      const ulp = 2 ** (Math.floor(Math.log2(Math.abs(want.toNumber()))) - 52);
      expect(new D(got).minus(want).abs().dividedBy(ulp).toNumber(), `ln(${x})`).toBeLessThanOrEqual(1.1);
    };
    for (const x of [
      Number.MIN_VALUE,
      1e-310,
      2.2250738585072014e-308,
      1e-100,
      0.5,
      0.75,
      1 - 2 ** -53,
      1,
      1 + 2 ** -52,
      Math.SQRT2,
      1.5,
      2,
      50,
      100,
      1e100,
      Number.MAX_VALUE,
    ])
      check(x);
    fc.assert(fc.property(fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }), check), { numRuns: 2000 });
    fc.assert(fc.property(fc.double({ min: 0.5, max: 2, noNaN: true }), check), { numRuns: 2000 });
  });

  test('pdToScore stays finite for the smallest PDs and the largest', () => {
    for (const pd of [Number.MIN_VALUE, 1e-310, 1e-300, 1 - 2 ** -53])
      expect(Number.isFinite(pdToScore(pd, SIDDIQI)), String(pd)).toBe(true);
    expect(pdToScore(Number.MIN_VALUE, SIDDIQI)).toBeCloseTo(487.1229 + 28.8539 * 744.4401, 1);
    expect(pdToScore(0.5, SIDDIQI)).toBeCloseTo(487.1229, 4);
  });

  test('extreme scores: PD stays in [0, 1], odds overflow is an error', () => {
    expect(scoreToPd(1e6, SIDDIQI)).toBe(0);
    expect(scoreToPd(-1e6, SIDDIQI)).toBe(1);
    expectSalesOpsError(() => scoreToOdds(1e6, SIDDIQI), 'INVALID_INPUT', ['score']);
  });

  test('purity', () => {
    expectPure(scorecardScaling, SIDDIQI);
    expectPure(scoreToPd, 610, SIDDIQI);
  });

  test('bad input', () => {
    for (const key of ['pdo', 'baseScore', 'baseOdds'] as const) {
      expectRejectsAt((s) => scorecardScaling(s), SIDDIQI, [key], { values: BAD_NUMBERS, prefix: ['scaling'] });
      expectRejectsAt((s) => scoreToPd(600, s), SIDDIQI, [key], { values: BAD_NUMBERS, prefix: ['scaling'] });
    }
    expectSalesOpsError(() => scorecardScaling({ ...SIDDIQI, pdo: 0 }), 'INVALID_INPUT', ['scaling', 'pdo']);
    expectSalesOpsError(() => scorecardScaling({ ...SIDDIQI, baseOdds: -2 }), 'INVALID_INPUT', ['scaling', 'baseOdds']);
    expectSalesOpsError(() => scorecardScaling({ ...SIDDIQI, pd0: 1 } as never), 'INVALID_INPUT', ['scaling', 'pd0']);
    expectSalesOpsError(() => scorecardScaling(null as never), 'INVALID_INPUT', ['scaling']);
    for (const bad of [0, -1, ...BAD_NUMBERS]) expectSalesOpsError(() => oddsToScore(bad as number, SIDDIQI), 'INVALID_INPUT', ['odds']);
    for (const bad of [0, 1, 1.5, ...BAD_NUMBERS]) expectSalesOpsError(() => pdToScore(bad as number, SIDDIQI), 'INVALID_INPUT', ['pd']);
    for (const bad of BAD_NUMBERS) expectSalesOpsError(() => scoreToPd(bad as number, SIDDIQI), 'INVALID_INPUT', ['score']);
  });

  test('the schema rejects what the function rejects', () => {
    const bads: unknown[] = [
      { ...SIDDIQI, pdo: 0 },
      { ...SIDDIQI, baseOdds: '50' },
      { ...SIDDIQI, extra: 1 },
      { pdo: 20 },
      null,
      { ...SIDDIQI, baseScore: Number.NaN },
    ];
    for (const bad of bads) {
      expect(ScorecardScalingSchema.safeParse(bad).success).toBe(false);
      expectSalesOpsError(() => scorecardScaling(bad as never), 'INVALID_INPUT');
    }
    expect(ScorecardScalingSchema.safeParse(SIDDIQI).success).toBe(true);
  });
});
