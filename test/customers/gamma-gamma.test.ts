import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { expectedAverageSpend, fitGammaGamma } from 'salesops-kit/customers';
import { Dec } from '../../src/core/decimal.js';
import { BAD_AMOUNTS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'cdnow');

// cdnow_customers_summary_with_transactions.csv: ID, x, t_x, T, zbar (the mean value of the
// repeat purchases, printed to the cent).
const SUMMARY = readFileSync(join(FIXTURES, 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [id, x, , , zbar] = line.split(',') as [string, string, string, string, string];
    return { id, x: Number(x), monetaryValue: zbar };
  });

/**
 * zbar to full precision, from the 6,919 transactions of CDNOW_sample.txt: per customer, the
 * purchases in the calibration period (to 1997-09-30) summed by day; x is the number of days
 * after the first, zbar the mean of those days' totals.
 */
function exactSummaries(): Array<{ id: string; x: number; monetaryValue: number }> {
  const days = new Map<string, Map<string, number>>();
  for (const line of readFileSync(join(FIXTURES, 'CDNOW_sample.txt'), 'utf8').trim().split(/\r?\n/)) {
    const [, id, date, , amount] = line.trim().split(/\s+/) as [string, string, string, string, string];
    if (date > '19970930') continue;
    const key = String(Number(id));
    const byDay = days.get(key) ?? new Map<string, number>();
    days.set(key, byDay);
    byDay.set(date, (byDay.get(date) ?? 0) + Number(amount));
  }
  return [...days].map(([id, byDay]) => {
    const repeat = [...byDay]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .slice(1)
      .map(([, total]) => total);
    return { id, x: repeat.length, monetaryValue: repeat.length === 0 ? 0 : repeat.reduce((a, b) => a + b, 0) / repeat.length };
  });
}

describe('fitGammaGamma on CDNOW reproduces the published estimates', () => {
  test('p = 6.25, q = 3.74, γ = 15.44 on the repeat buyers’ mean spend', () => {
    // Fader and Hardie (2013), "The Gamma-Gamma Model of Monetary Value" (brucehardie.com/notes/025),
    // fitting the 946 repeat buyers of the CDNOW sample: p = 6.25, q = 3.74, γ = 15.44 (the model of
    // Fader, Hardie and Lee 2005, "RFM and CLV: Using Iso-Value Curves for Customer Base Analysis",
    // JMR 42(4)). The note fits zbar at full precision, so we rebuild it from the transactions; it
    // agrees with the fixture's zbar to the cent for every customer (checked below).
    const exact = exactSummaries();
    const fit = fitGammaGamma(exact);
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(946);
    expect(fit.excluded).toBe(2357 - 946);
    expect(fit.p.toFixed(2)).toBe('6.25');
    expect(fit.q.toFixed(2)).toBe('3.74');
    expect(fit.gamma.toFixed(2)).toBe('15.44');
  });

  test('the rebuilt zbar is the fixture’s zbar to the cent', () => {
    const exact = new Map(exactSummaries().map((s) => [s.id, s]));
    for (const row of SUMMARY) {
      const mine = exact.get(row.id);
      expect(mine?.x).toBe(row.x);
      expect(Math.abs((mine?.monetaryValue ?? NaN) - Number(row.monetaryValue))).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  test('on the fixture’s zbar rounded to cents, γ moves to 15.45 — as lifetimes prints it', () => {
    // lifetimes docs/Quickstart.md fits this very file: "p: 6.25, q: 3.74, v: 15.45". The likelihood
    // is so flat along p·γ/(q − 1) that rounding zbar to cents moves γ in the second decimal.
    const fit = fitGammaGamma(SUMMARY);
    expect(fit.p.toFixed(2)).toBe('6.25');
    expect(fit.q.toFixed(2)).toBe('3.74');
    expect(fit.gamma.toFixed(2)).toBe('15.45');
    // lifetimes' test_estimation.py asserts [6.25, 3.74, 15.44] to "decimal=2" (|Δ| < 0.015).
    expect(Math.abs(fit.gamma - 15.44)).toBeLessThan(0.015);
  });

  test('the check of the assumption: correlation of frequency and spend 0.1139 (lifetimes quickstart)', () => {
    // lifetimes docs/Quickstart.md: returning_customers_summary[['monetary_value', 'frequency']].corr() → 0.113884
    const fit = fitGammaGamma(SUMMARY);
    expect(fit.frequencySpendCorrelation).toBeCloseTo(0.113884, 6);
  });

  test('conditional expected average spend: lifetimes quickstart’s first ten customers', () => {
    // lifetimes docs/Quickstart.md, ggf.conditional_expected_average_profit(...).head(10)
    const expected = [24.658619, 18.911489, 35.170981, 35.170981, 35.170981, 71.462843, 18.911489, 35.170981, 27.282408, 35.170981];
    const fit = fitGammaGamma(SUMMARY);
    SUMMARY.slice(0, 10).forEach((row, i) => {
      expect(Number(expectedAverageSpend(fit, row, { scale: 6 }))).toBeCloseTo(expected[i] as number, 4);
    });
    expect(fit.populationMeanSpend).toBeCloseTo(35.170981, 4);
  });
});

describe('expectedAverageSpend', () => {
  const params = { p: 6.25, q: 3.74, gamma: 15.44 };

  test('is a weighted average of the population mean and the customer’s own mean', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.double({ min: 0.01, max: 1e6, noNaN: true }), (x, m) => {
        const value = Number(expectedAverageSpend(params, { x, monetaryValue: m }, { scale: 10 }));
        const population = (params.p * params.gamma) / (params.q - 1);
        const weight = (params.p * x) / (params.p * x + params.q - 1);
        expect(value).toBeCloseTo((1 - weight) * population + weight * m, 4);
        expect(value).toBeGreaterThanOrEqual(Math.min(population, m) - 1e-6);
        expect(value).toBeLessThanOrEqual(Math.max(population, m) + 1e-6);
      }),
    );
  });

  test('accepts numbers, decimal strings and Decimals alike', () => {
    const a = expectedAverageSpend(params, { x: 3, monetaryValue: 41.5 });
    expect(expectedAverageSpend(params, { x: 3, monetaryValue: '41.50' })).toBe(a);
    expect(expectedAverageSpend(params, { x: 3, monetaryValue: new Dec('41.5') })).toBe(a);
    expect(a).toMatch(/^\d+\.\d{2}$/);
  });

  test('a repeat buyer whose refunds net to 0 gets the limit of the formula: pγ / (px + q − 1)', () => {
    expect(expectedAverageSpend(params, { x: 2, monetaryValue: '0.00' }, { scale: 6 })).toBe(
      ((6.25 * 15.44) / (6.25 * 2 + 3.74 - 1)).toFixed(6),
    );
  });

  test('q must exceed 1 for a finite mean', () => {
    expectSalesOpsError(() => expectedAverageSpend({ ...params, q: 1 }, { x: 1, monetaryValue: 10 }), 'INVALID_INPUT', ['params', 'q']);
    expectSalesOpsError(() => expectedAverageSpend({ ...params, q: 0.5 }, { x: 1, monetaryValue: 10 }), 'INVALID_INPUT', ['params', 'q']);
  });

  test('bad input', () => {
    for (const key of ['p', 'q', 'gamma']) {
      expectRejectsAt((p) => expectedAverageSpend(p as never, { x: 1, monetaryValue: 10 }), params, [key], {
        values: [0, -1, ...BAD_NUMBERS],
        prefix: ['params'],
      });
    }
    const customer = { x: 2, monetaryValue: '22.35' };
    expectRejectsAt((c) => expectedAverageSpend(params, c as never), customer, ['x'], {
      values: [-1, 1.5, ...BAD_NUMBERS],
      prefix: ['customer'],
    });
    expectRejectsAt((c) => expectedAverageSpend(params, c as never), customer, ['monetaryValue'], {
      values: [...BAD_AMOUNTS, '-5', -1, '-0.01'],
      prefix: ['customer'],
    });
    expectSalesOpsError(() => expectedAverageSpend(params, customer, { scale: 21 }), 'INVALID_INPUT', ['options', 'scale']);
    expectSalesOpsError(() => expectedAverageSpend(params, customer, { decimals: 2 } as never), 'INVALID_INPUT', ['options', 'decimals']);
    expectSalesOpsError(() => expectedAverageSpend(params, customer, null as never), 'INVALID_INPUT', ['options']);
  });
});

describe('fitGammaGamma: bad input, errors, purity', () => {
  const data = SUMMARY.slice(0, 60);

  test('paths name the customer and the field', () => {
    expectRejectsAt((d) => fitGammaGamma(d as never), data, [5, 'x'], { values: [-1, 1.5, ...BAD_NUMBERS], prefix: ['summaries'] });
    expectRejectsAt((d) => fitGammaGamma(d as never), data, [5, 'monetaryValue'], { values: BAD_AMOUNTS, prefix: ['summaries'] });
    // Customer 1 (index 0) is a repeat buyer: its mean spend must be positive.
    expectRejectsAt((d) => fitGammaGamma(d as never), data, [0, 'monetaryValue'], { values: [0, '0.00', -3], prefix: ['summaries'] });
    expectSalesOpsError(() => fitGammaGamma('x' as never), 'INVALID_INPUT', ['summaries']);
    expectSalesOpsError(() => fitGammaGamma([{ x: 0, monetaryValue: 0 }]), 'INVALID_INPUT', ['summaries']);
    expectSalesOpsError(() => fitGammaGamma(data, { maxIterations: -1 }), 'INVALID_INPUT', ['options', 'maxIterations']);
  });

  test('NOT_CONVERGED when a handful of customers cannot identify the model', () => {
    const few = [
      { x: 1, monetaryValue: 20 },
      { x: 1, monetaryValue: 55 },
      { x: 1, monetaryValue: 9 },
      { x: 2, monetaryValue: 35.5 },
      { x: 2, monetaryValue: 18 },
      { x: 3, monetaryValue: 30 },
      { x: 4, monetaryValue: 28 },
      { x: 6, monetaryValue: 24 },
      { x: 1, monetaryValue: 80 },
      { x: 3, monetaryValue: 12.25 },
    ];
    const error = expectSalesOpsError(() => fitGammaGamma(few), 'NOT_CONVERGED', ['summaries']);
    expect(error.message).toMatch(/^summaries: fitGammaGamma: /);
    expect(fitGammaGamma(few, { onNotConverged: 'return' }).converged).toBe(false);
    expect(fitGammaGamma(few, { penalizer: 0.001 }).converged).toBe(true);
  });

  test('the correlation is null when it cannot be computed', () => {
    const fit = fitGammaGamma(
      [...SUMMARY.slice(0, 200)].map((r) => ({ ...r, x: r.x > 0 ? 2 : 0 })),
      { onNotConverged: 'return' },
    );
    expect(fit.frequencySpendCorrelation).toBeNull();
  });

  test('purity', () => {
    expectPure(fitGammaGamma, data, {});
    expectPure(expectedAverageSpend, { p: 6.25, q: 3.74, gamma: 15.44 }, { x: 2, monetaryValue: '22.35' }, { scale: 4 });
  });
});
