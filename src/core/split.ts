/**
 * Splitting an amount into parts that add up exactly: the one way the library rounds a split.
 */
import { apportionExact, apportionUnits } from './apportion.js';
import { type Decimal, toUnits } from './decimal.js';
import { formatUnits } from './units.js';

/**
 * Splits `total` (rounded half-up to `scale` first) by non-negative `weights` with a positive
 * sum, by the largest-remainder rule in units of 10^-scale, and returns the parts as canonical
 * decimal strings that add up exactly to the rounded total. The caller validates the weights
 * (finite, ≥ 0, not all zero).
 * @internal
 */
export function splitAmount(total: Decimal, weights: readonly number[], scale: number): string[] {
  return splitUnits(toUnits(total, scale), weights).map((units) => formatUnits(units, scale));
}

/**
 * Splits a whole number of minor units by weights (see {@link splitAmount}).
 * @internal
 */
export function splitUnits(units: bigint, weights: readonly number[]): bigint[] {
  const safe = units <= BigInt(Number.MAX_SAFE_INTEGER) && units >= -BigInt(Number.MAX_SAFE_INTEGER);
  if (safe) return apportionUnits(Number(units), weights).map((u) => BigInt(u));
  return apportionExact(units, weights);
}
