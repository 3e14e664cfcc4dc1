/**
 * Customer value prediction: the BG/NBD fit on CDNOW and predictions for a million customers,
 * each beside a plain-number baseline doing the same job the way a straightforward port of
 * lifetimes would (no grouping, no log-sum-exp, the printed formulas with a direct ₂F₁ series,
 * no input validation).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expectedPurchases, fitBgNbd, fitGammaGamma, probabilityAlive, rankCustomersByValue } from '../../src/customers/index.js';
import { minimize } from '../../src/customers/minimize.js';
import { logGamma } from '../../src/customers/special-functions.js';
import type { BenchCase } from './harness.js';

interface History {
  customerId: string;
  x: number;
  tx: number;
  T: number;
  monetaryValue: number;
}

const CDNOW: History[] = readFileSync(
  join(import.meta.dirname, '..', 'fixtures', 'cdnow', 'cdnow_customers_summary_with_transactions.csv'),
  'utf8',
)
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [id, x, tx, T, zbar] = line.split(',') as [string, string, string, string, string];
    return { customerId: id, x: Number(x), tx: Number(tx), T: Number(T), monetaryValue: Number(zbar) };
  });

const PARAMS = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const MODELS = { bgNbd: PARAMS, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 } };

/** Deterministic CDNOW-like histories in weeks (a linear congruential generator, fixed seed). */
function histories(n: number): History[] {
  let seed = 20260101;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: n }, (_, i) => {
    const T = 27 + 12 * next();
    const x = next() < 0.6 ? 0 : Math.floor(-Math.log(1 - next()) * 4) + 1;
    const tx = x === 0 ? 0 : T * (0.05 + 0.95 * next());
    return { customerId: String(i), x, tx, T, monetaryValue: x === 0 ? 0 : 5 + 100 * next() };
  });
}

/** The BG/NBD log-likelihood as a direct port of lifetimes computes it: per customer, no grouping. */
function naiveLogLikelihood(data: History[], [r, alpha, a, b]: number[]): number {
  let sum = 0;
  for (const { x, tx, T } of data) {
    const A1 = logGamma((r as number) + x) - logGamma(r as number) + (r as number) * Math.log(alpha as number);
    const A2 =
      logGamma((a as number) + (b as number)) +
      logGamma((b as number) + x) -
      logGamma(b as number) -
      logGamma((a as number) + (b as number) + x);
    const A3 = -((r as number) + x) * Math.log((alpha as number) + T);
    const A4 =
      Math.log(a as number) - Math.log((b as number) + Math.max(x, 1) - 1) - ((r as number) + x) * Math.log(tx + (alpha as number));
    sum += A1 + A2 + Math.log(Math.exp(A3) + (x > 0 ? Math.exp(A4) : 0));
  }
  return sum;
}

/** ₂F₁ by its plain power series. */
function naiveHyp2f1(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < 10_000 && Math.abs(term) > 1e-15 * Math.abs(sum); n += 1) {
    term *= ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    sum += term;
  }
  return sum;
}

/** P(alive) and eq. (10) as printed, plain numbers. */
function naivePredict({ r, alpha, a, b }: typeof PARAMS, { x, tx, T }: History, t: number): [number, number] {
  const odds = x > 0 ? (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x) : 0;
  const alive = 1 / (1 + odds);
  const z = t / (alpha + T + t);
  const numerator =
    ((a + b + x - 1) / (a - 1)) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * naiveHyp2f1(r + x, b + x, a + b + x - 1, z));
  return [alive, numerator * alive];
}

export const cases: BenchCase[] = [
  {
    name: 'fitBgNbd on CDNOW (2,357 customers, to r = 0.243, α = 4.414, a = 0.793, b = 2.426)',
    run: () => fitBgNbd(CDNOW),
    baseline: {
      name: 'same Nelder–Mead on a naive per-customer log-likelihood (lifetimes style)',
      run: () => minimize((logs) => -naiveLogLikelihood(CDNOW, logs.map(Math.exp)) / CDNOW.length, [[0, 0, 0, 0]], 5000, 1e-8),
    },
    budgetMs: 300,
  },
  {
    name: 'P(alive) and expected purchases in 52 weeks for 1,000,000 customers (validated)',
    setup: () => histories(1_000_000),
    run: (data: History[]) => {
      let total = 0;
      for (const customer of data) total += probabilityAlive(PARAMS, customer) + expectedPurchases(PARAMS, customer, 52);
      return total;
    },
    baseline: {
      name: 'the printed formulas, direct ₂F₁ series, no validation',
      run: (data: History[]) => {
        let total = 0;
        for (const customer of data) {
          const [alive, expected] = naivePredict(PARAMS, customer, 52);
          total += alive + expected;
        }
        return total;
      },
    },
    budgetMs: 1000,
  },
  {
    name: 'fitGammaGamma on CDNOW (946 repeat buyers)',
    run: () => fitGammaGamma(CDNOW),
    baseline: {
      name: 'the Gamma-Gamma log-likelihood evaluated 300 times (plain loop)',
      run: () => {
        let total = 0;
        for (let k = 0; k < 300; k += 1) {
          const [p, q, g] = [6.25 + k * 1e-4, 3.74, 15.44];
          for (const { x, monetaryValue: m } of CDNOW) {
            if (x === 0) continue;
            total +=
              logGamma(p * x + q) -
              logGamma(p * x) -
              logGamma(q) +
              q * Math.log(g) +
              (p * x - 1) * Math.log(m) +
              p * x * Math.log(x) -
              (p * x + q) * Math.log(x * m + g);
          }
        }
        return total;
      },
    },
  },
  {
    name: 'rankCustomersByValue for 100,000 customers (12 monthly CLV terms each, sorted, formatted)',
    setup: () => histories(100_000),
    run: (data: History[]) => rankCustomersByValue(MODELS, data, { periodUnit: 'week' }),
    baseline: {
      name: 'the printed formulas month by month, sorted, toFixed(2)',
      run: (data: History[]) => {
        const perMonth = 365.25 / 84;
        const rows = data.map((c) => {
          let before = 0;
          let clv = 0;
          const spend = (6.25 * (15.44 + c.x * c.monetaryValue)) / (6.25 * c.x + 3.74 - 1);
          for (let m = 1; m <= 12; m += 1) {
            const [, cumulative] = naivePredict(PARAMS, c, m * perMonth);
            clv += ((cumulative - before) * spend) / 1.01 ** m;
            before = cumulative;
          }
          return { id: c.customerId, clv };
        });
        rows.sort((u, v) => v.clv - u.clv);
        return rows.map((r) => [r.id, r.clv.toFixed(2)]);
      },
    },
  },
];
