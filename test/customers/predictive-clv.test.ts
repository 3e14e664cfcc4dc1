import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  CustomerValueOptionsSchema,
  customerLifetimeValue,
  expectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  rankCustomersByValue,
} from 'salesops-kit/customers';
import { Dec } from '../../src/core/decimal.js';
import { BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';
import { expectSameFirstIssue } from '../helpers/schema-agreement.js';

const SUMMARY = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'cdnow', 'cdnow_customers_summary_with_transactions.csv'), 'utf8')
  .trim()
  .split(/\r?\n/)
  .slice(1)
  .map((line) => {
    const [id, x, tx, T, zbar] = line.split(',') as [string, string, string, string, string];
    return { customerId: id, x: Number(x), tx: Number(tx), T: Number(T), monetaryValue: zbar };
  });

// lifetimes' quickstart refits both models on this file before computing CLV.
const MODELS = { bgNbd: fitBgNbd(SUMMARY), gammaGamma: fitGammaGamma(SUMMARY) };
const PUBLISHED = { bgNbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, gammaGamma: { p: 6.25, q: 3.74, gamma: 15.44 } };
const CUSTOMER_1 = { x: 2, tx: 30.43, T: 38.86, monetaryValue: '22.35' };

describe('customerLifetimeValue', () => {
  test('reproduces lifetimes’ quickstart — and shows the unit mistake it makes', () => {
    // lifetimes docs/Quickstart.md: ggf.customer_lifetime_value(bgf, …, time=12, discount_rate=0.01)
    // on CDNOW → customers 1, 2, 3, 6, 7, 9: 140.096211, 18.943467, 38.180574, 1003.868107,
    // 28.109683, 167.418216. It uses lifetimes' default freq="D" (a month = 30 periods) on data in
    // weeks, so its "12 months" are 360 weeks. Telling our function the same thing reproduces it:
    const asLifetimes = { periodUnit: 'day', periodsPerMonth: 30 } as const;
    const expected: Array<[number, string]> = [
      [0, '140.10'],
      [1, '18.94'],
      [2, '38.18'],
      [5, '1003.87'],
      [6, '28.11'],
      [8, '167.42'],
    ];
    for (const [i, clv] of expected) expect(customerLifetimeValue(MODELS, SUMMARY[i] as never, asLifetimes).clv).toBe(clv);
    // With the unit the data are in, a year is 52.18 weeks and customer 1 is worth a quarter as much.
    const right = customerLifetimeValue(MODELS, SUMMARY[0] as never, { periodUnit: 'week' });
    expect(right.clv).toBe('36.30');
    expect(right.periodsPerMonth).toBeCloseTo(365.25 / 84, 12);
  });

  test('explains the figure, and the months add up exactly to it', () => {
    const value = customerLifetimeValue(PUBLISHED, CUSTOMER_1, {
      periodUnit: 'week',
      margin: 0.3,
      monthlyDiscountRate: 0.02,
      horizonMonths: 24,
    });
    expect(value.months).toHaveLength(24);
    const sum = value.months.reduce((total, m) => total.plus(m.value), new Dec(0));
    expect(sum.toFixed(2)).toBe(value.clv);
    value.months.forEach((m, i) => {
      expect(m.month).toBe(i + 1);
      expect(m.discountFactor).toBeCloseTo(1.02 ** -(i + 1), 14);
    });
    const purchases = value.months.reduce((total, m) => total + m.expectedPurchases, 0);
    expect(purchases).toBeCloseTo(value.expectedPurchases, 12);
    expect(value.expectedPurchases).toBeCloseTo(expectedPurchases(PUBLISHED.bgNbd, CUSTOMER_1, 24 * (365.25 / 84)), 12);
    expect(value.explanation).toBe(
      `P(alive) 0.727; ${Number(value.expectedPurchases.toFixed(4))} expected purchases in the next 24 months (104.36 weeks) at 24.66 each, margin 0.3, discounted at 2% a month: ${value.clv}`,
    );
  });

  test('without discounting, CLV = expected purchases × expected spend × margin', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 36 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (x, share, months, margin) => {
          const customer = { x, tx: x === 0 ? 0 : 38 * share, T: 38, monetaryValue: 40 };
          const value = customerLifetimeValue(PUBLISHED, customer, {
            periodUnit: 'week',
            horizonMonths: months,
            monthlyDiscountRate: 0,
            margin,
            scale: 6,
          });
          const spend = Number(value.expectedAverageSpend);
          expect(Number(value.clv)).toBeCloseTo(value.expectedPurchases * spend * margin, 3);
        },
      ),
    );
  });

  test('grows with the horizon and falls with the discount rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0, max: 0.2, noNaN: true }), (months, rate) => {
        const at = (h: number, d: number): number =>
          Number(
            customerLifetimeValue(PUBLISHED, CUSTOMER_1, { periodUnit: 'week', horizonMonths: h, monthlyDiscountRate: d, scale: 8 }).clv,
          );
        expect(at(months + 1, rate)).toBeGreaterThanOrEqual(at(months, rate));
        expect(at(months, rate + 0.01)).toBeLessThanOrEqual(at(months, rate));
      }),
    );
  });

  test('the period unit matters and is required', () => {
    // The same history in days is a customer seen for 272 days, not 272 weeks.
    const days = customerLifetimeValue(MODELS, { ...CUSTOMER_1, tx: 30.43 * 7, T: 38.86 * 7 }, { periodUnit: 'day' });
    const bgDays = { ...MODELS.bgNbd, alpha: MODELS.bgNbd.alpha * 7 };
    const weeks = customerLifetimeValue(MODELS, CUSTOMER_1, { periodUnit: 'week' });
    expect(
      customerLifetimeValue({ ...MODELS, bgNbd: bgDays }, { ...CUSTOMER_1, tx: 30.43 * 7, T: 38.86 * 7 }, { periodUnit: 'day' }).clv,
    ).toBe(weeks.clv);
    expect(days.clv).not.toBe(weeks.clv);
    const error = expectSalesOpsError(() => customerLifetimeValue(MODELS, CUSTOMER_1, {} as never), 'INVALID_INPUT', [
      'options',
      'periodUnit',
    ]);
    expect(error.message).toContain('is required');
    expectSalesOpsError(() => customerLifetimeValue(MODELS, CUSTOMER_1, undefined as never), 'INVALID_INPUT', ['options']);
  });

  test('NOT_CONVERGED when a month is absurdly long for the customer’s age', () => {
    expectSalesOpsError(
      () => customerLifetimeValue(PUBLISHED, { x: 0, tx: 0, T: 0, monetaryValue: 0 }, { periodUnit: 'week', periodsPerMonth: 1e12 }),
      'NOT_CONVERGED',
      ['options', 'horizonMonths'],
    );
  });

  test('a zero margin gives zero everywhere', () => {
    const value = customerLifetimeValue(PUBLISHED, CUSTOMER_1, { periodUnit: 'week', margin: 0 });
    expect(value.clv).toBe('0.00');
    expect(value.months.every((m) => m.value === '0.00')).toBe(true);
  });
});

describe('bad input', () => {
  const options = { periodUnit: 'week' } as const;

  test('options', () => {
    const call = (o: unknown): unknown => customerLifetimeValue(PUBLISHED, CUSTOMER_1, o as never);
    expectRejectsAt(call, options, ['periodUnit'], { values: ['days', 'Week', '', 7, null], prefix: ['options'] });
    expectRejectsAt(call, options, ['horizonMonths'], {
      values: [0, 1.5, -3, 1201, ...BAD_NUMBERS.filter((v) => v !== undefined)],
      prefix: ['options'],
    });
    expectRejectsAt(call, options, ['monthlyDiscountRate'], {
      values: [-0.01, 1.5, ...BAD_NUMBERS.filter((v) => v !== undefined)],
      prefix: ['options'],
    });
    expectRejectsAt(call, options, ['margin'], { values: [-0.1, 1.1, ...BAD_NUMBERS.filter((v) => v !== undefined)], prefix: ['options'] });
    expectRejectsAt(call, options, ['periodsPerMonth'], {
      values: [0, -4, ...BAD_NUMBERS.filter((v) => v !== undefined)],
      prefix: ['options'],
    });
    expectRejectsAt(call, options, ['scale'], { values: [-1, 21, 1.5], prefix: ['options'] });
    expectSalesOpsError(() => call({ ...options, discountRate: 0.01 }), 'INVALID_INPUT', ['options', 'discountRate']);
    for (const value of [
      { periodUnit: 'week' },
      { periodUnit: 'day', horizonMonths: 1200, monthlyDiscountRate: 0, margin: 1, periodsPerMonth: 30, scale: 0 },
    ]) {
      expect(CustomerValueOptionsSchema.safeParse(value).success).toBe(true);
      expect(() => call(value)).not.toThrow();
    }
  });

  test('the exported schema rejects exactly what the function rejects', () => {
    const bad: Array<Record<string, unknown>> = [
      {},
      { periodUnit: 'days' },
      { periodUnit: 'week', discountRate: 0.01 },
      ...[0, 1.5, 1201, Number.NaN, '12'].map((v) => ({ periodUnit: 'week', horizonMonths: v })),
      ...[-0.01, 1.5, Number.POSITIVE_INFINITY, null].map((v) => ({ periodUnit: 'week', monthlyDiscountRate: v })),
      ...[-0.1, 1.1, '0.3'].map((v) => ({ periodUnit: 'week', margin: v })),
      ...[0, -4, Number.NaN].map((v) => ({ periodUnit: 'week', periodsPerMonth: v })),
      ...[-1, 21, 1.5].map((v) => ({ periodUnit: 'week', scale: v })),
    ];
    for (const value of bad) {
      expect(CustomerValueOptionsSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
      expectSalesOpsError(() => customerLifetimeValue(PUBLISHED, CUSTOMER_1, value as never), 'INVALID_INPUT');
    }
  });

  test('the options are read as CustomerValueOptionsSchema reads them: same paths and messages', () => {
    const numbers = BAD_NUMBERS.filter((v) => v !== undefined);
    const week = (extra: Record<string, unknown>): unknown => ({ periodUnit: 'week', ...extra });
    const bad: unknown[] = [
      undefined,
      null,
      [],
      'x',
      {},
      ...['days', 'Week', '', 7, null].map((periodUnit) => ({ periodUnit })),
      week({ discountRate: 0.01 }),
      ...[0, 1.5, -3, 1201, '12', ...numbers].map((horizonMonths) => week({ horizonMonths })),
      ...[-0.01, 1.5, ...numbers].map((monthlyDiscountRate) => week({ monthlyDiscountRate })),
      ...[-0.1, 1.1, '0.3', ...numbers].map((margin) => week({ margin })),
      ...[0, -4, ...numbers].map((periodsPerMonth) => week({ periodsPerMonth })),
      ...[-1, 21, 1.5, '2', ...numbers].map((scale) => week({ scale })),
    ];
    for (const value of bad) {
      expectSameFirstIssue(() => customerLifetimeValue(PUBLISHED, CUSTOMER_1, value as never), CustomerValueOptionsSchema, value, [
        'options',
      ]);
      expectSameFirstIssue(
        () => rankCustomersByValue(PUBLISHED, [{ ...CUSTOMER_1, customerId: 'a' }], value as never),
        CustomerValueOptionsSchema,
        value,
        ['options'],
      );
    }
  });

  test('models and customer', () => {
    const call = (m: unknown): unknown => customerLifetimeValue(m as never, CUSTOMER_1, options);
    expectRejectsAt(call, PUBLISHED, ['bgNbd', 'alpha'], { values: [0, ...BAD_NUMBERS], prefix: ['models'] });
    expectRejectsAt(call, PUBLISHED, ['gammaGamma', 'q'], { values: [1, 0.5, ...BAD_NUMBERS], prefix: ['models'] });
    expectSalesOpsError(() => call(null), 'INVALID_INPUT', ['models', 'bgNbd']);
    const byCustomer = (c: unknown): unknown => customerLifetimeValue(PUBLISHED, c as never, options);
    expectRejectsAt(byCustomer, CUSTOMER_1, ['tx'], { values: [-1, 40, ...BAD_NUMBERS], prefix: ['customer'] });
    expectRejectsAt(byCustomer, CUSTOMER_1, ['monetaryValue'], { values: ['-1', -0.5, 'abc', Number.NaN, null], prefix: ['customer'] });
  });

  test('purity', () => {
    expectPure(customerLifetimeValue, PUBLISHED, CUSTOMER_1, { periodUnit: 'week', horizonMonths: 6 });
  });
});
