/**
 * A small derivative-free minimiser for the maximum-likelihood fits: Nelder–Mead (1965) with
 * restarts, deterministic (fixed starting points and steps, no randomness).
 *
 * Why Nelder–Mead: the models have three or four parameters, the likelihoods are smooth but their
 * gradients need digamma functions and care at the boundaries; a simplex search needs neither and
 * costs a few hundred evaluations. Restarting from the best point with a fresh simplex guards
 * against the known failure of a collapsed simplex stopping short of the optimum (Lagarias et al.
 * 1998): the fit is declared converged only when a restart no longer improves it.
 */
import * as z from 'zod/mini';
import { fail, oneOf, optional, readAboveZero, readInteger, readStrict, readWeight } from '../core/index.js';

/** Options of the maximum-likelihood fits (`fitBgNbd`, `fitGammaGamma`). */
export interface FitOptions {
  /** L2 penalty on the parameters, as lifetimes' `penalizer_coef` (default 0: plain maximum likelihood). */
  penalizer?: number | undefined;
  /** Nelder–Mead iterations allowed over all starts and restarts (default 5000). */
  maxIterations?: number | undefined;
  /** Convergence tolerance on the log-parameters (default 1e-8). */
  tolerance?: number | undefined;
  /** When the fit does not converge: throw `NOT_CONVERGED` (default) or return it with `converged: false`. */
  onNotConverged?: 'throw' | 'return' | undefined;
}

/**
 * Options of the fits: `penalizer` ≥ 0, `maxIterations` a whole number ≥ 1, `tolerance` > 0,
 * `onNotConverged` `'throw'` or `'return'`.
 *
 * @example
 * ```ts
 * import { FitOptionsSchema } from 'salesops-kit/customers';
 *
 * FitOptionsSchema.safeParse({ penalizer: 0.01 }).success //=> true
 * FitOptionsSchema.safeParse({ penaliser: 0.01 }).success //=> false
 * ```
 */
export const FitOptionsSchema: z.ZodMiniType<FitOptions> = /* @__PURE__ */ fitOptionsSchema();

function fitOptionsSchema(): z.ZodMiniType<FitOptions> {
  return z.strictObject({
    penalizer: z.optional(z.number().check(z.gte(0, 'must not be negative'))),
    maxIterations: z.optional(z.number().check(z.int(), z.gte(1, 'must be at least 1'))),
    tolerance: z.optional(z.number().check(z.gt(0, 'must be greater than 0'))),
    onNotConverged: z.optional(z.enum(['throw', 'return'])),
  });
}

/**
 * Reads the fit options as {@link FitOptionsSchema} does, in its words, with their defaults
 * (the tests hold the two to the same verdicts and messages): a program that fits a model does
 * not need zod in its bundle. @internal
 */
export function readFitOptions(value: unknown): {
  penalizer: number;
  maxIterations: number;
  tolerance: number;
  onNotConverged: 'throw' | 'return';
} {
  const o = readStrict(value, ['options'], ['penalizer', 'maxIterations', 'tolerance', 'onNotConverged']);
  return {
    penalizer: optional(o['penalizer'], (v) => readWeight(v, ['options', 'penalizer'])) ?? 0,
    maxIterations: optional(o['maxIterations'], (v) => readInteger(v, ['options', 'maxIterations'], 1)) ?? 5000,
    tolerance: optional(o['tolerance'], (v) => readAboveZero(v, ['options', 'tolerance'])) ?? 1e-8,
    onNotConverged: oneOf(o['onNotConverged'], ['throw', 'return'] as const, ['options', 'onNotConverged']),
  };
}

/** A maximum-likelihood estimate. @internal */
export interface Estimate {
  /** The parameters, in the order of the names. */
  theta: number[];
  converged: boolean;
  iterations: number;
  penalizer: number;
}

/**
 * Maximises `logLikelihood(θ)` over θ > 0, searching log θ from the fixed `starts` (the first one
 * also anchors the bounds: a log-parameter more than 15 away from it is taken as running off to 0
 * or infinity). The objective is the mean negative log-likelihood plus `penalizer · Σ θ²`, as in
 * lifetimes. Throws NOT_CONVERGED, saying what was tried, unless `onNotConverged` is `'return'`.
 * @internal
 */
export function estimate(
  model: string,
  names: string[],
  logLikelihood: (theta: number[]) => number,
  n: number,
  starts: number[][],
  options: unknown,
): Estimate {
  const { penalizer, maxIterations, tolerance, onNotConverged } = readFitOptions(options);
  const origin = starts[0] as number[];
  const away = (logs: number[], limit: number): number => logs.findIndex((v, k) => Math.abs(v - (origin[k] as number)) > limit);
  const found = minimize(
    (logs) => {
      if (away(logs, 30) >= 0) return Infinity;
      const theta = logs.map(Math.exp);
      const value = -logLikelihood(theta) / n + penalizer * theta.reduce((sum, v) => sum + v * v, 0);
      return value === value ? value : Infinity; // never let a NaN into the comparisons
    },
    starts,
    maxIterations,
    tolerance,
  );
  const stray = away(found.point, 15);
  const converged = found.converged && stray < 0;
  if (!converged && onNotConverged === 'throw') {
    const tried = `Nelder–Mead from ${found.starts} start(s) with restarts, ${found.iterations} iterations`;
    fail(
      'NOT_CONVERGED',
      ['summaries'],
      stray >= 0
        ? `${model}: no maximum (${tried}): the likelihood keeps growing as ${names[stray]} → ${(found.point[stray] as number) > (origin[stray] as number) ? '∞' : '0'}; the data cannot identify the model, try a penalizer`
        : `${model}: not converged (${tried}, best objective ${found.value.toFixed(8)}); raise maxIterations or tolerance, or add a penalizer`,
    );
  }
  return { theta: found.point.map(Math.exp), converged, iterations: found.iterations, penalizer };
}

/** What the minimiser found. @internal */
export interface Minimum {
  /** The best point (in the coordinates given to the objective). */
  point: number[];
  /** The objective at `point`. */
  value: number;
  /** Nelder–Mead iterations over all starts and restarts. */
  iterations: number;
  /** The simplex shrank below the tolerance and a restart did not improve the value. */
  converged: boolean;
  /** How many of the starting points were tried. */
  starts: number;
}

/**
 * Minimises `f` from each of `starts` in turn until a run converges, then restarts from the
 * best point until a restart no longer improves it. `tolerance` bounds the simplex diameter (max coordinate
 * distance to the best vertex); the iteration budget is shared by all runs.
 * @internal
 */
export function minimize(f: (x: number[]) => number, starts: number[][], maxIterations: number, tolerance: number): Minimum {
  let best: Minimum | undefined;
  let iterations = 0;
  let tried = 0;
  // The starts are tried in turn until one converges; the best run is then polished.
  for (const start of starts) {
    const run = nelderMead(f, start, 0.5, maxIterations - iterations, tolerance);
    iterations += run.iterations;
    tried += 1;
    if (best === undefined || run.value < best.value) best = run;
    if (run.converged) break;
  }
  const found = best as Minimum;
  let converged = false;
  for (let restart = 0; restart < 8 && found.converged && iterations < maxIterations; restart += 1) {
    const run = nelderMead(f, found.point, 0.05, maxIterations - iterations, tolerance);
    iterations += run.iterations;
    const improvement = found.value - run.value;
    if (run.value < found.value) {
      found.point = run.point;
      found.value = run.value;
    }
    found.converged = run.converged;
    if (run.converged && improvement <= 1e-12 * (1 + Math.abs(found.value))) {
      converged = true;
      break;
    }
  }
  return { point: found.point, value: found.value, iterations, converged, starts: tried };
}

function nelderMead(f: (x: number[]) => number, start: number[], step: number, maxIterations: number, tolerance: number): Minimum {
  const n = start.length;
  const simplex: number[][] = [start.slice()];
  for (let i = 0; i < n; i += 1) {
    const vertex = start.slice();
    vertex[i] = (vertex[i] as number) + step;
    simplex.push(vertex);
  }
  const values = simplex.map(f);
  let iterations = 0;
  const order = simplex.map((_, i) => i);
  const at = (i: number): number => order[i] as number;
  const value = (i: number): number => values[at(i)] as number;
  const point = (i: number): number[] => simplex[at(i)] as number[];
  const along = (from: number[], to: number[], factor: number): number[] => from.map((v, k) => v + factor * ((to[k] as number) - v));
  const replaceWorst = (x: number[], fx: number): void => {
    simplex[at(n)] = x;
    values[at(n)] = fx;
  };
  let converged = false;
  for (;;) {
    // Stable ordering by value, then by vertex index, so ties never depend on the sort.
    order.sort((i, j) => (values[i] as number) - (values[j] as number) || i - j);
    let diameter = 0;
    for (let i = 1; i <= n; i += 1) {
      for (let k = 0; k < n; k += 1) diameter = Math.max(diameter, Math.abs((point(i)[k] as number) - (point(0)[k] as number)));
    }
    if (diameter <= tolerance && value(n) - value(0) <= 1e-12 * (1 + Math.abs(value(0)))) {
      converged = true;
      break;
    }
    if (iterations >= maxIterations) break;
    iterations += 1;
    const centroid = new Array<number>(n).fill(0);
    for (let i = 0; i < n; i += 1) for (let k = 0; k < n; k += 1) centroid[k] = (centroid[k] as number) + (point(i)[k] as number) / n;
    const worst = point(n);
    const reflected = along(centroid, worst, -1);
    const fr = f(reflected);
    if (fr < value(0)) {
      const expanded = along(centroid, worst, -2);
      const fe = f(expanded);
      if (fe < fr) replaceWorst(expanded, fe);
      else replaceWorst(reflected, fr);
    } else if (fr < value(n - 1)) {
      replaceWorst(reflected, fr);
    } else {
      const outside = fr < value(n);
      const contracted = along(centroid, outside ? reflected : worst, 0.5);
      const fc = f(contracted);
      if (outside ? fc <= fr : fc < value(n)) {
        replaceWorst(contracted, fc);
      } else {
        // Shrink every vertex towards the best one.
        const bestPoint = point(0);
        for (let i = 1; i <= n; i += 1) {
          const shrunk = along(bestPoint, point(i), 0.5);
          simplex[at(i)] = shrunk;
          values[at(i)] = f(shrunk);
        }
      }
    }
  }
  return { point: point(0).slice(), value: value(0), iterations, converged, starts: 1 };
}
