import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CreditTermsContextSchema, recommendCreditTerms } from 'salesops-kit/credit';
import { BAD_AMOUNTS, expectPure, expectRejectsAt, expectSalesOpsError, SPECIAL_IDS } from '../helpers/bad-input.js';

const GRADES = ['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C'];

describe('recommendCreditTerms', () => {
  test('the documented default table', () => {
    const table = GRADES.map((g) => {
      const t = recommendCreditTerms(g, { expectedAnnualPurchases: '100000' });
      return [
        g,
        t.limitShare,
        t.equityShare,
        t.paymentTermsDays,
        t.prepaymentRequired,
        t.guaranteeRequired,
        t.reviewEveryMonths,
        t.creditLimit,
      ];
    });
    expect(table).toEqual([
      ['AAA', 0.25, 0.2, 60, false, false, 12, '25000.00'],
      ['AA', 0.22, 0.15, 60, false, false, 12, '22000.00'],
      ['A', 0.18, 0.12, 45, false, false, 12, '18000.00'],
      ['BBB', 0.14, 0.1, 30, false, false, 6, '14000.00'],
      ['BB', 0.1, 0.08, 30, false, false, 6, '10000.00'],
      ['B', 0.06, 0.05, 15, false, true, 3, '6000.00'],
      ['CCC', 0.03, 0.02, 0, false, true, 3, '3000.00'],
      ['CC', 0, 0, 0, true, true, 1, '0.00'],
      ['C', 0, 0, 0, true, true, 1, '0.00'],
    ]);
  });

  test('the equity cap binds when lower; limits round down to roundTo', () => {
    const t = recommendCreditTerms('A', { expectedAnnualPurchases: '333333.33', equity: '150000', roundTo: 500, asOf: '2026-01-31' });
    expect(t).toMatchObject({
      purchasesLimit: '60000.00',
      equityLimit: '18000.00',
      creditLimit: '18000.00',
      limitBasis: 'equity',
      nextReview: '2027-01-31',
    });
    const p = recommendCreditTerms('A', { expectedAnnualPurchases: '333333.33', equity: '1500000', roundTo: 500 });
    expect(p).toMatchObject({ creditLimit: '59500.00', limitBasis: 'purchases', nextReview: null });
    expect(p.explanation).toContain('0.18 × expected annual purchases');
    expect(recommendCreditTerms('BB', { expectedAnnualPurchases: '1000', equity: '-500' })).toMatchObject({
      equityLimit: '0.00',
      creditLimit: '0.00',
      limitBasis: 'equity',
    });
  });

  test('property: the limit never exceeds either bound and never rises as the grade worsens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.option(fc.integer({ min: -1e6, max: 1e9 }), { nil: undefined }),
        (purchases, equity) => {
          let previous = Number.POSITIVE_INFINITY;
          for (const grade of GRADES) {
            const t = recommendCreditTerms(grade, { expectedAnnualPurchases: purchases, ...(equity === undefined ? {} : { equity }) });
            const limit = Number(t.creditLimit);
            expect(limit).toBeLessThanOrEqual(Number(t.purchasesLimit));
            if (t.equityLimit !== null) expect(limit).toBeLessThanOrEqual(Number(t.equityLimit));
            expect(limit).toBeLessThanOrEqual(previous);
            previous = limit;
          }
        },
      ),
    );
  });

  test('policy overrides merge over the defaults; new grades need every field', () => {
    expect(
      recommendCreditTerms('BBB', {
        expectedAnnualPurchases: 1000,
        policy: { BBB: { paymentTermsDays: 45, equityShare: null } },
        equity: 1,
      }),
    ).toMatchObject({
      paymentTermsDays: 45,
      equityLimit: null,
      creditLimit: '140.00',
      limitShare: 0.14,
    });
    const rule = {
      limitShare: 0.5,
      equityShare: null,
      paymentTermsDays: 10,
      prepaymentRequired: false,
      guaranteeRequired: false,
      reviewEveryMonths: 2,
    };
    for (const grade of ['GOLD', ...SPECIAL_IDS]) {
      expect(recommendCreditTerms(grade, { expectedAnnualPurchases: 100, policy: { [grade]: rule } })).toMatchObject({
        grade,
        creditLimit: '50.00',
      });
    }
    expectSalesOpsError(
      () => recommendCreditTerms('GOLD', { expectedAnnualPurchases: 100, policy: { GOLD: { limitShare: 0.5 } } }),
      'INVALID_INPUT',
      ['context', 'policy', 'GOLD', 'equityShare'],
    );
  });

  test('purity', () => {
    expectPure(recommendCreditTerms, 'BB', {
      expectedAnnualPurchases: '1000',
      equity: '2000',
      asOf: '2026-02-28',
      policy: { BB: { reviewEveryMonths: 4 } },
    });
  });

  test('bad input', () => {
    for (const grade of ['', 'Z', 'constructor', null, 3])
      expectSalesOpsError(() => recommendCreditTerms(grade as never, { expectedAnnualPurchases: 1 }), 'INVALID_INPUT', ['grade']);
    const base = { expectedAnnualPurchases: '1000' };
    expectRejectsAt((c) => recommendCreditTerms('A', c), base, ['expectedAnnualPurchases'], {
      values: [...BAD_AMOUNTS, -1],
      prefix: ['context'],
    });
    expectRejectsAt((c) => recommendCreditTerms('A', c), { ...base, equity: 1 }, ['equity'], {
      values: BAD_AMOUNTS.filter((v) => v !== undefined),
      prefix: ['context'],
    });
    expectRejectsAt((c) => recommendCreditTerms('A', c), { ...base, roundTo: 1 }, ['roundTo'], {
      values: [0, -1, 'abc'],
      prefix: ['context'],
    });
    expectSalesOpsError(() => recommendCreditTerms('A', { ...base, policy: { A: { paymentTermsDays: -1 } } }), 'INVALID_INPUT', [
      'context',
      'policy',
      'A',
      'paymentTermsDays',
    ]);
    expectSalesOpsError(() => recommendCreditTerms('A', { ...base, policy: { A: { termsDays: 30 } } } as never), 'INVALID_INPUT', [
      'context',
      'policy',
      'A',
      'termsDays',
    ]);
    expectSalesOpsError(() => recommendCreditTerms('A', { ...base, asOf: '2026-02-30' }), 'INVALID_INPUT', ['context', 'asOf']);
    expect(CreditTermsContextSchema.safeParse({ ...base, limit: 5 }).success).toBe(false);
  });
});
