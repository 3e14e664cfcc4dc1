/**
 * The BG/NBD model of repeat buying (Fader, Hardie and Lee 2005, "Counting Your Customers the
 * Easy Way: An Alternative to the Pareto/NBD Model", Marketing Science 24(2), 275–284): while
 * alive, a customer buys at a Poisson rate λ ~ gamma(r, α); after each purchase she drops out
 * with probability p ~ beta(a, b). From each customer's (x, t_x, T) it fits r, α, a, b by
 * maximum likelihood and predicts who is still alive and how much each will buy.
 */
import * as z from 'zod/mini';
import { fail, invalid, type IssuePath } from '../core/index.js';
import { estimate, type FitOptions } from './minimize.js';
import { hypergeometricSeries, logBeta, logGamma, logSumExp } from './special-functions.js';

/** Fitted BG/NBD parameters (any object with these four fields, such as a {@link BgNbdFit}). */
export interface BgNbdParams {
  /** Shape of the gamma distribution of purchase rates across customers. */
  r: number;
  /** Scale of the gamma distribution of purchase rates, in the data's period unit (days or weeks). */
  alpha: number;
  /** First shape of the beta distribution of drop-out probabilities. */
  a: number;
  /** Second shape of the beta distribution of drop-out probabilities. */
  b: number;
}

/** One customer's purchase history, as `summarizeCustomers` reports it (extra fields are ignored). */
export interface BgNbdCustomer {
  /** Repeat purchases: purchase days after the first one (a whole number, 0 or more). */
  x: number;
  /** Time from the first to the last purchase, in the period unit (0 when `x` is 0). */
  tx: number;
  /** Time from the first purchase to the end of observation, in the period unit (`tx ≤ T`). */
  T: number;
}

/** The result of {@link fitBgNbd}: the parameters and how they were found. */
export interface BgNbdFit extends BgNbdParams {
  /** The log-likelihood of the data at the parameters (eq. 6 of Fader, Hardie and Lee 2005, summed), without the penalty. */
  logLikelihood: number;
  /** Whether the optimiser met the tolerance and a restart no longer improved the fit. */
  converged: boolean;
  /** Nelder–Mead iterations used. */
  iterations: number;
  /** Customers fitted. */
  customers: number;
  /** The L2 penalty used (0 for plain maximum likelihood). */
  penalizer: number;
}

const positive = (): z.ZodMiniNumber<number> => z.number().check(z.gt(0, 'must be greater than 0'));

/**
 * BG/NBD parameters: r, alpha, a and b, each a finite number greater than 0.
 *
 * @example
 * ```ts
 * import { BgNbdParamsSchema } from 'salesops-kit/customers';
 *
 * BgNbdParamsSchema.safeParse({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }).success //=> true
 * BgNbdParamsSchema.safeParse({ r: 0, alpha: 4.414, a: 0.793, b: 2.426 }).success //=> false
 * ```
 */
export const BgNbdParamsSchema: z.ZodMiniType<BgNbdParams> = /* @__PURE__ */ paramsSchema();

function paramsSchema(): z.ZodMiniType<BgNbdParams> {
  return z.looseObject({ r: positive(), alpha: positive(), a: positive(), b: positive() });
}

/**
 * A customer's history (x, tx, T): `x` a whole number ≥ 0; `tx` and `T` finite, ≥ 0, with
 * `tx ≤ T`; `tx` is 0 exactly when `x` is 0.
 *
 * @example
 * ```ts
 * import { BgNbdCustomerSchema } from 'salesops-kit/customers';
 *
 * BgNbdCustomerSchema.safeParse({ x: 2, tx: 30.43, T: 38.86 }).success //=> true
 * BgNbdCustomerSchema.safeParse({ x: 2, tx: 40, T: 38.86 }).success //=> false
 * ```
 */
export const BgNbdCustomerSchema: z.ZodMiniType<BgNbdCustomer> = /* @__PURE__ */ customerSchema();

function customerSchema(): z.ZodMiniType<BgNbdCustomer> {
  return z.looseObject({ x: z.unknown(), tx: z.unknown(), T: z.unknown() }).check(
    z.superRefine((value, ctx) => {
      const problem = customerProblem(value);
      if (problem)
        ctx.issues.push({ code: 'custom', message: problem[1], path: [problem[0]], input: (value as Record<string, unknown>)[problem[0]] });
    }),
  ) as never;
}

/**
 * Why a customer history is invalid: `[field, problem]`, or `undefined` when it is valid.
 * Shared by the schema and the fast hand-written checks, so both reject the same values.
 */
function customerProblem(value: unknown): [string, string] | undefined {
  if (typeof value !== 'object' || value === null) return ['', 'must be an object with x, tx and T'];
  const { x, tx, T } = value as Record<string, unknown>;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) return ['x', 'must be a whole number, 0 or more'];
  // Written out rather than looped over, so that the happy path allocates nothing.
  if (typeof tx !== 'number' || !(tx >= 0 && tx < Infinity)) return ['tx', NOT_DURATION];
  if (typeof T !== 'number' || !(T >= 0 && T < Infinity)) return ['T', NOT_DURATION];
  if (tx > T) return ['tx', 'must not be greater than T'];
  if (x === 0 ? tx !== 0 : tx === 0) return ['tx', x === 0 ? 'must be 0 when x is 0' : 'must be greater than 0 when x > 0'];
  return undefined;
}

/** Validates a customer history and returns it (fast path for large arrays). @internal */
export function readCustomer(value: unknown, path: IssuePath): BgNbdCustomer {
  const problem = customerProblem(value);
  if (problem) {
    const [key, message] = problem;
    invalid(key ? [...path, key] : path, message, key ? (value as Record<string, unknown>)[key] : value);
  }
  return value as BgNbdCustomer;
}

/** Validates BG/NBD parameters and returns them. @internal */
export function readBgNbdParams(value: unknown, path: IssuePath): BgNbdParams {
  // The common case checked with plain property reads (this runs once per prediction); the
  // general loop below finds and reports the problem otherwise.
  if (typeof value === 'object' && value !== null) {
    const { r, alpha, a, b } = value as Record<string, unknown>;
    if (isPositive(r) && isPositive(alpha) && isPositive(a) && isPositive(b)) return value as BgNbdParams;
  }
  return readPositive(value, path, BG_NBD_KEYS) as unknown as BgNbdParams;
}

const isPositive = (v: unknown): boolean => typeof v === 'number' && v > 0 && v < Infinity;

/** Checks that an object's named fields are finite numbers > 0, and returns it. @internal */
export function readPositive(value: unknown, path: IssuePath, keys: readonly string[]): Record<string, number> {
  if (typeof value !== 'object' || value === null) return invalid(path, 'must be an object', value);
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (typeof v !== 'number' || !(v > 0 && v < Infinity)) invalid([...path, key], 'must be a finite number greater than 0', v);
  }
  return value as Record<string, number>;
}

const NOT_DURATION = 'must be a finite number, 0 or more';
const BG_NBD_KEYS = ['r', 'alpha', 'a', 'b'];
// Paths of the parameters of the public functions, built once (the error helpers copy them).
const PARAMS: IssuePath = ['params'];
const CUSTOMER: IssuePath = ['customer'];
const T_PATH: IssuePath = ['t'];

/** Reads a horizon or period length: a finite number ≥ 0. @internal */
export function readDuration(value: unknown, path: IssuePath): number {
  if (typeof value !== 'number' || !(value >= 0 && value < Infinity)) invalid(path, NOT_DURATION, value);
  return value as number;
}

/** ln of the odds that the customer has dropped out (−∞ when x is 0: she cannot have). */
function logDropOutOdds({ r, alpha, a, b }: BgNbdParams, x: number, tx: number, T: number): number {
  return x === 0 ? -Infinity : Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx));
}

/** P(alive | x, tx, T), unvalidated. @internal */
export function aliveProbability(params: BgNbdParams, x: number, tx: number, T: number): number {
  return 1 / (1 + Math.exp(logDropOutOdds(params, x, tx, T)));
}

/**
 * Expected purchases in (T, T + t] of a customer who is still alive: the numerator of eq. (10)
 * of Fader, Hardie and Lee (2005), rewritten so that it has neither overflow nor cancellation.
 *
 * With C = a + b + x − 1, A = r + x, ε = a − 1, L = ln((α + T) / (α + T + t)) and
 * z = t / (α + T + t), eq. (10)'s numerator C/ε · [1 − e^(A·L) ₂F₁(A, b + x; C; z)] becomes, by
 * Euler's transformation ₂F₁(A, b + x; C; z) = (1 − z)^(ε − A) ₂F₁(C − A, ε; C; z),
 *
 *   C · (1 − e^(εL)) / ε − e^(εL) · Σₙ₌₁ (C − A)ₙ (a)ₙ₋₁ zⁿ / ((C + 1)ₙ₋₁ n!).
 *
 * The series' coefficients decay like n^(a − r − x − 2), so it converges fast even for z near 1;
 * the removable singularity at a = 1 (where the published form divides 0 by 0) is gone, and so is
 * the pole at C = 0.
 * @internal
 */
export function expectedPurchasesIfAlive({ r, alpha, a, b }: BgNbdParams, x: number, T: number, t: number, path: IssuePath): number {
  if (t === 0) return 0;
  const c = a + b + x - 1;
  const epsilon = a - 1;
  const logRatio = -Math.log1p(t / (alpha + T));
  const series = hypergeometricSeries(c - r - x, a, c + 1, t / (alpha + T + t), path);
  const lead = epsilon === 0 ? -logRatio : -Math.expm1(epsilon * logRatio) / epsilon;
  const value = c * lead - Math.exp(epsilon * logRatio) * series;
  return value > 0 ? value : 0;
}

/**
 * The probability that a customer with history (x, tx, T) is still alive (has not dropped out),
 * by Bayes' rule on the BG/NBD likelihood: `1 / (1 + a / (b + x − 1) · ((α + T) / (α + tx))^(r + x))`
 * (Fader, Hardie and Lee 2005, the reciprocal of eq. (10)'s denominator; Fader, Hardie and Lee,
 * "Computing P(alive) using the BG/NBD model", 2008). A customer with no repeat purchase is alive
 * with probability 1: in this model a customer can only drop out right after a purchase.
 *
 * Computed in logs, so a very large x or T gives a probability near 0 rather than an overflow;
 * below about 1e−308 it underflows to 0.
 *
 * @param params - fitted parameters (a {@link BgNbdFit} will do)
 * @param customer - the customer's history, in the same period unit as the fit
 * @returns a probability in (0, 1]
 * @throws {@link SalesOpsError} INVALID_INPUT when a parameter is not a finite number > 0, or
 *   the history is inconsistent (see {@link BgNbdCustomerSchema}), with the path of the value
 *
 * @example
 * ```ts
 * import { probabilityAlive } from 'salesops-kit/customers';
 *
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * probabilityAlive(params, { x: 2, tx: 30.43, T: 38.86 }) //=> 0.7266
 * probabilityAlive(params, { x: 2, tx: 5, T: 38.86 }) //=> 0.1237
 * probabilityAlive(params, { x: 0, tx: 0, T: 38.86 }) //=> 1
 * ```
 */
export function probabilityAlive(params: BgNbdParams, customer: BgNbdCustomer): number {
  const p = readBgNbdParams(params, PARAMS);
  const { x, tx, T } = readCustomer(customer, CUSTOMER);
  return aliveProbability(p, x, tx, T);
}

/**
 * The expected number of purchases a customer makes in the next `t` periods, given her history
 * (Fader, Hardie and Lee 2005, eq. (10)): P(alive) times what a live customer with that history
 * would buy, which needs the Gaussian hypergeometric function (summed after Euler's
 * transformation, see the guide).
 *
 * @param params - fitted parameters (a {@link BgNbdFit} will do)
 * @param customer - the customer's history (x, tx, T), in the same period unit as the fit
 * @param t - the horizon, in that period unit (e.g. 52 for a year of weekly data)
 * @returns the expected number of purchases in (T, T + t]; 0 when `t` is 0
 * @throws {@link SalesOpsError} INVALID_INPUT when a parameter, the history or `t` is invalid,
 *   with the path of the value; NOT_CONVERGED when `t` is so large relative to α + T (about
 *   10,000 times) that the series cannot be summed
 *
 * @example
 * ```ts
 * import { expectedPurchases } from 'salesops-kit/customers';
 *
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * expectedPurchases(params, { x: 2, tx: 30.43, T: 38.86 }, 39) //=> 1.226
 * ```
 */
export function expectedPurchases(params: BgNbdParams, customer: BgNbdCustomer, t: number): number {
  const p = readBgNbdParams(params, PARAMS);
  const { x, tx, T } = readCustomer(customer, CUSTOMER);
  const horizon = readDuration(t, T_PATH);
  return expectedPurchasesIfAlive(p, x, T, horizon, T_PATH) * aliveProbability(p, x, tx, T);
}

/**
 * The expected number of repeat purchases of a new customer in her first `t` periods, for a
 * customer drawn at random from the population (Fader, Hardie and Lee 2005, eq. (9)):
 * `(a + b − 1) / (a − 1) · [1 − (α / (α + t))^r ₂F₁(r, b; a + b − 1; t / (α + t))]`, computed in
 * the stable form described for {@link expectedPurchases}.
 *
 * @param params - fitted parameters (a {@link BgNbdFit} will do)
 * @param t - the time since the first purchase, in the period unit of the fit
 * @returns the expected number of repeat purchases in (0, t]
 * @throws {@link SalesOpsError} INVALID_INPUT when a parameter or `t` is invalid;
 *   NOT_CONVERGED when `t` is more than about 10,000 times α
 *
 * @example
 * ```ts
 * import { expectedPurchasesOfNewCustomer } from 'salesops-kit/customers';
 *
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * expectedPurchasesOfNewCustomer(params, 78) //=> 1.861
 * ```
 */
export function expectedPurchasesOfNewCustomer(params: BgNbdParams, t: number): number {
  const p = readBgNbdParams(params, PARAMS);
  return expectedPurchasesIfAlive(p, 0, 0, readDuration(t, T_PATH), T_PATH);
}

/**
 * The probability that a customer drawn at random makes exactly `n` repeat purchases in her
 * first `t` periods (Fader, Hardie and Lee 2005, eq. (8)). The negative-binomial tail in the
 * second term is summed directly (from whichever side is shorter), never as 1 minus a sum close
 * to 1, and every term is computed in logs, so large `n` and `t` neither overflow nor lose
 * precision.
 *
 * @param params - fitted parameters (a {@link BgNbdFit} will do)
 * @param n - the number of repeat purchases, a whole number from 0 to 10,000,000
 * @param t - the length of the period, in the period unit of the fit
 * @returns P(X(t) = n), a probability in [0, 1]; the probabilities over n = 0, 1, 2, … sum to 1
 * @throws {@link SalesOpsError} INVALID_INPUT when a parameter, `n` or `t` is invalid;
 *   NOT_CONVERGED when `t` is about a million times α or more and the tail cannot be summed
 *
 * @example
 * ```ts
 * import { probabilityOfPurchases } from 'salesops-kit/customers';
 *
 * const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
 * probabilityOfPurchases(params, 0, 39) //=> 0.574
 * probabilityOfPurchases(params, 1, 39) //=> 0.199
 * ```
 */
export function probabilityOfPurchases(params: BgNbdParams, n: number, t: number): number {
  const { r, alpha, a, b } = readBgNbdParams(params, PARAMS);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 1e7) invalid(['n'], 'must be a whole number from 0 to 10,000,000', n);
  const horizon = readDuration(t, T_PATH);
  if (horizon === 0) return n === 0 ? 1 : 0;
  const logZ = Math.log(horizon / (alpha + horizon));
  const logStart = -r * Math.log1p(horizon / alpha); // ln P(NB = 0) = r ln(α / (α + t))
  // ln P(NB = j) of the negative binomial count of a customer who never drops out.
  const logCount = (j: number): number => logGamma(r + j) - logGamma(r) - logGamma(j + 1) + logStart + j * logZ;
  const logB = logBeta(a, b);
  const first = Math.exp(logBeta(a, b + n) - logB + logCount(n));
  if (n === 0) return Math.min(1, first);
  // P(NB ≥ n): sum the upper tail when n is beyond the mean, else 1 − the n lower terms.
  let tail = 0;
  if (n > (r * horizon) / alpha) {
    let logTerm = logCount(n);
    for (let j = n; ; j += 1) {
      const term = Math.exp(logTerm);
      tail += term;
      const ratio = ((r + j) / (j + 1)) * Math.exp(logZ);
      if (term === 0 || (ratio < 1 && term * ratio <= 1e-17 * (1 - ratio) * tail)) break;
      if (j > n + 1e7) fail('NOT_CONVERGED', T_PATH, 'the purchase-count tail did not converge in 10,000,000 terms');
      logTerm += Math.log(ratio);
    }
  } else {
    let below = 0;
    let logTerm = logStart;
    for (let j = 0; j < n; j += 1) {
      below += Math.exp(logTerm);
      logTerm += Math.log((r + j) / (j + 1)) + logZ;
    }
    tail = 1 - below;
  }
  const value = first + Math.exp(logBeta(a + 1, b + n - 1) - logB) * Math.max(0, tail);
  return Math.min(1, value);
}

/** Fixed starting points of the fit, in log-parameters on time scaled so that the largest T is 10 (as lifetimes). */
const STARTS = [
  [0, 0, 0, 0],
  [-1, 1, -0.5, 1],
];

/**
 * Fits the BG/NBD model by maximum likelihood (Fader, Hardie and Lee 2005; the likelihood of
 * their eq. (6), as laid out in Fader, Hardie and Lee's note "Implementing the BG/NBD Model for
 * Customer Base Analysis in Excel", 2005).
 *
 * How: the log-likelihood is written with log-gamma and log-beta and combines its two terms with
 * log-sum-exp, so large x and T neither overflow nor give NaN; the parameters are searched in
 * logs (always positive) by Nelder–Mead from fixed starting points (the second is tried only when
 * the first does not converge), then restarted from the best point until a restart no longer
 * improves it. Time is rescaled internally so that the
 * largest T is 10 (as lifetimes does), and α is reported back in the data's unit. With
 * `penalizer` c > 0 the objective is the mean negative log-likelihood plus c · (r² + α² + a² + b²)
 * on that scale — lifetimes' `penalizer_coef`. Deterministic: no randomness anywhere.
 *
 * @param summaries - one (x, tx, T) per customer (e.g. `summarizeCustomers`' output), all in the same period unit
 * @param options - penalty, iteration budget, tolerance and what to do when the fit does not converge
 * @returns r, alpha, a, b, the log-likelihood, whether it converged and the iterations used
 * @throws {@link SalesOpsError} INVALID_INPUT when `summaries` is empty or a history is invalid
 *   (path `['summaries', i, field]`) or an option is invalid; NOT_CONVERGED when the optimiser does
 *   not converge within the budget, or a parameter runs off to 0 or infinity (the data cannot
 *   identify the model, e.g. no repeat purchases): the message says what was tried
 *
 * @example
 * ```ts
 * import { fitBgNbd, probabilityAlive } from 'salesops-kit/customers';
 *
 * const histories = [
 *   { x: 0, tx: 0, T: 30 }, { x: 1, tx: 12, T: 30 }, { x: 4, tx: 6, T: 30 }, { x: 3, tx: 28, T: 30 },
 *   { x: 2, tx: 8, T: 25 }, { x: 0, tx: 0, T: 20 }, { x: 5, tx: 19, T: 20 }, { x: 6, tx: 9, T: 28 },
 * ];
 * // Eight customers cannot pin down four parameters: the likelihood has no maximum (b → ∞).
 * fitBgNbd(histories) //=> throws NOT_CONVERGED
 *
 * // A small penalty, as lifetimes recommends (0.001 to 0.1), keeps the fit finite.
 * const fit = fitBgNbd(histories, { penalizer: 0.01 });
 * const rounded = [fit.r, fit.alpha, fit.a, fit.b]
 * //=> [0.63, 2.77, 0.64, 2.05]
 * probabilityAlive(fit, { x: 3, tx: 28, T: 30 }) > probabilityAlive(fit, { x: 3, tx: 10, T: 30 }) //=> true
 * fitBgNbd([]) //=> throws INVALID_INPUT
 * ```
 */
export function fitBgNbd(summaries: readonly BgNbdCustomer[], options: FitOptions = {}): BgNbdFit {
  if (!Array.isArray(summaries) || summaries.length === 0) invalid(['summaries'], 'must be a non-empty array', summaries);
  const n = summaries.length;
  const xs = new Float64Array(n);
  const txs = new Float64Array(n);
  const Ts = new Float64Array(n);
  let maxT = 0;
  let repeat = 0;
  summaries.forEach((summary, i) => {
    const c = readCustomer(summary, ['summaries', i]);
    xs[i] = c.x;
    txs[i] = c.tx;
    Ts[i] = c.T;
    repeat += c.x;
    if (c.T > maxT) maxT = c.T;
  });
  // Fit on time scaled so that the largest T is 10 (as lifetimes), which makes the fixed starting
  // points and the penalty independent of the unit; α and the log-likelihood are scaled back.
  const scale = maxT > 0 ? 10 / maxT : 1;
  const ll = likelihood(
    xs,
    txs.map((v) => v * scale),
    Ts.map((v) => v * scale),
  );
  const { theta, converged, iterations, penalizer } = estimate('fitBgNbd', ['r', 'alpha', 'a', 'b'], ll, n, STARTS, options);
  const [r, alpha, a, b] = theta as [number, number, number, number];
  // With times multiplied by s, each customer's log-likelihood drops by x ln s.
  const logLikelihood = ll(theta) + repeat * Math.log(scale);
  return { r, alpha: alpha / scale, a, b, logLikelihood, converged, iterations, customers: n, penalizer };
}

/**
 * The BG/NBD log-likelihood of a data set as a function of [r, α, a, b]. What depends on x only
 * is computed once per distinct x, ln(α + T) once per distinct T, and customers without repeat
 * purchases are counted by T: a fit evaluates this several hundred times.
 */
function likelihood(xs: Float64Array, txs: Float64Array, Ts: Float64Array): (theta: number[]) => number {
  const xValues = [...new Set(xs)];
  const tValues = [...new Set(Ts)];
  const xSlot = new Map(xValues.map((x, k) => [x, k]));
  const tSlot = new Map(tValues.map((t, k) => [t, k]));
  const zeroCount = new Float64Array(tValues.length); // customers with x = 0, by T
  const repeat: number[] = []; // indices of the customers with x > 0
  xs.forEach((x, i) => {
    const k = tSlot.get(Ts[i] as number) as number;
    if (x === 0) zeroCount[k] = (zeroCount[k] as number) + 1;
    else repeat.push(i);
  });
  const repeatX = Int32Array.from(repeat, (i) => xSlot.get(xs[i] as number) as number);
  const repeatT = Int32Array.from(repeat, (i) => tSlot.get(Ts[i] as number) as number);
  const common = new Float64Array(xValues.length);
  const dropOut = new Float64Array(xValues.length);
  const logAlphaT = new Float64Array(tValues.length);
  return (theta) => {
    const [r, alpha, a, b] = theta as [number, number, number, number];
    const logB = logBeta(a, b);
    const logGammaR = logGamma(r);
    const logAlpha = Math.log(alpha);
    let sum = 0;
    for (let k = 0; k < xValues.length; k += 1) {
      const x = xValues[k] as number;
      // ln A1 + ln A2 of the Excel note: ln Γ(r + x) − ln Γ(r) + r ln α + ln B(a, b + x) − ln B(a, b).
      common[k] = logGamma(r + x) - logGammaR + r * logAlpha + logBeta(a, b + x) - logB;
      dropOut[k] = Math.log(a / (b + x - 1)); // ln A4 without its (α + tx) factor (x > 0)
    }
    for (let k = 0; k < tValues.length; k += 1) {
      logAlphaT[k] = Math.log(alpha + (tValues[k] as number));
      // x = 0: ln L = r ln α − r ln(α + T) (ln Γ and ln B terms cancel)
      sum += (zeroCount[k] as number) * r * (logAlpha - (logAlphaT[k] as number));
    }
    for (let j = 0; j < repeat.length; j += 1) {
      const i = repeat[j] as number;
      const k = repeatX[j] as number;
      const e = r + (xs[i] as number);
      const alive = -e * (logAlphaT[repeatT[j] as number] as number);
      const dropped = (dropOut[k] as number) - e * Math.log(alpha + (txs[i] as number));
      sum += (common[k] as number) + logSumExp(alive, dropped);
    }
    return sum;
  };
}
