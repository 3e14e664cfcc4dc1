/**
 * Small helpers the scoring functions share: reading amounts as plain numbers (scores and
 * ratios are numbers by the contract), normalising weights, and refusing duplicate ids.
 */
import { fail, type IssuePath, sumNumbers } from '../core/index.js';

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
