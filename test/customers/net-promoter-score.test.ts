import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { netPromoterScore, NpsResponsesSchema } from '../../src/customers/net-promoter-score.js';
import { BAD_NUMBERS, expectPure, expectSalesOpsError } from '../helpers/bad-input.js';

describe('netPromoterScore', () => {
  test('promoters 9–10, passives 7–8, detractors 0–6 (Reichheld 2003)', () => {
    const all = netPromoterScore([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(all).toMatchObject({ promoters: 2, passives: 2, detractors: 7, n: 11 });
    expect(all.nps).toBeCloseTo((100 * (2 - 7)) / 11, 12);
    expect(netPromoterScore([10, 10, 9])).toMatchObject({ nps: 100, promoterShare: 1 });
    expect(netPromoterScore([6, 0])).toMatchObject({ nps: -100, detractorShare: 1 });
    expect(netPromoterScore([7, 8])).toMatchObject({ nps: 0, passiveShare: 1 });
    expect(Object.is(netPromoterScore([7]).nps, 0)).toBe(true);
  });

  test('property: counts add up, NPS is the difference of the shares, within −100..100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), (answers) => {
        const r = netPromoterScore(answers);
        expect(r.promoters + r.passives + r.detractors).toBe(answers.length);
        expect(r.nps).toBeGreaterThanOrEqual(-100);
        expect(r.nps).toBeLessThanOrEqual(100);
        expect(r.nps).toBeCloseTo(100 * (r.promoterShare - r.detractorShare), 9);
        expect(netPromoterScore([...answers].reverse())).toEqual(r);
      }),
    );
  });

  test('is pure', () => {
    expectPure(netPromoterScore, [10, 3, 8]);
  });

  test('bad answers → INVALID_INPUT with the path; the schema agrees', () => {
    for (const bad of [...BAD_NUMBERS, -1, 11, 7.5, -0.1, 1e21]) {
      expectSalesOpsError(() => netPromoterScore([10, bad as number]), 'INVALID_INPUT', ['responses', 1]);
      expect(NpsResponsesSchema.safeParse([10, bad]).success, String(bad)).toBe(false);
    }
    for (const bad of [[], null, undefined, 'x', {}]) {
      expectSalesOpsError(() => netPromoterScore(bad as never), 'INVALID_INPUT', ['responses']);
      expect(NpsResponsesSchema.safeParse(bad).success).toBe(false);
    }
    expect(NpsResponsesSchema.safeParse([0, 10]).success).toBe(true);
  });
});
