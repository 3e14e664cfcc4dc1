/**
 * Hand-written checks for the customer functions that validate a million records (where zod
 * would dominate the run time). Each has a zod twin in the exported schemas; the tests check that
 * both reject the same values.
 */
import { fail, type IssuePath, invalid, toDay } from '../core/index.js';

/**
 * Checks the customer id of record `i` of the list `list` (a non-empty string not seen before,
 * DUPLICATE_ID otherwise). The path `[list, i, 'customerId']` is only built for an error: this
 * runs once per customer, a million times.
 * @internal
 */
export function checkId(id: unknown, seen: Set<string>, list: string, i: number): void {
  if (typeof id !== 'string' || id === '') invalid([list, i, 'customerId'], 'must be a non-empty string', id);
  const size = seen.size;
  // One hash lookup instead of has() then add().
  if (seen.add(id).size === size) fail('DUPLICATE_ID', [list, i, 'customerId'], 'appears more than once', id);
}

/**
 * Checks field `field` of record `i` of the list `list`: a finite number of zero or more (a count
 * of days or purchases).
 * @internal
 */
export function checkCount(value: unknown, list: string, i: number, field: string): number {
  if (typeof value !== 'number' || !(value >= 0) || value === Number.POSITIVE_INFINITY) {
    invalid([list, i, field], 'must be a finite number of zero or more', value);
  }
  return value + 0;
}

/**
 * Reads the date of record `i` of `list` as a day number; the path is only built for an error.
 * @internal
 */
export function readDay(value: unknown, list: string, i: number, field: string): number {
  try {
    return toDay(value, NO_PATH);
  } catch {
    return toDay(value, [list, i, field]); // throws again, with the path
  }
}

const NO_PATH: IssuePath = [];

/**
 * Checks that `options` is a plain object with no keys but `allowed` (as a strict zod object
 * would), without pulling zod into a bundle that only needs this one function.
 * @internal
 */
export function checkOptionKeys(options: unknown, allowed: readonly string[], path: IssuePath): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) invalid(path, 'must be an object', options);
  for (const key of Object.keys(options)) if (!allowed.includes(key)) invalid([...path, key], 'is not a recognised option');
}
