import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { checkCreditExposure, type CreditExposureInput, CreditExposureInputSchema } from 'salesops-kit/credit';
import { amountString } from '../helpers/arbitraries.js';
import { BAD_AMOUNTS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

const BASE: CreditExposureInput = {
  limit: '50000',
  openReceivables: '30000',
  openOrders: '8000',
  unbilledDeliveries: '2000',
  orderAmount: '1000',
};
const RANK = { approve: 0, review: 1, block: 2 };

describe('checkCreditExposure', () => {
  // Reference: SAP Library, "Different Types of Credit Checks" (SD credit management,
  // https://help.sap.com/saphelp_globext607_10/helpdata/en/93/74382d546011d1a7020000e829fd11/content.htm):
  // credit exposure is the total of open orders, open deliveries, open billing documents and
  // open items (accounts receivable).
  test("SAP's exposure: open items + open billing documents + open deliveries + open orders", () => {
    const r = checkCreditExposure({ ...BASE, openBillingDocuments: '500' });
    expect(r).toMatchObject({
      exposure: '40500.00',
      exposureAfter: '41500.00',
      availableAfter: '8500.00',
      decision: 'approve',
      reasons: [],
    });
    expect(r.utilisationBefore).toBeCloseTo(0.81, 12);
    expect(r.utilisationAfter).toBeCloseTo(0.83, 12);
  });

  test('over the limit blocks; near it reviews; tolerance', () => {
    expect(checkCreditExposure({ ...BASE, orderAmount: '10000.01' })).toMatchObject({
      decision: 'block',
      reasons: [{ code: 'OVER_LIMIT', severity: 'block' }],
      availableAfter: '-0.01',
    });
    expect(checkCreditExposure({ ...BASE, orderAmount: '10000' })).toMatchObject({ decision: 'review', reasons: [{ code: 'NEAR_LIMIT' }] });
    expect(checkCreditExposure({ ...BASE, orderAmount: '5000' })).toMatchObject({ decision: 'review', reasons: [{ code: 'NEAR_LIMIT' }] });
    expect(checkCreditExposure({ ...BASE, orderAmount: '4999.99' }).decision).toBe('approve');
    expect(checkCreditExposure({ ...BASE, orderAmount: '12000', policy: { tolerance: 0.05 } }).reasons.map((r) => r.code)).toEqual([
      'NEAR_LIMIT',
    ]);
  });

  test('oldest open item and overdue share; grade floor', () => {
    const r = checkCreditExposure({ ...BASE, overdue: { amount: '6000', oldestDays: 75 } });
    expect(r.decision).toBe('block');
    expect(r.reasons.map((x) => [x.code, x.severity])).toEqual([
      ['OLDEST_ITEM_OVERDUE', 'block'],
      ['OVERDUE_SHARE', 'review'],
    ]);
    expect(checkCreditExposure({ ...BASE, overdue: { oldestDays: 45 } }).reasons).toMatchObject([
      { code: 'OLDEST_ITEM_OVERDUE', severity: 'review' },
    ]);
    expect(checkCreditExposure({ ...BASE, overdue: { oldestDays: 30 } }).decision).toBe('approve');
    expect(checkCreditExposure({ ...BASE, grade: 'B', policy: { minGrade: 'BB' } })).toMatchObject({
      decision: 'block',
      reasons: [{ code: 'GRADE_BELOW_FLOOR' }],
    });
    expect(checkCreditExposure({ ...BASE, grade: 'BB', policy: { minGrade: 'BB' } }).decision).toBe('approve');
    expect(checkCreditExposure({ ...BASE, grade: 'silver', policy: { minGrade: 'gold', grades: ['gold', 'silver'] } }).decision).toBe(
      'block',
    );
  });

  test('a zero limit: utilisation null, any exposure blocks', () => {
    expect(checkCreditExposure({ limit: 0, openReceivables: 0, orderAmount: 0 })).toMatchObject({
      decision: 'approve',
      utilisationBefore: null,
      utilisationAfter: null,
    });
    expect(checkCreditExposure({ limit: 0, openReceivables: 0, orderAmount: 1 }).decision).toBe('block');
  });

  test('property: the decision never improves as the order grows', () => {
    fc.assert(
      fc.property(
        amountString({ maxUnits: 10_000_000 }),
        amountString({ maxUnits: 10_000_000 }),
        amountString({ maxUnits: 5_000_000 }),
        amountString({ maxUnits: 5_000_000 }),
        amountString({ maxUnits: 5_000_000 }),
        fc.integer({ min: 0, max: 120 }),
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        (limit, receivables, orders, a, b, oldestDays, tolerance) => {
          const input = { limit, openReceivables: receivables, openOrders: orders, overdue: { oldestDays }, policy: { tolerance } };
          const [small, large] = Number(a) <= Number(b) ? [a, b] : [b, a];
          const d1 = checkCreditExposure({ ...input, orderAmount: small });
          const d2 = checkCreditExposure({ ...input, orderAmount: large });
          expect(RANK[d2.decision]).toBeGreaterThanOrEqual(RANK[d1.decision]);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('purity', () => {
    expectPure(checkCreditExposure, { ...BASE, overdue: { amount: 10, oldestDays: 40 }, grade: 'A', policy: { minGrade: 'BBB' } });
  });

  test('bad input', () => {
    for (const field of ['limit', 'openReceivables', 'orderAmount', 'openOrders', 'unbilledDeliveries', 'openBillingDocuments'] as const) {
      const values = [
        ...BAD_AMOUNTS.filter((v) => v !== undefined || field === 'limit' || field === 'openReceivables' || field === 'orderAmount'),
        -1,
        '-0.01',
      ];
      expectRejectsAt((i) => checkCreditExposure(i), BASE, [field], { values, prefix: ['input'] });
      for (const bad of values) expect(CreditExposureInputSchema.safeParse({ ...BASE, [field]: bad }).success).toBe(false);
    }
    expectSalesOpsError(() => checkCreditExposure({ ...BASE, overdue: { oldestDays: -1 } }), 'INVALID_INPUT', [
      'input',
      'overdue',
      'oldestDays',
    ]);
    expectSalesOpsError(() => checkCreditExposure({ ...BASE, policy: { reviewOldestDays: 50, blockOldestDays: 40 } }), 'INVALID_INPUT', [
      'input',
      'policy',
      'blockOldestDays',
    ]);
    expectSalesOpsError(() => checkCreditExposure({ ...BASE, policy: { minGrade: 'BB' } }), 'INVALID_INPUT', ['input', 'grade']);
    expectSalesOpsError(() => checkCreditExposure({ ...BASE, grade: 'Z', policy: { minGrade: 'BB' } }), 'INVALID_INPUT', [
      'input',
      'grade',
    ]);
    expectSalesOpsError(() => checkCreditExposure({ ...BASE, grade: 'A', policy: { minGrade: 'Q' } }), 'INVALID_INPUT', [
      'input',
      'policy',
      'minGrade',
    ]);
    expectSalesOpsError(() => checkCreditExposure({ ...BASE, policy: { maxOverdueShare: 2 } }), 'INVALID_INPUT', [
      'input',
      'policy',
      'maxOverdueShare',
    ]);
    expectSalesOpsError(() => checkCreditExposure({ ...BASE, limt: 5 } as never), 'INVALID_INPUT', ['input', 'limt']);
  });

  test('INCONSISTENT_TOTALS when more is overdue than is open', () => {
    expectSalesOpsError(() => checkCreditExposure({ ...BASE, overdue: { amount: '30000.01' } }), 'INCONSISTENT_TOTALS', [
      'input',
      'overdue',
      'amount',
    ]);
  });
});
