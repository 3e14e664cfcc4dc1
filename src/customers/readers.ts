/**
 * Two number readers the core's `readNumber` (inclusive bounds, "must be at least …") does not
 * word as the customer schemas do: a number that must not be negative (the core's
 * `weightSchema`, "must not be negative") and one that must be greater than 0 (`z.gt(0)`).
 * Worded exactly as those schemas through `parseInput`; general enough for the core.
 */
import { type IssuePath, invalid, readNumber } from '../core/index.js';

/** Reads a finite number of zero or more (and at most `max`). @internal */
export function readNonNegative(value: unknown, path: IssuePath, max?: number): number {
  const n = readNumber(value, path, undefined, max);
  if (n < 0) invalid(path, 'must not be negative', value);
  return n;
}

/** Reads a finite number greater than 0. @internal */
export function readAboveZero(value: unknown, path: IssuePath): number {
  const n = readNumber(value, path);
  if (!(n > 0)) invalid(path, 'must be greater than 0', value);
  return n;
}
