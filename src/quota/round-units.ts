/**
 * Rounding an amount to whole minor units (units of 10^-scale) exactly, without decimal.js.
 *
 * Why here: phasing only ever rounds its total once, to `scale`, and then splits whole units
 * (`splitUnits`); pulling decimal.js (12.9 kB gzipped) into a `phaseQuota` import just for that
 * rounding would put it over the 20 kB budget. The rounding works on the amount's decimal digits
 * as written — a number by its shortest decimal form, as decimal.js reads it; a `Decimal` by its
 * `toString()` — so it gives exactly what `toUnits(toDecimal(value), scale)` gives (the tests
 * hold the two to that).
 */

/** How to round: half away from zero (half-up, the library's default), or towards ±∞. @internal */
export type Rounding = 'halfUp' | 'ceil' | 'floor';

// Sign, integer digits, fraction digits, exponent. Amounts are validated before they get here.
const PARTS = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** The decimal digits and sign of a validated amount, and where its point sits. */
function partsOf(value: unknown): { negative: boolean; digits: string; point: number } {
  const [, sign, int = '', fraction = '', exponent = '0'] = PARTS.exec(String(value)) as RegExpExecArray;
  return { negative: sign === '-', digits: int + fraction, point: int.length + Number(exponent) };
}

/**
 * A validated amount as whole units of 10^-scale, rounded by `mode` (default half-up): `('12.345',
 * 2)` → `1235n`, `('-12.345', 2)` → `-1235n`, `('12.341', 2, 'ceil')` → `1235n`.
 * @internal
 */
export function roundUnits(value: unknown, scale: number, mode: Rounding = 'halfUp'): bigint {
  const { negative, digits, point } = partsOf(value);
  const cut = point + scale; // the digits before the cut are whole units
  let units = cut <= 0 ? 0n : BigInt(digits.slice(0, cut).padEnd(cut, '0'));
  // What is cut off: when the cut falls before the first digit, zeros come first.
  const rest = cut < 0 ? `0${digits}` : digits.slice(cut);
  const up = mode === 'halfUp' ? rest.charCodeAt(0) >= 53 /* '5' */ : /[1-9]/.test(rest) && (mode === 'ceil') !== negative;
  if (up) units += 1n;
  return negative ? -units : units;
}

/** Whether a validated amount is exactly zero (`'0.000'`, `-0`, `'0e5'`; `'1e-30'` is not). @internal */
export function isZeroAmount(value: unknown): boolean {
  return !/[1-9]/.test(partsOf(value).digits);
}

/**
 * `units × (1 + rate)` rounded half-up to a whole unit, exactly (`rate` a finite number ≥ 0, read
 * as its shortest decimal form): the quota a parent hands down with over-assignment `rate`.
 * @internal
 */
export function padUnits(units: bigint, rate: number): bigint {
  const { digits, point } = partsOf(rate);
  const decimals = Math.max(0, digits.length - point);
  const scaled = roundUnits(rate, decimals); // rate × 10^decimals, a whole number
  return roundUnits(`${units * (10n ** BigInt(decimals) + scaled)}e-${decimals}`, 0);
}
