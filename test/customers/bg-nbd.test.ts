import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  BgNbdCustomerSchema,
  BgNbdParamsSchema,
  expectedPurchases,
  expectedPurchasesOfNewCustomer,
  fitBgNbd,
  probabilityAlive,
  probabilityOfPurchases,
} from 'salesops-kit/customers';
import { hyp2f1, logBeta, logGamma } from '../../src/customers/special-functions.js';
import { BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

// CDNOW: the sample of 2,357 customers of Fader, Hardie and Lee (2005), calibration period of
// 39 weeks, as shipped by lifetimes (test/fixtures/cdnow/README.md).
const CDNOW = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cdnow', 'cdnow_customers_summary.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [id, x, tx, T] = line.split(',').map(Number) as [number, number, number, number];
    return { id, x, tx, T };
  });

// One fit shared by the reference tests (it is deterministic).
const FIT = fitBgNbd(CDNOW);

// The parameters as printed by Fader, Hardie and Lee (2005), for examples that use them directly.
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

describe('fitBgNbd on CDNOW reproduces the published estimates', () => {
  test('r = 0.243, α = 4.414, a = 0.793, b = 2.426 and LL = −9582.4, to the precision printed', () => {
    // Fader, Hardie and Lee (2005), "Counting Your Customers the Easy Way: An Alternative to the
    // Pareto/NBD Model", Marketing Science 24(2), 275–284, section 7 (the CDNOW application):
    // r = 0.243, α = 4.414, a = 0.793, b = 2.426, log-likelihood −9582.4. The same figures are in
    // Fader, Hardie and Lee, "Implementing the BG/NBD Model for Customer Base Analysis in Excel"
    // (2005, brucehardie.com/notes/004), and lifetimes' test_estimation.py asserts them to 3 decimals.
    expect(FIT.converged).toBe(true);
    expect(FIT.r.toFixed(3)).toBe('0.243');
    expect(FIT.alpha.toFixed(3)).toBe('4.414');
    expect(FIT.a.toFixed(3)).toBe('0.793');
    expect(FIT.b.toFixed(3)).toBe('2.426');
    expect(FIT.logLikelihood.toFixed(1)).toBe('-9582.4');
    expect(FIT.customers).toBe(2357);
    expect(FIT.penalizer).toBe(0);
  });

  test('and lifetimes’ own estimates to 5 decimals', () => {
    // lifetimes docs/Quickstart.md, `bgf.summary` on the same file:
    // r 0.242593, alpha 4.413532, a 0.792886, b 2.425752.
    expect(FIT.r).toBeCloseTo(0.242593, 5);
    expect(FIT.alpha).toBeCloseTo(4.413532, 5);
    expect(FIT.a).toBeCloseTo(0.792886, 5);
    expect(FIT.b).toBeCloseTo(2.425752, 5);
  });

  test('the reported log-likelihood is eq. (6) summed, at the reported parameters', () => {
    // Recomputed here term by term, as in the Excel note (A1·A2·(A3 + δ A4)), in plain logs.
    const { r, alpha, a, b } = FIT;
    let ll = 0;
    for (const { x, tx, T } of CDNOW) {
      const lnA1 = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
      const lnA2 = logGamma(a + b) + logGamma(b + x) - logGamma(b) - logGamma(a + b + x);
      const A3 = Math.exp(-(r + x) * Math.log(alpha + T));
      const A4 = x > 0 ? (a / (b + x - 1)) * Math.exp(-(r + x) * Math.log(alpha + tx)) : 0;
      ll += lnA1 + lnA2 + Math.log(A3 + A4);
    }
    expect(FIT.logLikelihood).toBeCloseTo(ll, 6);
  });

  test('does not depend on the time unit: days instead of weeks scale α by 7 and nothing else', () => {
    const days = fitBgNbd(CDNOW.map(({ x, tx, T }) => ({ x, tx: tx * 7, T: T * 7 })));
    expect(days.r).toBeCloseTo(FIT.r, 5);
    expect(days.alpha / 7).toBeCloseTo(FIT.alpha, 4);
    expect(days.a).toBeCloseTo(FIT.a, 5);
    expect(days.b).toBeCloseTo(FIT.b, 4);
    // The density of times measured in days is 1/7 of that in weeks, once per repeat purchase.
    const repeat = CDNOW.reduce((sum, c) => sum + c.x, 0);
    expect(days.logLikelihood).toBeCloseTo(FIT.logLikelihood - repeat * Math.log(7), 4);
  });

  test('is deterministic', () => {
    expect(fitBgNbd(CDNOW.slice(0, 800))).toEqual(fitBgNbd(CDNOW.slice(0, 800)));
  });
});

describe('predictions reproduce published and documented values', () => {
  test('conditional expectation of customer 0001 over the next 39 weeks: 1.226 (eq. 10)', () => {
    // Fader, Hardie and Lee's Excel workbook bgnbd.xls (brucehardie.com/notes/004), as asserted by
    // lifetimes' test_estimation.py ("returns same value as Hardie excel sheet"): x = 2,
    // t_x = 30.43, T = 38.86, t = 39 → 1.226.
    expect(expectedPurchases(FIT, { x: 2, tx: 30.43, T: 38.86 }, 39)).toBeCloseTo(1.226, 3);
  });

  test('expected repeat purchases of a new customer (eq. 9)', () => {
    // The same workbook via lifetimes' test_estimation.py: t = 0.1429, 1, 3, 31.8571, 32, 78 →
    // 0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576.
    const times = [0.1429, 1, 3, 31.8571, 32, 78];
    const expected = [0.0078, 0.0532, 0.1506, 1.0405, 1.0437, 1.8576];
    // lifetimes checks 3 decimals: the workbook's Solver optimum differs from ours in the 4th.
    times.forEach((t, i) => expect(expectedPurchasesOfNewCustomer(FIT, t)).toBeCloseTo(expected[i] as number, 3));
  });

  test('the five customers lifetimes’ quickstart ranks highest for the next week', () => {
    // lifetimes docs/Quickstart.md, "Ranking customers from best to worst", t = 1 week.
    const cases: Array<[number, number, number, number]> = [
      [18, 35.14, 35.86, 0.424877],
      [19, 34.0, 34.14, 0.474738],
      [17, 28.43, 28.86, 0.486526],
      [29, 37.71, 38.0, 0.662396],
      [26, 30.86, 31.0, 0.710623],
    ];
    for (const [x, tx, T, expected] of cases) expect(expectedPurchases(FIT, { x, tx, T }, 1)).toBeCloseTo(expected, 5);
  });

  test('P(alive) is the share of the likelihood that the customer is alive (FHL 2005, eq. A2)', () => {
    // Computed independently from the two terms of eq. (6): the customer alive at T, or dropped
    // out after the last purchase.
    const { r, alpha, a, b } = PUBLISHED;
    for (const [x, tx, T] of [
      [2, 30.43, 38.86],
      [7, 29.43, 38.86],
      [1, 1.71, 38.86],
      [30, 20, 38],
    ] as const) {
      const common = logGamma(r + x) - logGamma(r) + r * Math.log(alpha);
      const alive = Math.exp(common + logBeta(a, b + x) - logBeta(a, b) - (r + x) * Math.log(alpha + T));
      const dropped = Math.exp(common + logBeta(a + 1, b + x - 1) - logBeta(a, b) - (r + x) * Math.log(alpha + tx));
      expect(probabilityAlive(PUBLISHED, { x, tx, T })).toBeCloseTo(alive / (alive + dropped), 12);
    }
  });

  test('a customer with no repeat purchase is alive (lifetimes: conditional_probability_alive(0, …) == 1)', () => {
    expect(probabilityAlive(FIT, { x: 0, tx: 0, T: 38.86 })).toBe(1);
    expect(probabilityAlive(FIT, { x: 0, tx: 0, T: 0 })).toBe(1);
  });

  test('the stable form of eq. (10) equals eq. (10) as printed, with ₂F₁ summed directly', () => {
    // E = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(alive)
    for (const params of [PUBLISHED, { r: 1.3, alpha: 20, a: 2.5, b: 0.4 }, { r: 0.05, alpha: 0.8, a: 0.3, b: 9 }]) {
      const { r, alpha, a, b } = params;
      for (const [x, tx, T, t] of [
        [0, 0, 10, 5],
        [2, 30.43, 38.86, 39],
        [12, 50, 52, 104],
        [1, 0.5, 3, 200],
      ] as const) {
        const z = t / (alpha + T + t);
        const printed =
          ((a + b + x - 1) / (a - 1)) *
          (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)) *
          probabilityAlive(params, { x, tx, T });
        const stable = expectedPurchases(params, { x, tx, T }, t);
        expect(Math.abs(stable - printed)).toBeLessThan(1e-10 * Math.max(1, printed));
      }
    }
  });

  test('extreme parameters: matches eq. (10) and eq. (8) evaluated in 60- and 150-digit arithmetic', () => {
    // References computed for this test with mpmath 1.3 (Python), mp.dps = 60 for eq. (10)
    // (mpmath.hyp2f1) and 150 for eq. (8), whose printed form 1 − Σ loses every digit here.
    const cases: Array<[{ r: number; alpha: number; a: number; b: number }, [number, number, number], number, number]> = [
      [{ r: 10, alpha: 3, a: 0.5, b: 0.5 }, [20, 4, 30], 2000, 8.423115323369966e-17],
      [{ r: 25, alpha: 50, a: 0.2, b: 0.3 }, [5, 9, 10], 100, 33.66290049110641],
      [{ r: 0.01, alpha: 0.5, a: 5, b: 0.1 }, [0, 0, 0], 2000, 0.081321915203014784],
      [{ r: 3, alpha: 2, a: 1.0000001, b: 1.5 }, [200, 50, 52], 100, 18.294213455790808],
    ];
    for (const [params, [x, tx, T], t, reference] of cases) {
      expect(Math.abs(expectedPurchases(params, { x, tx, T }, t) / reference - 1)).toBeLessThan(1e-10);
    }
    const tiny = probabilityOfPurchases({ r: 25, alpha: 50, a: 0.2, b: 0.3 }, 50, 1);
    expect(Math.abs(tiny / 1.2165265604585879e-67 - 1)).toBeLessThan(1e-12);
  });

  test('no 0/0 at a = 1, where the printed eq. (10) divides by a − 1', () => {
    const customer = { x: 3, tx: 20, T: 30 };
    const at = (a: number): number => expectedPurchases({ r: 0.5, alpha: 5, a, b: 2 }, customer, 52);
    const exact = at(1);
    expect(Number.isFinite(exact)).toBe(true);
    expect(exact).toBeCloseTo((at(1 - 1e-6) + at(1 + 1e-6)) / 2, 9);
    expect(expectedPurchasesOfNewCustomer({ r: 0.5, alpha: 5, a: 1, b: 2 }, 52)).toBeGreaterThan(0);
  });

  test('probabilityOfPurchases (eq. 8) sums to 1 and its mean is eq. (9)', () => {
    for (const [params, t] of [
      [FIT, 39],
      [FIT, 78],
      [{ r: 3, alpha: 0.5, a: 0.9, b: 4 }, 10],
    ] as const) {
      let total = 0;
      let mean = 0;
      for (let n = 0; n < 5000 && total < 1 - 1e-14; n += 1) {
        const p = probabilityOfPurchases(params, n, t);
        expect(p).toBeGreaterThanOrEqual(0);
        total += p;
        mean += n * p;
      }
      expect(total).toBeCloseTo(1, 10);
      expect(mean).toBeCloseTo(expectedPurchasesOfNewCustomer(params, t), 8);
    }
    expect(probabilityOfPurchases(FIT, 0, 0)).toBe(1);
    expect(probabilityOfPurchases(FIT, 3, 0)).toBe(0);
  });
});

describe('robust to large x and T', () => {
  test('P(alive) and expectations stay finite, no overflow, no NaN', () => {
    const params = { r: 0.8, alpha: 2, a: 0.5, b: 3 };
    for (const customer of [
      { x: 100_000, tx: 9_000, T: 10_000 },
      { x: 100_000, tx: 9_999.9, T: 10_000 },
      { x: 5_000_000, tx: 1e6, T: 1e6 },
      { x: 1, tx: 1e-9, T: 1e9 },
    ]) {
      const alive = probabilityAlive(params, customer);
      const expected = expectedPurchases(params, customer, 365);
      expect(Number.isFinite(alive) && alive >= 0 && alive <= 1).toBe(true);
      expect(Number.isFinite(expected) && expected >= 0).toBe(true);
    }
    // A heavy buyer silent for 10% of a long history is almost surely gone; one who bought at the end is not.
    expect(probabilityAlive(params, { x: 100_000, tx: 9_000, T: 10_000 })).toBeLessThan(1e-300);
    expect(probabilityAlive(params, { x: 100_000, tx: 10_000, T: 10_000 })).toBeGreaterThan(0.99);
    expect(probabilityOfPurchases(params, 50_000, 1e6)).toBeGreaterThanOrEqual(0);
  });

  test('the fit copes with very large x and T', () => {
    const data = [
      ...Array.from({ length: 30 }, (_, i) => ({ x: 2_000 + 100 * i, tx: 9_000 + 30 * i, T: 10_000 })),
      ...Array.from({ length: 30 }, (_, i) => ({ x: 50 + i, tx: 1_000 + 100 * i, T: 10_000 })),
      ...Array.from({ length: 20 }, () => ({ x: 0, tx: 0, T: 10_000 })),
    ];
    const fit = fitBgNbd(data, { penalizer: 0.001, onNotConverged: 'return' });
    for (const v of [fit.r, fit.alpha, fit.a, fit.b, fit.logLikelihood]) expect(Number.isFinite(v)).toBe(true);
  });
});

describe('properties', () => {
  const params = fc.record({
    r: fc.double({ min: 0.01, max: 20, noNaN: true }),
    alpha: fc.double({ min: 0.1, max: 100, noNaN: true }),
    a: fc.double({ min: 0.05, max: 20, noNaN: true }),
    b: fc.double({ min: 0.05, max: 20, noNaN: true }),
  });
  // Histories of up to 200 repeat purchases over up to 10 years of weeks, the last purchase at least
  // 5 % into the history. (A history far more damning than that has a P(alive) below 1e−308,
  // which a double cannot hold: it underflows to 0 — see 'robust to large x and T'.)
  const history = fc
    .tuple(fc.integer({ min: 0, max: 200 }), fc.double({ min: 0.01, max: 520, noNaN: true }), fc.double({ min: 0.05, max: 1, noNaN: true }))
    .map(([x, T, share]) => ({ x, tx: x === 0 ? 0 : T * share, T }));

  test('P(alive) is in (0, 1]', () => {
    fc.assert(
      fc.property(params, history, (p, c) => {
        const value = probabilityAlive(p, c);
        expect(value).toBeGreaterThan(0);
        expect(value).toBeLessThanOrEqual(1);
      }),
    );
  });

  test('a more recent last purchase (higher tx, same x and T) never lowers P(alive)', () => {
    fc.assert(
      fc.property(params, history, fc.double({ min: 0, max: 1, noNaN: true }), (p, c, step) => {
        fc.pre(c.x > 0);
        const later = { ...c, tx: c.tx + (c.T - c.tx) * step };
        expect(probabilityAlive(p, later)).toBeGreaterThanOrEqual(probabilityAlive(p, c));
      }),
    );
  });

  test('expected purchases grow with the horizon', () => {
    fc.assert(
      fc.property(
        params,
        history,
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (p, c, t1, t2) => {
          const [short, long] = t1 <= t2 ? [t1, t2] : [t2, t1];
          const a = expectedPurchases(p, c, short);
          const b = expectedPurchases(p, c, long);
          expect(Number.isFinite(a) && a >= 0).toBe(true);
          expect(b).toBeGreaterThanOrEqual(a * (1 - 1e-12));
        },
      ),
    );
  });

  test('a new customer’s expected purchases grow with time, from 0 at t = 0', () => {
    fc.assert(
      fc.property(params, fc.double({ min: 0, max: 1000, noNaN: true }), (p, t) => {
        expect(expectedPurchasesOfNewCustomer(p, t + 1)).toBeGreaterThanOrEqual(expectedPurchasesOfNewCustomer(p, t));
      }),
    );
    expect(expectedPurchasesOfNewCustomer(PUBLISHED, 0)).toBe(0);
  });
});

describe('bad input throws SalesOpsError with the path', () => {
  const customer = { x: 2, tx: 30.43, T: 38.86 };
  const notWhole = [-1, 1.5, ...BAD_NUMBERS];
  const notDuration = [-1, -1e-9, ...BAD_NUMBERS];
  const notPositive = [0, -1, ...BAD_NUMBERS];

  test('history fields: negative, non-integer x, non-finite, wrong types', () => {
    const call = (c: unknown): unknown => probabilityAlive(PUBLISHED, c as never);
    expectRejectsAt(call, customer, ['x'], { values: notWhole, prefix: ['customer'] });
    expectRejectsAt(call, customer, ['tx'], { values: notDuration, prefix: ['customer'] });
    expectRejectsAt(call, customer, ['T'], { values: notDuration, prefix: ['customer'] });
    expectSalesOpsError(() => call(null), 'INVALID_INPUT', ['customer']);
    expectSalesOpsError(() => call(42), 'INVALID_INPUT', ['customer']);
  });

  test('inconsistent histories: tx > T, tx ≠ 0 without repeat purchases, tx = 0 with them', () => {
    for (const bad of [
      { x: 2, tx: 40, T: 38.86 },
      { x: 0, tx: 3, T: 38.86 },
      { x: 2, tx: 0, T: 38.86 },
    ]) {
      expectSalesOpsError(() => probabilityAlive(PUBLISHED, bad), 'INVALID_INPUT', ['customer', 'tx']);
      expectSalesOpsError(() => expectedPurchases(PUBLISHED, bad, 10), 'INVALID_INPUT', ['customer', 'tx']);
    }
  });

  test('parameters must be finite numbers greater than 0', () => {
    for (const key of ['r', 'alpha', 'a', 'b']) {
      expectRejectsAt((p) => probabilityAlive(p as never, customer), PUBLISHED, [key], { values: notPositive, prefix: ['params'] });
      expectRejectsAt((p) => expectedPurchasesOfNewCustomer(p as never, 5), PUBLISHED, [key], { values: notPositive, prefix: ['params'] });
    }
    expectSalesOpsError(() => probabilityAlive(undefined as never, customer), 'INVALID_INPUT', ['params']);
  });

  test('horizons and counts', () => {
    for (const t of notDuration) {
      expectSalesOpsError(() => expectedPurchases(PUBLISHED, customer, t as never), 'INVALID_INPUT', ['t']);
      expectSalesOpsError(() => expectedPurchasesOfNewCustomer(PUBLISHED, t as never), 'INVALID_INPUT', ['t']);
      expectSalesOpsError(() => probabilityOfPurchases(PUBLISHED, 1, t as never), 'INVALID_INPUT', ['t']);
    }
    for (const n of [...notWhole, 1e7 + 1])
      expectSalesOpsError(() => probabilityOfPurchases(PUBLISHED, n as never, 5), 'INVALID_INPUT', ['n']);
  });

  test('fitBgNbd: the path names the customer and the field', () => {
    const data = CDNOW.slice(0, 20).map(({ x, tx, T }) => ({ x, tx, T }));
    expectRejectsAt((d) => fitBgNbd(d), data, [7, 'x'], { values: notWhole, prefix: ['summaries'] });
    expectRejectsAt((d) => fitBgNbd(d), data, [3, 'T'], { values: notDuration, prefix: ['summaries'] });
    expectSalesOpsError(() => fitBgNbd([]), 'INVALID_INPUT', ['summaries']);
    expectSalesOpsError(() => fitBgNbd('x' as never), 'INVALID_INPUT', ['summaries']);
    expectSalesOpsError(() => fitBgNbd(data, { penaliser: 1 } as never), 'INVALID_INPUT', ['options', 'penaliser']);
  });

  test('the exported schemas reject exactly what the functions reject', () => {
    const histories: unknown[] = [
      customer,
      { x: 0, tx: 0, T: 0 },
      ...notWhole.map((x) => ({ ...customer, x })),
      ...notDuration.map((tx) => ({ ...customer, tx })),
      ...notDuration.map((T) => ({ ...customer, T })),
      { x: 2, tx: 40, T: 38.86 },
      { x: 0, tx: 3, T: 38.86 },
      { x: 2, tx: 0, T: 38.86 },
      null,
      'abc',
    ];
    for (const h of histories) {
      let rejected = false;
      try {
        probabilityAlive(PUBLISHED, h as never);
      } catch {
        rejected = true;
      }
      expect(BgNbdCustomerSchema.safeParse(h).success, String(h && typeof h === 'object' ? Object.values(h) : h)).toBe(!rejected);
    }
    for (const v of notPositive) {
      for (const key of ['r', 'alpha', 'a', 'b']) {
        expect(BgNbdParamsSchema.safeParse({ ...PUBLISHED, [key]: v }).success).toBe(false);
      }
    }
    expect(BgNbdParamsSchema.safeParse(FIT).success).toBe(true);
  });
});

describe('NOT_CONVERGED', () => {
  test('when the data cannot identify the model, the error says what was tried', () => {
    // Eight customers: the likelihood keeps growing as a and b go to infinity together.
    const few = [
      { x: 0, tx: 0, T: 30 },
      { x: 1, tx: 12, T: 30 },
      { x: 4, tx: 6, T: 30 },
      { x: 3, tx: 28, T: 30 },
      { x: 2, tx: 8, T: 25 },
      { x: 0, tx: 0, T: 20 },
      { x: 5, tx: 19, T: 20 },
      { x: 6, tx: 9, T: 28 },
    ];
    const error = expectSalesOpsError(() => fitBgNbd(few), 'NOT_CONVERGED', ['summaries']);
    expect(error.message).toMatch(/^summaries: fitBgNbd: /);
    expect(error.message).toMatch(
      /no maximum \(Nelder–Mead from 2 start\(s\) with restarts, \d+ iterations\): the likelihood keeps growing as b → ∞/,
    );
    const returned = fitBgNbd(few, { onNotConverged: 'return' });
    expect(returned.converged).toBe(false);
    expect(fitBgNbd(few, { penalizer: 0.01 }).converged).toBe(true);
  });

  test('without any repeat purchase there is nothing to fit', () => {
    const error = expectSalesOpsError(
      () =>
        fitBgNbd([
          { x: 0, tx: 0, T: 10 },
          { x: 0, tx: 0, T: 20 },
        ]),
      'NOT_CONVERGED',
      ['summaries'],
    );
    expect(error.message).toContain('fitBgNbd');
  });

  test('a horizon absurdly long for the customer’s age cannot be summed: NOT_CONVERGED at t', () => {
    expectSalesOpsError(() => expectedPurchases(PUBLISHED, { x: 0, tx: 0, T: 0 }, 1e12), 'NOT_CONVERGED', ['t']);
    expectSalesOpsError(() => expectedPurchasesOfNewCustomer(PUBLISHED, 1e12), 'NOT_CONVERGED', ['t']);
    expectSalesOpsError(() => probabilityOfPurchases({ ...PUBLISHED, alpha: 1e-6 }, 3_000_000, 10), 'NOT_CONVERGED', ['t']);
  });

  test('a tiny iteration budget', () => {
    const error = expectSalesOpsError(() => fitBgNbd(CDNOW.slice(0, 100), { maxIterations: 5 }), 'NOT_CONVERGED');
    expect(error.message).toContain('not converged (Nelder–Mead from 2 start(s) with restarts, 5 iterations');
  });
});

describe('purity', () => {
  test('inputs are not mutated, frozen inputs work, results are JSON-safe and repeatable', () => {
    const data = CDNOW.slice(0, 300).map(({ x, tx, T }) => ({ x, tx, T }));
    expectPure(fitBgNbd, data, {});
    expectPure(probabilityAlive, { ...PUBLISHED }, { x: 2, tx: 30.43, T: 38.86 });
    expectPure(expectedPurchases, { ...PUBLISHED }, { x: 2, tx: 30.43, T: 38.86 }, 52);
    expectPure(expectedPurchasesOfNewCustomer, { ...PUBLISHED }, 52);
    expectPure(probabilityOfPurchases, { ...PUBLISHED }, 2, 52);
  });
});
