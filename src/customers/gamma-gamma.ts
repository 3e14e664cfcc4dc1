/**
 * The Gamma-Gamma model of spend per purchase (Fader, Hardie and Lee 2005, "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis", Journal of Marketing Research 42(4), 415–430;
 * Fader and Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): each purchase's value is
 * gamma(p, ν) around a customer's own mean, and ν ~ gamma(q, γ) across customers. Fitted on the
 * repeat buyers' average spend, it shrinks each customer's observed average towards the
 * population mean — more for customers seen buying only once or twice.
 */
import {
  amountToNumber,
  type DecimalInput,
  Dec,
  formatDecimal,
  invalid,
  type IssuePath,
  mean,
  readStrict,
  toScale,
} from '../core/index.js';
import { readPositive } from './bg-nbd.js';
import { estimate, type FitOptions } from './minimize.js';
import { logGamma } from './special-functions.js';

/** Fitted Gamma-Gamma parameters (any object with these three fields, such as a {@link GammaGammaFit}). */
export interface GammaGammaParams {
  /** Shape of the gamma distribution of one purchase's value around the customer's mean. */
  p: number;
  /** Shape of the gamma distribution of the scale ν across customers. */
  q: number;
  /** Scale of the gamma distribution of ν across customers, in money. */
  gamma: number;
}

/** A customer's repeat purchases and their mean value, as `summarizeCustomers` reports them. */
export interface SpendSummary {
  /** Repeat purchases (a whole number, 0 or more); customers with 0 are not used by the fit. */
  x: number;
  /** The mean value of the repeat purchases: a number or a decimal string; for a repeat buyer, > 0 to fit the model, ≥ 0 to predict. */
  monetaryValue: DecimalInput;
}

/** The result of {@link fitGammaGamma}: parameters, fit and a check of the model's assumption. */
export interface GammaGammaFit extends GammaGammaParams {
  /** The log-likelihood of the repeat buyers' mean spend at the parameters, without the penalty. */
  logLikelihood: number;
  /** Whether the optimiser met the tolerance and a restart no longer improved the fit. */
  converged: boolean;
  /** Nelder–Mead iterations used. */
  iterations: number;
  /** Repeat buyers fitted (customers with x > 0). */
  customers: number;
  /** Customers left out because they made no repeat purchase. */
  excluded: number;
  /** The L2 penalty used (0 for plain maximum likelihood). */
  penalizer: number;
  /** The model's mean spend per purchase of a new customer, pγ / (q − 1); `null` when q ≤ 1 (no finite mean). */
  populationMeanSpend: number | null;
  /**
   * The check of the model's key assumption: the Pearson correlation between the repeat buyers'
   * number of repeat purchases and their mean spend. The model assumes these are independent;
   * a value far from 0 (say beyond ±0.3) means its spend predictions are biased. `null` when it
   * cannot be computed (fewer than two repeat buyers, or no variation).
   */
  frequencySpendCorrelation: number | null;
}

/**
 * Reads a customer's x and mean spend. The fit needs a repeat buyer's mean spend to be > 0 (its
 * logarithm enters the likelihood); predictions accept 0 (refunds can net a customer's repeat
 * purchases to nothing), where the expected spend is the formula's limit. @internal
 */
export function readSpend(value: unknown, path: IssuePath, fitting = false): [x: number, spend: number] {
  if (typeof value !== 'object' || value === null) return invalid(path, 'must be an object with x and monetaryValue', value);
  const { x, monetaryValue } = value as Record<string, unknown>;
  if (typeof x !== 'number' || !Number.isInteger(x) || x < 0) invalid([...path, 'x'], 'must be a whole number, 0 or more', x);
  const spend = amountToNumber(monetaryValue, [...path, 'monetaryValue']);
  if (x > 0 && (fitting ? !(spend > 0) : spend < 0)) {
    invalid([...path, 'monetaryValue'], `must be ${fitting ? 'greater than 0' : 'at least 0'} for a repeat buyer`, monetaryValue);
  }
  return [x as number, spend];
}

/** Validates Gamma-Gamma parameters and returns a plain copy. @internal */
export function readGammaGammaParams(value: unknown, path: IssuePath): GammaGammaParams {
  const params = readPositive(value, path, ['p', 'q', 'gamma']) as unknown as GammaGammaParams;
  if (params.q <= 1) invalid([...path, 'q'], 'must be greater than 1 for the mean spend to be finite', params.q);
  return params;
}

/** The conditional expected spend per purchase, unvalidated. @internal */
export function averageSpend({ p, q, gamma }: GammaGammaParams, x: number, spend: number): number {
  return (p * (gamma + x * spend)) / (p * x + q - 1);
}

/**
 * Fits the Gamma-Gamma spend model by maximum likelihood on the repeat buyers (x > 0; the others
 * are counted in `excluded`), with the density of a customer's mean spend from Fader and Hardie
 * (2013), and reports the correlation between frequency and spend that the model assumes is 0.
 *
 * The parameters are searched in logs by Nelder–Mead with restarts from a fixed start
 * (p = q = 1, γ = the mean spend), as for `fitBgNbd`; `penalizer` c adds c · (p² + q² + γ²) to the
 * mean negative log-likelihood, as lifetimes' `penalizer_coef`.
 *
 * @param summaries - each customer's x and mean repeat-purchase value (e.g. `summarizeCustomers`' output)
 * @param options - penalty, iteration budget, tolerance and what to do when the fit does not converge
 * @returns p, q, gamma, the log-likelihood, the population mean spend and the frequency–spend correlation
 * @throws {@link SalesOpsError} INVALID_INPUT when `summaries` has no repeat buyer, or an x or a
 *   monetaryValue is invalid (path `['summaries', i, field]`; a repeat buyer's must be > 0: leave out
 *   customers whose refunds net their repeat purchases to nothing);
 *   NOT_CONVERGED when the fit does not converge or a parameter runs off to 0 or infinity
 *
 * @example
 * ```ts
 * import { expectedAverageSpend, fitGammaGamma } from 'salesops-kit/customers';
 *
 * const fit = fitGammaGamma([
 *   { x: 1, monetaryValue: 20 }, { x: 1, monetaryValue: 55 }, { x: 1, monetaryValue: 9 },
 *   { x: 2, monetaryValue: '35.50' }, { x: 2, monetaryValue: 18 }, { x: 3, monetaryValue: 30 },
 *   { x: 4, monetaryValue: 28 }, { x: 6, monetaryValue: 24 }, { x: 1, monetaryValue: 80 },
 *   { x: 3, monetaryValue: '12.25' }, { x: 0, monetaryValue: 0 },
 * ], { penalizer: 0.001 });
 * const summary = [fit.p, fit.q, fit.gamma, fit.excluded, fit.frequencySpendCorrelation]
 * //=> [7.85, 2.72, 7.56, 1, -0.30]
 * expectedAverageSpend(fit, { x: 0, monetaryValue: 0 }) //=> '34.52'
 * ```
 */
export function fitGammaGamma(summaries: readonly SpendSummary[], options: FitOptions = {}): GammaGammaFit {
  if (!Array.isArray(summaries)) invalid(['summaries'], 'must be an array', summaries);
  const xs: number[] = [];
  const spends: number[] = [];
  summaries.forEach((summary, i) => {
    const [x, spend] = readSpend(summary, ['summaries', i], true);
    if (x > 0) {
      xs.push(x);
      spends.push(spend);
    }
  });
  const n = xs.length;
  if (n === 0) invalid(['summaries'], 'must include a repeat buyer (x > 0)');
  const logSpends = spends.map(Math.log);
  // ln f(m̄ | x) = ln Γ(px + q) − ln Γ(px) − ln Γ(q) + q ln γ + (px − 1) ln m̄ + px ln x − (px + q) ln(x m̄ + γ)
  const ll = (theta: number[]): number => {
    const [p, q, gamma] = theta as [number, number, number];
    let sum = 0;
    const base = q * Math.log(gamma) - logGamma(q);
    for (let i = 0; i < n; i += 1) {
      const x = xs[i] as number;
      const px = p * x;
      sum +=
        base +
        logGamma(px + q) -
        logGamma(px) +
        (px - 1) * (logSpends[i] as number) +
        px * Math.log(x) -
        (px + q) * Math.log(x * (spends[i] as number) + gamma);
    }
    return sum;
  };
  const { theta, converged, iterations, penalizer } = estimate(
    'fitGammaGamma',
    ['p', 'q', 'gamma'],
    ll,
    n,
    [[0, 0, Math.log(mean(spends))]],
    options,
  );
  const [p, q, gamma] = theta as [number, number, number];
  return {
    p,
    q,
    gamma,
    logLikelihood: ll(theta),
    converged,
    iterations,
    customers: n,
    excluded: summaries.length - n,
    penalizer,
    populationMeanSpend: q > 1 ? (p * gamma) / (q - 1) : null,
    frequencySpendCorrelation: correlation(xs, spends),
  };
}

/** Pearson correlation, or null when undefined (fewer than two values, or a constant). */
function correlation(xs: number[], ys: number[]): number | null {
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const dx = x - mx;
    const dy = (ys[i] as number) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/**
 * The expected value of a customer's future purchases (each), given her repeat purchases and
 * their mean value (Fader, Hardie and Lee 2005 JMR; Fader and Hardie 2013, eq. (5)):
 * `(p (γ + x m̄)) / (p x + q − 1)`, a weighted average of the population mean pγ / (q − 1) and her
 * own mean m̄ with weight px / (px + q − 1) on her own. A customer with no repeat purchase gets
 * the population mean.
 *
 * @param params - fitted parameters (a {@link GammaGammaFit} will do); q must be > 1
 * @param customer - x and the mean value of the repeat purchases
 * @param options - `scale`: decimals of the result (default 2)
 * @returns the expected spend per purchase, a decimal string
 * @throws {@link SalesOpsError} INVALID_INPUT when a parameter is not a finite number > 0 (or q ≤ 1),
 *   or x or monetaryValue is invalid (a repeat buyer's may be 0, not negative), with the path of the value
 *
 * @example
 * ```ts
 * import { expectedAverageSpend } from 'salesops-kit/customers';
 *
 * const params = { p: 6.25, q: 3.74, gamma: 15.44 };
 * expectedAverageSpend(params, { x: 2, monetaryValue: '22.35' }) //=> '24.66'
 * expectedAverageSpend(params, { x: 0, monetaryValue: 0 }) //=> '35.22'
 * ```
 */
export function expectedAverageSpend(
  params: GammaGammaParams,
  customer: SpendSummary,
  options: { scale?: number | undefined } = {},
): string {
  const gg = readGammaGammaParams(params, ['params']);
  const [x, spend] = readSpend(customer, ['customer']);
  const scale = toScale(readStrict(options, ['options'], ['scale'])['scale'], ['options', 'scale'], 2);
  return formatDecimal(new Dec(averageSpend(gg, x, x > 0 ? spend : 0)), scale);
}
