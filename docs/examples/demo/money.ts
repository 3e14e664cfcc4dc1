/**
 * Exact sums of decimal strings for the demo's own totals (the library does its splits; the demo
 * only adds up what it prints). Amounts are parsed into integer minor units — no floating point —
 * so a printed total is the exact sum of the printed rows.
 */

/** Parses a decimal string with at most `scale` decimals into integer minor units. */
export function toMinor(amount: string, scale = 2): bigint {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(amount);
  if (!match) throw new Error(`not a decimal amount: ${amount}`);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > scale) throw new Error(`more than ${scale} decimals: ${amount}`);
  const units = BigInt(`${whole}${fraction.padEnd(scale, '0')}`);
  return sign === '-' ? -units : units;
}

/** Formats integer minor units as a decimal string (`-0` never appears). */
export function fromMinor(units: bigint, scale = 2): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/** The exact sum of decimal strings. */
export function sumAmounts(amounts: readonly string[], scale = 2): string {
  return fromMinor(
    amounts.reduce((sum, a) => sum + toMinor(a, scale), 0n),
    scale,
  );
}

/** a − b, exactly. */
export function subtractAmounts(a: string, b: string, scale = 2): string {
  return fromMinor(toMinor(a, scale) - toMinor(b, scale), scale);
}

/** Rounds a number of money to a 2-decimal string (for sample figures computed in floating point). */
export function moneyOf(value: number): string {
  return fromMinor(BigInt(Math.round(value * 100)));
}
