import { describe, expect, test } from 'vitest';
import { type AltmanFinancials, AltmanFinancialsSchema, AltmanOptionsSchema, altmanZScore } from 'salesops-kit/credit';
import { BAD_AMOUNTS, expectPure, expectRejectsAt, expectSalesOpsError } from '../helpers/bad-input.js';

// Ratios X1 = 0.2, X2 = 0, X3 = −0.2, X4 = 0.1, X5 = 2.0 on total assets and liabilities of 1000.
const SAUNDERS: AltmanFinancials = {
  workingCapital: 200,
  retainedEarnings: 0,
  ebit: -200,
  marketValueOfEquity: 100,
  bookValueOfEquity: 100,
  sales: 2000,
  totalAssets: 1000,
  totalLiabilities: 1000,
};

describe('altmanZScore', () => {
  // Reference: Saunders, A. and Cornett, M. M., "Financial Institutions Management: A Risk
  // Management Approach", McGraw-Hill, chapter "Credit Risk: Individual Loan Risk", the worked
  // example of Altman's discriminant function: a borrower with X1 = .2, X2 = 0, X3 = −.20, X4 = .10
  // and X5 = 2.0 has Z = 1.2(.2) + 1.4(0) + 3.3(−.20) + 0.6(.10) + 1.0(2.0) = 1.64, below 1.81: the
  // high default risk (distress) region. Coefficients and cut-offs: Altman (1968), Journal of
  // Finance 23(4), 589–609.
  test('original Z on the Saunders & Cornett worked example: 1.64, distress', () => {
    const r = altmanZScore(SAUNDERS, { variant: 'original' });
    expect(r.z).toBeCloseTo(1.64, 12);
    expect(r.zone).toBe('distress');
    expect(r.cutoffs).toEqual({ distress: 1.81, safe: 2.99 });
    expect(r.components.map((c) => [c.ratio, c.value, c.coefficient])).toEqual([
      ['X1', 0.2, 1.2],
      ['X2', 0, 1.4],
      ['X3', -0.2, 3.3],
      ['X4', 0.1, 0.6],
      ['X5', 2, 1],
    ]);
    expect(r.components.map((c) => c.contribution)).toEqual([0.24, 0, -0.66, 0.06, 2]);
  });

  // Reference: Altman, E. I. (2000), "Predicting Financial Distress of Companies: Revisiting the
  // Z-Score and ZETA Models", NYU Stern: Z′ = 0.717X1 + 0.847X2 + 3.107X3 + 0.420X4 + 0.998X5
  // (zones 1.23 / 2.90) and Z″ = 6.56X1 + 3.26X2 + 6.72X3 + 1.05X4 (zones 1.10 / 2.60), from Altman (1983).
  test('Z′ (private) and Z″ (non-manufacturing) on the same ratios', () => {
    const zPrime = altmanZScore(SAUNDERS, { variant: 'private' });
    expect(zPrime.z).toBeCloseTo(0.717 * 0.2 + 0.847 * 0 + 3.107 * -0.2 + 0.42 * 0.1 + 0.998 * 2, 12);
    expect(zPrime.z).toBeCloseTo(1.56, 12);
    expect(zPrime).toMatchObject({ zone: 'grey', cutoffs: { distress: 1.23, safe: 2.9 } });
    const zDouble = altmanZScore(SAUNDERS, { variant: 'nonManufacturing' });
    expect(zDouble.z).toBeCloseTo(6.56 * 0.2 + 3.26 * 0 + 6.72 * -0.2 + 1.05 * 0.1, 12);
    expect(zDouble.z).toBeCloseTo(0.073, 12);
    expect(zDouble).toMatchObject({ zone: 'distress', cutoffs: { distress: 1.1, safe: 2.6 } });
    expect(zDouble.components).toHaveLength(4);
    const { sales: _, ...noSales } = SAUNDERS;
    expect(altmanZScore(noSales, { variant: 'nonManufacturing' }).z).toBe(zDouble.z);
  });

  test('zones: above safe is safe, on a cut-off is grey, below distress is distress; cut-offs overridable', () => {
    const at = (sales: number): number => altmanZScore({ ...SAUNDERS, sales }).z;
    expect(altmanZScore({ ...SAUNDERS, sales: 3350 }).zone).toBe('grey'); // z = 2.99 exactly
    expect(at(3350)).toBeCloseTo(2.99, 12);
    expect(altmanZScore({ ...SAUNDERS, sales: 3351 }).zone).toBe('safe');
    expect(altmanZScore({ ...SAUNDERS, sales: 2170 }).zone).toBe('grey'); // z = 1.81
    expect(altmanZScore(SAUNDERS, { cutoffs: { distress: 1.5 } }).zone).toBe('grey');
    expect(altmanZScore(SAUNDERS, { cutoffs: { distress: 1, safe: 1.2 } }).zone).toBe('safe');
    expect(altmanZScore(SAUNDERS).variant).toBe('original');
  });

  test('purity', () => {
    expectPure(altmanZScore, SAUNDERS, { variant: 'private' });
  });

  test('bad input (and the schemas agree)', () => {
    for (const field of ['workingCapital', 'retainedEarnings', 'ebit', 'totalAssets', 'totalLiabilities'] as const) {
      expectRejectsAt((f) => altmanZScore(f), SAUNDERS, [field], { values: BAD_AMOUNTS, prefix: ['financials'] });
      for (const bad of BAD_AMOUNTS) expect(AltmanFinancialsSchema.safeParse({ ...SAUNDERS, [field]: bad }).success).toBe(false);
    }
    for (const field of ['totalAssets', 'totalLiabilities'] as const) {
      for (const bad of [0, '-5', '0.00'])
        expectSalesOpsError(() => altmanZScore({ ...SAUNDERS, [field]: bad }), 'INVALID_INPUT', ['financials', field]);
    }
    const { marketValueOfEquity: _m, ...noMarket } = SAUNDERS;
    expectSalesOpsError(() => altmanZScore(noMarket), 'INVALID_INPUT', ['financials', 'marketValueOfEquity']);
    const { bookValueOfEquity: _b, ...noBook } = SAUNDERS;
    expectSalesOpsError(() => altmanZScore(noBook, { variant: 'private' }), 'INVALID_INPUT', ['financials', 'bookValueOfEquity']);
    const { sales: _s, ...noSales } = SAUNDERS;
    expectSalesOpsError(() => altmanZScore(noSales, { variant: 'private' }), 'INVALID_INPUT', ['financials', 'sales']);
    expectSalesOpsError(() => altmanZScore(SAUNDERS, { variant: 'bank' as never }), 'INVALID_INPUT', ['options', 'variant']);
    expectSalesOpsError(() => altmanZScore(SAUNDERS, { cutoffs: { distress: 3, safe: 2 } }), 'INVALID_INPUT', [
      'options',
      'cutoffs',
      'distress',
    ]);
    expectSalesOpsError(() => altmanZScore(SAUNDERS, { varient: 'private' } as never), 'INVALID_INPUT', ['options', 'varient']);
    expect(AltmanOptionsSchema.safeParse({ varient: 'private' }).success).toBe(false);
    expectSalesOpsError(() => altmanZScore(null as never), 'INVALID_INPUT', ['financials']);
  });
});
