/**
 * The special functions behind the customer-value models: log-gamma, log-beta, a stable
 * log(e^u + e^v), and the Gaussian hypergeometric function ₂F₁. Plain numbers, no allocation,
 * fast enough to run a million times in a browser.
 *
 * General enough that another module could use them; kept here until the lead moves them.
 * @internal
 * @module
 */
import { fail, type IssuePath } from '../core/index.js';

const HALF_LOG_2PI = 0.9189385332046728; // ln √(2π)

/**
 * ln Γ(x) for x > 0, to about 1e-15 (absolute near the zeros at 1 and 2, relative elsewhere).
 *
 * Stirling's series with the Bernoulli terms up to 1/x¹³ (DLMF 5.11.1) is accurate to 3e-17
 * from x = 10 on; below that the recurrence Γ(x) = Γ(x + k) / (x (x + 1) … (x + k − 1)) shifts
 * the argument up. No table of fitted coefficients to get wrong.
 * @internal
 */
export function logGamma(x: number): number {
  let shift = 0;
  if (x < 10) {
    let product = 1;
    while (x < 10) {
      product *= x;
      x += 1;
    }
    shift = Math.log(product);
  }
  const inv = 1 / x;
  const inv2 = inv * inv;
  // 1/12x − 1/360x³ + 1/1260x⁵ − 1/1680x⁷ + 1/1188x⁹ − 691/360360x¹¹ + 1/156x¹³
  const series =
    inv * (1 / 12 + inv2 * (-1 / 360 + inv2 * (1 / 1260 + inv2 * (-1 / 1680 + inv2 * (1 / 1188 + inv2 * (-691 / 360360 + inv2 / 156))))));
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series - shift;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b), for a, b > 0. @internal */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** ln(e^u + e^v) without overflow or underflow (u or v may be −∞, not both). @internal */
export function logSumExp(u: number, v: number): number {
  const high = u > v ? u : v;
  const low = u > v ? v : u;
  return high + Math.log1p(Math.exp(low - high));
}

const EPSILON = 2 ** -53;
/** Enough for z up to about 0.9999 (a horizon 10,000 times the customer's age and α). */
const MAX_TERMS = 1_000_000;

/**
 * The series Σₙ₌₁^∞ (p)ₙ (q)ₙ₋₁ zⁿ / ((s)ₙ₋₁ n!) for 0 ≤ z < 1, summed until the tail is
 * below double precision. Every ₂F₁ below is written with it, in a form that has no
 * cancellation: ₂F₁(a, b; c; z) = 1 + (b / c) · series(a, b + 1, c + 1, z).
 *
 * The tail bound uses the larger of the current term ratio and z (the ratio tends to z), so
 * slowly converging cases are summed far enough rather than stopped early.
 * @internal
 */
export function hypergeometricSeries(p: number, q: number, s: number, z: number, path: IssuePath): number {
  let term = p * z;
  let sum = term;
  for (let n = 1; n < MAX_TERMS; n += 1) {
    const ratio = ((p + n) * (q + n - 1) * z) / ((s + n - 1) * (n + 1));
    term *= ratio;
    sum += term;
    const bound = Math.abs(ratio) > z ? Math.abs(ratio) : z;
    if (term === 0 || (bound < 1 && Math.abs(term) * bound <= EPSILON * (1 - bound) * Math.abs(sum))) return sum;
  }
  return fail('NOT_CONVERGED', path, `the hypergeometric series did not converge in ${MAX_TERMS} terms (z = ${z})`);
}

/**
 * The Gaussian hypergeometric function ₂F₁(a, b; c; z) for real z < 1 and c not 0, −1, −2, ….
 *
 * - 0 ≤ z < 1: the power series (DLMF 15.2.1). When c − a − b < 0 the function grows like
 *   (1 − z)^(c−a−b) near 1 and the series converges slowly, so Euler's transformation
 *   ₂F₁(a, b; c; z) = (1 − z)^(c−a−b) ₂F₁(c − a, c − b; c; z) (DLMF 15.8.1) is summed instead:
 *   its coefficients decay like n^(c−a−b−1) rather than n^(a+b−c−1).
 * - z < 0: Pfaff's transformation ₂F₁(a, b; c; z) = (1 − z)^(−a) ₂F₁(a, c − b; c; z / (z − 1))
 *   (DLMF 15.8.1) maps z into [0, 1).
 *
 * Throws NOT_CONVERGED at `path` in the (unrealistic) case of z so close to 1 that a million
 * terms are not enough.
 * @internal
 */
export function hyp2f1(a: number, b: number, c: number, z: number, path: IssuePath = ['z']): number {
  if (z < 0) return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1), path);
  const excess = c - a - b;
  if (excess < 0) {
    return Math.pow(1 - z, excess) * (1 + ((c - b) / c) * hypergeometricSeries(c - a, c - b + 1, c + 1, z, path));
  }
  return 1 + (b / c) * hypergeometricSeries(a, b + 1, c + 1, z, path);
}
