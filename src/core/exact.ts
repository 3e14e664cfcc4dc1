/**
 * Exact decimal arithmetic on amounts as written, without decimal.js: comparing, rounding to
 * whole minor units, multiplying, dividing to a number and printing — for functions that need no
 * more than that and must not carry decimal.js (12.9 kB gzipped) into a user's bundle.
 *
 * An amount is held as an {@link Exact}: its sign, its significant digits and the exponent of its
 * first digit — read from its exact decimal form (a number from its shortest decimal form, as
 * decimal.js reads it; a `Decimal` from its `toString()`). Exponents are plain numbers and digits
 * are only multiplied or divided as bigints, so `Decimal('1e-9000000000000000')` costs no more
 * than `'1'`. Where an operation rounds, it rounds as the core's `Dec` does (40 significant
 * digits, half-up), so results agree with decimal.js digit for digit; `test/core/exact.test.ts`
 * checks every operation against it.
 *
 * (`units.ts` is the other fast path: amounts as whole units in doubles, for millions of rows.)
 */
import type { DecimalInput } from './decimal.js';

/** An amount `±d.ddd… × 10^exp`: `digits` has no leading or trailing zeros; zero has sign 0. @internal */
export interface Exact {
  /** -1, 0 or 1. */
  sign: number;
  /** The significant digits (`''` for zero). */
  digits: string;
  /** The exponent of the first digit. */
  exp: number;
}

const ZERO: Exact = { sign: 0, digits: '', exp: 0 };
// The core's `Dec`: 40 significant digits; exponent notation from 10^40 up and from 10^-40 down;
// exponents below decimal.js's `minE` underflow to zero.
const PRECISION = 40;
const TO_EXP_POS = 40;
const TO_EXP_NEG = -40;
const MIN_EXP = -9e15;
const TEXT = /^([+-]?)(\d*)\.?(\d*)(?:[eE]([+-]?\d+))?$/;

/**
 * Reads an amount that has been validated (a finite number, a decimal string, or a `Decimal`,
 * read from its exact `toString()`), or a whole number of units as a bigint. A number stands for
 * its shortest decimal form, as in decimal.js.
 * @internal
 */
export function exact(value: DecimalInput | bigint): Exact {
  // String() of a Decimal is its toString(), of a number its shortest decimal form.
  const [, sign, whole = '', fraction = '', exponent = '0'] = TEXT.exec(String(value)) as RegExpExecArray;
  const all = whole + fraction;
  const lead = all.search(/[1-9]/);
  if (lead < 0) return ZERO;
  return { sign: sign === '-' ? -1 : 1, digits: all.slice(lead).replace(/0+$/, ''), exp: whole.length - 1 - lead + Number(exponent) };
}

/** Compares two amounts exactly: -1, 0 or 1. @internal */
export function compareExact(a: Exact, b: Exact): number {
  if (a.sign !== b.sign) return a.sign < b.sign ? -1 : 1;
  // Without trailing zeros, digit strings of the same exponent order as text.
  const magnitude = a.exp !== b.exp ? (a.exp > b.exp ? 1 : -1) : a.digits === b.digits ? 0 : a.digits > b.digits ? 1 : -1;
  return magnitude === 0 ? 0 : magnitude * a.sign;
}

/**
 * Compares two validated amounts exactly, whatever their form (−1, 0 or 1). Rounding to the
 * nearest double never reverses an order, so when the doubles differ they already order the
 * amounts; only a tie needs the exact digits.
 * @internal
 */
export function compareAmounts(a: unknown, b: unknown): number {
  // The nearest doubles (a Decimal's through its exact toString()).
  const x = Number(String(a));
  const y = Number(String(b));
  return x < y ? -1 : x > y ? 1 : compareExact(exact(a as DecimalInput), exact(b as DecimalInput));
}

/** How to round to a whole unit: half away from zero (half-up, the library's default), or towards ±∞. @internal */
export type Rounding = 'halfUp' | 'ceil' | 'floor';

/**
 * An amount as whole units of 10^-scale, rounded by `mode` (default half-up, as the core's
 * `toUnits`): `('12.345', 2)` → `1235n`, `('-12.345', 2)` → `-1235n`, `('12.341', 2, 'ceil')` →
 * `1235n`.
 * @internal
 */
export function roundUnits(a: Exact, scale: number, mode: Rounding = 'halfUp'): bigint {
  const { digits } = a;
  const cut = a.exp + 1 + scale; // the digits before the cut are whole units
  const units = cut <= 0 ? 0n : BigInt(digits.slice(0, cut).padEnd(cut, '0'));
  // What is cut off, led by a zero when the cut falls before the first digit ('' when nothing is).
  const rest = cut < 0 ? `0${digits}` : digits.slice(cut);
  const up = mode === 'halfUp' ? rest.charCodeAt(0) >= 53 /* '5' */ : rest !== '' && (mode === 'ceil') !== a.sign < 0;
  const whole = up ? units + 1n : units;
  return a.sign < 0 ? -whole : whole;
}

/** `a × b`, exactly. @internal */
export function timesExact(a: Exact, b: Exact): Exact {
  if (a.sign === 0 || b.sign === 0) return ZERO;
  const product = (BigInt(a.digits) * BigInt(b.digits)).toString();
  // The last digits of a and b stand at 10^(exp − length + 1); so does the product's at their sum.
  const last = a.exp - a.digits.length + 1 + (b.exp - b.digits.length + 1);
  return { sign: a.sign * b.sign, digits: product.replace(/0+$/, ''), exp: last + product.length - 1 };
}

/** The amount `sign × digits × 10^(exp − digits.length + 1)` rounded half-up to 40 significant digits, as `Dec` rounds. */
function rounded(sign: number, digits: string, exp: number): Exact {
  let d = digits;
  let e = exp;
  if (d.length > PRECISION) {
    // Half-up: the 41st digit alone decides (what follows it cannot reach another half).
    const up = d.charCodeAt(PRECISION) >= 53; /* '5' */
    d = d.slice(0, PRECISION);
    if (up) {
      d = (BigInt(d) + 1n).toString();
      if (d.length > PRECISION) e += 1; // 99…9 + 1
    }
  }
  return e < MIN_EXP ? ZERO : { sign, digits: d.replace(/0+$/, ''), exp: e };
}

/** `a × b`, rounded as `Dec.times` rounds it (40 significant digits, half-up). @internal */
export function times(a: Exact, b: Exact): Exact {
  const p = timesExact(a, b);
  return p.sign === 0 ? ZERO : rounded(p.sign, p.digits, p.exp);
}

/**
 * `a ÷ b` as a number, as `Dec.dividedBy(…).toNumber()` gives it: the quotient rounded half-up
 * to 40 significant digits, then to the nearest double (`Infinity` or 0 beyond a double's range).
 * `b` must not be zero. Never returns -0. @internal
 */
export function divideToNumber(a: Exact, b: Exact): number {
  if (a.sign === 0) return 0;
  // Enough digits for the 41st to be exact: a × 10^k ÷ b has at least a.digits.length + 42 digits.
  const k = b.digits.length + 42;
  const quotient = ((BigInt(a.digits) * 10n ** BigInt(k)) / BigInt(b.digits)).toString();
  const last = a.exp - a.digits.length + 1 - (b.exp - b.digits.length + 1) - k;
  const q = rounded(a.sign * b.sign, quotient, last + quotient.length - 1);
  return q.sign === 0 ? 0 : Number(`${q.sign < 0 ? '-' : ''}${q.digits[0]}.${q.digits.slice(1)}e${q.exp}`) + 0;
}

/** Writes an amount as `Dec`'s `toString` does: plain from 1e-39 to below 1e40, else `1.5e+40`, `1e-40`. @internal */
export function exactText(a: Exact): string {
  if (a.sign === 0) return '0';
  const { digits, exp } = a;
  const n = digits.length;
  let text: string;
  if (exp <= TO_EXP_NEG || exp >= TO_EXP_POS) text = `${n > 1 ? `${digits[0]}.${digits.slice(1)}` : digits}e${exp < 0 ? '' : '+'}${exp}`;
  else if (exp < 0) text = `0.${'0'.repeat(-exp - 1)}${digits}`;
  else if (exp + 1 >= n) text = digits + '0'.repeat(exp + 1 - n);
  else text = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  return a.sign < 0 ? `-${text}` : text;
}
