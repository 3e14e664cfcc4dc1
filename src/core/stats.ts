/**
 * Small numeric helpers shared by several modules (plain numbers: scores, rates, growth).
 * Amounts never go through here — they use the decimal helpers.
 */

/** Sum with Neumaier compensation: order-robust to within a few ulp. @internal */
export function sumNumbers(values: ArrayLike<number>): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i] as number;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}

/** Arithmetic mean; `NaN`-free: callers must pass at least one value. @internal */
export function mean(values: ArrayLike<number>): number {
  return sumNumbers(values) / values.length;
}

/**
 * Variance: `sample` (divide by n − 1, the default; needs n ≥ 2) or population (divide by n).
 * Two-pass, so it stays accurate for values far from zero. @internal
 */
export function variance(values: ArrayLike<number>, kind: 'sample' | 'population' = 'sample'): number {
  const n = values.length;
  const m = mean(values);
  const squares = new Float64Array(n);
  for (let i = 0; i < n; i += 1) {
    const d = (values[i] as number) - m;
    squares[i] = d * d;
  }
  return sumNumbers(squares) / (kind === 'sample' ? n - 1 : n);
}

/** Standard deviation (see {@link variance}). @internal */
export function standardDeviation(values: ArrayLike<number>, kind: 'sample' | 'population' = 'sample'): number {
  return Math.sqrt(variance(values, kind));
}

/**
 * Competition ranks ("1224"): rank 1 for the smallest value under `compare` (ascending numbers by
 * default); equal values share the lowest of their ranks. Independent of input order. @internal
 */
export function minRanks<T>(values: readonly T[], compare: (a: T, b: T) => number): number[] {
  const order = values.map((_, i) => i).sort((a, b) => compare(values[a] as T, values[b] as T) || a - b);
  const ranks = new Array<number>(values.length);
  for (let k = 0; k < order.length; k += 1) {
    const i = order[k] as number;
    const previous = order[k - 1];
    ranks[i] = previous !== undefined && compare(values[previous] as T, values[i] as T) === 0 ? (ranks[previous] as number) : k + 1;
  }
  return ranks;
}

/**
 * The standard normal cumulative distribution Φ(x), accurate to about 1e-15 (W. J. Cody's
 * rational Chebyshev approximation of erfc, 1969, as used by R and many others). @internal
 */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  const z = Math.abs(x) / Math.SQRT2;
  const tail = 0.5 * erfc(z);
  return x >= 0 ? 1 - tail : tail;
}

/** Complementary error function for z ≥ 0 (Cody 1969). */
function erfc(z: number): number {
  if (z < 0.5) {
    // erf by its rational approximation on [0, 0.5).
    const t = z * z;
    const num =
      (((0.185777706184603153 * t + 3.1611237438705656) * t + 113.864154151050156) * t + 377.485237685302021) * t + 3209.37758913846947;
    const den = (((t + 23.6012909523441209) * t + 244.024637934444173) * t + 1282.61652607737228) * t + 2844.23683343917062;
    return 1 - (z * num) / den;
  }
  if (z < 4) {
    const num =
      (((((((2.15311535474403846e-8 * z + 0.564188496988670089) * z + 8.88314979438837594) * z + 66.1191906371416295) * z +
        298.635138197400131) *
        z +
        881.95222124176909) *
        z +
        1712.04761263407058) *
        z +
        2051.07837782607147) *
        z +
      1230.33935479799725;
    const den =
      (((((((z + 15.7449261107098347) * z + 117.693950891312499) * z + 537.181101862009858) * z + 1621.38957456669019) * z +
        3290.79923573345963) *
        z +
        4362.61909014324716) *
        z +
        3439.36767414372164) *
        z +
      1230.33935480374942;
    return Math.exp(-z * z) * (num / den);
  }
  if (z > 27) return 0;
  const t = 1 / (z * z);
  const num =
    ((((0.0163153871373020978 * t + 0.305326634961232344) * t + 0.360344899949804439) * t + 0.125781726111229246) * t +
      0.0160837851487422766) *
      t +
    6.58749161529837803e-4;
  const den =
    ((((t + 2.56852019228982242) * t + 1.87295284992346725) * t + 0.527905102951428412) * t + 0.0605183413124413191) * t +
    0.00233520497626869185;
  return (Math.exp(-z * z) / z) * (1 / Math.sqrt(Math.PI) - (t * num) / den);
}
