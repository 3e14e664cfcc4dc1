import { describe, expect, test } from 'vitest';
import {
  historicalClv,
  type HistoricalClvCustomer,
  HistoricalClvCustomerSchema,
  type HistoricalClvOptions,
  HistoricalClvOptionsSchema,
} from '../../src/customers/historical-clv.js';
import { summarizeCustomers } from '../../src/customers/summarize-customers.js';
import { BAD_AMOUNTS, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError, withValueAt } from '../helpers/bad-input.js';
import { expectSameFirstIssue } from '../helpers/schema-agreement.js';

describe('historicalClv', () => {
  test('margin to date and per year of tenure, exact', () => {
    expect(historicalClv({ monetaryTotal: '2400.00', tenureDays: 730 }, { marginRate: 0.35, costToServe: '90' })).toEqual({
      revenue: '2400.00',
      clv: '750.00',
      tenureYears: 2,
      clvPerYear: '375.00',
    });
    // 0.1 × 0.3 is 0.03 exactly, not 0.030000000000000002.
    expect(historicalClv({ monetaryTotal: 0.1, tenureDays: 365 }, { marginRate: 0.3, scale: 4 })).toMatchObject({
      clv: '0.0300',
      clvPerYear: '0.0300',
    });
    expect(historicalClv({ monetaryTotal: '100', tenureDays: 0 }, { marginRate: 1 })).toMatchObject({
      clv: '100.00',
      clvPerYear: null,
      tenureYears: 0,
    });
    expect(historicalClv({ monetaryTotal: '10', tenureDays: 30 }, { marginRate: 0.5, costToServe: 20 })).toMatchObject({
      clv: '-15.00',
      clvPerYear: '-182.50',
    });
  });

  test('reads a customer summary', () => {
    const [s] = summarizeCustomers(
      [
        { customerId: 'a', date: '2025-01-01', amount: '300.00' },
        { customerId: 'a', date: '2025-07-01', amount: '100.00' },
      ],
      { asOf: '2025-12-31' },
    );
    expect(historicalClv(s!, { marginRate: 0.25 })).toEqual({
      revenue: '400.00',
      clv: '100.00',
      tenureYears: 364 / 365,
      clvPerYear: '100.27',
    });
  });

  test('is pure', () => {
    expectPure(historicalClv, { monetaryTotal: '1.00', tenureDays: 10 }, { marginRate: 0.5 });
  });

  test('bad input', () => {
    const run = (customer: unknown): unknown => historicalClv(customer as never, { marginRate: 0.3 });
    expectRejectsAt(run, { monetaryTotal: '1.00', tenureDays: 1 }, ['monetaryTotal'], { values: BAD_AMOUNTS, prefix: ['customer'] });
    expectRejectsAt(run, { monetaryTotal: '1.00', tenureDays: 1 }, ['tenureDays'], { values: [...BAD_NUMBERS, -1], prefix: ['customer'] });
    const withOptions = (options: unknown): unknown => historicalClv({ monetaryTotal: 1, tenureDays: 1 }, options as never);
    expectRejectsAt(withOptions, { marginRate: 0.3 }, ['marginRate'], { values: [...BAD_NUMBERS, -0.1, 1.5], prefix: ['options'] });
    expectRejectsAt(withOptions, { marginRate: 0.3, costToServe: 1 }, ['costToServe'], {
      values: BAD_AMOUNTS.filter((v) => v !== undefined),
      prefix: ['options'],
    });
    expectSalesOpsError(() => withOptions({ marginRate: 0.3, margin: 1 }), 'INVALID_INPUT', ['options', 'margin']);
    expect(HistoricalClvCustomerSchema.safeParse({ monetaryTotal: 'x', tenureDays: 1 }).success).toBe(false);
    expect(HistoricalClvOptionsSchema.safeParse({ marginRate: 1 }).success).toBe(true);
  });

  test('the hand-written checks and the exported schemas: same verdicts, paths and messages', () => {
    const customer = { monetaryTotal: '1.00', tenureDays: 1 };
    const options = { marginRate: 0.3 };
    const customers: unknown[] = [
      undefined,
      null,
      [],
      'x',
      ...BAD_AMOUNTS.map((v) => withValueAt(customer, ['monetaryTotal'], v)),
      ...[...BAD_NUMBERS, -1].map((v) => withValueAt(customer, ['tenureDays'], v)),
    ];
    for (const c of customers) expectSameFirstIssue(() => historicalClv(c as never, options), HistoricalClvCustomerSchema, c, ['customer']);
    const optionsList: unknown[] = [
      undefined,
      null,
      [],
      { marginRate: 0.3, margin: 1 },
      ...[...BAD_NUMBERS, -0.1, 1.5].map((v) => withValueAt(options, ['marginRate'], v)),
      ...BAD_AMOUNTS.filter((v) => v !== undefined).map((v) => ({ ...options, costToServe: v })),
      ...[-1, 21, 1.5, '2', null, Number.NaN].map((scale) => ({ ...options, scale })),
    ];
    for (const o of optionsList)
      expectSameFirstIssue(() => historicalClv(customer, o as never), HistoricalClvOptionsSchema, o, ['options']);
    // And the same unusual but valid values.
    const good: Array<[HistoricalClvCustomer, HistoricalClvOptions]> = [
      [{ monetaryTotal: '1e3', tenureDays: 0.5, extra: 'kept' } as HistoricalClvCustomer, { marginRate: 0, costToServe: '-5', scale: 20 }],
      [
        { monetaryTotal: -2, tenureDays: 0 },
        { marginRate: 1, costToServe: undefined, scale: undefined },
      ],
    ];
    for (const [c, o] of good) {
      expect(HistoricalClvCustomerSchema.safeParse(c).success && HistoricalClvOptionsSchema.safeParse(o).success).toBe(true);
      expect(() => historicalClv(c, o)).not.toThrow();
    }
  });
});
