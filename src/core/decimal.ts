/**
 * Exact decimal arithmetic, in one place. Every amount the library reads goes through
 * {@link toDecimal}; every amount it writes goes through {@link formatDecimal} (or `formatUnits`,
 * in `units.ts`, after an exact allocation in integer minor units).
 *
 * We use a private clone of decimal.js, never the global `Decimal.set`, so that our precision
 * and rounding cannot leak into — or be changed by — the host application.
 */
import { Decimal as DecimalJs } from 'decimal.js';
import { type AmountSign, decimalProblem, MAX_MAGNITUDE } from './amount-input.js';
import { type IssuePath, invalid } from './errors.js';

/** An arbitrary-precision decimal number (decimal.js). Any copy or clone of decimal.js is accepted as input. */
export type Decimal = DecimalJs;

/**
 * An amount as the library accepts it: a finite number, a numeric string such as `'1250.00'`,
 * `'-3.5'` or `'1.2e3'`, or a decimal.js `Decimal`. Amounts are returned as canonical decimal
 * strings (`'1250.00'`), never in exponent notation.
 */
export type DecimalInput = string | number | DecimalJs;

/** The library's private decimal constructor: 40 significant digits, half-up rounding. */
export const Dec = /* @__PURE__ */ DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** Half-up rounding: a tie rounds away from zero (2.345 → 2.35, −2.345 → −2.35). */
export const ROUND_HALF_UP = DecimalJs.ROUND_HALF_UP;

const ZERO = /* @__PURE__ */ new Dec(0);

/**
 * Reads an amount. Throws `INVALID_INPUT` at `path` for `NaN`, `±Infinity`, `''`, `'abc'`,
 * `'1e999'`, `null`, non-numeric types and magnitudes of 1e21 or more.
 * @internal
 */
export function toDecimal(value: unknown, path: IssuePath): Decimal {
  // Fast path for the common case of a plain finite number.
  if (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < MAX_MAGNITUDE) {
    return new Dec(value === 0 ? 0 : value);
  }
  const problem = decimalProblem(value);
  if (problem !== undefined) invalid(path, problem, value);
  const d = new Dec(value as string | DecimalJs);
  return d.isZero() ? ZERO : d;
}

/**
 * Rounds half-up to `scale` decimals.
 * @internal
 */
export function roundHalfUp(value: Decimal, scale: number): Decimal {
  return value.toDecimalPlaces(scale, ROUND_HALF_UP);
}

/**
 * The canonical output form of an amount: exactly `scale` decimals, half-up, no exponent, no
 * negative zero (`'-0.00'` is written `'0.00'`).
 * @internal
 */
export function formatDecimal(value: Decimal, scale: number): string {
  const text = value.toFixed(scale, ROUND_HALF_UP);
  return text.charCodeAt(0) === 45 /* - */ && /^-[0.]*$/.test(text) ? text.slice(1) : text;
}

/**
 * Converts to integer minor units (units of 10^-scale), rounding half-up: `('12.345', 2)` → `1235n`.
 * @internal
 */
export function toUnits(value: Decimal, scale: number): bigint {
  return BigInt(value.toFixed(scale, ROUND_HALF_UP).replace('.', ''));
}

/**
 * Converts integer minor units to a `Decimal`.
 * @internal
 */
export function unitsToDecimal(units: bigint, scale: number): Decimal {
  return new Dec(units.toString()).dividedBy(new Dec(10).pow(scale));
}

/**
 * Sums amounts exactly.
 * @internal
 */
export function sumDecimals(values: readonly Decimal[]): Decimal {
  let total: Decimal = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/**
 * Turns an already validated amount into a `number` (for ratios, scores and rates, which the
 * contract reports as plain numbers).
 * @internal
 */
export function toNumber(value: Decimal): number {
  return value.toNumber();
}

/**
 * Reads an amount as a `Decimal`; with `sign`, also checks it is not negative (`'nonNegative'`)
 * or is greater than zero (`'positive'`), as the core's amount schemas check and word it (see
 * `isNegativeAmount`: `'-1e-400'` is not negative, as the number it stands for is zero).
 * @internal
 */
export function readAmount(value: unknown, path: IssuePath, sign?: AmountSign): Decimal {
  const d = toDecimal(value, path);
  // The exact sign, as the schema reads it (isNegativeAmount): '-1e-400' is below zero.
  if (sign === 'nonNegative' && d.isNegative() && !d.isZero()) invalid(path, 'must not be negative', value);
  // A valid amount is above zero as a Decimal exactly when it is as the schema reads it.
  if (sign === 'positive' && !(d.isPositive() && !d.isZero())) invalid(path, 'must be greater than zero', value);
  return d;
}

/** `new Dec(n)` for trusted internal values. @internal */
export function dec(value: number | string | Decimal): Decimal {
  return new Dec(value);
}
