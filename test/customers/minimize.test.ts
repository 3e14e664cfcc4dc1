import { describe, expect, test } from 'vitest';
import { estimate, FitOptionsSchema, minimize } from '../../src/customers/minimize.js';
import { BAD_NUMBERS, expectSalesOpsError } from '../helpers/bad-input.js';
import { expectSameFirstIssue } from '../helpers/schema-agreement.js';

// Rosenbrock's banana function: a curved valley, the classic test of Nelder–Mead (minimum 0 at (1, 1)).
const rosenbrock = ([x, y]: number[]): number => 100 * ((y as number) - (x as number) ** 2) ** 2 + (1 - (x as number)) ** 2;

describe('minimize (Nelder–Mead with restarts)', () => {
  test('finds the minimum of Rosenbrock’s function from the textbook start (−1.2, 1)', () => {
    const found = minimize(rosenbrock, [[-1.2, 1]], 5000, 1e-10);
    expect(found.converged).toBe(true);
    expect(found.point[0]).toBeCloseTo(1, 8);
    expect(found.point[1]).toBeCloseTo(1, 8);
    expect(found.value).toBeLessThan(1e-16);
  });

  test('is deterministic: same starts, same path, same answer', () => {
    const a = minimize(
      rosenbrock,
      [
        [-1.2, 1],
        [2, 2],
      ],
      5000,
      1e-10,
    );
    const b = minimize(
      rosenbrock,
      [
        [-1.2, 1],
        [2, 2],
      ],
      5000,
      1e-10,
    );
    expect(a).toEqual(b);
  });

  test('reports converged: false when the budget runs out', () => {
    const found = minimize(rosenbrock, [[-1.2, 1]], 10, 1e-10);
    expect(found.converged).toBe(false);
    expect(found.iterations).toBeLessThanOrEqual(10);
  });

  test('treats an Infinity as a bad point and never returns NaN', () => {
    const found = minimize(([x]) => ((x as number) < 0 ? Infinity : ((x as number) - 2) ** 2), [[1]], 1000, 1e-10);
    expect(found.point[0]).toBeCloseTo(2, 8);
  });
});

describe('estimate (maximum likelihood in log-parameters)', () => {
  // The log-likelihood of an exponential sample with rate θ: n ln θ − θ Σx; the MLE is n / Σx.
  const sample = [0.5, 1.5, 2, 4];
  const ll = ([rate]: number[]): number => sample.length * Math.log(rate as number) - (rate as number) * 8;

  test('maximises the likelihood', () => {
    const fit = estimate('test', ['rate'], ll, sample.length, [[0]], {});
    expect(fit.converged).toBe(true);
    expect(fit.theta[0]).toBeCloseTo(0.5, 8);
    expect(fit.penalizer).toBe(0);
  });

  test('the penalty shrinks the estimate, as lifetimes’ penalizer_coef', () => {
    const fit = estimate('test', ['rate'], ll, sample.length, [[0]], { penalizer: 1 });
    // minimise −(ln θ − 2θ) + θ²: 1/θ = 2 + 2θ, θ = (√3 − 1) / 2
    expect(fit.theta[0]).toBeCloseTo((Math.sqrt(3) - 1) / 2, 8);
  });

  test('NOT_CONVERGED says what was tried; onNotConverged: "return" returns the best point instead', () => {
    const error = expectSalesOpsError(() => estimate('fitTest', ['rate'], ll, 4, [[3]], { maxIterations: 2 }), 'NOT_CONVERGED', [
      'summaries',
    ]);
    expect(error.message).toMatch(
      /^summaries: fitTest: not converged \(Nelder–Mead from 1 start\(s\) with restarts, 2 iterations, best objective /,
    );
    const fit = estimate('fitTest', ['rate'], ll, 4, [[3]], { maxIterations: 2, onNotConverged: 'return' });
    expect(fit.converged).toBe(false);
  });

  test('a likelihood without a maximum is NOT_CONVERGED, naming the parameter that runs away', () => {
    // ln L = θ grows without bound.
    const error = expectSalesOpsError(() => estimate('fitTest', ['rate'], ([t]) => t as number, 1, [[0]], {}), 'NOT_CONVERGED');
    expect(error.message).toContain('rate → ∞');
  });

  test('options are validated strictly', () => {
    expectSalesOpsError(() => estimate('t', ['rate'], ll, 4, [[0]], { penaliser: 1 }), 'INVALID_INPUT', ['options', 'penaliser']);
    for (const [key, value] of [
      ['penalizer', -1],
      ['maxIterations', 0],
      ['maxIterations', 1.5],
      ['tolerance', 0],
      ['onNotConverged', 'ignore'],
    ] as const) {
      expectSalesOpsError(() => estimate('t', ['rate'], ll, 4, [[0]], { [key]: value }), 'INVALID_INPUT', ['options', key]);
      expect(FitOptionsSchema.safeParse({ [key]: value }).success).toBe(false);
    }
  });

  test('the options are read as FitOptionsSchema reads them: same verdicts, paths and messages', () => {
    const numbers = BAD_NUMBERS.filter((v) => v !== undefined);
    const bad: unknown[] = [
      undefined,
      null,
      [],
      'x',
      { penaliser: 1 },
      ...[-1, -0.5, ...numbers].map((penalizer) => ({ penalizer })),
      ...[0, -1, 1.5, -0.5, ...numbers].map((maxIterations) => ({ maxIterations })),
      ...[0, -1, ...numbers].map((tolerance) => ({ tolerance })),
      ...['ignore', null, 1].map((onNotConverged) => ({ onNotConverged })),
    ];
    for (const options of bad)
      expectSameFirstIssue(() => estimate('t', ['rate'], ll, 4, [[0]], options), FitOptionsSchema, options, ['options']);
    for (const options of [{}, { penalizer: 0, maxIterations: 1, tolerance: 1e-3, onNotConverged: 'return' }, { penalizer: undefined }]) {
      expect(FitOptionsSchema.safeParse(options).success).toBe(true);
      expect(() => estimate('t', ['rate'], ll, 4, [[0]], options)).not.toThrow();
    }
  });
});
