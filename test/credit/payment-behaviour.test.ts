import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { daysBeyondTerms, paydexForDays, paydexScore, type PaymentRecord, PaymentRecordsSchema } from 'salesops-kit/credit';
import { BAD_AMOUNTS, BAD_DATES, BAD_NUMBERS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

describe('PAYDEX anchors', () => {
  // Reference: Dun & Bradstreet, PAYDEX key (D&B FAQ, https://docs.dnb.com/solution/docusign/en-US/customer-support/faqs,
  // "How is the PAYDEX broken down?"): 100 anticipates (30 days sooner than terms, per D&B's value
  // chart), 90 discounts (20 days sooner), 80 prompt, 70 = 15 days beyond terms, 60 = 22, 50 = 30,
  // 40 = 60, 30 = 90, 20 = 120, below 20 = over 120 days beyond terms.
  test.each([
    [-30, 100],
    [-20, 90],
    [0, 80],
    [15, 70],
    [22, 60],
    [30, 50],
    [60, 40],
    [90, 30],
    [120, 20],
  ])('%i days beyond terms → %i', (days, score) => {
    expect(paydexForDays(days)).toBeCloseTo(score, 12);
  });

  // Reference: D&B "PAYDEX Value Chart" (http://www.dandb.com/glossary/paydex/), which lists
  // intermediate points that sit on the lines between the anchors: 89 = 18 days sooner, 85 = 10
  // days sooner, 49 = 33 days beyond, 45 = 45 days beyond, 48 = 36 days beyond.
  test.each([
    [-18, 89],
    [-10, 85],
    [33, 49],
    [36, 48],
    [45, 45],
  ])('value chart: %i days → %i (linear between anchors)', (days, score) => {
    expect(paydexForDays(days)).toBeCloseTo(score, 12);
  });

  test('the tail: 100 above 30 days early, 1 point per 3 days past 120, floor 1', () => {
    expect(paydexForDays(-90)).toBe(100);
    expect(paydexForDays(150)).toBeCloseTo(10, 12);
    expect(paydexForDays(177)).toBeCloseTo(1, 12);
    expect(paydexForDays(1000)).toBe(1);
  });

  test('property: the PAYDEX never rises with the days, and stays in 1..100', () => {
    fc.assert(
      fc.property(fc.double({ min: -500, max: 500, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), (d, step) => {
        const a = paydexForDays(d);
        expect(a).toBeGreaterThanOrEqual(1);
        expect(a).toBeLessThanOrEqual(100);
        expect(paydexForDays(d + step)).toBeLessThanOrEqual(a + 1e-9);
      }),
    );
  });

  test('bad days', () => {
    for (const bad of BAD_NUMBERS) expectSalesOpsError(() => paydexForDays(bad as number), 'INVALID_INPUT', ['days']);
  });
});

const PAYMENTS: PaymentRecord[] = [
  { amount: '3000.00', dueDate: '2026-01-31', paidDate: '2026-01-25' },
  { amount: 1000, dueDate: '2026-02-28', paidDate: '2026-03-30' },
  { amount: '0', dueDate: '2026-02-28', paidDate: '2026-09-30' },
];

describe('daysBeyondTerms and paydexScore', () => {
  test('all payments on time give an on-time share of exactly 1, never above (found by the demo)', () => {
    const payments = [
      { amount: '502.00', dueDate: '2025-09-01', paidDate: '2025-08-19' },
      { amount: '549.37', dueDate: '2025-09-15', paidDate: '2025-08-20' },
      { amount: '638.34', dueDate: '2025-10-28', paidDate: '2025-10-17' },
      { amount: '644.01', dueDate: '2025-12-07', paidDate: '2025-11-19' },
      { amount: '389.05', dueDate: '2026-01-14', paidDate: '2025-12-25' },
      { amount: '412.86', dueDate: '2026-03-30', paidDate: '2026-03-13' },
      { amount: '650.65', dueDate: '2026-04-28', paidDate: '2026-04-10' },
      { amount: '313.38', dueDate: '2026-06-05', paidDate: '2026-06-01' },
    ];
    expect(daysBeyondTerms(payments).onTimeShare).toBe(1);
  });

  test('the on-time share is a share: from 0 to 1 for any payments', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ cents: fc.integer({ min: 0, max: 10_000_000 }), late: fc.integer({ min: -40, max: 40 }) }), {
          minLength: 1,
          maxLength: 40,
        }),
        (rows) => {
          if (rows.every((r) => r.cents === 0)) return;
          const payments = rows.map((r) => ({
            amount: (r.cents / 100).toFixed(2),
            dueDate: '2026-01-31',
            paidDate: r.late <= 0 ? '2026-01-31' : '2026-02-20',
          }));
          const share = daysBeyondTerms(payments).onTimeShare;
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
          if (rows.every((r) => r.late <= 0 || r.cents === 0)) expect(share).toBe(1);
        },
      ),
    );
  });

  test('amount-weighted: zero amounts weigh nothing', () => {
    // (3000 × −6 + 1000 × 30) / 4000 = 3 days beyond terms.
    expect(daysBeyondTerms(PAYMENTS)).toEqual({ average: 3, worst: 30, onTimeShare: 0.75, amount: '4000.00', count: 3 });
    expect(paydexScore(PAYMENTS)).toEqual({ score: 78, exactScore: 80 - 2, daysBeyondTerms: 3 });
  });

  test('rounding half-up to a whole PAYDEX', () => {
    // 7.5 days → 75 exactly; 11.25 days → 72.5 → 73.
    const at = (days: number): PaymentRecord[] => [
      { amount: 100, dueDate: '2026-01-01', paidDate: new Date(Date.UTC(2026, 0, 1 + days)).toISOString().slice(0, 10) },
    ];
    expect(paydexScore([...at(7), ...at(8)]).score).toBe(75);
    expect(paydexScore([...at(11), ...at(11), ...at(11), ...at(12)])).toMatchObject({ score: 73, exactScore: 72.5 });
  });

  test('purity', () => {
    expectPure(daysBeyondTerms, PAYMENTS);
    expectPure(paydexScore, PAYMENTS);
  });

  test('bad input (and the schema agrees)', () => {
    const base = [{ amount: 10, dueDate: '2026-01-01', paidDate: '2026-01-05' }];
    for (const [field, values] of [
      ['amount', BAD_AMOUNTS],
      ['dueDate', BAD_DATES],
      ['paidDate', BAD_DATES],
    ] as const) {
      expectRejectsAt((p) => paydexScore(p), base, [0, field], { values, prefix: ['payments'] });
      for (const bad of values) expect(PaymentRecordsSchema.safeParse([{ ...base[0], [field]: bad }]).success).toBe(false);
    }
    expectSalesOpsError(() => daysBeyondTerms([{ ...base[0], amount: -1 } as never]), 'INVALID_INPUT', ['payments', 0, 'amount']);
    expect(PaymentRecordsSchema.safeParse([{ ...base[0], amount: -1 }]).success).toBe(false);
    expectSalesOpsError(() => paydexScore([]), 'INVALID_INPUT', ['payments']);
    expectSalesOpsError(() => paydexScore('x' as never), 'INVALID_INPUT', ['payments']);
    expectSalesOpsError(() => paydexScore([null as never]), 'INVALID_INPUT', ['payments', 0]);
  });

  test('ZERO_WEIGHTS when every amount is zero', () => {
    expectSalesOpsError(() => paydexScore([{ amount: 0, dueDate: '2026-01-01', paidDate: '2026-01-05' }]), 'ZERO_WEIGHTS', ['payments']);
  });
});
