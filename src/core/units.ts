/**
 * Exact money in integer minor units held in plain doubles — the fast path for functions that
 * run over millions of rows (transactions, invoices, customer lists). `toDecimal` is exact but
 * builds a decimal.js object per value; here the common cases — plain numbers and plain decimal
 * strings of at most 15 digits — become whole numbers of units of 10^-scale, where sums and
 * comparisons are exact as long as they stay below 2^52. Anything else gives `NaN`, and the
 * caller falls back to `toDecimal`, which also produces the error message for a bad value, so
 * both routes accept exactly the same values. Nothing here imports decimal.js.
 */

// Below 2^52 the gap between doubles is under one unit, so a double that equals u / 10^s
// stands for exactly that decimal (see `unitsAt`).
const MAX_UNITS = 4503599627370496; // 2^52

/** Whether a whole number of units is small enough for exact sums in doubles. @internal */
export function isSafeUnits(units: number): boolean {
  return Math.abs(units) < MAX_UNITS;
}

/**
 * The amount as a whole number of units of 10^-scale, exactly, or `NaN` when that is not cheap
 * and certain (more decimals than `scale`, more than 15 digits, a `Decimal`, or not an amount).
 * @internal
 */
export function unitsAt(value: unknown, scale: number): number {
  if (typeof value === 'number') {
    if (scale > 15) return Number.NaN;
    const p = 10 ** scale;
    const u = Math.round(value * p);
    // A number stands for its shortest decimal form. If u / p rounds back to the same double and
    // |u| < 2^52, the double's rounding interval is narrower than one unit, so no other multiple
    // of 10^-scale — and hence not the shorter decimal either — can round to it: the decimal is u.
    return Math.abs(u) < MAX_UNITS && u / p === value ? u + 0 : Number.NaN;
  }
  if (typeof value !== 'string') return Number.NaN;
  const n = value.length;
  let i = 0;
  let negative = false;
  if (value.charCodeAt(0) === 45 /* - */) {
    negative = true;
    i = 1;
  }
  let units = 0;
  let digits = 0;
  let decimals = -1;
  for (; i < n; i += 1) {
    const c = value.charCodeAt(i);
    if (c === 46 /* . */) {
      if (decimals >= 0) return Number.NaN;
      decimals = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return Number.NaN;
    if (decimals >= 0 && ++decimals > scale) return Number.NaN;
    units = units * 10 + d;
    digits += 1;
  }
  if (digits === 0 || digits > 15) return Number.NaN;
  if (decimals < scale) units *= 10 ** (scale - Math.max(decimals, 0));
  if (!(units < MAX_UNITS)) return Number.NaN;
  return negative ? 0 - units : units;
}

/**
 * The number of decimals of an amount's simple form (a number, or a plain decimal string of at
 * most 15 digits), or -1 when it has none; used to pick a common scale before {@link unitsAt}.
 * @internal
 */
export function decimalsOf(value: unknown): number {
  if (typeof value === 'number') {
    for (let d = 0; d <= 15; d += 1) if (!Number.isNaN(unitsAt(value, d))) return d;
    return -1;
  }
  if (typeof value !== 'string') return -1;
  const point = value.indexOf('.');
  const decimals = point < 0 ? 0 : value.length - point - 1;
  return Number.isNaN(unitsAt(value, decimals)) ? -1 : decimals;
}

/**
 * A number whose order is exactly the order of the amounts (for ranking), or `NaN` when that is
 * not certain: plain numbers as they are, plain decimal strings of at most 15 digits (two such
 * decimals never round to the same double, and rounding keeps their order).
 * @internal
 */
export function orderKey(value: unknown): number {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) < 1e21 ? value + 0 : Number.NaN;
  const decimals = decimalsOf(value);
  return decimals < 0 ? Number.NaN : Number(value) + 0;
}

/**
 * Writes a whole number of units of 10^-scale (a safe integer, or a bigint) as a canonical amount
 * string: `(1235, 2)` → `'12.35'`, never `'-0.00'`.
 * @internal
 */
export function formatUnits(units: number | bigint, scale: number): string {
  const negative = units < 0;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

/**
 * {@link formatUnits} under its older name, for bigint minor units: `(1235n, 2)` → `'12.35'`. (It
 * lives here, no longer in `decimal.ts`, so that writing units never imports decimal.js.)
 * @internal
 */
export const fromUnits: (units: bigint, scale: number) => string = formatUnits;

/**
 * `units / count` rounded half-up (a tie away from zero), exactly, for a safe integer `units`
 * and a positive whole `count`.
 * @internal
 */
export function divideHalfUp(units: number, count: number): number {
  const negative = units < 0;
  const a = negative ? -units : units;
  let q = Math.floor(a / count);
  let r = a - q * count;
  // The float quotient may be one off when it lies next to a whole number: correct it exactly.
  while (r < 0) {
    q -= 1;
    r += count;
  }
  while (r >= count) {
    q += 1;
    r -= count;
  }
  if (2 * r >= count) q += 1;
  return negative ? 0 - q : q;
}

/**
 * Reads a column of amounts as integer units at the smallest common scale of at least `minScale`
 * (so the units order and add up exactly), or returns `undefined` when some value is not a
 * simple amount or the units would pass 2^52 — the caller then reads the column with `toDecimal`,
 * which also reports the first bad value.
 * @internal
 */
export function unitsColumn(
  n: number,
  valueAt: (i: number) => unknown,
  minScale: number,
): { units: Float64Array; scale: number } | undefined {
  const units = new Float64Array(n);
  let scale = minScale;
  for (let i = 0; i < n; i += 1) {
    const value = valueAt(i);
    let u = unitsAt(value, scale);
    if (Number.isNaN(u)) {
      const decimals = decimalsOf(value);
      if (decimals <= scale) return undefined;
      // More decimals than so far: rescale what was read.
      const factor = 10 ** (decimals - scale);
      for (let k = 0; k < i; k += 1) {
        const v = (units[k] as number) * factor;
        if (!(Math.abs(v) < MAX_UNITS)) return undefined;
        units[k] = v;
      }
      scale = decimals;
      u = unitsAt(value, scale);
    }
    units[i] = u;
  }
  return { units, scale };
}
