import fc from 'fast-check';
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
    const bads: unknown[] = [{ ...SIDDIQI, pdo: 0 }, { ...SIDDIQI, baseOdds: '50' }, { ...SIDDIQI, extra: 1 }, { pdo: 20 }, null, { ...SIDDIQI, baseScore: Number.NaN }];
    for (const bad of bads) {
      expect(ScorecardScalingSchema.safeParse(bad).success).toBe(false);
      expectSalesOpsError(() => scorecardScaling(bad as never), 'INVALID_INPUT');
    }
    expect(ScorecardScalingSchema.safeParse(SIDDIQI).success).toBe(true);
  });
});
