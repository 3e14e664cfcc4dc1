import { describe, expect, test } from 'vitest';
import { daysSalesOutstanding, DsoInputSchema } from 'salesops-kit/credit';
import { BAD_AMOUNTS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

const PERIODS = [
  { sales: 90000, days: 31 },
  { sales: 60000, days: 28 },
  { sales: 120000, days: 31 },
];

describe('daysSalesOutstanding', () => {
  test('countback walks back from the newest period', () => {
    // 150,000 covers March (120,000, 31 days) and half of February (30,000 of 60,000 → 14 days).
    expect(daysSalesOutstanding({ receivables: 150000, periods: PERIODS })).toEqual({
      dso: 45,
      method: 'countback',
      periodsUsed: 2,
      complete: true,
      receivables: '150000.00',
      sales: '270000.00',
    });
    expect(daysSalesOutstanding({ receivables: 120000, periods: PERIODS }).dso).toBe(31);
    expect(daysSalesOutstanding({ receivables: 0, periods: PERIODS })).toMatchObject({ dso: 0, periodsUsed: 0 });
  });

  test('simple: receivables / sales × days', () => {
    expect(daysSalesOutstanding({ receivables: 150000, periods: PERIODS, method: 'simple' })).toMatchObject({
      dso: 50,
      periodsUsed: 3,
      complete: true,
    });
  });

  test('countback differs from simple when sales are seasonal', () => {
    const seasonal = [
      { sales: 10000, days: 30 },
      { sales: 10000, days: 30 },
      { sales: 100000, days: 30 },
    ];
    expect(daysSalesOutstanding({ receivables: 60000, periods: seasonal }).dso).toBe(18);
    expect(daysSalesOutstanding({ receivables: 60000, periods: seasonal, method: 'simple' }).dso).toBe(45);
  });

  test('receivables beyond all the sales given: extrapolated at the average daily sales, complete false', () => {
    const r = daysSalesOutstanding({ receivables: 300000, periods: PERIODS });
    expect(r.complete).toBe(false);
    expect(r.dso).toBeCloseTo(90 + (30000 / 270000) * 90, 12);
  });

  test('purity', () => {
    expectPure(daysSalesOutstanding, { receivables: '1000.50', periods: [{ sales: '2000', days: 30 }] });
  });

  test('bad input', () => {
    const base = { receivables: 100, periods: [{ sales: 100, days: 30 }] };
    expectRejectsAt((i) => daysSalesOutstanding(i), base, ['receivables'], { values: [...BAD_AMOUNTS, -1], prefix: ['input'] });
    expectRejectsAt((i) => daysSalesOutstanding(i), base, ['periods', 0, 'sales'], { values: [...BAD_AMOUNTS, '-3'], prefix: ['input'] });
    expectRejectsAt((i) => daysSalesOutstanding(i), base, ['periods', 0, 'days'], {
      values: [0, 1.5, -1, '30', Number.NaN],
      prefix: ['input'],
    });
    expectSalesOpsError(() => daysSalesOutstanding({ ...base, periods: [] }), 'INVALID_INPUT', ['input', 'periods']);
    expectSalesOpsError(() => daysSalesOutstanding({ ...base, method: 'average' as never }), 'INVALID_INPUT', ['input', 'method']);
    expect(DsoInputSchema.safeParse({ ...base, extra: 1 }).success).toBe(false);
  });

  test('ZERO_WEIGHTS when receivables are outstanding but nothing was sold', () => {
    expectSalesOpsError(() => daysSalesOutstanding({ receivables: 5, periods: [{ sales: 0, days: 30 }] }), 'ZERO_WEIGHTS', [
      'input',
      'periods',
    ]);
  });
});
