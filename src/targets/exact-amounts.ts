/**
 * The little exact decimal arithmetic the SMART check needs — comparing amounts, a product, a
 * share — without decimal.js.
 *
 * Why: `validateSmartTarget` only compares amounts and writes them in messages; it never adds up
 * money. decimal.js (12.9 kB gzipped) made it the one function of the library over the 20 kB
 * budget. What it did with decimal.js is done here with the same results, digit for digit: an
 * amount is read from its exact decimal form, products and quotients are rounded as the core's
 * `Dec` rounds them (40 significant digits, half-up), and amounts are written as `Dec` writes
 * them (`toString`, exponent notation from 1e40 or below 1e-39). `test/targets/exact-amounts`
 * checks every operation against `Dec`.
 *
 * Amounts are held as sign, significant digits and the exponent of the first digit; exponents
 * are plain numbers and digits are only multiplied or divided as bigints, so an amount such as
 * `Decimal('1e-9000000000000000')` costs no more than `'1'`.
 */
import type { DecimalInput, DecimalLike } from '../core/index.js';

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
 * read from its exact `toString()`). A number stands for its shortest decimal form, as in
 * decimal.js. @internal
 */
export function exact(value: DecimalInput): Exact {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : (value as DecimalLike).toString();
  const [, sign, whole = '', fraction = '', exponent = '0'] = TEXT.exec(text) as RegExpExecArray;
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

/** `a × b`, rounded as `Dec.times` rounds it. @internal */
export function times(a: Exact, b: Exact): Exact {
  if (a.sign === 0 || b.sign === 0) return ZERO;
  const product = (BigInt(a.digits) * BigInt(b.digits)).toString();
  // The last digits of a and b stand at 10^(exp − length + 1); so does the product's at their sum.
  const last = a.exp - a.digits.length + 1 + (b.exp - b.digits.length + 1);
  return rounded(a.sign * b.sign, product, last + product.length - 1);
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
