/**
 * Validation of amounts that needs no decimal arithmetic, and therefore does not import
 * decimal.js: a function that only reads amounts as plain numbers (a KPI actual, a weight of
 * history) stays free of decimal.js's 13 kB in a user's bundle. A decimal.js `Decimal` is
 * recognised by its tag, exactly as decimal.js itself does, so instances from any copy or clone
 * of decimal.js are accepted.
 */
import { type IssuePath, invalid } from './errors.js';

/** Amounts must be below this in magnitude, so they print without exponent and fit a double. */
export const MAX_MAGNITUDE = 1e21;

// A plain decimal literal: optional sign, digits with an optional point, optional exponent of
// at most four digits (so '1e999' is range-checked, and '1e99999999' is not even parsed).
const DECIMAL_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d{1,4})?$/;

/** The part of a decimal.js `Decimal` the library reads. @internal */
export interface DecimalLike {
  isFinite(): boolean;
  toString(): string;
}

/** Whether a value is a decimal.js `Decimal` (of any copy or clone). @internal */
export function isDecimalInstance(value: unknown): value is DecimalLike {
  return typeof value === 'object' && value !== null && (value as { toStringTag?: unknown }).toStringTag === '[object Decimal]';
}

const OUT_OF_RANGE = 'is out of range (magnitude must be below 1e21)';

/**
 * Explains why `value` is not a valid amount, or returns `undefined` when it is one. Shared by
 * every reader of amounts and by the zod schemas, so they accept exactly the same values.
 * @internal
 */
export function decimalProblem(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'must be a number, not NaN';
    if (!Number.isFinite(value)) return 'must be finite';
    return Math.abs(value) >= MAX_MAGNITUDE ? OUT_OF_RANGE : undefined;
  }
  if (typeof value === 'string') {
    if (!DECIMAL_TEXT.test(value)) return "must be a decimal number such as '1250.00'";
    return Math.abs(Number(value)) >= MAX_MAGNITUDE ? OUT_OF_RANGE : undefined;
  }
  if (isDecimalInstance(value)) {
    if (!value.isFinite()) return 'must be finite';
    return Math.abs(Number(value.toString())) >= MAX_MAGNITUDE ? OUT_OF_RANGE : undefined;
  }
  return 'must be an amount: a finite number, a numeric string or a Decimal';
}

/**
 * Reads an amount as a plain number (for ratios, scores and rates, which the contract reports as
 * numbers). Throws `INVALID_INPUT` at `path` like {@link decimalProblem}. Never returns `-0`.
 * @internal
 */
export function amountToNumber(value: unknown, path: IssuePath): number {
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < MAX_MAGNITUDE) return value + 0;
  const problem = decimalProblem(value);
  if (problem !== undefined) invalid(path, problem, value);
  return Number(typeof value === 'string' ? value : (value as DecimalLike).toString()) + 0;
}
