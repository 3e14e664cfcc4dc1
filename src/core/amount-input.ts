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
  isNegative(): boolean;
  isPositive(): boolean;
  isZero(): boolean;
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

/** The sign an amount must have: zero or more (`'nonNegative'`), or more than zero (`'positive'`). @internal */
export type AmountSign = 'nonNegative' | 'positive';

/**
 * Whether a valid amount is below zero, exactly: a number's or a `Decimal`'s own sign, a
 * string's from its text — a minus sign and a non-zero digit. So `'-0.00'` is not negative, and
 * `'-1e-400'` is (it is below zero, though too small for a double), just like `Decimal('-1e-400')`.
 * Shared by the `nonNegativeAmount()` schema and the readers.
 * @internal
 */
export function isNegativeAmount(value: unknown): boolean {
  if (typeof value === 'number') return value < 0;
  if (typeof value === 'string') return value.charCodeAt(0) === 45 /* - */ && /[1-9]/.test(value.replace(/[eE].*$/, ''));
  return (value as DecimalLike).isNegative() && !(value as DecimalLike).isZero();
}

/**
 * Whether a valid amount is above zero, exactly: a string is positive when it has no minus sign
 * and a non-zero digit (`'1e-400'` is positive). Shared by `positiveAmount()` and the readers.
 * @internal
 */
export function isPositiveAmount(value: unknown): boolean {
  if (typeof value === 'number') return value > 0;
  if (typeof value === 'string') return value.charCodeAt(0) !== 45 && /[1-9]/.test(value.replace(/[eE].*$/, ''));
  return (value as DecimalLike).isPositive() && !(value as DecimalLike).isZero();
}

/**
 * Checks an amount without reading it (for amounts only validated here, and read later or
 * elsewhere): throws `INVALID_INPUT` at `path` as {@link decimalProblem} words it.
 * @internal
 */
export function checkAmount(value: unknown, path: IssuePath): void {
  const problem = decimalProblem(value);
  if (problem !== undefined) invalid(path, problem, value);
}

/** Checks an amount greater than zero (the core's `positiveAmount()`, see {@link isPositiveAmount}). @internal */
export function checkPositiveAmount(value: unknown, path: IssuePath): void {
  checkAmount(value, path);
  if (!isPositiveAmount(value)) invalid(path, 'must be greater than zero', value);
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

/**
 * Reads an amount of zero or more as a plain number (the core's `nonNegativeAmount()`, see
 * {@link isNegativeAmount}), without decimal.js. Never returns `-0`.
 * @internal
 */
export function readNonNegativeAmount(value: unknown, path: IssuePath): number {
  const n = amountToNumber(value, path);
  // The exact sign, not the double's: '-1e-400' reads as 0 but is below zero.
  if (isNegativeAmount(value)) invalid(path, 'must not be negative', value);
  return n;
}
