/**
 * Small helpers the scoring functions share: reading amounts as plain numbers (scores and
 * ratios are numbers by the contract), normalising weights, and refusing duplicate ids.
 */
import { decimalProblem, fail, type IssuePath, invalid, sumNumbers } from '../core/index.js';

/**
 * Reads an amount (`number`, numeric string or `Decimal`) as a plain number, without building a
 * `Decimal` for the common case of a number — scorecards read millions of actuals.
 * @internal
 */
export function amountToNumber(value: unknown, path: IssuePath): number {
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e21) return value + 0;
  const problem = decimalProblem(value);
  if (problem !== undefined) invalid(path, problem, value);
  // `+ 0` turns a negative zero into zero: results must never hold -0.
  return (typeof value === 'string' ? Number(value) : (value as { toNumber(): number }).toNumber()) + 0;
}

/**
 * Divides each weight by their sum. The caller has checked the sum is positive.
 * @internal
 */
export function normalise(weights: readonly number[]): number[] {
  const total = sumNumbers(weights);
  return weights.map((w) => w / total);
}

/**
 * Throws `DUPLICATE_ID` at the second occurrence of an id.
 * @internal
 */
export function uniqueIds(ids: readonly string[], pathOf: (index: number) => IssuePath): Map<string, number> {
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    const first = index.get(id);
    if (first !== undefined) fail('DUPLICATE_ID', pathOf(i), `repeats the id of item ${first}`, id);
    index.set(id, i);
  });
  return index;
}

/** Whether a value is a plain object (not null, not an array). @internal */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value is a plain record, as the core's `recordSchema` accepts. @internal */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}
