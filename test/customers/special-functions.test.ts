import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hyp2f1, hypergeometricSeries, logBeta, logGamma, logSumExp } from '../../src/customers/special-functions.js';
import { expectSalesOpsError } from '../helpers/bad-input.js';

/** |actual − expected| ≤ tolerance × max(1, |expected|). */
function close(actual: number, expected: number, tolerance = 1e-14): void {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

describe('logGamma', () => {
  test('matches published values of Γ', () => {
    // Abramowitz and Stegun (1964), Table 6.1 and eqs. 6.1.8–6.1.11; DLMF 5.4.6 (Γ(1/2) = √π).
    close(logGamma(0.5), Math.log(Math.sqrt(Math.PI)));
    close(logGamma(1), 0);
    close(logGamma(2), 0);
    close(logGamma(1 / 3), Math.log(2.678938534707747633));
    close(logGamma(0.25), Math.log(3.625609908221908311));
    close(logGamma(1.5), Math.log(0.886226925452758014));
    close(logGamma(10), Math.log(362880));
    // ln(99!) = 359.13420536957539878… (Γ(100) = 99!)
    close(logGamma(100), 359.1342053695754);
    // ln Γ(1e6) by Stirling to many digits: (n − ½) ln n − n + ½ ln 2π + 1/(12n)
    close(logGamma(1e6), 12815504.569147612, 1e-15);
  });

  test('agrees with the recurrence Γ(x + 1) = x Γ(x) over many magnitudes', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-8, max: 1e8, noNaN: true }), (x) => {
        close(logGamma(x + 1), logGamma(x) + Math.log(x), 1e-13);
      }),
    );
  });

  test('logBeta is symmetric and B(1, b) = 1/b', () => {
    close(logBeta(2.5, 0.7), logBeta(0.7, 2.5));
    close(logBeta(1, 4), -Math.log(4));
    close(logBeta(0.5, 0.5), Math.log(Math.PI));
  });
});

describe('logSumExp', () => {
  test('never overflows and handles −∞', () => {
    close(logSumExp(1000, 1000), 1000 + Math.LN2);
    close(logSumExp(-1000, -1001), -1000 + Math.log1p(Math.exp(-1)));
    expect(logSumExp(-Infinity, 3)).toBe(3);
    expect(logSumExp(3, -Infinity)).toBe(3);
  });
});

describe('hyp2f1 against the closed forms of DLMF §15.4', () => {
  const zs = [-9, -2.5, -1, -0.3, 0, 0.1, 0.5, 0.75, 0.9, 0.99];

  test('₂F₁(1, 1; 2; z) = −ln(1 − z) / z (DLMF 15.4.1)', () => {
    for (const z of zs.filter((v) => v !== 0)) close(hyp2f1(1, 1, 2, z), -Math.log1p(-z) / z, 1e-13);
  });

  test('₂F₁(a, b; b; z) = (1 − z)^(−a) (DLMF 15.4.6), where Euler’s transformation is used', () => {
    for (const z of zs) for (const a of [0.24, 1.7, 12.5]) close(hyp2f1(a, 2.43, 2.43, z), (1 - z) ** -a, 1e-13);
  });

  test('₂F₁(½, 1; 3/2; −z²) = arctan(z) / z (DLMF 15.4.3), through Pfaff’s transformation', () => {
    for (const z of [0.2, 1, 3, 10]) close(hyp2f1(0.5, 1, 1.5, -z * z), Math.atan(z) / z, 1e-13);
  });

  test('₂F₁(½, ½; 3/2; z²) = arcsin(z) / z (DLMF 15.4.4)', () => {
    for (const z of [0.1, 0.5, 0.9, 0.99]) close(hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z, 1e-13);
  });

  test('₂F₁(1, 1; 3/2; z²) = arcsin(z) / (z √(1 − z²)), c − a − b < 0 (DLMF 15.4.4 differentiated)', () => {
    for (const z of [0.1, 0.5, 0.9, 0.995]) close(hyp2f1(1, 1, 1.5, z * z), Math.asin(z) / (z * Math.sqrt(1 - z * z)), 1e-12);
  });

  test('₂F₁(a, 1 − a; 3/2; sin² x) = sin((2a − 1)x) / ((2a − 1) sin x) (DLMF 15.4.16)', () => {
    for (const a of [0.3, 2.2]) {
      for (const x of [0.3, 1, 1.5])
        close(hyp2f1(a, 1 - a, 1.5, Math.sin(x) ** 2), Math.sin((2 * a - 1) * x) / ((2 * a - 1) * Math.sin(x)), 1e-12);
    }
  });

  test('a terminating series (a a negative integer) is a polynomial', () => {
    // ₂F₁(−2, b; c; z) = 1 − 2bz/c + b(b + 1)z²/(c(c + 1))
    const [b, c, z] = [1.5, 2.5, 0.7];
    close(hyp2f1(-2, b, c, z), 1 - (2 * b * z) / c + (b * (b + 1) * z * z) / (c * (c + 1)));
  });

  test('a z absurdly close to 1 is NOT_CONVERGED, not a wrong number', () => {
    expectSalesOpsError(() => hypergeometricSeries(0.5, 1, 1.5, 1 - 1e-9, ['t']), 'NOT_CONVERGED', ['t']);
  });
});
