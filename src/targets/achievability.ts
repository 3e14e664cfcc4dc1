/**
 * Achievability from history: how much growth a target needs, how much growth the past shows,
 * and how likely the target is under a normal model of growth.
 *
 * Growth is a plain-number statistic (rates, not money), computed in double precision. Each rate
 * is rounded to 12 decimal places so that rates which are equal in decimals are equal in the model:
 * 100 → 110 → 121 grows by exactly 10 % twice (zero volatility), although 110 / 100 − 1 is
 * 0.10000000000000009 in binary.
 */
import { mean, normalCdf, standardDeviation } from '../core/index.js';
import type { AchievabilityStance } from './smart-report.js';
import type { SmartThresholds } from './smart-context.js';

/** Growth rates beyond ± a trillion-fold are treated as undefined (the earlier actual is ~0). */
const MAX_GROWTH = 1e12;

/** Rounds to 12 decimal places, without a negative zero. @internal */
export function round12(x: number): number {
  return Math.round(x * 1e12) / 1e12 + 0;
}

/** Growth from `from` to `to`, or `undefined` when `from` is not positive (or nearly zero). @internal */
export function growth(from: number, to: number): number | undefined {
  if (!(from > 0)) return undefined;
  const g = round12((to - from) / from);
  return Math.abs(g) <= MAX_GROWTH ? g : undefined;
}

/** The period-over-period growth rates of a history, and the later index of each unusable pair. @internal */
export function growthRates(history: readonly number[]): { rates: number[]; skipped: number[] } {
  const rates: number[] = [];
  const skipped: number[] = [];
  for (let i = 1; i < history.length; i += 1) {
    const g = growth(history[i - 1] as number, history[i] as number);
    if (g === undefined) skipped.push(i);
    else rates.push(g);
  }
  return { rates, skipped };
}

/** Mean and sample standard deviation of at least two rates, rounded to 12 decimals. @internal */
export function growthStatistics(rates: readonly number[]): { mean: number; volatility: number } {
  return { mean: round12(mean(rates)), volatility: round12(standardDeviation(rates)) };
}

/**
 * P(growth ≥ required) for growth ~ N(mean, volatility²). With zero volatility the past grew by
 * the same rate every period and the model is certain: 1 when `required ≤ mean`, else 0.
 * @internal
 */
export function probabilityOfReaching(required: number, meanGrowth: number, volatility: number): number {
  if (volatility === 0) return required <= meanGrowth ? 1 : 0;
  return normalCdf((meanGrowth - required) / volatility);
}

/**
 * The stance for a probability. An unrealistic probability wins over "below the baseline": a
 * target the history says is out of reach is not called unambitious.
 * @internal
 */
export function stanceOf(
  probability: number,
  belowBaseline: boolean,
  t: Pick<SmartThresholds, 'unrealisticBelow' | 'stretchBelow' | 'sandbaggedAbove'>,
): AchievabilityStance {
  if (probability < t.unrealisticBelow) return 'unrealistic';
  if (probability > t.sandbaggedAbove || belowBaseline) return 'sandbagged';
  return probability < t.stretchBelow ? 'stretch' : 'realistic';
}
